"""Two grifs printed side by side on a PDF page ("СОГЛАСОВАНО <gap> УТВЕРЖДАЮ" and their
positions, names and dates under each), which a line-by-line reading interleaves: a row holding
both columns ("Начальник управления <tab> Директор МБОУ СОШ № 10"), then rows holding one
column only ("образования", "___ Г.М. Орлова"), so that the left grif's body and the right
grif's signatory run into each other.

A line holding two grif words (ingest/text/data/grif_words.yaml, the same as a plain-text
copy's: ingest/text/side_grifs.py) with a tab gap between them opens the block; the right
word's left edge is the column. Each next line's words go to the left or the right cell by
where they start; the block ends at a line crossing the column (a title, running text), a
gap wider than a few lines, or after _MAX_LINES lines. It becomes a one-row, two-cell table,
as a word processor's copy holds the same grifs.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ingest.pdf.lattice import GridCell, PageTable
from ingest.pdf.layout import Line
from ingest.text.side_grifs import opener

_MAX_LINES = 14  # a grif pair runs 4–12 interleaved lines; more is no grif
_MIN_LINES = 2  # rows under the opener
_GAP_LINES = 2.5  # a vertical gap this many font sizes ends the block
_SLACK = 0.5  # font sizes a left word may reach past the column


def _column(line: Line) -> float | None:
    """The right grif's left edge when `line` opens two grifs side by side, else None."""
    if line.text.count("\t") != 1 or len(line.words) < 2:
        return None
    m = opener().match(line.text)
    if not m or "\t" not in line.text[: m.start("right")]:
        return None
    gaps = [(b.x0 - a.x1, k) for k, (a, b) in enumerate(pairwise(line.words), 1)]
    return line.words[max(gaps)[1]].x0


def _crosses(line: Line, col: float) -> bool:
    slack = _SLACK * line.size
    return any(w.x0 < col - slack and w.x1 > col + slack for w in line.words)


def _block_end(lines: Sequence[Line], i: int, col: float) -> int:
    j = i + 1
    while j < len(lines) and j - i <= _MAX_LINES:
        line, prev = lines[j], lines[j - 1]
        if line.top - prev.bottom > _GAP_LINES * prev.size or _crosses(line, col):
            break
        j += 1
    return j


def _cell_texts(lines: Sequence[Line], col: float) -> tuple[str, str]:
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        slack = _SLACK * line.size
        parts = ([w.text for w in line.words if w.x0 < col - slack],
                 [w.text for w in line.words if w.x0 >= col - slack])
        for out, words in zip((left, right), parts, strict=True):
            if words:
                out.append(" ".join(words))
    return "\n".join(left), "\n".join(right)


def find_side_grifs(page: int, lines: Sequence[Line]) -> list[PageTable]:
    """Side-by-side grif pairs among a page's lines (in reading order), each a 1×2 table."""
    tables: list[PageTable] = []
    i = 0
    while i < len(lines):
        col = _column(lines[i])
        end = _block_end(lines, i, col) if col is not None else i + 1
        if col is None or end - i - 1 < _MIN_LINES:
            i += 1
            continue
        block = lines[i:end]
        left, right = _cell_texts(block, col)
        x0 = min(ln.x0 for ln in block) - 1
        x1 = max(ln.x1 for ln in block) + 1
        top, bottom = block[0].top - 1, block[-1].bottom + 1
        xs = (x0, col - 1, x1)
        cells = [GridCell(left, 0, 1, 1, False, (x0, top, col - 1, bottom)),
                 GridCell(right, 1, 1, 1, False, (col - 1, top, x1, bottom))]
        tables.append(PageTable(page, top, bottom, xs, [cells], [page]))
        i = end
    return tables
