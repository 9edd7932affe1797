"""Extractor 'flat_rows': plan tables a site's text export flattened into lines.

    N Наименование мероприятия Сроки исполнения Ответственные исполнители   ← the header
    Организационные мероприятия                                             ← a section
    1 Создание совета по качеству образования I квартал 2025 года Комитет по образованию
    2 Мониторинг качества работы школ, в том числе                           ← a row wrapped
    дошкольных организаций ежегодно, декабрь Комитет по образованию            onto two lines

Runs only where a flattened header line is found (extract/flat_header.py). The numbered lines
after it are rows: a line whose number follows the previous row's and whose text opens with a
capital letter. An unnumbered line (or a numbered one that does not go on with the numbering,
a list inside a cell) continues the row above while that row is not complete yet (its split
lacks the deadline or responsible cell) or when it opens in lower case or the row ends on a
comma; otherwise a short capitalised line is a section. Each row is cut into the header's
cells by evidence (extract/flat_split.py), and the rows make a table that the table reader of
activities reads like any other (sections, numbers, fields). The table is not one of the
document's: the activities keep their lines, not a table number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extract import tables
from extract.activity_cols import TITLE_ROLES
from extract.flat_header import FlatHeader, read_flat_header
from extract.flat_paragraph import unflatten
from extract.flat_split import NONE, Split, split_row
from extract.flat_sub_items import sub_items
from extract.flat_unnumbered import cut_by_end, spaced_label, unnumbered_action
from extract.found import Found
from extract.tools import ExtractTools
from extract.vocab import Vocab, get_vocab
from ingest.models import Cell, Paragraph, Provenance, Row, SourceDocument, Table

_ROW = re.compile(r"^((?:\d{1,3}\.)*\d{1,3})\.?\s+(?=[«\"(]?[А-ЯЁA-Z])(.+)$")
_NUMBERED = re.compile(r"^(?:\d{1,3}\.)*\d{1,3}[.)]?\s")
_GOES_ON = re.compile(r"[,;:\-–—(«]$|\s(?:и|или|в|во|по|на|с|со|к|для|из|от|за)$", re.I)
MAX_SECTION_WORDS = 20
MAX_PENDING = 2  # section lines in a row without a row after them end the table


@dataclass(frozen=True)
class _Line:
    text: str
    block: Provenance  # the paragraph's
    offset: int  # lines after the paragraph's first

    @property
    def source(self) -> Provenance:
        line = self.block.line + self.offset if self.block.line is not None else None
        return self.block.model_copy(update={"line": line}) if self.offset else self.block


@dataclass
class _Item:
    """A row being read (number set) or a section line (number None)."""

    number: str | None
    lines: list[str]
    source: Provenance
    split: tuple[str, Split] | None = field(default=None, repr=False)  # (of text, split)
    sub_of: str | None = None  # the lead-in row's number of a sub-item row
    sources: list[Provenance] = field(default_factory=list)  # each line's, after the first

    @property
    def text(self) -> str:
        # a word hyphenated at a line's end joins back; "Апрель- май" inside a line stays
        text = self.lines[0]
        for line in self.lines[1:]:
            wrapped = re.search(r"[а-яё]-$", text) and re.match(r"[а-яё]", line)
            text = text[:-1] + line if wrapped else f"{text} {line}"
        return text


def _stream(doc: SourceDocument, tools: ExtractTools) -> list[_Line | None]:
    """The document's paragraph lines in order (a list item's number given back to its line);
    a table between them is a break (None). A table flattened into one paragraph line gives
    back its lines (extract/flat_paragraph.py), all at that line."""
    out: list[_Line | None] = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            out.append(None)
            continue
        src = block.source
        whole = f"{block.list_number} {block.text}" if block.list_number else block.text
        for k, text in enumerate(whole.split("\n")):
            cut = unflatten(text, tools)
            out.extend(_Line(t.strip(), src, k) for t in (cut or [text]))
    return out


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split("."))


class _Reader:
    """Rows and sections of one flattened table, read line by line."""

    def __init__(self, header: FlatHeader, vocab: Vocab, tools: ExtractTools) -> None:
        self.roles = tuple(r for r in header.roles if r != "number")
        self.numbered = len(self.roles) < len(header.roles)  # else rows open lines unnumbered
        self.vocab, self.tools = vocab, tools
        self.items: list[_Item] = []
        self.pending: list[_Item] = []  # section lines not yet followed by a row

    def split(self, item: _Item) -> Split:
        text = item.text
        if item.split is None or item.split[0] != text:
            item.split = (text, split_row(text, self.roles, self.vocab, self.tools))
        return item.split[1]

    def complete(self, item: _Item) -> bool:
        """Every field cell of the row's best split is filled."""
        s = self.split(item)
        return s.score != NONE and all(c for c in s.cells)

    def current(self) -> _Item | None:
        return self.items[-1] if self.items and not self.pending else None

    def take(self, line: _Line) -> bool:
        """Read one line; False when it belongs to no row, section or continuation."""
        text, cur = line.text, self.current()
        if not self.numbered and not _NUMBERED.match(text):  # extract/flat_unnumbered.py
            return self._take_unnumbered(line, cur)
        m = _ROW.match(text)
        last = next((i for i in reversed(self.items) if i.number is not None), None)
        if m and (last is None or _key(m.group(1)) > _key(last.number or "0")
                  or (self.pending and m.group(1) == "1")):  # a section restarts the numbering
            self.items.extend(self.pending)
            self.pending = []
            self.items.append(_Item(m.group(1), [m.group(2)], line.source))
            return True
        if cur is not None and cur.number is not None and self._continues(cur, text):
            cur.lines.append(text)
            cur.sources.append(line.source)
            return True
        if _NUMBERED.match(text) or len(text.split()) > MAX_SECTION_WORDS or text[:1].islower():
            return False
        self.pending.append(_Item(None, [text], line.source))
        return len(self.pending) <= MAX_PENDING

    def _take_unnumbered(self, line: _Line, cur: _Item | None) -> bool:
        open_row = cur is not None and cur.number is not None
        act = unnumbered_action(line.text, open_row, open_row and self.complete(cur),  # type: ignore[arg-type]
                                self.vocab)
        if act == "continue" and cur is not None:
            cur.lines.append(line.text)
            cur.sources.append(line.source)
        elif act == "row":
            self.items.extend(self.pending)
            self.pending = []
            self.items.append(_Item("", [line.text], line.source))
        else:
            self.pending.append(_Item(None, [spaced_label(line.text)], line.source))
        return len(self.pending) <= MAX_PENDING

    def finish(self) -> None:
        """A numbered row that is not complete and that the next row's number extends ("1.
        Оценка качества" before "1.1 …") is a section of its own. A lead-in row's dash items
        with cells of their own become rows (unnumbered) after it."""
        rows = [i for i in self.items if i.number is not None]
        for item, nxt in pairwise(rows):
            if (nxt.number or "").startswith(f"{item.number}.") and not self.complete(item):
                item.number = None
        self.items = [out for item in self.items for out in self._sub_items(item)]

    def _sub_items(self, item: _Item) -> list[_Item]:
        title = next((k for k, r in enumerate(self.roles) if r in TITLE_ROLES), 0)
        got = sub_items(item.lines, title, lambda text: split_row(
            text, self.roles, self.vocab, self.tools)) if item.number else None
        if got is None:
            return [item]
        lead, subs = got
        where = [item.source, *item.sources]
        out = [item]
        for lines in subs:
            k = len(lead) + sum(len(o.lines) for o in out[1:])
            out.append(_Item("", lines, where[k] if k < len(where) else item.source,
                             sub_of=item.number, sources=where[k + 1:k + len(lines)]))
        # the lead-in is its title alone: a colon ends it, no word of it is a field cell
        text = " ".join(lead)
        cells = tuple(text if k == title else "" for k in range(len(self.roles)))
        why = tuple("lead-in" if k == title else "empty" for k in range(len(self.roles)))
        item.lines, item.sources = lead, where[1:len(lead)]
        item.split = (text, Split(cells, 0.0, why))
        return out

    def _continues(self, cur: _Item, text: str) -> bool:
        if not text[:1].isupper() or _GOES_ON.search(cur.lines[-1]):
            return True
        return not self.complete(cur)


