"""Build the samples of indicator tables and goals stated in prose (569_, 572_, 573_).

Run: .venv/bin/python samples/make_tables48_samples.py [569 572 573]
Each document is our own (invented places, tasks and numbers) and reproduces a layout feature
of real documents of the genre:
- 569 (txt): a legal site's section page of a departmental programme — its status word, the
  act's subject, the table's title, then the indicator table printed one cell a paragraph:
  captions ("Задачи подпрограммы, показатели, единицы измерения", a base column dated
  "на 01.01.2024", "Плановый период" over three years), the row of column numbers, no row
  numbers, each task's title alone over its indicators, values glued to "%"; the page cut
  after a last task's title;
- 572 (txt): a school's annual analysis whose goal is written in a sentence broken over two
  paragraphs ("… поставил перед собой" / "цель : «…»."), its tasks under a sentence leading
  into them from the goal ("Для достижения которой … следующие задачи:") as "1." items, then
  a list of past actions that are no tasks;
- 573 (docx): a programme's indicator table alone, as a legal site's appendix page prints it
  (no title, no document kind around it), the years 2021–2026 under "Значение индикатора
  достижения цели Программы по годам": the words naming the indicator's achievement say no
  kind of value, the values are the programme's targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    mark_header,
    new_doc,
    save_deterministic,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent


def _paras(*cells: str) -> str:
    return "\n\n".join(cells)


TXT_569 = ("Действующая редакция\n\n"
           "Об утверждении ведомственной целевой программы «Развитие летнего отдыха детей "
           "города Сосновки на 2024-2026 годы» (с изменениями на 12 марта 2025 года)\n\n"
           "Целевые показатели решения задач программы по годам\n\n\n" + _paras(
               "Задачи подпрограммы, показатели, единицы измерения",
               "Отчетный период (на 01.01.2024)", "Плановый период",
               "2024 г.", "2025 г.", "2026 г.", "1", "2", "3", "4", "5",
               "Расширение сети лагерей с дневным пребыванием при школах",
               "Увеличение доли школ, открывших лагеря с дневным пребыванием, от общего числа "
               "школ", "35%", "40%", "48%", "55%",
               "Развитие профильных смен для одарённых детей",
               "Увеличение доли детей, отдохнувших в профильных сменах (% от общего числа "
               "детей, отдохнувших летом)", "6%", "8%", "11%", "14%",
               "Число профильных смен технической направленности", "2", "3", "4", "6",
               "Обеспечение безопасности детей во время летнего отдыха") + "\n")

# whitespace-only lines and runs of spaces as the site's page prints them
TXT_572 = "\n".join((
    "Анализ работы за 2022-2023 учебный год",
    "",
    " ",
    "",
    "Анализ работы МБОУ СОШ № 5 пос. Кедровый",
    "",
    "за 2022-2023 учебный год",
    "",
    " ",
    "",
    "    В 2022-2023 учебном году  педагоги школы продолжили работу над  темой:  «Школа "
    "равных возможностей как условие успешности каждого ученика».",
    "",
    "Педагогический коллектив школы поставил перед собой",
    "",
    "цель : «Обеспечить  доступное качественное образование через индивидуальный подход к "
    "каждому ученику».",
    "",
    "   Для достижения которой педагоги и  администрация школы решали следующие задачи:",
    "",
    "1.      Освоение педагогами приёмов работы с детьми разного уровня подготовки.",
    "",
    "2.      Расширение сети кружков и секций в школе.",
    "",
    "3.      Вовлечение родителей в подготовку школьных праздников и походов.",
    "",
    "Для решения поставленных задач в школе были созданы условия:",
    "",
    "          составлен учебный план;",
    "",
    "          обновлён состав методического совета;",
    "",
    "          проведены родительские собрания во всех классах;",
    "",
))

YEARS = ["2021", "2022", "2023", "2024", "2025", "2026"]
ROWS_573 = [
    ["1.", "Доля детей в возрасте 5-18 лет, охваченных дополнительным образованием", "%",
     "71", "72", "73,5", "75", "76", "78"],
    ["2.", "Доля школ, в которых созданы школьные спортивные клубы", "%",
     "40", "50", "60", "70", "80", "90"],
    ["3.", "Число педагогов, прошедших курсы повышения квалификации", "человек",
     "45", "50", "55", "60", "60", "65"],
]


def build_573(path: Path) -> None:
    doc = new_doc()
    table = doc.add_table(rows=2 + len(ROWS_573), cols=3 + len(YEARS))
    table.style = "Table Grid"
    head, years = table.rows[0], table.rows[1]
    for k, caption in enumerate(["№ п/п", "Наименование индикатора", "Единица измерения"]):
        head.cells[k].merge(years.cells[k]).text = caption
    group = head.cells[3].merge(head.cells[3 + len(YEARS) - 1])
    group.text = "Значение индикатора достижения цели Программы по годам"
    for k, year in enumerate(YEARS):
        years.cells[3 + k].text = year
    for row, values in zip(table.rows[2:], ROWS_573, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    mark_header(head)
    mark_header(years)
    set_widths(table, [1.2, 6.0, 2.0, *[1.3] * len(YEARS)])
    save_deterministic(doc, path)


BUILDERS = {
    **text_builders(HERE, {
        "569": ("569_sosnovka_summer_rest_vcp_indicators_2024.txt", TXT_569),
        "572": ("572_kedrovy_school5_analysis_2023.txt", TXT_572),
    }),
    "573": lambda: build_573(HERE / "573_lesnoy_education_programme_indicators_2021.docx"),
}


if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
