"""Table layout: cleaned cell texts on the grid, the Header model and the extractor context.

Which rows form the header and what each column holds is decided in extract/header_rows.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.headphrase import HEAD, read_header
from extract.tools import ExtractTools
from extract.vocab import Vocab
from ingest.models import Cell, Provenance, Table

_TAG = re.compile(r"<[^>]{0,200}>")
_BREAK_TAG = re.compile(r"<\s*(br|/p|/li|/div|/tr|li)\b[^>]{0,200}>", re.I)
_BOLD = re.compile(r"^\s*(<(b|strong)\b[^>]*>|\*\*)", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")
_RANGE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)?\d{2})(?!\d)")
# "3.Удовлетворённость": a number ending in a dot may touch its item's capital letter; "5-а":
# an item an amendment inserted after item 5 (letters of ordinals, "1-й", "2-е", are none)
_NUMBERING = re.compile(r"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*(?:-[а-д])?\.?|[IVXLC]{1,6}\.?)(?=\s|$)"
                        r"|\d{1,3}(?:\.\d{1,3})*\.(?=[А-ЯЁ]))")
_DASHES = re.compile(r"^[\s\-–—_=|:.]*$")
# Roles whose header words name what a column holds, as opposed to a value column.
TEXT_ROLES = frozenset({"indicator", "activity", "number", "responsibles", "result", "stage",
                        "content", "unit", "direction"})


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
    text = re.sub(r"(?<=[а-яёa-z])-\n(?=[а-яёa-zА-ЯЁA-Z])", "-", text)
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
    """A row "1 2 3 4 5" that numbers the columns under a header; also one numbering only
    its first two columns, the others left blank ("1 | 2 | | "), as a form's print may."""
    vals = [t for t in texts if t]
    if len(texts) > 2 and list(texts[:2]) == ["1", "2"] and not any(texts[2:]):
        return True
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
    cut: bool = False  # the reader found no closing mark after the row's last cell (text end)

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
        out.append(GridRow(pos=pos, slots=tuple(slots), source=prov, own=own, header=row.header,
                           cut=row.cut))
    return out


@dataclass(frozen=True)
class Header:
    """The header of a table: how many leading rows it takes and what each column holds."""

    n_rows: int
    texts: tuple[str, ...]
    roles: dict[int, str]
    years: dict[int, int] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)
    # value columns captioned "план/факт": both kinds in one cell ("58/60"), in this order
    pairs: dict[int, tuple[str, str]] = field(default_factory=dict)
    rows: tuple[tuple[str, ...], ...] = ()
    notes: tuple[str, ...] = ()  # the evidence for each column's role (--debug)
    strength: dict[int, float] = field(default_factory=dict)  # header evidence of each role
    # grid columns of a deadline: ("quarter" | "month", index, year or None) per column
    periods: dict[int, tuple[str, int, int | None]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def col(self, role: str) -> int | None:
        """First column with `role`."""
        return next((c for c, r in sorted(self.roles.items()) if r == role), None)

    def cols(self, role: str) -> list[int]:
        return [c for c, r in sorted(self.roles.items()) if r == role]

    @property
    def value_cols(self) -> list[int]:
        return sorted(set(self.years) | set(self.cols("value")))


def repeats_header(row: GridRow, header: Header) -> bool:
    """A header row printed again on a later page (or its column-number row)."""
    texts = tuple(row.texts)
    if is_column_numbers(list(texts)):
        return True
    key = [t for t in texts if t]
    return any(key == [t for t in h if t] for h in header.rows)


def _caption_key(text: str) -> str:
    return " ".join(text.lower().split())


def captions_columns(row: GridRow, header: Header, vocab: Vocab, tools: ExtractTools) -> bool:
    """Each filled cell of the row captions its own column again: a Word table's second
    header row ("" | "Наименование мероприятий" | "" | "Ответственные") or a caption repeated
    on a later page with cells left empty. A cell captions its column when it is written as
    one of the header's captions over it, or opens with a generic head ("Наименование …")
    whose phrase reads as the column's role — "Основные мероприятия" alone is a section."""
    filled = [(c, t) for c, t in enumerate(row.texts) if t]
    if not filled:
        return False
    for c, text in filled:
        own = {_caption_key(h[c]) for h in header.rows if c < len(h) and h[c]}
        if c < len(header.texts):
            own.add(_caption_key(header.texts[c]))
        if _caption_key(text) in own:
            continue
        reading = read_header(text, tools)
        first = reading.lemmas[0] if reading.lemmas else ""
        role = header.roles.get(c)
        if not (first in vocab.generic_heads and role and reading.scores
                and reading.scores[0][0] == role and reading.scores[0][1] >= HEAD):
            return False
    return True


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
    unit: str | None = None  # the unit a line over the table gives all its values ("(проценты)")
    year: int | None = None  # the one year the heading right above the table names
    # the one year the title block above the first table names (a plan/fact table's year
    # when its own heading names none: extract/indicators.py _heading_years)
    title_year: int | None = None
    # each row measured by a unit is an indicator, valued or not (a plan table's indicator
    # beside its activity: extract/mixed_plan.py)
    unit_marks_items: bool = False
    # the table is the text's last block: its last row may be cut by the text's end
    # (extract/cut_rows.py)
    ends_text: bool = False
    warnings: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)  # group rows labelled "Цель: …"
    tasks: list[str] = field(default_factory=list)  # group rows labelled "Задача 1: …"

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
            if self.header and captions_columns(row, self.header, self.vocab, self.tools):
                self.note("caption_row", f"{self.where(row)} captions its columns again")
                continue
            out.append(row)
        return out
