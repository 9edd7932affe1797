"""Tables from ruling lines: segments → grids → cells with spans → cell texts.

A table's column grid is every x where some vertical rule runs (as a DOCX grid has a column
for every distinct cell edge); a cell whose inner rules are missing spans several grid slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ingest.pdf.cell_wrap import cell_text
from ingest.pdf.layout import group_lines
from ingest.pdf.page import Centres, Glyph, Segment, glyph_centres

SNAP = 2.5  # rules this close (pt) are one rule
JOIN = 3.0  # collinear pieces this close are one rule
MIN_CELL = 3.0  # grid lines closer than this collapse (double borders)
OUTER_GAP = 5.0  # rules overhanging the outermost crossing rule by more imply a missing border


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell on a page: grid position, spans, text lines joined by "\\n"."""

    text: str
    col: int
    col_span: int
    row_span: int
    bold: bool
    box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on its page


@dataclass(slots=True)
class PageTable:
    """One table found on one page (joined across pages later)."""

    page: int
    top: float
    bottom: float
    xs: tuple[float, ...]  # column boundaries, len = n_cols + 1
    rows: list[list[GridCell]]  # cells starting in each grid row
    row_pages: list[int] = field(default_factory=list)
    header_rows: int = 0
    continued_on: list[int] = field(default_factory=list)  # pages it was joined across

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({self.page, *self.row_pages, *self.continued_on}))

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


def _merge(segments: Sequence[Segment], horizontal: bool) -> list[Segment]:
    """Snap collinear rules to one position and join touching pieces."""

    def pos(s: Segment) -> float:
        return s.top if horizontal else s.x0

    out: list[Segment] = []
    ordered = sorted(segments, key=pos)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and pos(ordered[j + 1]) - pos(ordered[i]) <= SNAP:
            j += 1
        group = ordered[i : j + 1]
        at = sum(pos(s) for s in group) / len(group)
        spans = sorted((s.x0, s.x1) if horizontal else (s.top, s.bottom) for s in group)
        start, end = spans[0]
        for a, b in [*spans[1:], (float("inf"), float("inf"))]:
            if a <= end + JOIN:
                end = max(end, b)
                continue
            out.append(Segment(start, at, end, at) if horizontal else Segment(at, start, at, end))
            start, end = a, b
        i = j + 1
    return out


