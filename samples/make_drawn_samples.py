"""Samples 361…367: text documents whose tables are drawn with characters or printed cell by
cell, as legal sites' text exports and old typed documents give them (issue 10, text part).
Municipalities and wording are invented; each sample reproduces a layout feature:

361  box drawing, header over three lines, a merged "Значения … по годам" cell split by ┬
     over the year columns, a column-number row, section rows across the width
362  box drawing with a double outer frame, section rows, a page break with the column-number
     row repeated, rows not ruled from each other on the second page (new numbers start rows)
363  ASCII +---+ frame, two-line header, a responsible cell merged down over two rows
364  base.garant.ru text form: every cell on its own line ending in " |", merged places as
     runs of pipes ("|||"), passport, indicator and activity tables, signature as a table
365  tab-separated table: bold two-line header, wrapped rows, a row number printed in the
     middle of its row, a row that starts without its number on the line above
366  frame of '-' and '|' only, indented, a page break repeating the header, a stray space
367  docs.cntd.ru text form: one row per line "a | b | c |", merged places as "|||"

Run: .venv/bin/python samples/make_drawn_samples.py (rewrites the .txt and expected files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from drawn_samples_a import make_361, make_362, make_363
from drawn_samples_b import make_364
from drawn_samples_c import make_365, make_366, make_367

HERE = Path(__file__).parent
SAMPLES = (make_361, make_362, make_363, make_364, make_365, make_366, make_367)


def main() -> None:
    for make in SAMPLES:
        path = make(HERE)
        print("wrote", path.name)


if __name__ == "__main__":
    main()
