"""An aligned drawn table → grid cells with spans.

The column boundaries are the x positions of separators (rule junctions, and verticals that
several lines share). Every line is cut at its separators into segments over slots (the
spaces between two boundaries): rule segments close the cells above them, content segments
carry text. Lines between two rule lines form a band (one grid row). Slots of one band with
no separator between them belong to one cell (col_span); a slot not closed by the rule under
a band continues into the next band (row_span), as a merged header cell or a stage cell does.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass, field

from ingest.text.frame_lines import FrameLine, is_rule_line, is_rule_text

_SNAP = 1  # a separator a character off its column (a stray space) still counts


@dataclass(frozen=True)
class Seg:
    """Slots [a, b) of one line: a rule over them, or the text written there."""

    a: int
    b: int
    text: str
    rule: bool


@dataclass(frozen=True)
class GLine:
    """A frame line cut into segments over slots; `cuts` are its boundaries with a separator."""

    number: int
    segs: tuple[Seg, ...]
    cuts: frozenset[int]

    @property
    def rule(self) -> bool:
        return any(s.rule for s in self.segs)

    def slot_text(self, slot: int) -> str:
        """Text of the segment that starts at `slot` and covers it alone ("" if none)."""
        return next((s.text for s in self.segs if s.a == slot and s.b == slot + 1 and not s.rule),
                    "")

    def filled(self) -> list[Seg]:
        return [s for s in self.segs if s.text and not s.rule]


@dataclass
class Bands:
    """Content lines grouped into bands, and what separates consecutive bands: the slots a
    rule closes and the rule lines themselves (a partial rule carries text of open cells)."""

    bands: list[list[GLine]]
    closed: list[set[int]] = field(default_factory=list)
    between: list[list[GLine]] = field(default_factory=list)


def boundaries(lines: list[FrameLine]) -> list[int]:
    """Column boundaries: every rule junction, and content separators seen on two lines."""
    counts = Counter(s for fl in lines for s in fl.seps)
    strong = {s for fl in lines if is_rule_line(fl) for s in fl.seps}
    keep = sorted(x for x, c in counts.items() if c >= 2 or x in strong)
    out: list[int] = []
    for x in keep:
        if out and x - out[-1] <= _SNAP:
            if counts[x] > counts[out[-1]]:
                out[-1] = x
            continue
        out.append(x)
    return out


def _snap(bounds: list[int], x: int) -> int | None:
    i = bisect.bisect_left(bounds, x)
    near = [j for j in (i - 1, i) if 0 <= j < len(bounds) and abs(bounds[j] - x) <= _SNAP]
    return min(near, key=lambda j: abs(bounds[j] - x)) if near else None


def aligned_share(lines: list[FrameLine]) -> float:
    """Share of content lines whose separators all sit on rule junctions (low when spaces
    were squeezed; 1 when no rule has junctions to compare with)."""
    bounds = sorted({s for fl in lines if is_rule_line(fl) for s in fl.seps})
    content = [fl for fl in lines if not is_rule_line(fl) and fl.seps]
    if not content or len(bounds) < 3:
        return 1.0
    return sum(all(_snap(bounds, s) is not None for s in fl.seps) for fl in content) / len(content)


def _snapped(bounds: list[int], seps: tuple[int, ...]) -> list[tuple[int, int]]:
    """(boundary, position) of each separator on a boundary; a line's last separator beyond
    the frame's right edge closes it (the text of a cell across the width overflowed)."""
    out: list[tuple[int, int]] = []
    for k, x in enumerate(seps):
        j = _snap(bounds, x)
        if j is None and k == len(seps) - 1 and x > bounds[-1]:
            j = len(bounds) - 1
        if j is not None and (not out or j > out[-1][0]):
            out.append((j, x))
    return out


def cut_line(fl: FrameLine, bounds: list[int],
             cache: dict[tuple[int, ...], list[tuple[int, int]]] | None = None) -> GLine:
    """Segments of one line over the slots between `bounds` (lines of one layout share the
    snapping through `cache`)."""
    slots = len(bounds) - 1
    if fl.bare:
        return GLine(fl.number, (Seg(0, slots, "", True),), frozenset())
    snapped = cache.get(fl.seps) if cache is not None else None
    if snapped is None:
        snapped = _snapped(bounds, fl.seps)
        if cache is not None:
            cache[fl.seps] = snapped
    segs = []
    for (ia, xa), (ib, xb) in itertools.pairwise(snapped):
        raw = fl.text[xa + 1 : xb]
        segs.append(Seg(ia, ib, " ".join(raw.split()), is_rule_text(raw)))
    return GLine(fl.number, tuple(segs), frozenset(j for j, _ in snapped))


def make_bands(glines: list[GLine], slots: int) -> Bands:
    """Group content lines into bands; record what closes each band from the next."""
    out = Bands([])
    pending: list[GLine] = []
    closed: set[int] = set()
    for gl in glines:
        if not gl.rule:
            if not out.bands or pending or closed:
                if out.bands:
                    out.closed.append(closed)
                    out.between.append(pending)
                out.bands.append([])
                pending, closed = [], set()
            out.bands[-1].append(gl)
            continue
        if out.bands:
            pending.append(gl)
            closed |= {j for s in gl.segs if s.rule for j in range(s.a, min(s.b, slots))}
    return out


@dataclass
class _Union:
    parent: list[int]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _open_boundaries(band: list[GLine], slots: int) -> list[int]:
    """Inner boundaries that most lines of the band cross without a separator."""
    cut = Counter(j for gl in band for j in gl.cuts)
    return [j for j in range(1, slots) if 2 * cut[j] < len(band)]


def merge_cells(bands: Bands, slots: int) -> _Union:
    """Union of (band, slot) places that belong to one cell."""
    uf = _Union(list(range(len(bands.bands) * slots)))
    for t, band in enumerate(bands.bands):
        for j in _open_boundaries(band, slots):
            uf.join(t * slots + j - 1, t * slots + j)
    for t, closed in enumerate(bands.closed):
        for j in range(slots):
            if j not in closed:
                uf.join(t * slots + j, (t + 1) * slots + j)
    return uf


@dataclass
class CellBox:
    """A merged cell found on the grid: band/slot extent and its text lines."""

    band: int
    col: int
    last_band: int
    last_col: int
    lines: list[tuple[int, str]] = field(default_factory=list)


def _add_text(box: CellBox, number: int, text: str) -> None:
    if box.lines and box.lines[-1][0] == number:
        box.lines[-1] = (number, f"{box.lines[-1][1]} {text}")
    else:
        box.lines.append((number, text))


def cell_boxes(bands: Bands, slots: int) -> list[CellBox]:
    """Every cell of the grid with its extent and text (in reading order of its lines)."""
    uf = merge_cells(bands, slots)
    boxes: dict[int, CellBox] = {}
    for t in range(len(bands.bands)):
        for j in range(slots):
            root = uf.find(t * slots + j)
            box = boxes.get(root)
            if box is None:
                boxes[root] = CellBox(t, j, t, j)
            else:
                box.last_band, box.last_col = max(box.last_band, t), max(box.last_col, j)
    for t, band in enumerate(bands.bands):
        rule_lines = bands.between[t] if t < len(bands.between) else []
        for gl in (*band, *rule_lines):
            for seg in gl.filled():
                if seg.a < slots:
                    _add_text(boxes[uf.find(t * slots + seg.a)], gl.number, seg.text)
    return sorted(boxes.values(), key=lambda b: (b.band, b.col))