def _cell(text: str, col: int, source: Provenance, span: int = 1) -> Cell:
    where = source.model_copy(update={"col": col + 1})
    return Cell(text=text, col=col, col_span=span, source=where)


def _table(header: FlatHeader, head: _Line, reader: _Reader, index: int) -> Table:
    names = [c.text for c in header.columns if c.role != "number"]
    number = next((c.text for c in header.columns if c.role == "number"), "№")
    lead = [number] if reader.numbered else []  # a header without one: no number column
    n = len(lead) + len(reader.roles)
    rows = [Row(cells=tuple(_cell(t, k, head.source) for k, t in enumerate([*lead, *names])),
                source=head.source)]
    for item in reader.items:
        cells: tuple[Cell, ...]
        if item.number is None:
            cells = (_cell(item.text, 0, item.source, n),)
        else:
            texts = [item.number, *reader.split(item).cells][1 - len(lead):]
            cells = tuple(_cell(t, k, item.source) for k, t in enumerate(texts) if t)
        rows.append(Row(cells=cells, source=item.source))
    return Table(index=index, n_cols=n, rows=tuple(rows), source=head.source)


def _read_from(stream: list[_Line | None], start: int, header: FlatHeader, vocab: Vocab,
               tools: ExtractTools) -> tuple[_Reader, int]:
    """The rows after the header at `start`, and the position where the table ends."""
    reader = _Reader(header, vocab, tools)
    j = start + 1
    while j < len(stream) and (line := stream[j]) is not None:
        if line.text and (read_flat_header(line.text, tools) is not None
                          or not reader.take(line)):
            break
        j += 1
    last = reader.items[-1] if reader.items and not reader.pending else None
    if j == len(stream) and not reader.numbered and last is not None and last.number == "" \
            and cut_by_end(last.text, reader.complete(last)):
        reader.items.pop()  # the text stops inside its last row (extract/flat_unnumbered.py)
    reader.finish()
    return reader, j - len(reader.pending)


