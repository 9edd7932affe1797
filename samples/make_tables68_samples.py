"""Build the samples of task tables68 that need a Word file (966, 968); 967 is plain text
written by hand.

Run: .venv/bin/python samples/make_tables68_samples.py [names…]
Our own documents (invented kindergarten, plan and wording):
- 966 (docx): a kindergarten's health-work plan printed as a bare three-column table (measures,
  terms, executor) with no heading, body or place; a section row in capitals across the width;
  a lead-in row "Контроль:" whose term and executor cells are merged down over the row of its
  first item; list items closed by ";", one opening in lower case with a term of its own;
  terms without any year; an executor cell with two parties on two lines; and a last row the
  page cuts inside its term, after a preposition ("один раз в п").
- 968 (docx): a monitoring report of citizens' appeals: its heading, then a table whose first
  row is a caption across the width, "№ п/п | Контрольные позиции | Значения" (the last
  merged over two value columns), one row holding both the column numbers of the first two
  columns and the period of each value column ("за 9 месяцев 2026 г." | "за 9 месяцев
  2025 г."), a section row and a subsection row across the width, numbered rows "3.1.1" … with
  a "(П)" mark and two counts each.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    new_doc,
    para,
    save_deterministic,
    set_cell_lines,
    set_widths,
)

HERE = Path(__file__).parent

ROWS_966: list[list[list[str]]] = [
    [["Мероприятия"], ["Сроки"], ["Исполнитель"]],
    [["ОЗДОРОВИТЕЛЬНАЯ РАБОТА С ВОСПИТАННИКАМИ"]],
    [["Контроль:"], ["в течение года"], ["старшая медсестра,", "инструктор по физкультуре"]],
    [["закаливающих процедур в группах;"], [], []],
    [["Питьевого режима на прогулке;"], ["ежедневно"], ["старшая медсестра"]],
    [["двигательной активности в режиме дня;"], ["ежемесячно"], ["инструктор по физкультуре"]],
    [["Проведение дней здоровья"], ["один раз в квартал"], ["воспитатели групп"]],
    [["Осмотр детей педиатром перед летним сезоном"], ["май"], ["врач-педиатр"]],
    [["Беседы с родителями о профилактике простуды"], ["один раз в п"], []],
]


def build_966() -> None:
    doc = new_doc()
    table = doc.add_table(rows=len(ROWS_966), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(ROWS_966):
        if len(row) == 1:
            set_cell_lines(table.cell(r, 0).merge(table.cell(r, 2)), row[0])
            continue
        for c, lines in enumerate(row):
            if lines:
                set_cell_lines(table.cell(r, c), lines)
    # the lead-in's term and executor serve its first item's row too
    for c in (1, 2):
        table.cell(2, c).merge(table.cell(3, c))
    set_widths(table, [9.0, 3.5, 4.5])
    save_deterministic(doc, HERE / "966_3b0e6f2a91c4d857.docx")


ROWS_968: list[list[str]] = [
    ["Перечень контрольных позиций мониторинга обращений граждан"],
    ["№ п/п", "Контрольные позиции", "Значения"],
    ["1", "2", "за 9 месяцев 2026 г.", "за 9 месяцев 2025 г."],
    ["Раздел 3. Работа с обращениями граждан"],
    ["Подраздел 3.1. Письменные и устные обращения"],
    ["3.1.1", "Количество поступивших письменных обращений (П)", "46", "39"],
    ["3.1.2", "Количество обращений, рассмотренных с выездом на место (П)", "7", "5"],
    ["3.1.3", "Количество обращений, рассмотренных с нарушением срока (П)", "0", "2"],
]


def build_968() -> None:
    doc = new_doc()
    para(doc, "ОТЧЁТ о результатах мониторинга обращений граждан за 9 месяцев 2026 года",
         bold=True, align="center")
    table = doc.add_table(rows=len(ROWS_968), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(ROWS_968):
        if len(row) == 1:
            set_cell_lines(table.cell(r, 0).merge(table.cell(r, 3)), row)
            continue
        if len(row) == 3:
            set_cell_lines(table.cell(r, 0), [row[0]])
            set_cell_lines(table.cell(r, 1), [row[1]])
            set_cell_lines(table.cell(r, 2).merge(table.cell(r, 3)), [row[2]])
            continue
        for c, text in enumerate(row):
            if text:
                set_cell_lines(table.cell(r, c), [text])
    set_widths(table, [1.5, 9.5, 3.0, 3.0])
    save_deterministic(doc, HERE / "968_c71d0a5e2f9b3846.docx")


BUILDERS = {"966": build_966, "968": build_968}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
