"""Where a borderless table's rows start, when its first column's text wraps over lines.

A word processor wraps a cell's text inside the cell, so one row of a table drawn without rules
prints as several lines: "ЗАРЕЧНЫЙ" / "РАЙОН" in the first column, the other cells on the first
line only. A line with text in the first column therefore starts a row only when nothing says it
continues the row above:
- spacing: when rows stand clearly further apart than the lines of one cell (paragraph spacing,
  cell padding), a line at the cells' own line spacing continues the row;
- without such spacing, a line whose only text is in the first column continues the row when
  that column's line above was full (its first word would not have fitted beside it) or when it
  starts in lower case (the tail of a sentence).
A numbered first column keeps its own rule: a number starts a row, and a numbered row goes
on to the next number (rows above the first number, headers and a table
printed right above, are read as above).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pdf.layout import Line

ROW_GAP = 0.4  # font sizes: rows this much further apart than wrapped lines tell rows apart
_NUMBER = re.compile(r"^(№|\d{1,3}(\.\d{1,3})*\.?|[IVX]{1,4}\.?)$")


@dataclass(frozen=True, slots=True)
class FirstCell:
    """A line's text in the table's first column: where it ends, its first word's width."""

    text: str
    x1: float
    first_width: float


def _wrap_limit(lines: Sequence[Line]) -> float | None:
    """The largest gap between two lines of one cell, when rows stand clearly further apart
    (None: all gaps alike, spacing tells nothing). The lines of a cell are the run's closest;
    the first jump of ROW_GAP font sizes between sorted gaps separates them from rows."""
    gaps = sorted(b.top - a.bottom for a, b in itertools.pairwise(lines))
    if len(gaps) < 2:
        return None
    jump = ROW_GAP * statistics.median(ln.size for ln in lines)
    return next(((a + b) / 2 for a, b in itertools.pairwise(gaps) if b - a >= jump), None)


def _full(above: FirstCell, line: FirstCell, right: float, space: float) -> bool:
    """The first word of `line` would not have fitted beside `above` in the first column
    (`right`: the column's widest text end, a bound the cell's width is not below)."""
    return above.x1 + space + line.first_width > right


def _wrapped(above: FirstCell | None, first: FirstCell, alone: bool, right: float,
             space: float) -> bool:
    """A first-column line that continues the row above, judged without spacing."""
    if above is None or not alone:
        return False
    return first.text[:1].islower() or _full(above, first, right, space)


def _ruled(lines: Sequence[Line], rules: Sequence[float]) -> list[bool] | None:
    """Whether a horizontal rule runs between each line and the one above (the first: True);
    None when no rule runs between any two of them."""
    between = [True] + [any(a.bottom - 1 <= y <= b.top + 1 for y in rules)
                        for a, b in itertools.pairwise(lines)]
    return between if any(between[1:]) else None


def row_starts(lines: Sequence[Line], firsts: Sequence[FirstCell | None],
               filled: Sequence[int], rules: Sequence[float] = ()) -> list[int]:
    """Indices of the lines that start a row. firsts: each line's first-column text (None: the
    column is empty on it); filled: how many columns have text on each line; rules: heights of
    horizontal rules across the first column — a rule above a line starts a row."""
    ruled = _ruled(lines, rules) or [False] * len(lines)
    texts = [f.text if f else "" for f in firsts]
    numbered = sum(bool(_NUMBER.match(t)) for t in texts) >= 2
    limit = _wrap_limit(lines)
    ends = [f.x1 for f in firsts if f]
    right = max(ends) if ends else 0.0
    space = 0.25 * statistics.median(ln.size for ln in lines) if lines else 0.0
    starts = [0]
    above: FirstCell | None = firsts[0]
    in_numbered = numbered and bool(_NUMBER.match(texts[0]))
    for i in range(1, len(lines)):
        first = firsts[i]
        if first is None:
            continue
        if numbered and _NUMBER.match(first.text):
            starts.append(i)
            in_numbered = True
        elif ruled[i]:
            starts.append(i)
            in_numbered = False
        elif in_numbered:
            pass  # a numbered row goes on to the next number ("№" / "п/п" one header cell)
        elif limit is not None:
            if lines[i].top - lines[i - 1].bottom > limit:
                starts.append(i)
        elif not _wrapped(above, first, filled[i] == 1, right, space):
            starts.append(i)
        above = first
    return starts
