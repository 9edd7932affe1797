"""Two grifs side by side on a title page printed to PDF ("СОГЛАСОВАНО …" left, "УТВЕРЖДАЮ …"
right: a borderless two-cell table in the Word file). The page's lines run across both columns,
so each line holds a piece of each grif ("Председатель комитета    Протокол № __ от __") and
the text reads them interleaved, the names parted from their positions. A line holding two
grif words with a tab-wide gap between them (the text reader's opener,
ingest/text/side_grifs.py) opens the block; the second word's left edge is the column edge;
the lines under it, close below one another and with no word across the edge, are cut there.
The block becomes a one-row, two-cell table, as the Word file holds it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ingest.pdf.lattice import GridCell, PageTable
from ingest.pdf.layout import TAB_GAP, Line
from ingest.text.side_grifs import opener

_MAX_LINES = 12  # a grif runs 3–8 lines; more is no grif
_SLACK = 1.0  # pt: a word may start this far left of the column edge
_LEADING = 1.8  # line heights: a wider gap below ends the block (the title under the grifs)


def find_side_grifs(page: int, lines: Sequence[Line]) -> list[PageTable]:
    """The side-by-side grif blocks among a page's lines (in reading order)."""
    out: list[PageTable] = []
    i = 0
    while i < len(lines):
        edge = _column_edge(lines[i])
        if edge is None:
            i += 1
            continue
        run = [lines[i]]
        for line in lines[i + 1: i + _MAX_LINES]:
            prev = run[-1]
            if line.top - prev.bottom > _LEADING * (prev.bottom - prev.top) \
                    or any(w.x0 < edge - _SLACK < w.x1 for w in line.words):
                break
            run.append(line)
        out.append(_table(page, run, edge))
        i += len(run)
    return out


def _column_edge(line: Line) -> float | None:
    """The left edge of the second grif word, when `line` opens two grifs side by side."""
    if not opener().match(line.text):
        return None
    for prev, word in itertools.pairwise(line.words):
        if word.x0 - prev.x1 > TAB_GAP * max(prev.size, word.size):
            return word.x0
    return None


def _table(page: int, run: list[Line], edge: float) -> PageTable:
    left: list[str] = []
    right: list[str] = []
    for line in run:
        cut = edge - _SLACK
        for side, words in ((left, [w.text for w in line.words if w.x0 < cut]),
                            (right, [w.text for w in line.words if w.x0 >= cut])):
            if words:
                side.append(" ".join(words))
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    top, bottom = run[0].top - 1, run[-1].bottom + 1
    cells = [GridCell("\n".join(left), 0, 1, 1, False, (x0, top, edge, bottom)),
             GridCell("\n".join(right), 1, 1, 1, False, (edge, top, x1, bottom))]
    return PageTable(page, top, bottom, (x0, edge, x1), [cells], [page])