def _components(hs: list[Segment], vs: list[Segment]) -> list[tuple[list[Segment], list[Segment]]]:
    """Groups of crossing rules: each group is one table's frame."""
    parent = list(range(len(hs) + len(vs)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.x0 - SNAP <= v.x0 <= h.x1 + SNAP and v.top - SNAP <= h.top <= v.bottom + SNAP:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _close_frame(hs: list[Segment], vs: list[Segment]) -> None:
    """Add outer borders a table draws only implicitly (rows ruled, no left/right border)."""
    left, right = min(h.x0 for h in hs), max(h.x1 for h in hs)
    top, bottom = min(v.top for v in vs), max(v.bottom for v in vs)
    h_top, h_bottom = min(h.top for h in hs), max(h.top for h in hs)
    v_left, v_right = min(v.x0 for v in vs), max(v.x0 for v in vs)
    if left < v_left - OUTER_GAP:
        vs.append(Segment(left, h_top, left, h_bottom))
    if right > v_right + OUTER_GAP:
        vs.append(Segment(right, h_top, right, h_bottom))
    if top < h_top - OUTER_GAP:
        hs.append(Segment(v_left, top, v_right, top))
    if bottom > h_bottom + OUTER_GAP:
        hs.append(Segment(v_left, bottom, v_right, bottom))


def _inner_xs(vs: Sequence[Segment], left: float, right: float) -> list[float]:
    return _positions([v.x0 for v in vs if left + SNAP < v.x0 < right - SNAP])


def _grids_differ(above: list[float], below: list[float]) -> bool:
    """Two column grids that share no rule and differ in count: two tables drawn touching."""
    if not above or not below or len(above) == len(below):
        return False
    return all(abs(a - b) > SNAP for a in above for b in below)


def _split_at(hs: list[Segment], vs: list[Segment], y: float
              ) -> tuple[tuple[list[Segment], list[Segment]], tuple[list[Segment], list[Segment]]]:
    """The frame cut at rule `y`: the rule belongs to both parts, long verticals are cut."""
    up_h = [h for h in hs if h.top <= y + SNAP]
    down_h = [h for h in hs if h.top >= y - SNAP]
    up_v = [Segment(v.x0, v.top, v.x1, min(v.bottom, y)) for v in vs if v.top < y - SNAP]
    down_v = [Segment(v.x0, max(v.top, y), v.x1, v.bottom) for v in vs if v.bottom > y + SNAP]
    return (up_h, up_v), (down_h, down_v)


def _split_touching(hs: list[Segment], vs: list[Segment]
                    ) -> list[tuple[list[Segment], list[Segment]]]:
    """A frame cut where no inner vertical rule crosses a horizontal one and the column grids
    above and below have nothing in common: a grif's two cells printed right on top of a plan
    table share the plan's outer rules, yet they are two tables."""
    left, right = min(v.x0 for v in vs), max(v.x0 for v in vs)
    inner = [v for v in vs if left + SNAP < v.x0 < right - SNAP]
    for y in _positions([h.top for h in hs])[1:-1]:
        if any(v.top < y - SNAP and v.bottom > y + SNAP for v in inner):
            continue
        above = _inner_xs([v for v in inner if v.top < y - SNAP], left, right)
        below = _inner_xs([v for v in inner if v.bottom > y + SNAP], left, right)
        if _grids_differ(above, below):
            up, down = _split_at(hs, vs, y)
            return [up, *_split_touching(*down)]
    return [(hs, vs)]


def _positions(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] < MIN_CELL:
            continue
        out.append(v)
    return out


def _covered(rules: Sequence[Segment], at: float, lo: float, hi: float, horizontal: bool) -> bool:
    """Is there a rule at `at` over most of [lo, hi]?"""
    total = 0.0
    for s in rules:
        pos, a, b = (s.top, s.x0, s.x1) if horizontal else (s.x0, s.top, s.bottom)
        if abs(pos - at) <= SNAP:
            total += max(0.0, min(b, hi) - max(a, lo))
    return total >= 0.5 * (hi - lo)


class _Slots:
    """Union-find over the grid's base slots: slots without a rule between them merge."""

    def __init__(self, n_rows: int, n_cols: int) -> None:
        self.n_cols = n_cols
        self.parent = list(range(n_rows * n_cols))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _cell_rects(xs: list[float], ys: list[float], hs: list[Segment], vs: list[Segment]
                ) -> dict[int, list[int]]:
    """Group id → [row0, col0, row1, col1] (inclusive slot bounds) of each merged cell."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    slots = _Slots(n_rows, n_cols)
    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covered(vs, xs[c + 1], ys[r], ys[r + 1], False):
                slots.union(r * n_cols + c, r * n_cols + c + 1)
            if r + 1 < n_rows and not _covered(hs, ys[r + 1], xs[c], xs[c + 1], True):
                slots.union(r * n_cols + c, (r + 1) * n_cols + c)
    rects: dict[int, list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            root = slots.find(r * n_cols + c)
            rect = rects.setdefault(root, [r, c, r, c])
            rect[2], rect[3] = max(rect[2], r), max(rect[3], c)
    return rects


def _build(page: int, xs: list[float], ys: list[float], hs: list[Segment], vs: list[Segment],
           glyphs: Sequence[Glyph], centres: Centres) -> PageTable:
    n_cols = len(xs) - 1
    rects = _cell_rects(xs, ys, hs, vs)
    slot_owner = {}
    for root, (r0, c0, r1, c1) in rects.items():
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                slot_owner[r * n_cols + c] = root
    inside: dict[int, list[Glyph]] = {}
    cx, cy = centres
    row = np.searchsorted(ys, cy, side="right") - 1  # = bisect_right: the slot's row
    col = np.searchsorted(xs, cx, side="right") - 1
    held = np.flatnonzero((row >= 0) & (row < len(ys) - 1) & (col >= 0) & (col < n_cols))
    for i, slot in zip(held.tolist(), (row[held] * n_cols + col[held]).tolist(), strict=True):
        inside.setdefault(slot_owner[slot], []).append(glyphs[i])
    rows: list[list[GridCell]] = [[] for _ in range(len(ys) - 1)]
    for root, (r0, c0, r1, c1) in sorted(rects.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        lines = group_lines(inside.get(root, []))
        text = cell_text(lines, xs[c0], xs[c1 + 1])
        bold = bool(lines) and all(ln.bold for ln in lines)
        box = (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
        rows[r0].append(GridCell(text, c0, c1 - c0 + 1, r1 - r0 + 1, bold, box))
    return PageTable(page, ys[0], ys[-1], tuple(xs), rows, [page] * len(rows))


def find_tables(page: int, segments: Sequence[Segment], glyphs: Sequence[Glyph],
                centres: Centres | None = None) -> list[PageTable]:
    """Ruled tables of one page, top to bottom; a lone box (one cell) is not a table.
    `centres`: the glyphs' `glyph_centres`, when the caller has them already."""
    centres = glyph_centres(glyphs) if centres is None else centres
    hs = _merge([s for s in segments if s.horizontal], horizontal=True)
    vs = _merge([s for s in segments if not s.horizontal], horizontal=False)
    tables: list[PageTable] = []
    frames = [part for t_hs, t_vs in _components(hs, vs) for part in _split_touching(t_hs, t_vs)]
    for t_hs, t_vs in frames:
        _close_frame(t_hs, t_vs)
        xs = _positions([v.x0 for v in t_vs])
        ys = _positions([h.top for h in t_hs])
        if len(xs) < 2 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) < 2:
            continue
        tables.append(_build(page, xs, ys, t_hs, t_vs, glyphs, centres))
    tables.sort(key=lambda t: t.top)
    return tables
