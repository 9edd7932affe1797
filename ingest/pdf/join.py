"""Tables broken across pages → one table: repeated headers dropped, split rows merged.

A table continues on the next page when it is the last thing on its page, the next page starts
with a table, and both have compatible column grids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.pdf.lattice import GridCell, PageTable

COLUMN_TOLERANCE = 6.0  # pt between matching column boundaries on consecutive pages
MAX_HEADER_ROWS = 3


def _norm(text: str) -> str:
    # Punctuation is dropped: OCR of a repeated header often differs only in a stray dot or comma.
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", text)).strip().lower()


def _same_text(a: str, b: str) -> bool:
    """Equal after normalisation, or nearly so for longer texts (OCR misreads a letter)."""
    from rapidfuzz.fuzz import ratio

    a, b = _norm(a), _norm(b)
    return a == b or (min(len(a), len(b)) >= 8 and ratio(a, b) >= 90)


def _same_row(a: Sequence[GridCell], b: Sequence[GridCell]) -> bool:
    if [(c.col, c.col_span) for c in a] != [(c.col, c.col_span) for c in b]:
        return False
    return all(_same_text(x.text, y.text) for x, y in zip(a, b, strict=True))


def column_map(prev: PageTable, nxt: PageTable) -> list[int] | None:
    """Index in prev.xs of each boundary of nxt.xs, if nxt's grid fits prev's (same or coarser).

    Positions are compared as they are and, failing that, relative to the left border (a table
    shifted by a different page margin)."""
    for shift in (0.0, prev.xs[0] - nxt.xs[0]):
        mapping: list[int] = []
        for x in nxt.xs:
            match = [i for i, px in enumerate(prev.xs) if abs(px - (x + shift)) <= COLUMN_TOLERANCE]
            if not match:
                break
            mapping.append(match[0])
        else:
            if mapping[0] == 0 and mapping[-1] == len(prev.xs) - 1:
                return mapping
    return None


def _regrid(table: PageTable, mapping: list[int]) -> list[list[GridCell]]:
    """nxt's rows expressed on prev's (finer or equal) column grid."""
    out = []
    for row in table.rows:
        cells = []
        for c in row:
            start, end = mapping[c.col], mapping[c.col + c.col_span]
            cells.append(replace(c, col=start, col_span=end - start))
        out.append(cells)
    return out


def _repeated_header(prev: PageTable, rows: list[list[GridCell]]) -> int:
    """How many first rows of the continuation repeat the table's first rows."""
    best = 0
    for k in range(1, min(MAX_HEADER_ROWS, len(prev.rows), len(rows) - 1) + 1):
        same = all(_same_row(prev.rows[i], rows[i]) for i in range(k))
        if same and any(c.text.strip() for i in range(k) for c in rows[i]):
            best = k
    return best


def _first_cell_text(row: Sequence[GridCell]) -> str | None:
    return next((c.text for c in row if c.col == 0), None)


def _is_split_row(last: Sequence[GridCell], first: Sequence[GridCell], n_cols: int) -> bool:
    """The continuation's first row has an empty first cell while the previous row is numbered:
    one row cut by the page break."""
    head, tail = _first_cell_text(last), _first_cell_text(first)
    if head is None or tail is None or not head.strip() or tail.strip():
        return False
    if any(c.col_span == n_cols for c in (*last, *first)):
        return False
    # a cut row continues text; a cell empty above the break and filled below starts a new row
    above = {c.col for c in last if c.text.strip()}
    below = {c.col for c in first if c.text.strip()}
    return bool(below) and below <= above


def _merge_rows(last: list[GridCell], first: list[GridCell]) -> list[GridCell]:
    by_col = {c.col: c for c in first}
    merged = []
    for c in last:
        extra = by_col.get(c.col)
        if extra is not None and extra.text.strip():
            text = f"{c.text}\n{extra.text}" if c.text.strip() else extra.text
            c = replace(c, text=text, bold=c.bold and extra.bold)
        merged.append(c)
    return merged


def _append(prev: PageTable, nxt: PageTable, mapping: list[int]) -> None:
    rows = _regrid(nxt, mapping)
    pages = list(nxt.row_pages)
    header = _repeated_header(prev, rows)
    if header:
        prev.header_rows = max(prev.header_rows, header)
        rows, pages = rows[header:], pages[header:]
    if rows and prev.rows and _is_split_row(prev.rows[-1], rows[0], prev.n_cols):
        prev.rows[-1] = _merge_rows(prev.rows[-1], rows[0])
        rows, pages = rows[1:], pages[1:]
    prev.rows.extend(rows)
    prev.row_pages.extend(pages)
    prev.continued_on.append(nxt.page)
    prev.bottom = nxt.bottom


def join_pages(pages: Sequence[Sequence[object]]) -> list[object]:
    """Concatenate per-page items (already in reading order), joining continued tables.

    Items are PageTables or anything else (paragraph blocks); a PageTable joins the table
    that ended the previous page when it opens its page and the grids are compatible."""
    out: list[object] = []
    for items in pages:
        for k, item in enumerate(items):
            prev = out[-1] if out else None
            if (
                k == 0
                and isinstance(item, PageTable)
                and isinstance(prev, PageTable)
                and prev.pages[-1] == item.page - 1
            ):
                mapping = column_map(prev, item)
                if mapping is not None:
                    _append(prev, item, mapping)
                    continue
            out.append(item)
    return out
