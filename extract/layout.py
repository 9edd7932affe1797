"""Table layout: cleaned cell texts on the grid, header rows and the role of each column.

A table's header is its first 1–3 rows combined per column (a header split over two rows, a
second row of years or of column numbers); the role of a column comes from the lemmas of its
combined header text (extract/vocab/headers.yaml), a value column from a year in it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extract.tools import ExtractTools
from extract.vocab import Vocab, best_match
from ingest.models import Cell, Provenance, Table

_TAG = re.compile(r"<[^>]{0,200}>")
_BREAK_TAG = re.compile(r"<\s*(br|/p|/li|/div|/tr|li)\b[^>]{0,200}>", re.I)
_BOLD = re.compile(r"^\s*(<(b|strong)\b[^>]*>|\*\*)", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")
_RANGE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)?\d{2})(?!\d)")
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)(?=\s|$)")
_PURE_YEAR = re.compile(r"^\s*(?:[а-яё]+\s+)?(?:19|20)\d{2}\s*(?:г\.|гг\.|[а-яё]+)?\s*$", re.I)
_DASHES = re.compile(r"^[\s\-–—_=|:.]*$")
# Roles whose header words name what a column holds, as opposed to a value column.
TEXT_ROLES = frozenset({"indicator", "activity", "number", "responsibles", "result", "stage"})


@lru_cache(maxsize=50_000)
def clean(text: str) -> str:
    """Cell text without inline markup; lines kept ("\\n"), spaces inside a line collapsed."""
    if "<" in text:
        text = _TAG.sub(" ", _BREAK_TAG.sub("\n", text))
    text = html.unescape(text).replace("\xa0", " ").replace("**", "")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def flat(text: str) -> str:
    """One line: a hyphen at a line end joins the word parts, other breaks become spaces."""
    text = re.sub(r"(?<=[а-яёa-z])-\n(?=[а-яёa-z])", "-", text)
    return " ".join(text.split())


def unwrap(text: str) -> str:
    """Join visual lines of a wrapped cell, keep breaks that start a new item (a capital letter
    after a line that did not end with a comma or an open quote)."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        joins = prev and (
            not line[:1].isupper()
            or prev.endswith((",", "-", "«", "(", " и"))
            or prev.count("«") > prev.count("»")
        )
        if joins:
            sep = "" if prev.endswith("-") and line[:1].islower() else " "
            out[-1] = prev + sep + line
        else:
            out.append(line)
    return "\n".join(out)


def years_in(text: str) -> list[int]:
    """Single years written in `text` (years inside ranges like 2022-2026 excluded)."""
    return [int(y) for y in _YEAR.findall(_RANGE.sub(" ", text))]


def numbering(text: str) -> str | None:
    """The leading item number of `text` ("1.", "2.3", "IV"), or None."""
    m = _NUMBERING.match(text)
    return m.group(0).strip() if m else None


def strip_numbering(text: str) -> str:
    """`text` without its leading item number."""
    return _NUMBERING.sub("", text, count=1).strip()


def is_rule_line(texts: list[str]) -> bool:
    """A row of dashes (a markdown table separator) or of nothing."""
    return all(_DASHES.match(t) for t in texts)


def is_column_numbers(texts: list[str]) -> bool:
    """A row "1 2 3 4 5" that numbers the columns under a header."""
    vals = [t for t in texts if t]
    if len(vals) < 3 or not all(t.isdigit() for t in vals):
        return False
    nums = [int(t) for t in vals]
    return nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] <= 2


@dataclass(frozen=True)
class GridRow:
    """One table row on the grid: the cell covering each column (merged cells repeated)."""

    pos: int
    slots: tuple[Cell | None, ...]
    source: Provenance
    own: tuple[bool, ...] = ()  # the cell in each slot starts in this row (not merged from above)
    header: bool = False  # the reader marked the row as a (repeated) header row

    def text(self, col: int) -> str:
        """Text of the cell that starts at `col` ("" for a column covered from the left)."""
        cell = self.slots[col] if col < len(self.slots) else None
        return clean(cell.text) if cell is not None and cell.col == col else ""

    @property
    def texts(self) -> list[str]:
        return [self.text(c) for c in range(len(self.slots))]

    def filled(self) -> list[tuple[int, str]]:
        """(column, text) of the non-empty cells, left to right."""
        return [(c, t) for c, t in enumerate(self.texts) if t]

    @property
    def bold(self) -> bool:
        cells = [c for c in self.slots if c is not None and c.text.strip()]
        return bool(cells) and all(c.bold or _BOLD.match(c.text) for c in cells)

    @property
    def widest(self) -> int:
        return max((c.col_span for c in self.slots if c is not None), default=1)


