"""DOCX tables: grid columns, horizontal (gridSpan) and vertical (vMerge) merges, header rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from ingest.docx.styles import W, children, first_child, int_val, on_off, val
from ingest.models import Provenance, Row, Table

_P, _TBL, _TR, _TC = W + "p", W + "tbl", W + "tr", W + "tc"
_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


@dataclass
class _RawCell:
    col: int
    span: int
    merge: str | None  # "restart", "continue" or None
    text: str
    bold: bool
    row_span: int = 1


@dataclass
class _RawRow:
    cells: list[_RawCell]
    header: bool
    page: int | None
    kept: list[_RawCell] = field(default_factory=list)


class CellParagraph(Protocol):
    """What a cell needs of a paragraph read by the DOCX reader (its ParaInfo)."""

    @property
    def full_text(self) -> str: ...
    @property
    def bold(self) -> bool: ...
    @property
    def page(self) -> int | None: ...


class TableReader:
    """Reads w:tbl elements with the paragraph machinery of the DOCX reader, passed in as
    `paragraph` (w:p → paragraph) and `page` (the page the reader is on) so that this module
    does not import the reader."""

    def __init__(self, paragraph: Callable[[etree._Element], CellParagraph],
                 page: Callable[[], int | None]) -> None:
        self.paragraph = paragraph
        self.page = page

    def read(self, tbl: etree._Element, index: int) -> Table | None:
        """The table as a Table block numbered `index`; None for a table without rows."""
        rows = [self._row(tr) for tr in _children(tbl, _TR)]
        if not rows:
            return None
        _merge_vertical(rows)
        grid = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
        n_cols = max([grid] + [c.col + c.span for r in rows for c in r.cells])
        out_rows = tuple(_to_row(r, index, i) for i, r in enumerate(rows, 1))
        pages = tuple(sorted({r.page for r in rows if r.page is not None}))
        return Table(
            index=index,
            n_cols=n_cols,
            rows=out_rows,
            source=Provenance(page=rows[0].page, table=index),
            pages=pages,
        )

    def _row(self, tr: etree._Element) -> _RawRow:
        trpr = first_child(tr, W + "trPr")
        col = 0
        header = False
        if trpr is not None:
            col = int_val(first_child(trpr, W + "gridBefore")) or 0
            header = bool(on_off(first_child(trpr, W + "tblHeader")))
        page = self.page()
        first_page: int | None = None
        cells: list[_RawCell] = []
        for tc in _children(tr, _TC):
            tcpr = children(first_child(tc, W + "tcPr"))
            span = max(int_val(tcpr.get(W + "gridSpan")) or 1, 1)
            merge: str | None = None
            if (vm := tcpr.get(W + "vMerge")) is not None:
                merge = "restart" if val(vm) == "restart" else "continue"
            hm = tcpr.get(W + "hMerge")  # legacy horizontal merge (old converters)
            h_continue = hm is not None and val(hm) != "restart"
            text, bold, text_page = self.cell_text(tc)
            first_page = first_page if first_page is not None else text_page
            if h_continue and cells:
                cells[-1].span += span
                if text:
                    cells[-1].text = f"{cells[-1].text}\n{text}" if cells[-1].text else text
                col += span
                continue
            cells.append(_RawCell(col=col, span=span, merge=merge, text=text, bold=bold))
            col += span
        # A row pushed to the next page carries the rendered break in its first text.
        return _RawRow(cells=cells, header=header, page=first_page or page)

    def cell_text(self, tc: etree._Element) -> tuple[str, bool, int | None]:
        """Cell paragraphs (with list numbers) joined by newlines, nested tables inline;
        whether all of it is bold; the page of its first text (None if unknown or empty)."""
        lines: list[str] = []
        bolds: list[bool] = []
        page: int | None = None
        for el in block_items(tc):
            if el.tag == _P:
                para = self.paragraph(el)
                if para.full_text:
                    lines.append(para.full_text)
                    bolds.append(para.bold)
                    page = page if page is not None else para.page
            else:
                lines.extend(self._nested_lines(el))
                bolds.append(False)
        return "\n".join(lines), bool(bolds) and all(bolds), page

    def _nested_lines(self, tbl: etree._Element) -> list[str]:
        # A nested table becomes one line per row, its cells in reading order.
        lines = []
        for tr in _children(tbl, _TR):
            texts = [self.cell_text(tc)[0] for tc in _children(tr, _TC)]
            line = " ".join(t.replace("\n", " ") for t in texts if t)
            if line:
                lines.append(line)
        return lines


def block_items(parent: etree._Element) -> Iterator[etree._Element]:
    """w:p and w:tbl children of `parent` in order, looking through content controls."""
    for child in parent:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _WRAPPERS:
            yield from block_items(child)


def _merge_vertical(rows: list[_RawRow]) -> None:
    """Keep a vertically merged cell once, at its top, with row_span; drop continuations."""
    open_: dict[int, _RawCell] = {}
    for row in rows:
        still_open: dict[int, _RawCell] = {}
        for cell in row.cells:
            top = open_.get(cell.col)
            if cell.merge == "continue" and top is not None and top.span == cell.span:
                top.row_span += 1
                if cell.text:
                    top.text = f"{top.text}\n{cell.text}" if top.text else cell.text
                still_open[cell.col] = top
                continue
            row.kept.append(cell)
            if cell.merge is not None:  # restart, or a continuation with nothing above
                still_open[cell.col] = cell
        open_ = still_open


def _to_row(row: _RawRow, table: int, number: int) -> Row:
    # One validation of the row with its cells and provenances as plain data: a third cheaper
    # than a model built per cell and per provenance (the reader's largest pydantic cost).
    return Row.model_validate({
        "cells": [{"text": c.text, "col": c.col, "col_span": c.span, "row_span": c.row_span,
                   "bold": c.bold,
                   "source": {"page": row.page, "table": table, "row": number, "col": c.col + 1}}
                  for c in row.kept],
        "header": row.header,
        "source": {"page": row.page, "table": table, "row": number},
    })
