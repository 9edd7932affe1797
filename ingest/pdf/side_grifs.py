"""Two grifs printed side by side on a PDF page ("СОГЛАСОВАНО <gap> УТВЕРЖДАЮ" and their
positions, names and dates under each), which a line-by-line reading interleaves: a row holding
both columns ("Начальник управления <tab> Директор МБОУ СОШ № 10"), then rows holding one
column only ("образования", "___ Г.М. Орлова"), so that the left grif's body and the right
grif's signatory run into each other.

A line holding two grif words (ingest/text/data/grif_words.yaml, the same as a plain-text
copy's: ingest/text/side_grifs.py) with a tab gap between them opens the block; the right
word's left edge is the column. A line holding both grifs' pieces is cut at its tab gap nearest
the column (a right grif centred under its word starts left of it); a line of one piece goes
whole to the cell its start says — the right one when it starts within _DRIFT font sizes of
the column. The block ends at a line crossing the column (a title, running text) — but a left
grif's line running on past the column from the left edge stays when grifs' lines go on under
it — a gap wider than a few lines, or after _MAX_LINES lines. It becomes a one-row, two-cell
table, as a word processor's copy holds the same grifs.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from ingest.pdf.lattice import GridCell, PageTable
from ingest.pdf.layout import TAB_GAP, Line
from ingest.text.side_grifs import opener, stamp_line
from ingest.text.title_heads import heading_line

_MAX_LINES = 14  # a grif pair runs 4–12 interleaved lines; more is no grif
_MIN_LINES = 2  # rows under the opener
_GAP_LINES = 2.5  # a vertical gap this many font sizes ends the block
_SLACK = 0.5  # font sizes a left word may reach past the column
_RUN_ON_LINES = 3  # a left grif's lines running past the column before the grifs go on
_SPACE = 0.5  # font sizes of a word space: a wider gap at the column parts two grifs' pieces
_DRIFT = 3.0  # font sizes a right grif's centred line may start left of its word


def _column(line: Line) -> float | None:
    """The right grif's left edge when `line` opens two grifs side by side, else None."""
    if line.text.count("\t") != 1 or len(line.words) < 2:
        return None
    m = opener().match(line.text)
    if not m or "\t" not in line.text[: m.start("right")]:
        return None
    gaps = [(b.x0 - a.x1, k) for k, (a, b) in enumerate(pairwise(line.words), 1)]
    return line.words[max(gaps)[1]].x0


def _tab_cut(line: Line, col: float) -> int | None:
    """The index of the first right word when the line holds both grifs' pieces: its tab gap
    nearest the column."""
    tabs = [k for k, (a, b) in enumerate(pairwise(line.words), 1)
            if b.x0 - a.x1 > TAB_GAP * max(a.size, b.size)]
    if not tabs:
        return None
    return min(tabs, key=lambda k: abs((line.words[k - 1].x1 + line.words[k].x0) / 2 - col))


class Cols(NamedTuple):
    """The opener's edges: the left grif word's left, the right word's left (the column) and
    right."""

    left: float
    col: float
    end: float


def _right_piece(line: Line, c: Cols) -> bool:
    """A line of one piece under the right grif's word: starting at the column or a little
    left of it, or — when it starts past the middle of the left grif — centred under the
    word or ending where it ends (a right-aligned column)."""
    size = line.size
    if line.x0 >= c.col - _DRIFT * size:
        return True
    return line.x0 > (c.left + c.col) / 2 and (
        abs(line.x1 - c.end) <= size or abs((line.x0 + line.x1) / 2 - (c.col + c.end) / 2) <= size)


def _crosses(line: Line, c: Cols) -> bool:
    return _tab_cut(line, c.col) is None and not _right_piece(line, c) \
        and _straddles(line, c.col)


def _runs_on(lines: Sequence[Line], j: int, c: Cols) -> bool:
    """A left grif's line from the left edge past the column ("Заместитель главы
    администрации … по" / "социальным вопросам") with the grifs' lines going on under it: a
    line of both pieces or of the right one within the next few."""
    line = lines[j]
    if abs(line.x0 - c.left) > line.size:
        return False
    for k in range(j + 1, min(j + 1 + _RUN_ON_LINES, len(lines))):
        if lines[k].top - lines[k - 1].bottom > _GAP_LINES * lines[k - 1].size \
                or heading_line(lines[k].text):
            return False
        if _tab_cut(lines[k], c.col) is not None or _right_piece(lines[k], c):
            return True
    return False


def _ends(line: Line, c: Cols) -> bool:
    """A line no grif holds: crossing the column, or the document's heading ("ПЛАН
    МЕРОПРИЯТИЙ" centred under the grifs) printed alone."""
    return _crosses(line, c) or (_tab_cut(line, c.col) is None and heading_line(line.text))


def _block_end(lines: Sequence[Line], i: int, c: Cols) -> int:
    j = i + 1
    while j < len(lines) and j - i <= _MAX_LINES:
        line, prev = lines[j], lines[j - 1]
        # an electronic signature's stamp beside or under the grifs is none of their lines
        if line.top - prev.bottom > _GAP_LINES * prev.size or stamp_line(line.text) \
                or (_ends(line, c) and not _runs_on(lines, j, c)):
            break
        j += 1
    return j


def _straddles(line: Line, col: float) -> bool:
    """A word over the column, or a run of text going on over it at a word space."""
    slack = _SLACK * line.size
    return any(w.x0 < col - slack and w.x1 > col + slack for w in line.words) \
        or any(a.x0 < col - slack <= b.x0 and b.x0 - a.x1 < _SPACE * line.size
               for a, b in pairwise(line.words))


def _parts(line: Line, c: Cols) -> tuple[list[str], list[str]]:
    """A line's words for each cell: cut at its tab gap; with none, a line over the column is
    one grif's whole, and the words of one clear of it go by where they start."""
    words = [w.text for w in line.words]
    cut = _tab_cut(line, c.col)
    if cut is not None:
        return words[:cut], words[cut:]
    if _straddles(line, c.col):
        return ([], words) if _right_piece(line, c) else (words, [])
    slack = _SLACK * line.size
    return ([w.text for w in line.words if w.x0 < c.col - slack],
            [w.text for w in line.words if w.x0 >= c.col - slack])


def _cell_texts(lines: Sequence[Line], c: Cols) -> tuple[str, str]:
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        for out, words in zip((left, right), _parts(line, c), strict=True):
            if words:
                out.append(" ".join(words))
    return "\n".join(left), "\n".join(right)


def find_side_grifs(page: int, lines: Sequence[Line]) -> list[PageTable]:
    """Side-by-side grif pairs among a page's lines (in reading order), each a 1×2 table."""
    tables: list[PageTable] = []
    i = 0
    while i < len(lines):
        col = _column(lines[i])
        c = Cols(lines[i].x0, col, lines[i].x1) if col is not None else None
        end = _block_end(lines, i, c) if c is not None else i + 1
        if col is None or c is None or end - i - 1 < _MIN_LINES:
            i += 1
            continue
        block = lines[i:end]
        left, right = _cell_texts(block, c)
        x0 = min(ln.x0 for ln in block) - 1
        x1 = max(ln.x1 for ln in block) + 1
        top, bottom = block[0].top - 1, block[-1].bottom + 1
        xs = (x0, col - 1, x1)
        cells = [GridCell(left, 0, 1, 1, False, (x0, top, col - 1, bottom)),
                 GridCell(right, 1, 1, 1, False, (col - 1, top, x1, bottom))]
        tables.append(PageTable(page, top, bottom, xs, [cells], [page]))
        i = end
    return tables