def grid_rows(table: Table) -> list[GridRow]:
    """The table's rows with provenance completed from the table (1-based table and row)."""
    page = table.source.page or (table.pages[0] if table.pages else None)
    out = []
    for pos, (row, slots) in enumerate(zip(table.rows, table.grid(), strict=True)):
        src = row.source
        prov = Provenance(
            page=src.page or page,
            table=table.index,
            row=src.row if src.row or src.line else pos + 1,  # text readers identify by line
            line=src.line,
        )
        mine = {id(c) for c in row.cells}
        own = tuple(c is not None and id(c) in mine for c in slots)
        out.append(GridRow(pos=pos, slots=tuple(slots), source=prov, own=own, header=row.header))
    return out


@dataclass(frozen=True)
class Header:
    """The header of a table: how many leading rows it takes and what each column holds."""

    n_rows: int
    texts: tuple[str, ...]
    roles: dict[int, str]
    years: dict[int, int] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)
    rows: tuple[tuple[str, ...], ...] = ()

    def col(self, role: str) -> int | None:
        """First column with `role`."""
        return next((c for c, r in sorted(self.roles.items()) if r == role), None)

    def cols(self, role: str) -> list[int]:
        return [c for c, r in sorted(self.roles.items()) if r == role]

    @property
    def value_cols(self) -> list[int]:
        return sorted(set(self.years) | set(self.cols("value")))


def _combined(rows: list[GridRow], n_cols: int) -> list[str]:
    """Header text per column over `rows`; a cell spanning columns or rows counts once each."""
    out = []
    for c in range(n_cols):
        seen: list[int] = []
        parts = []
        for r in rows:
            cell = r.slots[c] if c < len(r.slots) else None
            if cell is None or id(cell) in seen or not cell.text.strip():
                continue
            seen.append(id(cell))
            parts.append(clean(cell.text).replace("\n", " "))
        out.append(" ".join(parts))
    return out


def _headerish(row: GridRow, longest: int = 160) -> bool:
    """Could be part of a header: short cells, no item number in front of text."""
    filled = row.filled()
    if not filled or any(len(t) > longest for _, t in filled):
        return False
    # "1.", "1.1" alone in a cell, or "1. Раздел …": a data or section row, not a header
    return not any(numbering(t) for _, t in filled)


def _roles(texts: list[str], vocab: Vocab, tools: ExtractTools) -> dict[int, list[tuple[str, int]]]:
    return {
        c: best_match(vocab.roles, tools.lemmas(t), t.lower())
        for c, t in enumerate(texts)
        if t
    }


def _score(matches: dict[int, list[tuple[str, int]]], texts: list[str]) -> int:
    return sum(m[0][1] for m in matches.values() if m) + sum(
        1 for t in texts if len(years_in(t)) == 1
    )


