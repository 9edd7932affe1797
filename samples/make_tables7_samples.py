"""Build the sample 490 and its expected record (helper tables7: an indicator appendix in a
legal site's text form, as in /work/realdev/dev7).

Run: .venv/bin/python samples/make_tables7_samples.py [490]

- 490 txt  an indicator appendix printed one cell a paragraph (blank lines between cells);
           the header is only its year captions ("2025 год" with "план/факт" or "план" on the
           line under it) — the number and name columns have no captions; plan and fact of a
           past year in one cell ("74/71", plan first), whole and decimal; a dash for a year
           without a value; the unit given once for the table by a bracketed line above it
           ("(процентов)"); a note after the table.

The wording is our own and names no municipality; the expected record says what the document
says.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Ind, doc_facts, write_expected
from docx_build import build_named
from real_b_common import write_text

HEAD490 = ["Приложение № 3", "к муниципальной программе", "", "",
           "Целевые показатели муниципальной программы «Развитие дополнительного "
           "образования детей»", "(2025-2028 годы)", "", ""]
YEARS490 = [("2025 год", "план/факт"), ("2026 год", "план/факт"), ("2027 год", "план"),
            ("2028 год", "план")]
ROWS490 = [
    ("1.", "Доля детей в возрасте от 5 до 18 лет, занимающихся в кружках и секциях",
     ["74/71", "76/77", "79", "82"]),
    ("2.", "Доля кружков технической направленности в общем числе кружков",
     ["12,5/10", "15/14,5", "18", "20"]),
    ("3.", "Уровень загрузки помещений центра детского творчества",
     ["65/68", "70/-", "-", "75"]),
]


def _values(cells: list[str]) -> list[tuple[int, str, float]]:
    out: list[tuple[int, str, float]] = []
    for (year, _), cell in zip(YEARS490, cells, strict=True):
        y = int(year.split()[0])
        for kind, part in zip(("plan", "fact"), cell.split("/"), strict=False):
            if part != "-":
                out.append((y, kind, float(part.replace(",", "."))))
    return out


def build_490() -> None:
    """Year captions only over the values, "план/факт" cells, a unit line over the table."""
    lines = [*HEAD490, "(процентов)", ""]
    for year, under in YEARS490:
        lines += [year, under, ""]
    inds = []
    for num, name, cells in ROWS490:
        for cell in [num, name, *cells]:
            lines += [cell, ""]
        inds.append(Ind(num.rstrip("."), name, "процентов", [], _values(cells)))
    lines += ["", "Примечание: фактические значения приведены по данным мониторинга."]
    path = write_text("490_years_only_indicator_appendix_2025.txt", lines)
    title = f"{HEAD490[4]} {HEAD490[5]}"
    doc = doc_facts("programme", title, None, None, None, None, (2025, 2028), [])
    write_expected(path, "txt", None, doc, [], inds)


BUILDERS = {"490": build_490}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
