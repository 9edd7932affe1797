"""Build the sample of the dev36 study's republic indicator appendix (980_).

Run: .venv/bin/python samples/make_facts44_samples.py
The document is our own (invented republic, wording and numbers) and reproduces layout
features of real appendices: a stamp over several lines, a heading whose first word stands
alone and whose republic's adjective ends a line, its noun ("Республике") starting the next,
an indicator table with no unit column, each indicator's unit closing its name after a comma
(", процентов", ", человек").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic

HERE = Path(__file__).parent

ROWS = [
    ("1.", "Доля школьников, занятых в кружках и секциях, процентов",
     ["62,0", "64,5", "67,0", "70,0"]),
    ("2.", "Число участников республиканских слетов юных краеведов, человек",
     ["350", "380", "400", "420"]),
    ("3.", "Количество открытых школьных музеев, единиц", ["12", "14", "15", "17"]),
]


def build_980(path: Path) -> None:
    doc = new_doc()
    for line in ("Приложение N 2", "к подпрограмме «Воспитание и досуг детей»",
                 "программы развития образования", "в Кедровской Республике",
                 "на 2021-2024 годы"):
        para(doc, line, align="right")
    para(doc, "Показатели", bold=True, align="center")
    para(doc, "результативности подпрограммы «Воспитание и досуг детей» программы развития "
              "образования в Кедровской", bold=True, align="center")
    para(doc, "Республике на 2021-2024 годы", bold=True, align="center")
    table = doc.add_table(rows=3 + len(ROWS), cols=6)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text, head[1].text = "N п/п", "Показатели"
    merged = head[2].merge(head[5])
    merged.text = "Годы реализации подпрограммы"
    table.rows[0].cells[0].merge(table.rows[1].cells[0])
    table.rows[0].cells[1].merge(table.rows[1].cells[1])
    for i, year in enumerate(("2021", "2022", "2023", "2024")):
        table.rows[1].cells[2 + i].text = year
    for i in range(6):
        table.rows[2].cells[i].text = str(i + 1)
    for r, (num, name, values) in enumerate(ROWS, start=3):
        cells = table.rows[r].cells
        cells[0].text, cells[1].text = num, name
        for i, v in enumerate(values):
            cells[2 + i].text = v
    save_deterministic(doc, path)


if __name__ == "__main__":
    build_980(HERE / "980_kedrovaya_republic_upbringing_indicators_2021.docx")
