"""Build the samples of task facts66 that need a Word file (905); 904, 906-909 are plain text
written by hand.

Run: .venv/bin/python samples/make_facts66_samples.py [names…]
Our own documents (invented committee, programme and wording):
- 905 (docx): a programme's measures table printed alone — no heading, act or body above it; a
  header whose cells break their captions over lines, a column-number row that numbers only
  the first two columns, rows across the width for the subprogramme ("Подпрограмма 2 «…»"),
  its goal ("Цель 2. …") and task ("Задача 2.1. …"), three measures with year spans and a
  frequency, and a last row the page cuts inside its title ("… в сельских").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, save_deterministic, set_cell_lines, set_widths

HERE = Path(__file__).parent


def build_905() -> None:
    doc = new_doc()
    rows: list[list[list[str]]] = [
        [["N", "п/п"], ["Наименование направления,", "блока мероприятий, мероприятия"],
         ["Плановый срок", "исполнения"], ["Исполнители"]],
        [["1"], ["2"], [""], [""]],
        [["Подпрограмма 2 «Летний отдых и оздоровление детей»"]],
        [["Цель 2. Обеспечение безопасного и полезного летнего отдыха школьников"]],
        [["Задача 2.1. Расширение сети лагерей с дневным пребыванием детей"]],
        [["1."], ["Проверка готовности лагерей", "с дневным пребыванием к открытию", "смены"],
         ["2027 - 2029", "ежегодно"], ["Комитет по образованию"]],
        [["2."], ["Подбор и обучение вожатых", "из числа студентов педагогического", "колледжа"],
         ["2027 - 2029"], ["Комитет по образованию"]],
        [["3."], ["Организация профильных смен", "для одарённых детей"],
         ["2027 - 2029"], ["Комитет по образованию,", "Дом детского творчества"]],
        [["4."], ["Открытие новых площадок", "отдыха в сельских"], [""], [""]],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if len(row) == 1:
            set_cell_lines(table.cell(r, 0).merge(table.cell(r, 3)), row[0])
            continue
        for c, lines in enumerate(row):
            set_cell_lines(table.cell(r, c), lines)
    set_widths(table, [1.2, 8.0, 3.5, 4.5])
    save_deterministic(doc, HERE / "905_aa44db7fe272d5b1.docx")


BUILDERS = {"905": build_905}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
