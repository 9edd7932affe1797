"""Merged header cells of "| a | b |" tables made merged again.

A site's text export prints a header cell merged down over several rows again in each row,
and the reader widens an upper header level by repeating a cell merged across columns
(pipe_spans). In header rows printed between bars, a run of equal texts side by side is one
cell spanning those columns, and a text equal to the one right above it over the same columns
is the cell above merged down, as a Word table gives them. Body rows keep their repeats (a
mark "х" in every quarter column is four cells) but for an item number printed again: the
item's cells merged down over the rows of its sources or years.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import Cell, Row
from ingest.text.grid_rules import ITEM_FIRST, is_row_number


def _across(row: Row) -> Row:
    cells: list[Cell] = []
    for c in sorted(row.cells, key=lambda x: x.col):
        last = cells[-1] if cells else None
        if last is not None and c.text and c.text == last.text \
                and last.col + last.col_span == c.col:
            cells[-1] = last.model_copy(update={"col_span": last.col_span + c.col_span})
        else:
            cells.append(c)
    return row.model_copy(update={"cells": tuple(cells)})


def _above(out: list[list[Cell]], r: int, c: Cell) -> tuple[int, int] | None:
    """(row, index) of the cell covering c's first column in the rows above row r."""
    return next(((k, i) for k in range(r - 1, -1, -1) for i, u in enumerate(out[k])
                 if u.col <= c.col < u.col + u.col_span), None)


def _merged_down(out: list[list[Cell]], r: int, c: Cell) -> bool:
    """c repeats the cell above it over the same columns, that cell ending right above:
    that cell is stretched down over row r (c is dropped)."""
    found = _above(out, r, c) if c.text else None
    if found is None:
        return False
    k, i = found
    u = out[k][i]
    if u.text != c.text or u.col != c.col or u.col_span != c.col_span or k + u.row_span != r:
        return False
    out[k][i] = u.model_copy(update={"row_span": u.row_span + 1})
    return True


def _down(rows: list[Row]) -> list[Row]:
    out: list[list[Cell]] = [list(r.cells) for r in rows]
    for r in range(1, len(out)):
        out[r] = [c for c in out[r] if not _merged_down(out, r, c)]
    return [row.model_copy(update={"cells": tuple(cells)}) for row, cells in zip(rows, out,
                                                                                 strict=True)]


def _item_down(rows: list[Row], framed: Sequence[bool]) -> list[Row]:
    """Body rows repeating the item number of the row above: one item whose leading cells
    (number, name) are merged down over its rows, printed again in each (its later cells,
    values of each source or year, are its own)."""
    out: list[list[Cell]] = [sorted(r.cells, key=lambda x: x.col) for r in rows]
    for r in range(1, len(out)):
        cells = out[r]
        if rows[r].header or not framed[r] or not cells or not (
                is_row_number(cells[0].text) or ITEM_FIRST.match(cells[0].text)):
            continue
        k = 0
        while k < len(cells) and _merged_down(out, r, cells[k]):
            k += 1
        out[r] = cells[k:]
    return [row.model_copy(update={"cells": tuple(cells)}) for row, cells in zip(rows, out,
                                                                                 strict=True)]


def _texts(row: Row) -> dict[int, str]:
    return {c.col: c.text for c in row.cells}


def _group_run(upper: dict[int, str]) -> range | None:
    """Columns of the first run of two or more equal worded texts side by side: a cell merged
    across columns that the export printed once and the reader widened (pipe_spans)."""
    cols = sorted(upper)
    for i, c in enumerate(cols):
        j = i
        while j + 1 < len(cols) and cols[j + 1] == cols[j] + 1 and upper[cols[j + 1]] == upper[c]:
            j += 1
        if j > i and any(ch.isalpha() for ch in upper[c]):
            return range(c, cols[j] + 1)
    return None


def two_level_head(rows: Sequence[Row], framed: Sequence[bool]) -> int:
    """2 when the first two framed rows are two levels of one header — a group cell over two
    or more captions of its own ("Исполнение" over "Ответственный | Срок"), every other cell
    printed again right under itself (merged down) — else 0. Such a header has no numbered
    row under it to end it, as plans grouped by a direction column often do."""
    if len(rows) < 3 or len(framed) < 2 or not (framed[0] and framed[1]):
        return 0
    upper, lower = _texts(rows[0]), _texts(rows[1])
    run = _group_run(upper)
    if run is None:
        return 0
    captions = {lower.get(c, "") for c in run}
    split = len(captions) == len(run) and "" not in captions and upper[run.start] not in captions
    # every other cell of the upper row printed again under itself: merged down over both
    # levels (a body row repeating its direction cell does not repeat its activity too)
    beside = [(c, t) for c, t in upper.items() if c not in run]
    repeated = bool(beside) and all(t and lower.get(c) == t for c, t in beside)
    return 2 if split and repeated else 0


def merge_repeats(rows: Sequence[Row], framed: Sequence[bool]) -> list[Row]:
    """Framed rows' repeated texts merged: in the leading header rows, across and down; in
    the body, an item's leading cells printed again under the same item number."""
    k = 0
    while k < len(rows) and rows[k].header and framed[k]:
        k += 1
    head = _down([_across(r) for r in rows[:k]]) if k else []
    return _item_down([*head, *rows[k:]], framed)
