"""PDF reader (text layer): PDFium for text, boxes and rules; tables from ruling lines.

Pages → glyphs and ruling segments (pdf_page) → ruled tables (pdf_lattice) and paragraphs
from the remaining lines (pdf_layout) in vertical order → tables continued across pages joined
(pdf_join) → blocks with provenance. Tables without rules come from text alignment
(pdf_text_tables), conservatively.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import pypdfium2 as pdfium

from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Cell, Paragraph, Provenance, ReadResult, Row, Table
from ingest.pdf.join import join_pages
from ingest.pdf.lattice import PageTable, find_tables
from ingest.pdf.layout import (
    Line,
    TextBlock,
    common_pitch,
    drop_running_lines,
    group_lines,
    is_page_furniture,
    paragraphs,
)
from ingest.pdf.page import Centres, Glyph, PageContent, page_centres, read_page
from ingest.pdf.side_grifs import find_side_grifs
from ingest.pdf.streams import check_streams
from ingest.pdf.text_tables import find_text_tables

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# A page with more rules than this is a drawing (map, chart), not a table: its tables are not
# searched, which would cost rules² time.
MAX_SEGMENTS = 4000
_CONTINUATION = re.compile(r"^(продолжение|окончание)(\s+(таблицы|приложения)\b.*)?\.?$", re.I)


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise DocumentLoadError(name, "encrypted PDF (password required)") from exc
        found = re.search(r"PDFium: ([^)]*)", str(exc))
        reason = found.group(1).lower() if found else "unreadable"
        raise DocumentLoadError(name, f"corrupt PDF: {reason}") from exc


def _read_pages(data: bytes, name: str, limits: Limits) -> list[PageContent]:
    pdf = _open(data, name)
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentLoadError(name, "corrupt PDF: no pages")
        if count > limits.max_pages:
            raise DocumentLoadError(name, f"too many pages ({count} > {limits.max_pages})")
        pages = []
        chars = 0
        for i in range(count):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise DocumentLoadError(name, f"corrupt PDF: page {i + 1} unreadable") from exc
            pages.append(read_page(page, i + 1))
            page.close()
            chars += len(pages[-1].glyphs)
            if chars > limits.max_text_chars:
                raise DocumentLoadError(name, f"text too large (> {limits.max_text_chars} chars)")
        return pages
    finally:
        pdf.close()


def _outside(glyphs: Sequence[Glyph], tables: Sequence[PageTable], centres: Centres
             ) -> list[Glyph]:
    """Glyphs whose centre is in none of the tables' boxes."""
    if not tables:
        return list(glyphs)
    cx, cy = centres
    inside = np.zeros(len(glyphs), dtype=bool)
    for t in tables:
        inside |= (t.xs[0] <= cx) & (cx <= t.xs[-1]) & (t.top <= cy) & (cy <= t.bottom)
    return list(map(glyphs.__getitem__, np.flatnonzero(~inside).tolist()))


def _page_lines(page: PageContent) -> tuple[list[PageTable], list[Line]]:
    """Ruled tables of a page and the lines of text outside them, page numbers dropped."""
    busy = len(page.segments) > MAX_SEGMENTS
    centres = page_centres(page)
    tables = [] if busy else find_tables(page.number, page.segments, page.glyphs, centres)
    loose = _outside(page.glyphs, tables, centres)
    lines = [ln for ln in group_lines(loose) if not is_page_furniture(ln, page.height)]
    return tables, lines