def find_header(
    rows: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> Header | None:
    """The header of a table whose first rows name its columns, or None."""
    skip = 0  # a caption printed as the table's first row ("План мероприятий на 2024 год")
    while skip < min(2, len(rows) - 1) and n_cols >= 3 and len(rows[skip].filled()) == 1:
        skip += 1
    header = _find_header(rows[skip:], n_cols, vocab, tools) if skip else None
    if header is not None:
        return replace(header, n_rows=header.n_rows + skip)
    return _find_header(rows, n_cols, vocab, tools)


def _find_header(
    rows: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> Header | None:
    best: tuple[int, int] | None = None
    for k in range(1, min(3, len(rows)) + 1):
        if not _headerish(rows[k - 1], 160 if k == 1 else 80) and not is_column_numbers(
            rows[k - 1].texts
        ):
            break
        if k > 1 and not _continues_header(rows[k - 1], rows[: k - 1], n_cols, vocab, tools):
            break
        texts = _combined(rows[:k], n_cols)
        score = _score(_roles(texts, vocab, tools), texts)
        # captions under a group cell ("Исполнение" over "Ответственный | Срок") belong to the
        # header even when they add no score over the group word itself
        deeper = (best is not None and score == best[1] and k > 1
                  and _splits_span(rows[k - 2], rows[k - 1]))
        if best is None or score > best[1] or deeper:
            best = (k, score)
    if best is None or best[1] == 0:
        return None
    k = best[0]
    while k < len(rows) and (is_column_numbers(rows[k].texts) or _only_years(rows[k])):
        k += 1
    return _header(rows, k, n_cols, vocab, tools)


def _cell_score(text: str, vocab: Vocab, tools: ExtractTools) -> int:
    found = best_match(vocab.roles, tools.lemmas(text), text.lower())
    return found[0][1] if found else 0


def _continues_header(
    row: GridRow, above: list[GridRow], n_cols: int, vocab: Vocab, tools: ExtractTools
) -> bool:
    """Every cell of `row` is a year, a column number, a header word of its own, or completes
    the header phrase above it ("Сроки" + "реализации"): a data row fails on its first cell."""
    before, after = _combined(above, n_cols), _combined([*above, row], n_cols)
    for c, t in row.filled():
        if _PURE_YEAR.match(t) or t.isdigit() or _cell_score(t, vocab, tools):
            continue
        if _cell_score(after[c], vocab, tools) <= _cell_score(before[c], vocab, tools):
            return False
    return True


def _splits_span(upper: GridRow, lower: GridRow) -> bool:
    """`lower` has two or more captions of its own under one cell of `upper` spanning columns."""
    for cell in {id(c): c for c in upper.slots if c is not None and c.col_span > 1}.values():
        own = {id(lower.slots[c]) for c in range(cell.col, cell.col + cell.col_span)
               if c < len(lower.own) and lower.own[c] and lower.text(c)}
        if len(own) > 1:
            return True
    return False


def _specific(rows: list[GridRow], n_cols: int) -> list[str]:
    """Per column, the header text below a cell spanning several columns ("" if none): the
    caption of that one column, which says more than the group word above it."""
    out = []
    for c in range(n_cols):
        parts: list[str] = []
        under_span = False
        for r in rows:
            cell = r.slots[c] if c < len(r.slots) else None
            if cell is None:
                continue
            if cell.col_span > 1:
                under_span, parts = True, []
            elif under_span and c < len(r.own) and r.own[c] and r.text(c):
                parts.append(r.text(c).replace("\n", " "))
        out.append(" ".join(parts))
    return out


def _only_years(row: GridRow) -> bool:
    filled = row.filled()
    short = all(years_in(t) or (len(t) < 12 and not numbering(t)) for _, t in filled)
    return bool(filled) and short and any(years_in(t) for _, t in filled)


def _header(rows: list[GridRow], k: int, n_cols: int, vocab: Vocab, tools: ExtractTools) -> Header:
    texts = _combined(rows[:k], n_cols)
    matches = _roles(texts, vocab, tools)
    for c, found in _roles(_specific(rows[:k], n_cols), vocab, tools).items():
        if found:
            matches[c] = found
    roles: dict[int, str] = {}
    years: dict[int, int] = {}
    kinds: dict[int, str] = {}
    orphans: list[int] = []
    for c, t in enumerate(texts):
        found = matches.get(c) or []
        role = found[0][0] if found else None
        ys = sorted(set(years_in(t)))
        if len(ys) == 1 and role not in TEXT_ROLES:
            years[c], role = ys[0], "value"
        elif len(ys) == 1:
            orphans.append(ys[0])
        if role:
            roles[c] = role
        if role == "value":
            kind = value_kind(t, vocab, tools)
            if kind:
                kinds[c] = kind
    # A year printed under the name column while the value column above it says only "Факт"
    # (a header cell shifted by conversion): give such years to the value columns without one.
    yearless = [c for c in sorted(roles) if roles[c] == "value" and c not in years]
    if orphans and len(orphans) == len(yearless):
        years.update(zip(yearless, orphans, strict=True))
    # "2023 год" over "План | Факт" written only above its first column (a span lost in
    # conversion): a plan/fact column without a year takes the year of the value column before.
    for c in sorted(roles):
        prev = c - 1
        if roles[c] == "value" and c not in years and c in kinds and prev in years:
            years[c] = years[prev]
    return Header(
        n_rows=k,
        texts=tuple(texts),
        roles=roles,
        years=years,
        kinds=kinds,
        rows=tuple(tuple(r.texts) for r in rows[:k]),
    )


def value_kind(text: str, vocab: Vocab, tools: ExtractTools) -> str | None:
    """"plan" or "fact" when the header words say so."""
    lemmas = set(tools.lemmas(text))
    for kind in ("fact", "plan"):
        if lemmas & vocab.value_kind[kind]:
            return kind
    return None


def repeats_header(row: GridRow, header: Header) -> bool:
    """A header row printed again on a later page (or its column-number row)."""
    texts = tuple(row.texts)
    if is_column_numbers(list(texts)):
        return True
    key = [t for t in texts if t]
    return any(key == [t for t in h if t] for h in header.rows)


@dataclass
class Ctx:
    """What a table extractor works with; it appends to `warnings` and `trace`."""

    table: Table
    rows: list[GridRow]
    header: Header | None
    vocab: Vocab
    tools: ExtractTools
    default_kind: str = "plan"
    directions: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)

    def where(self, row: GridRow) -> str:
        """Where a row is, for a warning: its line in a text file, else its table row."""
        s = row.source
        return f"line {s.line}" if s.line else f"row {s.row} of table {self.table.index}"

    def note(self, rule: str, what: str) -> None:
        """Record which rule decided something (Draft.trace, --debug)."""
        self.trace.append(f"table {self.table.index}: {what} [{rule}]")

    @property
    def body(self) -> list[GridRow]:
        """Rows after the header, without repeated headers and separator rows."""
        start = self.header.n_rows if self.header else 0
        out = []
        for row in self.rows[start:]:
            texts = row.texts
            if is_rule_line(texts):
                continue
            if row.header:
                self.note("reader_header_row", f"{self.where(row)} is a header row")
                continue
            if self.header and repeats_header(row, self.header):
                self.note("repeated_header", f"{self.where(row)} repeats the header")
                continue
            out.append(row)
        return out
