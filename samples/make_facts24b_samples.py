"""Build the samples of the twentieth study's school documents (710_–713_).

Run: .venv/bin/python samples/make_facts24b_samples.py [names…]
Each document is our own (invented schools, places and wording) and reproduces a layout
feature of such documents:
- 710 (docx): a self-assessment report with no requisites: its heading, a contents table, the
  note's opening sentence "Аналитический отчёт МКОУ «…» (далее – Школа) …" and a list of legal
  grounds citing acts in the genitive ("Приказа Министерства … от … N …"): the school is the
  issuer, the cited acts are no order of the report's;
- 711 (txt): a school library's plan: its one-line title ending with the school year, a blank
  line, then an unmarked list item in lower case ending in ";": the title stops at its years;
- 712 (docx): a title page whose heading is the genre word "САМООБСЛЕДОВАНИЕ" alone, the owner
  in the genitive over two lines and "за 2024 – 2025 учебный год", then a prose clause naming
  an earlier period and the school's name in the nominative: a report, the heading joined as
  its title, the heading's school year its period;
- 713 (docx): a programme's named heading in capitals ("ПРОГРАММА … «…»", bold) over the
  owner's legal name in the genitive (plain), the village and the year under them: the title
  is the heading and the owner's name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines, text_builders

HERE = Path(__file__).parent

TXT_711 = """План работы библиотеки Сосновской школы на 2025-2026 учебный год

привитие интереса к чтению и к родному языку;
- помощь учителям в подборе литературы к урокам;
- проведение выставок новых книг;
- организация встреч с местными писателями.
Библиотека открыта для учеников и учителей с 9.00 до 16.00.
"""

TEXTS = {"711": ("711_sosnovka_library_plan_2025.txt", TXT_711)}


def _doc_710() -> None:
    doc = new_doc()
    para(doc, "Отчёт о результатах самообследования 2024", bold=True, align="center")
    contents = [("№", "Содержание отчёта"), ("1", "Пояснительная записка"),
                ("2", "Система управления"), ("3", "Выводы")]
    table = doc.add_table(rows=len(contents), cols=2)
    for row, (num, name) in zip(table.rows, contents, strict=True):
        set_cell_lines(row.cells[0], [num])
        set_cell_lines(row.cells[1], [name])
    para(doc, "1. Пояснительная записка.", bold=True)
    para(doc, "Аналитический отчёт МКОУ «Ольховская СОШ им. В. Серова» (далее – Школа) по "
              "итогам самообследования на 31 декабря 2024 года составлен на основании "
              "следующих документов:")
    para(doc, "• Федерального закона от 29 декабря 2012 г. № 273-ФЗ «Об образовании в "
              "Российской Федерации»;")
    para(doc, "• Приказа Министерства образования и науки Российской Федерации от 14 июня "
              "2013 г. N 462 «Об утверждении Порядка проведения самообследования»;")
    para(doc, "• Устава Школы.")
    para(doc, "Самообследование проводила рабочая группа из пяти учителей и заместителя "
              "директора.")
    save_deterministic(doc, HERE / "710_olkhovka_self_assessment_2024.docx")


def _doc_712() -> None:
    doc = new_doc()
    para(doc, "САМООБСЛЕДОВАНИЕ", bold=True, align="center")
    para(doc, "Муниципального казённого общеобразовательного учреждения основной",
         bold=True, align="center")
    para(doc, "общеобразовательной школы д. Ивняки", bold=True, align="center")
    para(doc, "за 2024 – 2025 учебный год", bold=True, align="center")
    para(doc, "Школа сравнивала свои результаты с прошлым годом, за период 2023 – 2024 год "
              "число учеников выросло.")
    para(doc, "Муниципальное казённое общеобразовательное учреждение основная "
              "общеобразовательная школа д.Ивняки (далее – школа) работает по уставу.")
    save_deterministic(doc, HERE / "712_ivnyaki_self_assessment_2025.docx")


def _doc_713() -> None:
    doc = new_doc()
    para(doc, "ПРОГРАММА СЕМЕЙНОГО ЧТЕНИЯ «КНИГА В КАЖДЫЙ ДОМ»", bold=True, align="center")
    para(doc, "Муниципального бюджетного общеобразовательного учреждения «Берёзовская "
              "средняя общеобразовательная школа»", align="center")
    para(doc, "с. Берёзовка", align="center")
    para(doc, "2025 год", align="center")
    para(doc, "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА", bold=True, align="center")
    para(doc, "Семья и школа вместе учат детей любить книгу, поэтому программа собирает "
              "родителей на читательские вечера.")
    save_deterministic(doc, HERE / "713_berezovka_family_reading_programme_2025.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, TEXTS), "710": _doc_710, "712": _doc_712, "713": _doc_713}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
