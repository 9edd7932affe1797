"""A drawn table (box-drawing or ASCII frame) → one Table with grid columns, spans, header
rows and line provenance, as the DOCX reader gives them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.models import Cell, Provenance, Row, Table
from ingest.text.frame_count import realign
from ingest.text.frame_grid import (
    CellBox,
    aligned_share,
    boundaries,
    cell_boxes,
    cut_line,
    make_bands,
)
from ingest.text.frame_lines import Region
from ingest.text.frame_rows import column_numbers, header_bands, split_bands
from ingest.text.grid import Built

MAX_COLS = 200  # more slots than this is not a table a person drew
_ALIGNED = 0.6  # fewer separators on the columns than this: the spaces were squeezed


_LIST_ITEM = re.compile(r"^(?:[-–—•·▪*]\s|\d{1,2}[.)]\s|[а-я]\)\s)")
_PADDING = 2  # a space each side of the text inside a cell


def join_wrapped(lines: Sequence[str], width: int) -> str:
    """A cell's printed lines → its text. A line that ends where the next line's first word
    would not have fitted was wrapped by the printer: joined with a space. A shorter line, a
    list item, or a line ending in a hyphen (a split word or a compound, for the extractor to
    judge) keeps its line break."""
    out = ""
    for line in lines:
        if not out:
            out = line
            continue
        last = out.rsplit("\n", 1)[-1]
        word = line.split(" ", 1)[0]
        wrapped = len(last) + 1 + len(word) > width - _PADDING
        joins = wrapped and not last.endswith("-") and not _LIST_ITEM.match(line)
        out += (" " if joins else "\n") + line
    return out


def _cell(box: CellBox, index: int, row: int, bounds: Sequence[int]) -> Cell:
    line = box.lines[0][0] if box.lines else None
    width = bounds[box.last_col + 1] - bounds[box.col] - 1
    # big tables make many cells: built without re-validating ints and strings made here
    return Cell.model_construct(
        text=join_wrapped([t for _, t in box.lines], width), col=box.col,
        col_span=box.last_col - box.col + 1, row_span=box.last_band - box.band + 1, bold=False,
        source=Provenance.model_construct(page=None, table=index, row=row, col=box.col + 1,
                                          line=line), confidence=None)


def _key(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()) for c in row.cells if c.text.strip())


def _mark_headers(rows: list[Row], head: int, trace: list[str]) -> list[Row]:
    """Leading header rows, and any later row repeating one of them (a header printed again
    after a page break) or numbering the columns."""
    keys = {_key(r) for r in rows[:head]}
    out = []
    for r, row in enumerate(rows):
        repeat = r >= head and (_key(row) in keys or column_numbers(_key(row)))
        if repeat and r > head:
            trace.append(f"line {row.source.line}: repeats the header")
        out.append(row.model_copy(update={"header": True}) if r < head or repeat else row)
    return out


def read_frame(region: Region, index: int) -> Built | None:
    """The table drawn on the lines of `region`; None when the lines draw no grid of cells
    (fewer than two boundaries, or absurdly many)."""
    trace: list[str] = []
    lines = region.lines
    bounds = boundaries(lines)
    if aligned_share(lines) < _ALIGNED:
        lines = realign(lines)
        bounds = boundaries(lines)
        trace.append("spaces squeezed: cells counted on the rules' geometry")
    slots = len(bounds) - 1
    if slots < 1 or slots > MAX_COLS:
        return None
    cache: dict[tuple[int, ...], list[tuple[int, int]]] = {}
    glines = [cut_line(fl, bounds, cache) for fl in lines]
    bands = make_bands(glines, slots)
    if not bands.bands:
        return None
    head = header_bands(bands, slots)
    if region.open_from is not None:  # the frame draws the header only: all of it is header
        head = sum(band[0].number < region.open_from for band in bands.bands)
    trace.append(f"frame: {slots} columns, {len(bands.bands)} bands between rules, "
                 f"{head} header bands (before the first numbered or section band)")
    if region.breaks:
        trace.append(f"page breaks bridged before lines {sorted(region.breaks)}")
    bands = split_bands(bands, slots, head, trace)
    by_band: dict[int, list[Cell]] = {}
    for box in cell_boxes(bands, slots):
        by_band.setdefault(box.band, []).append(_cell(box, index, box.band + 1, bounds))
    rows = [
        Row.model_construct(
            cells=tuple(by_band.get(t, [])), header=False,
            source=Provenance.model_construct(page=None, table=index, row=t + 1, col=None,
                                              line=band[0].number))
        for t, band in enumerate(bands.bands)
    ]
    rows = _mark_headers(rows, head, trace)
    table = Table(index=index, n_cols=slots, rows=tuple(rows),
                  source=Provenance(table=index, line=region.lines[0].number))
    return Built(table, [], trace)
