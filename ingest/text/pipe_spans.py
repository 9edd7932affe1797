"""Header rows of "| a | b |" tables whose merged cells a site's text export printed once.

Such an export prints a cell merged down over several header rows again in every row it
covers, and a cell merged across columns once, so an upper header row holds fewer cells than
the table has columns. The repeated texts place the row over the one below it: a cell whose
text the row below also holds at a later place stands over that place (the same merged cell),
and the cells left over between two such places share the columns between them (a parent
over its children: "Объемы финансирования" over "всего | 2013 | 2014"). The row is rewritten
full width, a cell spread over its columns by repeating its text, as a Word table's merged
header cell gives every column it covers its text.
"""

from __future__ import annotations

from collections.abc import Sequence

_MIN_ANCHORS = 2  # cells of the short row found again in the row below: a header level


def _anchors(short: Sequence[str], below: Sequence[str]) -> list[int | None]:
    """Per cell of the short row, the column of the same text in the row below (in order)."""
    out: list[int | None] = []
    j = 0
    for text in short:
        k = next((c for c in range(j, len(below)) if text and below[c] == text), None)
        out.append(k)
        if k is not None:
            j = k + 1
    return out


def _spread(cells: Sequence[str], lo: int, hi: int,
            below: Sequence[str] = ()) -> list[str] | None:
    """Cells over columns [lo, hi): one each, the last over the rest; None if they do not
    fit, or columns would be left without a cell (no header level skips a column). When the
    captions below restart as many times as there are cells ("план | факт | план | факт |
    план | план" under six years), each cell stands over one run, from its first caption."""
    if len(cells) > hi - lo or (not cells and hi > lo):
        return None
    if not cells:
        return []
    runs = _runs(below[lo:hi])
    if len(cells) > 1 and len(runs) == len(cells) and len(cells) < hi - lo:
        return [text for text, run in zip(cells, runs, strict=True) for _ in range(run)]
    out = list(cells[:-1])
    return out + [cells[-1]] * (hi - lo - len(out))


def _runs(captions: Sequence[str]) -> list[int]:
    """Lengths of the runs that start at each repeat of the first caption (worded captions
    only: numbers and years repeat as values, not as a pattern)."""
    if not captions or not any(ch.isalpha() for ch in captions[0]):
        return []
    starts = [k for k, text in enumerate(captions) if text == captions[0]]
    return [b - a for a, b in zip(starts, [*starts[1:], len(captions)], strict=True)]


def widen_header_row(short: Sequence[str], below: Sequence[str]) -> list[str] | None:
    """The short row as many cells wide as the row below, or None when the rows do not read
    as two levels of one header (too few repeated texts, or cells that do not fit)."""
    if len(short) >= len(below):
        return None
    places = _anchors(short, below)
    if sum(p is not None for p in places) < _MIN_ANCHORS or places[0] != 0:
        return None
    out: list[str] = []
    pending: list[str] = []
    for text, place in zip(short, places, strict=True):
        if place is None:
            pending.append(text)
            continue
        gap = _spread(pending, len(out), place, below)
        if gap is None:
            return None
        out += [*gap, text]
        pending = []
    tail = _spread(pending, len(out), len(below), below)
    if tail is None:
        return None
    return out + tail
