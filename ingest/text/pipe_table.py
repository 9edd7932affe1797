"""A table printed cell by cell (pipe_cells) → one Table with grid columns and spans.

The rows come from pipe_cells; the columns are as many as the fullest row holds. The header
rows (those before the first numbered, column-number or section row) are placed by
pipe_header. A body row with fewer cells than columns lost cells merged from above: the gap
goes where its cells fit the columns' usual contents best (item numbers, numbers, short or
long text), and the cell above the gap is stretched down over it. A lone text, or an item
number and a text, followed by pipes is a section row across the width.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import Cell, Provenance, Row, Table
from ingest.text.bar_rows import bare_layout
from ingest.text.frame_rows import column_numbers
from ingest.text.grid import Built
from ingest.text.grid_rules import ITEM_FIRST, is_numeric, is_row_number, is_value_pair
from ingest.text.pipe_cells import PipeRun, Token, rows_of, width_decision
from ingest.text.pipe_header import place_header

_MAX_HEADER_ROWS = 4
_YEAR = re.compile(r"(?:19|20)\d{2}")
_SHORT = 30
_MIN_VALUES = 3
_DASHES = frozenset({"-", "–", "—"})


@dataclass
class Draft:
    """A cell being placed: text, first line, grid column, spans."""

    text: str
    line: int
    col: int
    span: int = 1
    rows: int = 1


def kind(text: str) -> str:
    """What a cell holds, for fitting cells to columns: empty, whole number (a row number or
    a value), item number, number, or text by its first letter's case (deadlines and tails
    start small, names capitalised) and length."""
    if not text:
        return "empty"
    if text.isdigit():
        return "int"  # a row number or a whole value: both
    if is_row_number(text):
        return "item"
    if is_numeric(text) or is_value_pair(text):
        return "number"  # "58/60": plan and fact of one year
    case = "lower" if text[:1].islower() else "upper"
    return f"{case} {'short' if len(text) <= _SHORT else 'long'}"


def _is_section(own: Sequence[Token], padded: bool) -> bool:
    """A text alone, or after an item number or an empty number cell, then pipes."""
    texts = [t.text for t in own]
    if not padded or not texts or is_numeric(texts[-1]) or kind(texts[-1]) == "empty":
        return False
    return len(texts) == 1 or (len(texts) == 2 and (not texts[0] or is_row_number(texts[0])))


def _texts_then_pads(own: Sequence[Token], row: Sequence[Token], n: int) -> bool:
    """Two or more worded cells, no value, then pipes ("Кind of object | Indicator, unit:" |
    ||||) under a table's header: a row naming what the rows under it measure; its pipes
    are its own empty cells, not places merged from the row above."""
    texts = [t.text for t in own]
    return (1 < len(own) < n and len(own) < len(row) and all(
        kind(t).endswith(("short", "long")) for t in texts) and not is_row_number(texts[0]))


def _is_values(texts: Sequence[str]) -> bool:
    """A row of values only ("46633 | 35589 | 294"), not all of them years: the body's first
    row under a header of names (a header row of captions holds words or years; a count such
    as 1900 may look like a year, a row of them all is captions)."""
    return (len(texts) > 1 and all(is_numeric(t) for t in texts)
            and not all(_YEAR.fullmatch(t.strip()) for t in texts))


def holds_values(texts: Sequence[str]) -> bool:
    """A row carrying _MIN_VALUES values that are not years after its text cells ("Цель." |
    name | "%" | "57,0" | "59,9" …): a body row even without an item number, since header
    rows hold captions, years and column numbers only."""
    values = [t for t in texts if is_numeric(t) and not _YEAR.fullmatch(t.strip())]
    return len(values) >= _MIN_VALUES and any(kind(t).endswith(("short", "long")) for t in texts)


def _is_data(own: Sequence[Token], padded: bool) -> bool:
    texts = [t.text for t in own]
    return bool(texts) and (column_numbers(texts) or is_row_number(texts[0])
                            or bool(ITEM_FIRST.match(texts[0])) or _is_section(own, padded)
                            or _is_values(texts) or holds_values(texts))


def header_count(rows: Sequence[Sequence[Token]]) -> int:
    """Rows before the first numbered, column-number or section row (0 if none comes early)."""
    for r, row in enumerate(rows[: _MAX_HEADER_ROWS + 1]):
        own = [t for t in row if not t.pad]
        if _is_data(own, len(own) < len(row)):
            return r
    return 0


def _trimmed(row: Sequence[Token]) -> list[Token]:
    """Own cells of a row without trailing empty ones (in a header they are pads printed
    singly; a column empty at every row's end is no column)."""
    own = [t for t in row if not t.pad]
    while own and not own[-1].text:
        own.pop()
    return own


def profiles(rows: Sequence[Sequence[Token]], n: int) -> list[Counter[str]]:
    """Per column, the kinds of cells that full rows hold there (a row ending in an empty
    cell may be short of a merged place: left out)."""
    out: list[Counter[str]] = [Counter() for _ in range(n)]
    for row in rows:
        own = [t for t in row if not t.pad]
        if len(own) == n and own[-1].text:
            for c, t in enumerate(own):
                out[c][kind(t.text)] += 1
    return out


def _numeric_share(profile: Sequence[Counter[str]]) -> list[float | None]:
    out: list[float | None] = []
    for p in profile:
        filled = sum(v for k, v in p.items() if k != "empty")
        out.append((p["number"] + p["int"]) / filled if filled else None)
    return out


def _fit(own: Sequence[Token], cols: Sequence[int], profile: Sequence[Counter[str]]) -> float:
    total = 0.0
    for t, c in zip(own, cols, strict=True):
        seen = sum(profile[c].values())
        total += profile[c][kind(t.text)] / seen if seen else 0.0
    return total


def gap_columns(own: Sequence[Token], n: int, profile: Sequence[Counter[str]]) -> list[int]:
    """Columns of a short row's cells: the run of columns merged from above goes where the
    cells fit best (after a leading item number, else first, on a tie)."""
    k, missing = len(own), n - len(own)
    options = [[*range(g), *range(g + missing, n)] for g in range(k + 1)]
    preferred = options[1 if own and is_row_number(own[0].text) and k > 1 else 0]
    options.sort(key=lambda cols: cols != preferred)
    return max(options, key=lambda cols: _fit(own, cols, profile))


def _pad_fits_better(own: Sequence[Token], n: int, profile: Sequence[Counter[str]]) -> bool:
    """A full row ending in an empty cell: do its cells fit the columns better with that
    last place taken as merged from above (a gap elsewhere) than as an empty cell?"""
    rest = own[:-1]
    as_gap = _fit(rest, gap_columns(rest, n, profile), profile)
    return as_gap > _fit(rest, range(n - 1), profile)


class _Grid:
    """Rows of drafts and, per column, the draft that covers it in the latest row."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.rows: list[list[Draft]] = []
        self.cover: list[Draft | None] = [None] * n

    def add(self, drafts: list[Draft], merged: Sequence[int] = ()) -> None:
        stretched = {id(d): d for c in merged if (d := self.cover[c]) is not None}
        for d in stretched.values():
            d.rows += 1
        for d in drafts:
            for c in range(d.col, min(self.n, d.col + d.span)):
                self.cover[c] = d
        self.rows.append(drafts)


def _place_header(grid: _Grid, levels: list[list[Token]], numeric: list[float | None]) -> None:
    placed = place_header([[t.text for t in lv] for lv in levels], grid.n, numeric)
    if placed is None:  # no reading fits: cells left to right, the last one over the rest
        placed = [[(i, 1 if i < len(lv) - 1 else grid.n - i, 1) for i in range(len(lv))]
                  for lv in levels]
    for lv, spots in zip(levels, placed, strict=True):
        grid.add([Draft(t.text, t.line, c, s, r) for t, (c, s, r) in zip(lv, spots, strict=True)])
    grid.cover = [None] * grid.n  # header cells never stretch into the body


def _place_body(grid: _Grid, row: list[Token], profile: list[Counter[str]],
                bare: bool = False, headed: bool = False) -> None:
    own = [t for t in row if not t.pad]
    n = grid.n
    while len(own) > n and not own[-1].text:
        own.pop()
    if _is_section(own, len(own) < len(row)):
        drafts = [Draft(t.text, t.line, i) for i, t in enumerate(own)]
        drafts[-1].span = n - drafts[-1].col
        grid.add(drafts)
        return
    if headed and _texts_then_pads(own, row, n):
        grid.add([Draft(t.text, t.line, i) for i, t in enumerate(own)])
        return
    if column_numbers([t.text for t in own]):
        grid.add([Draft(t.text, t.line, c) for c, t in enumerate(own)])
        grid.cover = [None] * n  # column numbers never stretch down
        return
    if (own and not bare and not own[-1].text and len(own) == n and not own[-1].cut
            and _pad_fits_better(own, n, profile)):
        own = own[:-1]  # a lone pipe at the row's end was a merged place, not an empty cell
    cols = list(range(len(own))) if len(own) >= n else gap_columns(own, n, profile)
    merged = sorted(set(range(n)) - set(cols))
    grid.add([Draft(t.text, t.line, c) for t, c in zip(own, cols, strict=True)], merged)


def _table(grid: _Grid, rows: list[list[Token]], head: int, index: int) -> Table:
    out = []
    for r, (drafts, toks) in enumerate(zip(grid.rows, rows, strict=True)):
        # big tables make many cells: built without re-validating ints and strings made here
        cells = tuple(
            Cell.model_construct(
                text=d.text, col=d.col, col_span=d.span, row_span=d.rows, bold=False,
                source=Provenance.model_construct(page=None, table=index, row=r + 1,
                                                  col=d.col + 1, line=d.line), confidence=None)
            for d in drafts)
        numbers = column_numbers([d.text for d in drafts])
        out.append(Row.model_construct(
            cells=cells, header=r < head or numbers, cut=any(t.cut for t in toks),
            source=Provenance.model_construct(page=None, table=index, row=r + 1, col=None,
                                              line=toks[0].line)))
    return Table(index=index, n_cols=grid.n, rows=tuple(out),
                 source=Provenance(table=index, line=rows[0][0].line))


def _bare_rows(run: PipeRun) -> tuple[list[list[Token]], int, int, str] | None:
    """Rows, header rows and columns of a bare-bar run (bar_rows); a section row gets a pad
    so that it spans the width as in the " |" form."""
    lay = bare_layout([t.text for t in run.tokens])
    if lay is None:
        return None
    rows = []
    for r, (a, b) in enumerate(lay.rows):
        row = run.tokens[a:b]
        nxt = run.tokens[b] if b < len(run.tokens) else None
        if r >= lay.head and ((len(row) == 1 and row[0].text and lay.n > 1)
                              or _parent_item(row, nxt)):
            # "Раздел" alone or "1." | "Раздел" where a row is due: across the width
            row = [*row, Token("", row[0].line, pad=True)]
        elif r == len(lay.rows) - 1 and 1 < len(row) < lay.n:
            # the text ends inside the last row: its missing cells are the last ones
            row = [*row, *(Token("", row[-1].line) for _ in range(lay.n - len(row)))]
        rows.append(row)
    return rows, lay.head, lay.n, f"bare bars: {lay.why}"


def _parent_item(row: list[Token], nxt: Token | None) -> bool:
    """"1." | "Организационная работа" followed by row "1.1.": a numbered section row, not a
    row whose other cells were merged from above."""
    if len(row) != 2 or nxt is None or not is_row_number(row[0].text):
        return False
    parent = row[0].text.rstrip(".")
    return nxt.text.startswith(f"{parent}.") and len(nxt.text.rstrip(".")) > len(parent)


def _layout(run: PipeRun) -> tuple[list[list[Token]], int, int, str]:
    """Rows, header rows, columns, and what decided the rows (for --debug)."""
    bare = _bare_rows(run) if run.bare else None
    if bare is not None:
        return bare
    width, why = width_decision(run.tokens)
    rows = rows_of(run, width)
    head = header_count(rows)
    n = max((len(_trimmed(r)) for r in rows[head:]), default=0)
    n = max(n, *(len(_trimmed(r)) for r in rows[:head])) if head else n
    wide = year_group_width([[t.text for t in _trimmed(r)] for r in rows[:head]],
                            [[t.text for t in _trimmed(r)] for r in rows[head:]])
    if wide > n:
        return rows, head, wide, f"{width} places a row ({why}); {wide} columns by the years"
    return rows, head, n, f"{width} places a row ({why})"


def _value_run(texts: Sequence[str]) -> int:
    """Values (or dashes) at the row's end."""
    k = 0
    while k < len(texts) and (is_numeric(texts[-1 - k]) or texts[-1 - k] in _DASHES):
        k += 1
    return k


def year_group_width(levels: Sequence[Sequence[str]], body: Sequence[Sequence[str]]) -> int:
    """Columns of a two-row header whose lower row is year captions only, one caption of the
    upper row standing over them all ("Вид | Показатель | Значения" over "2020 | … | 2027"),
    when body rows hold exactly one value a year after a single name cell: the rows under a
    merged leading cell (a kind of object over its indicators) are one cell short, so the
    widest body row undercounts the columns. 0 when the header is not of that form."""
    if len(levels) != 2 or len(levels[1]) < 2 or len(levels[0]) < 3:
        return 0
    if not all(_YEAR.search(t) and len(t) <= 20 for t in levels[1]):
        return 0
    years = len(levels[1])
    short = [t for t in body if _value_run(t) == years and len(t) == years + 1]
    return len(levels[0]) - 1 + years if short else 0


def read_pipes(run: PipeRun, index: int) -> Built | None:
    """The table of one pipe run; None when it is not one (a single column)."""
    rows, head, n, why = _layout(run)
    return _built(rows, head, n, why, index, run.bare)


def read_rows(rows: list[list[Token]], index: int, why: str, head: int | None = None
              ) -> Built | None:
    """The table of rows already cut (their pads end them), as the pipe forms build it;
    `head` header rows when the caller knows them, else counted (header_count)."""
    head = header_count(rows) if head is None else head
    n = max((len(_trimmed(r)) for r in rows), default=0)
    return _built(rows, head, n, why, index, False)


def _built(rows: list[list[Token]], head: int, n: int, why: str, index: int, bare: bool
           ) -> Built | None:
    levels = [_trimmed(r) for r in rows[:head]]
    if n < 2:
        return None
    profile = profiles(rows[head:], n)
    grid = _Grid(n)
    if levels:
        _place_header(grid, levels, _numeric_share(profile))
    for row in rows[head:]:
        _place_body(grid, row, profile, bare, bool(levels))
    trace = [f"pipe cells: {why}, {n} columns, {head} header rows"]
    return Built(_table(grid, rows, head, index), [], trace)
