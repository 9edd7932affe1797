"""Build the samples of the text7 study: dash lists in passports (785_, 786_).

Run: .venv/bin/python samples/make_text7_samples.py [names…]
Each document is our own (invented town, school and wording) and reproduces a layout feature of
real documents:
- 785 (txt): a school programme's passport exported as hard-wrapped text, a row's label on a
  line of its own and its value under it as a dash list, the next row's label right under the
  list's last item with no blank line ("- вовлечь родителей …" / "Сроки реализации программы …");
  one list item wraps with a capital inside an open quote;
- 786 (docx): a programme's passport printed as a two-column table of two rows only (label |
  value): the name row, then "Нормативная основа разработки программы" beside a dash list of
  acts: a passport, not an activity.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, write_expected
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines

HERE = Path(__file__).parent

SCHOOL785 = "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2 " \
            "города Малиновогорска»"
TITLE785 = ("Программа развития муниципального бюджетного общеобразовательного учреждения "
            "«Средняя школа № 2 города Малиновогорска» на 2025-2029 годы")
TXT_785 = """Муниципальное бюджетное общеобразовательное учреждение
«Средняя школа № 2 города Малиновогорска»

ПРОГРАММА РАЗВИТИЯ
на 2025-2029 годы

ПАСПОРТ ПРОГРАММЫ

Наименование программы
Программа развития муниципального бюджетного общеобразовательного учреждения
«Средняя школа № 2 города Малиновогорска» на 2025-2029 годы
Основания для разработки программы
- Федеральный закон «Об образовании в Российской
Федерации»;
- Устав школы.
Цель программы
- создание в школе условий для развития каждого ученика и его успешного выбора
профессии
Задачи программы
- обновить содержание курсов по выбору и внеурочной занятости;
- создать школьный центр технического творчества;
- вовлечь родителей в работу школьных советов
Сроки реализации программы 2025-2029 годы
Разработчик программы
Педагогический совет школы
"""

# the title prints the town right after the body's name: part of the name (CONTRACT `issuer`)
SCHOOL786 = "Муниципальное автономное учреждение дополнительного образования «Дом творчества " \
            "«Родничок» г. Малиновогорска"
TITLE786 = ("Программа развития муниципального автономного учреждения дополнительного "
            "образования «Дом творчества «Родничок» г. Малиновогорска на период 2024-2028 гг.")


def build_785() -> None:
    path = HERE / "785_malinovogorsk_school2_programme_passport_2025.txt"
    path.write_text(TXT_785, encoding="utf-8")
    facts = doc_facts("programme", TITLE785, "Малиновогорск", None, SCHOOL785, None,
                      (2025, 2029), [])
    goals = ["создание в школе условий для развития каждого ученика и его успешного выбора "
             "профессии"]
    tasks = ["обновить содержание курсов по выбору и внеурочной занятости",
             "создать школьный центр технического творчества",
             "вовлечь родителей в работу школьных советов"]
    write_expected(path, "txt", None, facts, [], [], goals, tasks)


def build_786() -> None:
    path = HERE / "786_malinovogorsk_rodnichok_programme_passport_2024.docx"
    doc = new_doc()
    para(doc, "Паспорт программы", bold=True, align="center")
    table = doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    set_cell_lines(table.cell(0, 0), ["Наименование программы"])
    set_cell_lines(table.cell(0, 1), [TITLE786])
    set_cell_lines(table.cell(1, 0), ["Нормативная основа разработки программы"])
    set_cell_lines(table.cell(1, 1), [
        "- Федеральный закон «Об образовании в Российской Федерации» от 29.12.2012 № 273-ФЗ;",
        "- Концепция развития дополнительного образования детей до 2030 года;",
        "- Положение о летней занятости детей города в редакции от 15.03.2023 № 41;",
        "- Устав учреждения."])
    save_deterministic(doc, path)
    facts = doc_facts("programme", TITLE786, "Малиновогорск", None, SCHOOL786, None,
                      (2024, 2028), [])
    write_expected(path, "docx", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"785": build_785, "786": build_786}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
