"""Build the samples of task tables68 that need a Word file (966); 967 and 968 are plain text
written by hand.

Run: .venv/bin/python samples/make_tables68_samples.py [names…]
Our own documents (invented kindergarten, plan and wording):
- 966 (docx): a kindergarten's health-work plan printed as a bare three-column table (measures,
  terms, executor) with no heading, body or place; a section row in capitals across the width;
  a lead-in row "Контроль:" whose term and executor cells are merged down over the row of its
  first item; list items closed by ";", one opening in lower case with a term of its own;
  terms without any year; an executor cell with two parties on two lines; and a last row the
  page cuts inside its term, after a preposition ("один раз в п").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, save_deterministic, set_cell_lines, set_widths

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


BUILDERS = {"966": build_966}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
