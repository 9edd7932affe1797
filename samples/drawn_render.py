"""Draws tables with characters, as legal sites' text exports and old typed documents print
them: light or double-bordered box drawing, ASCII +---+ frames, frames of '-' and '|' only.
Used by make_drawn_samples.py to write samples 361…369 (the samples are committed; this only
documents how they were made and re-makes them identically).

A table is a list of rows; a row is a list of cells placed on a column grid (col, span,
row span); each cell's text is wrapped to its width. Lines meet in the junction character
their strokes call for (┬ under a merged cell's rule, ┴ above a section row …).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

# (up, down, left, right) → light box character
_LIGHT = {
    (False, False, True, True): "─", (True, True, False, False): "│",
    (False, True, False, True): "┌", (False, True, True, False): "┐",
    (True, False, False, True): "└", (True, False, True, False): "┘",
    (True, True, False, True): "├", (True, True, True, False): "┤",
    (False, True, True, True): "┬", (True, False, True, True): "┴",
    (True, True, True, True): "┼", (False, False, True, False): "─",
    (False, False, False, True): "─", (True, False, False, False): "│",
    (False, True, False, False): "│",
}
# the same on a double outer frame: (up, down, left, right, outer side) → character
_DOUBLE_OUTER = {
    "top": {"corner_l": "╔", "corner_r": "╗", "h": "═", "t": "╤"},
    "bottom": {"corner_l": "╚", "corner_r": "╝", "h": "═", "t": "╧"},
    "left": {"v": "║", "t": "╟"},
    "right": {"v": "║", "t": "╢"},
}


@dataclass
class C:
    """A cell: its text, grid column, spans."""

    text: str
    col: int
    span: int = 1
    rows: int = 1


@dataclass
class T:
    """A table to draw: column widths (inner), rows of cells, rows drawn without a rule
    above them (a table that rules only its header), and the style."""

    widths: list[int]
    rows: list[list[C]]
    unruled: set[int] = field(default_factory=set)
    style: str = "light"  # light | double | ascii | dashes
    indent: int = 0


def _lines(cell: C, width: int) -> list[str]:
    out: list[str] = []
    for part in cell.text.split("\n"):
        out += textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False) or [""]
    return out


def _geometry(t: T) -> tuple[list[int], list[int], list[int]]:
    """x of every vertical line, row heights, y of every rule line."""
    xs = [0]
    for w in t.widths:
        xs.append(xs[-1] + w + 1)
    heights = [1] * len(t.rows)
    for r, row in enumerate(t.rows):
        for c in row:
            if c.rows == 1:
                width = xs[c.col + c.span] - xs[c.col] - 1
                heights[r] = max(heights[r], len(_lines(c, width)))
    for r, row in enumerate(t.rows):
        for c in row:
            if c.rows > 1:
                width = xs[c.col + c.span] - xs[c.col] - 1
                room = sum(heights[r : r + c.rows]) + c.rows - 1
                heights[r + c.rows - 1] += max(0, len(_lines(c, width)) - room)
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    return xs, heights, ys


def draw(t: T) -> list[str]:
    """The table's lines."""
    xs, _, ys = _geometry(t)
    height, width = ys[-1] + 1, xs[-1] + 1
    strokes: dict[tuple[int, int], set[str]] = {}
    canvas = [[" "] * width for _ in range(height)]

    def mark(x: int, y: int, d: str) -> None:
        strokes.setdefault((x, y), set()).add(d)

    for r, row in enumerate(t.rows):
        for c in row:
            x0, x1, y0, y1 = xs[c.col], xs[c.col + c.span], ys[r], ys[r + c.rows]
            if r not in t.unruled or r == 0:
                for x in range(x0, x1):
                    mark(x, y0, "R")
                    mark(x + 1, y0, "L")
            if r + c.rows not in t.unruled:
                for x in range(x0, x1):
                    mark(x, y1, "R")
                    mark(x + 1, y1, "L")
            for x in (x0, x1):
                for y in range(y0, y1):
                    mark(x, y, "D")
                    mark(x, y + 1, "U")
            for i, line in enumerate(_lines(c, x1 - x0 - 1)):
                for k, ch in enumerate(line):
                    canvas[y0 + 1 + i][x0 + 1 + k] = ch
    for (x, y), ds in strokes.items():
        canvas[y][x] = _char(t.style, ds, x == 0, x == width - 1, y == 0, y == height - 1)
    pad = " " * t.indent
    gone = {ys[r] for r in t.unruled if r}  # rows not ruled off: no line between them
    return [pad + "".join(line).rstrip() for y, line in enumerate(canvas) if y not in gone]


def _char(style: str, ds: set[str], left: bool, right: bool, top: bool, bottom: bool) -> str:
    key = ("U" in ds, "D" in ds, "L" in ds, "R" in ds)
    if style == "ascii":
        return "-" if not (key[0] or key[1]) else ("|" if not (key[2] or key[3]) else "+")
    if style == "dashes":
        return "-" if (key[2] or key[3]) and not (top or bottom) and not (key[0] and key[1]) \
            else ("|" if key[0] or key[1] else "-") if not (top or bottom) else "-"
    ch = _LIGHT[key]
    if style != "double":
        return ch
    side = "top" if top else "bottom" if bottom else "left" if left else "right" if right else ""
    if not side:
        return ch
    table = _DOUBLE_OUTER[side]
    if side in ("top", "bottom"):
        if left or right:
            return table["corner_l" if left else "corner_r"]
        return table["t"] if (key[1] if top else key[0]) else table["h"]
    return table["t"] if (key[3] if left else key[2]) else table["v"]
