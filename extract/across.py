"""An indicator table printed sideways: the indicators' names across the top (a group caption
such as "в том числе:" over some of them), one row of values under them, and the year only in
the heading over the table ("… в 2024 году"). Further indicators may follow as a name row and
a value row each, across the width. Each column is one indicator, its value the year's."""

from __future__ import annotations

import re

from extract.indicator_rows import LETTER, parse_value
from extract.layout import Ctx, GridRow, clean, flat, is_column_numbers, years_in
from extract.models import DraftIndicator, DraftValue, ValueKind
from ingest.models import Paragraph, SourceDocument, Table

_MAX_HEADER_ROWS = 3
_HEADING_LINES = 2  # paragraphs right above a table that may carry its year


def heading_years(doc: SourceDocument) -> dict[int, int]:
    """Per table, the one year the paragraphs right above it name (none when they name
    several, or a range: a term, not the year of the values)."""
    out: dict[int, int] = {}
    above: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            above = [*above, block.text][-_HEADING_LINES:]
        elif isinstance(block, Table):
            years = {y for text in above for y in years_in(text)}
            if len(years) == 1:
                out[block.index] = years.pop()
            above = []
    return out


_DATE = re.compile(r"\d{1,2}\s*[»\"]?\s+[а-яё]+\s+(?:19|20)\d\d|\d\d\.\d\d\.(?:19|20)\d\d")
_TOP_PARAGRAPHS = 8  # the title block above the first table: a report's heading and its span


def top_year(doc: SourceDocument) -> int | None:
    """The one year the paragraphs above the first table name ("Заключение об исполнении …
    за 6 месяцев 2022 года"): the year of a plan/fact table whose own heading names none."""
    above: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table) or len(above) >= _TOP_PARAGRAPHS:
            break
        above.append(block.text)
    # (a stamp's date, "«20» января 2025 г.", "03.07.2024", dates the act, not the values)
    years = {y for text in above for y in years_in(_DATE.sub(" ", text))}
    return years.pop() if len(years) == 1 else None


def _own(row: GridRow) -> list[tuple[int, str]]:
    """(column, text) of the non-empty cells that start in this row."""
    return [(c, t) for c, t in row.filled() if not row.own or row.own[c]]


def _is_value(text: str) -> bool:
    return not LETTER.search(text) and parse_value(text) is not None


def _names(ctx: Ctx, head: int) -> list[str] | None:
    """Per column, the header cell standing lowest over it: its name (None when one cell
    covers several columns at the bottom, or a caption is a year or a number)."""
    last = ctx.rows[head - 1].slots
    cells = [c for c in last if c is not None]
    if len(cells) != len(last) or len({id(c) for c in cells}) != len(cells):
        return None
    names = [flat(clean(c.text)) for c in cells]
    if any(not LETTER.search(n) or years_in(n) for n in names):
        return None
    return names


def _pairs(rows: list[GridRow]) -> list[tuple[str, str, GridRow]] | None:
    """Rows after the values: a name row and a value row each, one cell each."""
    out: list[tuple[str, str, GridRow]] = []
    if len(rows) % 2:
        return None
    for name_row, value_row in zip(rows[::2], rows[1::2], strict=True):
        name, value = _own(name_row), _own(value_row)
        if len(name) != 1 or len(value) != 1 or not LETTER.search(name[0][1]) \
                or not _is_value(value[0][1]):
            return None
        out.append((flat(name[0][1]), value[0][1], value_row))
    return out


def _value_row(ctx: Ctx) -> int | None:
    """The first row of values under worded header rows, filled in every column."""
    n = ctx.table.n_cols
    for r, row in enumerate(ctx.rows[: _MAX_HEADER_ROWS + 1]):
        own = _own(row)
        if own and all(_is_value(t) for _, t in own):
            full = len(own) == n and not is_column_numbers([t for _, t in own])
            return r if full and r > 0 else None
        if any(not LETTER.search(t) for _, t in own):
            return None
    return None


def is_across(ctx: Ctx) -> bool:
    """Names across the top, one row of values, the year in the heading (see module doc)."""
    if ctx.year is None or ctx.table.n_cols < 2 or (r := _value_row(ctx)) is None:
        return False
    return _names(ctx, r) is not None and _pairs(ctx.rows[r + 1:]) is not None


def read_across(ctx: Ctx) -> list[DraftIndicator]:
    """One indicator per column, then one per name row and value row after it."""
    r = _value_row(ctx)
    names = _names(ctx, r) if r is not None else None
    pairs = _pairs(ctx.rows[r + 1:]) if r is not None else None
    if r is None or names is None or pairs is None or ctx.year is None:
        return []
    row = ctx.rows[r]
    kind: ValueKind = "fact" if ctx.default_kind == "fact" else "plan"
    items = [*((name, row.text(c), row) for c, name in enumerate(names)), *pairs]
    ctx.note("names_across", f"{len(items)} indicators named across the top, "
                             f"values of {ctx.year} from the heading")
    return [DraftIndicator(name=name, source=src.source, values=(
        DraftValue(year=ctx.year, kind=kind, text=text, value=parse_value(text)),))
        for name, text, src in items]