def _page_items(page: PageContent, tables: list[PageTable], lines: list[Line]
                ) -> list[TextBlock | PageTable]:
    """Tables (ruled and borderless) and paragraphs of one page in vertical order."""
    # grifs side by side first: their interleaved rows are no borderless table's
    grifs = find_side_grifs(page.number, lines)
    if grifs:
        lines = [ln for ln in lines if not any(t.top <= ln.top <= t.bottom for t in grifs)]
    across = [s for s in page.segments if s.horizontal]
    borderless = find_text_tables(page.number, lines, across) + grifs
    if borderless:
        lines = [ln for ln in lines if not any(t.top <= ln.top <= t.bottom for t in borderless)]
        tables = sorted([*tables, *borderless], key=lambda t: t.top)
    items: list[TextBlock | PageTable] = []
    pitch = common_pitch(lines)
    start = 0
    for table in tables:
        above = [ln for ln in lines[start:] if ln.top < table.top]
        items += paragraphs(above, pitch)
        start += len(above)
        items.append(table)
    items += paragraphs(lines[start:], pitch)
    # "Продолжение таблицы" labels above a continued table are not content
    while items and isinstance(items[0], TextBlock) and _CONTINUATION.match(items[0].text):
        if len(items) > 1 and isinstance(items[1], PageTable):
            items.pop(0)
        else:
            break
    return items


def _table(table: PageTable, index: int) -> Table:
    rows = []
    for r, (cells, page) in enumerate(zip(table.rows, table.row_pages, strict=True), 1):
        where = Provenance(page=page, table=index, row=r)
        rows.append(
            Row(
                cells=tuple(
                    Cell(
                        text=c.text,
                        col=c.col,
                        col_span=c.col_span,
                        row_span=c.row_span,
                        bold=c.bold,
                        source=where.model_copy(update={"col": c.col + 1}),
                        box=c.box,
                    )
                    for c in cells
                ),
                source=where,
                header=r <= table.header_rows,
            )
        )
    return Table(
        index=index,
        n_cols=table.n_cols,
        rows=tuple(rows),
        source=Provenance(page=table.page, table=index),
        pages=table.pages,
    )


def _blocks(items: Sequence[object], page_of: dict[int, int]) -> list[Block]:
    blocks: list[Block] = []
    n_tables = 0
    for item in items:
        if isinstance(item, PageTable):
            n_tables += 1
            blocks.append(_table(item, n_tables))
        elif isinstance(item, TextBlock):
            blocks.append(
                Paragraph(
                    text=item.text,
                    list_number=item.list_number,
                    bold=item.bold,
                    source=Provenance(page=page_of[id(item)]),
                )
            )
    return blocks


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a PDF is read (if it was on). The reader
    allocates tens of thousands of tuples, lists and slotted objects a page, none of them in
    cycles (refcounting frees them): the collections those allocations trigger found ~27
    objects a document to free, and in a worker's heap cost ~20 % of reading it. What a
    document leaves in cycles waits for the first collection after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def read_pdf(data: bytes, name: str, limits: Limits) -> ReadResult:
    """Read a PDF's text layer into paragraphs and tables (see the module docstring)."""
    with _gc_paused():
        return _read_pdf(data, name, limits)


def _read_pdf(data: bytes, name: str, limits: Limits) -> ReadResult:
    check_streams(data, name, limits)
    pages = _read_pages(data, name, limits)
    ocr = None
    if limits.ocr and not all(p.glyphs for p in pages):
        from ingest.ocr.reader import ocr_missing  # numpy and Tesseract only for scans

        ocr = ocr_missing(data, pages, name, limits)
        pages = ocr.pages
    if not any(p.glyphs for p in pages):
        raise DocumentLoadError(name, "no text layer — scanned? OCR needed")
    warnings = [
        f"page {p.number} has no text layer (scanned image?)" for p in pages if not p.glyphs
    ] + [
        f"page {p.number}: {len(p.segments)} ruling lines (a drawing?), tables not read"
        for p in pages
        if len(p.segments) > MAX_SEGMENTS
    ]
    layouts = [_page_lines(p) for p in pages]
    kept = drop_running_lines([(p.height, lines) for p, (_, lines) in zip(pages, layouts,
                                                                            strict=True)])
    per_page = [
        _page_items(p, tables, lines)
        for p, (tables, _), lines in zip(pages, layouts, kept, strict=True)
    ]
    page_of = {id(item): p.number for p, items in zip(pages, per_page, strict=True)
               for item in items}
    blocks = _blocks(join_pages(per_page), page_of)
    if ocr is not None:
        blocks, notes = ocr.annotate(blocks)
        warnings += notes
    return ReadResult(blocks=tuple(blocks), pages=len(pages), warnings=tuple(warnings))
