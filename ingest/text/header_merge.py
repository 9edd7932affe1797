"""Merged header cells of "| a | b |" tables made merged again.

A site's text export prints a header cell merged down over several rows again in each row,
and the reader widens an upper header level by repeating a cell merged across columns
(pipe_spans). In header rows printed between bars, a run of equal texts side by side is one
cell spanning those columns, and a text equal to the one right above it over the same columns
is the cell above merged down, as a Word table gives them. Body rows keep their repeats (a
mark "х" in every quarter column is four cells).
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import Cell, Row


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


def _down(rows: list[Row]) -> list[Row]:
    out: list[list[Cell]] = [list(r.cells) for r in rows]
    for r in range(1, len(out)):
        kept = []
        for c in out[r]:
            above = next(((k, i) for k in range(r - 1, -1, -1) for i, u in enumerate(out[k])
                          if u.col <= c.col < u.col + u.col_span), None) if c.text else None
            if above is not None:
                k, i = above
                u = out[k][i]
                if (u.text == c.text and u.col == c.col and u.col_span == c.col_span
                        and k + u.row_span == r):
                    out[k][i] = u.model_copy(update={"row_span": u.row_span + 1})
                    continue
            kept.append(c)
        out[r] = kept
    return [row.model_copy(update={"cells": tuple(cells)}) for row, cells in zip(rows, out,
                                                                                 strict=True)]


def merge_header_repeats(rows: Sequence[Row], framed: Sequence[bool]) -> list[Row]:
    """The leading header rows that were framed rows, their repeated texts merged."""
    k = 0
    while k < len(rows) and rows[k].header and framed[k]:
        k += 1
    if not k:
        return list(rows)
    return _down([_across(r) for r in rows[:k]]) + list(rows[k:])