def _trace(reader: _Reader, header: FlatHeader, head: _Line) -> list[str]:
    out = [f"flat_rows: line {head.source.line}: flattened header {header.describe()} "
           "[flat_header]"]
    for item in reader.items:
        if item.number is None:
            out.append(f"flat_rows: line {item.source.line}: section {item.text!r} "
                       "[flat_section]")
            continue
        s = reader.split(item)
        if item.sub_of is not None:
            out.append(f"flat_rows: line {item.source.line}: sub-item with its own cells "
                       f"under lead-in row {item.sub_of} [flat_sub_item]")
        cells = " | ".join(f"{c!r} ({why})" for c, why in zip(s.cells, s.evidence, strict=True))
        out.append(f"flat_rows: line {item.source.line}: row {item.number} "
                   f"({len(item.lines)} line(s)) → {cells} [flat_row_split]")
    return out


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities of plan tables flattened into lines under a flattened header."""
    stream = _stream(doc, tools)
    vocab = get_vocab(tools)
    built: list[Table] = []
    trace: list[str] = []
    j = 0
    while j < len(stream):
        line = stream[j]
        header = read_flat_header(line.text, tools) if line is not None else None
        if line is None or header is None:
            j += 1
            continue
        reader, end = _read_from(stream, j, header, vocab, tools)
        if any(i.number is not None for i in reader.items):
            built.append(_table(header, line, reader, len(doc.tables) + len(built) + 1))
            trace.extend(_trace(reader, header, line))
        j = max(end, j + 1)
    if not built:
        return Found()
    paragraphs = tuple(b for b in doc.blocks if isinstance(b, Paragraph))
    read = tables.extract(doc.model_copy(update={"blocks": paragraphs + tuple(built)}),
                          found, tools)
    acts = tuple(a.model_copy(update={"source": a.source.model_copy(update={"table": None})})
                 for a in read.activities)
    return read.model_copy(update={"activities": acts, "trace": (*trace, *read.trace)})
