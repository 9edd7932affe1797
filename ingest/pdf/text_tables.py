"""Tables drawn without rules, found from text alignment — conservatively.

A run of lines is a table only when its text sits in at least three columns whose left edges
align across lines and no text crosses a column edge (running text always does), and several
lines fill three columns or more. Rows start at numbered lines when the first column is
numbered, else at lines with text in the first column unless the line continues a wrapped
first-column cell (text_rows); other lines continue the row's cells.
(pdfplumber's "text" strategy was tried: it splits words and finds "tables" in plain text.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pdf.lattice import GridCell, PageTable
from ingest.pdf.layout import Line
from ingest.pdf.rules import Segment
from ingest.pdf.text_rows import FirstCell, row_starts

GUTTER = 0.6  # font sizes of empty space that can separate two columns
ALIGN = 2.5  # pt: left edges this close are one column edge
MIN_LINES = 3
MIN_COLUMNS = 3
MIN_FULL_LINES = 2  # lines with text in >= MIN_COLUMNS columns


@dataclass(frozen=True, slots=True)
class _Segment:
    x0: float
    x1: float
    text: str


def _segments(line: Line) -> list[_Segment]:
    """The line cut at gaps wide enough to be column gutters."""
    out: list[_Segment] = []
    for word in line.words:
        if out and word.x0 - out[-1].x1 < GUTTER * word.size:
            last = out[-1]
            out[-1] = _Segment(last.x0, word.x1, f"{last.text} {word.text}")
        else:
            out.append(_Segment(word.x0, word.x1, word.text))
    return out


def _edges(rows: Sequence[list[_Segment]]) -> list[float]:
    """Left edges shared by segments of at least two lines."""
    starts = sorted(seg.x0 for segs in rows for seg in segs)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][0] <= ALIGN:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [min(c) for c in clusters if len(c) >= 2]


def _fits(segs: list[_Segment], edges: list[float]) -> bool:
    """Every segment starts on an edge and ends before the next edge."""
    for seg in segs:
        k = max((i for i, e in enumerate(edges) if e <= seg.x0 + ALIGN), default=-1)
        if k < 0 or abs(edges[k] - seg.x0) > ALIGN:
            return False
        if k + 1 < len(edges) and seg.x1 > edges[k + 1] - 1:
            return False
    return True


def _column(seg: _Segment, edges: list[float]) -> int:
    return max(i for i, e in enumerate(edges) if e <= seg.x0 + ALIGN)


def _runs(lines: Sequence[Line], rows: list[list[_Segment]], edges: list[float]
          ) -> list[tuple[int, int]]:
    """Maximal runs of consecutive, close lines that fit the column edges."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, segs in enumerate(rows):
        close = start is not None and lines[i].top - lines[i - 1].bottom < 2 * lines[i].size
        ok = _fits(segs, edges)
        if ok and start is not None and close:
            continue
        if start is not None:
            runs.append((start, i))
        start = i if ok else None
    if start is not None:
        runs.append((start, len(rows)))
    return runs


def _firsts(rows: list[list[_Segment]], edges: list[float], first: float
            ) -> list[FirstCell | None]:
    """Each line's text in the first used column (at edge `first`), if any."""
    out: list[FirstCell | None] = []
    for segs in rows:
        seg = next((s for s in segs if edges[_column(s, edges)] == first), None)
        if seg is None:
            out.append(None)
            continue
        # the first word's width in proportion to its letters: segments keep no word boxes
        word = seg.text.split(" ", 1)[0]
        width = (seg.x1 - seg.x0) * len(word) / max(len(seg.text), 1)
        out.append(FirstCell(seg.text, seg.x1, width))
    return out


def _first_rules(rules: Sequence[Segment], x0: float, x1: float) -> list[float]:
    """Heights of the horizontal rules that run across the first column (x0..x1)."""
    return [r.top for r in rules if r.x0 <= x0 + ALIGN and r.x1 >= x1 - ALIGN]


def _table(page: int, lines: Sequence[Line], rows: list[list[_Segment]], edges: list[float],
           rules: Sequence[Segment] = ()) -> PageTable | None:
    used = sorted({_column(s, edges) for segs in rows for s in segs})
    cols = [edges[i] for i in used]
    per_line = [{cols.index(edges[_column(s, edges)]): s.text for s in segs} for segs in rows]
    full = sum(len(c) >= MIN_COLUMNS for c in per_line)
    if len(rows) < MIN_LINES or len(cols) < MIN_COLUMNS or full < MIN_FULL_LINES:
        return None
    across = _first_rules(rules, cols[0], cols[1]) if rules else []
    starts = row_starts(lines, _firsts(rows, edges, cols[0]), [len(c) for c in per_line], across)
    right = max(s.x1 for segs in rows for s in segs) + 1
    xs = (cols[0] - 1, *cols[1:], right)
    grid: list[list[GridCell]] = []
    for a, b in zip(starts, [*starts[1:], len(per_line)], strict=True):
        texts = ["\n".join(c[k] for c in per_line[a:b] if k in c) for k in range(len(cols))]
        top, bottom = lines[a].top, lines[b - 1].bottom
        grid.append([GridCell(t, k, 1, 1, False, (xs[k], top, xs[k + 1], bottom))
                     for k, t in enumerate(texts)])
    top, bottom = lines[0].top - 1, lines[-1].bottom + 1
    return PageTable(page, top, bottom, xs, grid, [page] * len(grid))


def find_text_tables(page: int, lines: Sequence[Line], rules: Sequence[Segment] = ()
                     ) -> list[PageTable]:
    """Borderless tables among a page's lines (which must be in reading order); `rules`: the
    page's horizontal rules, which part rows where a table is ruled by rows only."""
    rows = [_segments(ln) for ln in lines]
    if sum(len(segs) >= MIN_COLUMNS for segs in rows) < MIN_FULL_LINES:
        return []  # the common case, decided cheaply
    edges = _edges(rows)
    tables = []
    for a, b in _runs(lines, rows, edges):
        table = _table(page, lines[a:b], rows[a:b], edges, rules)
        if table is not None:
            tables.append(table)
    return tables
