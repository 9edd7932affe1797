"""Build the samples of amending acts and passports of the ninth real-document study (510_,
511_, 512_).

Run: .venv/bin/python samples/make_facts10a_samples.py [names…]
Each document is our own (invented region, municipalities, bodies, people and wording) and
reproduces a layout feature of real documents:
- 510 (docx): a regional government's amending act whose act's word is not printed: its date,
  "№" and number a borderless table row cell by cell, the place of signing, the subject in a
  one-cell table, the operative sentence; the appendix's first item replaces the plan's old
  years with new ones;
- 511 (txt): a programme's passport as a site's text export gives it, each row a plain line
  without a separator ("Цель Программы Сохранение …"), under an appendix line that names no
  body;
- 512 (docx): a page that starts at an act's preamble whose first clause approves the
  changes to a programme, then the approval stamp and the heading "Изменения, которые
  вносятся в …" over the changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    new_doc,
    para,
    save_deterministic,
    set_cell_lines,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent
Doc = docx.document.Document


def _row_table(doc: Doc, cells: list[str], widths: list[float]) -> None:
    """A one-row borderless table, a cell per text."""
    table = doc.add_table(rows=1, cols=len(cells))
    for c, text in enumerate(cells):
        set_cell_lines(table.cell(0, c), text.split("\n"))
    set_widths(table, widths)


def build_510() -> None:
    doc = new_doc()
    _row_table(doc, ["21.06.2023", "№", "245-П"], [5.0, 1.0, 5.0])
    para(doc, "г. Северогорск", align="center")
    _row_table(doc, ["О внесении изменений в государственную программу Луговской области "
                     "«Развитие физической культуры и спорта в Луговской области на 2020-2027 "
                     "годы», утвержденную постановлением Правительства Луговской области от "
                     "18.12.2019 № 610-П"], [11.0])
    para(doc, "ПРАВИТЕЛЬСТВО ПОСТАНОВЛЯЕТ:")
    para(doc, "1. Внести в государственную программу Луговской области «Развитие физической "
              "культуры и спорта в Луговской области на 2020-2027 годы», утвержденную "
              "постановлением Правительства Луговской области от 18.12.2019 № 610-П, "
              "изменения согласно приложению к настоящему постановлению.", align="justify")
    para(doc, "2. Настоящее постановление вступает в силу после дня его официального "
              "опубликования.", align="justify")
    para(doc, "Приложение к постановлению Правительства Луговской области\n"
              "от 21.06.2023 № 245-П", align="right")
    para(doc, "1. В Программе:")
    para(doc, "1) в наименовании слова «на 2020-2025 годы» заменить словами «на 2020-2027 годы»;")
    para(doc, "2) в паспорте строку «Этапы и сроки реализации» изложить в новой редакции.")
    save_deterministic(doc, HERE / "510_lugovaya_sport_amendment_2023.docx")


def build_512() -> None:
    doc = new_doc()
    para(doc, "В целях уточнения объемов финансирования мероприятий муниципальной программы "
              "города Каменска «Развитие дополнительного образования» на 2024 - 2028 годы, "
              "утвержденной постановлением Администрации города Каменска от 9 января 2024 года "
              "N 12, Администрация города Каменска постановляет:", align="justify")
    para(doc, "1. Утвердить прилагаемые изменения, которые вносятся в муниципальную программу "
              "города Каменска «Развитие дополнительного образования» на 2024 - 2028 годы.",
         align="justify")
    para(doc, "2. Опубликовать настоящее постановление на официальном сайте города Каменска.",
         align="justify")
    _row_table(doc, ["Глава города Каменска", "Р.С. Дубов"], [10.0, 6.0])
    para(doc, "Утверждены\nпостановлением\nАдминистрации города Каменска\n"
              "от 4 сентября 2025 года N 1180", align="right")
    para(doc, "Изменения,\nкоторые вносятся в муниципальную программу города Каменска "
              "«Развитие дополнительного образования» на 2024 - 2028 годы", bold=True,
         align="center")
    para(doc, "1. В паспорте муниципальной программы строку «Объемы финансирования» изложить в "
              "новой редакции.", align="justify")
    save_deterministic(doc, HERE / "512_kamensk_extra_education_changes_2025.docx")


TXT_511 = """Приложение к Постановлению от 28.12.2017 г № 904


МУНИЦИПАЛЬНАЯ ПРОГРАММА
"РАЗВИТИЕ ФИЗИЧЕСКОЙ КУЛЬТУРЫ И СПОРТА ОЗЕРНОВСКОГО МУНИЦИПАЛЬНОГО
РАЙОНА (2018 - 2022 ГГ.)"
Паспорт муниципальной программы "Развитие физической культуры и спорта
Озерновского муниципального района (2018 - 2022 гг.)"
Ответственный исполнитель Отдел по физической культуре, спорту и делам молодежи
Соисполнители Отдел образования администрации Озерновского муниципального района; спортивная школа района
Этапы и сроки реализации Программы 2018 - 2022 годы
Цель Программы Вовлечение жителей района в регулярные занятия физической культурой
и спортом
Задачи Программы Строительство спортивных площадок; подготовка тренеров
"""  # noqa: E501 (document lines are as long as the document has them)

TEXTS = {
    "511": ("511_ozernovsky_sport_passport_2017.txt", TXT_511),
}


BUILDERS: dict[str, Callable[[], None]] = {
    "510": build_510, "512": build_512,
    **text_builders(HERE, TEXTS),
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
