"""A reader-independent view of a document's running text for the fact extractors.

Readers differ in how much structure they recover: the full text reader joins a multi-line
paragraph into one block and strips markdown, a simple line reader gives one paragraph per line
with `**` and `<p>` left in, DOCX gives real tables. The header and paragraph-plan extractors work
on `Chunk`s — one paragraph (or table row) with its markup removed, its cells if it is a row, and
where it came from — so their rules do not depend on which reader produced the blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ingest.bullets import SYMBOL_BULLETS, as_bullet
from ingest.models import Paragraph, Provenance, SourceDocument, Table
from ingest.text.lines import is_wide_line
from ingest.text.title_heads import opens_prose

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])")
# a signature line printed as dots or ellipsis characters glued to the name ("……..И.И. Фамилия",
# "…..../И.И. Фамилия/"): the same blank as "____", so the name is read apart from the position
_DOT_LEADER = re.compile(r"(?:(?<=\s)|^)(?:[.…]*…[.…]*|\.{4,})(?=/?[А-ЯЁ])")
# a star closing a number after "№" ("МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 36*") is part of the number as
# the form prints it (a footnote mark on a task's number), kept; other single stars are markup
_STAR = re.compile(r"(№\s?\d{1,4}\*)(?![\w*])|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_BULLET = re.compile(rf"^\s*([-–—•·▪●○*{SYMBOL_BULLETS}])\s+")  # (Symbol-font ones too)
# "31. 03. 22 г. № 14": a date typed with spaces after its full stops is no numbered item, nor
# "06.12. 2016 … № 643", one typed with a space before its year only
_NUMBER = re.compile(r"^\s*(?!\d\d\.\d\d\.\s+(?:19|20)\d\d(?!\d))"
                     r"(\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,5}\.)\s+"
                     r"(?!\s*(?:0[1-9]|1[0-2])\.\s*(?:19|20)?\d\d(?![\d.]))")
_HEADING = re.compile(r"^\s*(#{1,6})\s+")
_DAY = re.compile(r"^(?:[0-2]?\d|3[01])\.$")
# what follows a day read as an item's number in a spaced date: "03. 22 г.", "09. 2023"
_DATE_REST = re.compile(r"^\s*(?:0[1-9]|1[0-2])\.\s*(?:19|20)?\d\d(?![\d.])")
_SENTENCE_END = (".", ":", ";", "!", "?", "»", '"')
# "| О внесении изменений … |": a one-cell table row a text export prints between bars and a
# text reader keeps as a paragraph; read as the cell's text (as a DOCX reader gives it)
_ONE_CELL = re.compile(r"^\s*\|\s*([^|]+?)\s*\|\s*$")


@dataclass(frozen=True)
class Chunk:
    """One paragraph or table row of the document, markup removed.

    `text`: whitespace-normalised, list marker removed (it is in `list_number`);
    `cells`: the cell texts when the chunk is a table row (or a tab-separated line).
    """

    text: str
    source: Provenance
    bold: bool = False
    heading: int | None = None
    list_number: str | None = None
    cells: tuple[str, ...] | None = None
    lines: tuple[str, ...] = ()
    raw_cells: tuple[str, ...] = ()  # a row's cells as the reader gave them (line breaks kept)

    @cached_property
    def cell_lines(self) -> tuple[tuple[str, ...], ...]:
        """A row's cells line by line (computed when asked: only layout rows need them; kept,
        since the grif, signature and letterhead rules ask a row for them again and again)."""
        return tuple(_surname_tails(tuple(x for line in raw.split("\n") if (x := clean(line))))
                     for raw in self.raw_cells)

    @property
    def full_text(self) -> str:
        """Text with the list number in front."""
        return f"{self.list_number} {self.text}" if self.list_number else self.text

    @property
    def ends_sentence(self) -> bool:
        """True when the chunk ends like a finished sentence (not cut by a page break)."""
        return self.text.rstrip().endswith(_SENTENCE_END)


def squash(text: str) -> str:
    """Whitespace-normalised text (line breaks become spaces)."""
    return " ".join(text.split())


def clean(text: str) -> str:
    """Inline markup removed: HTML tags, markdown emphasis markers; whitespace normalised."""
    if "<" in text:  # the tests spare the regexes on the plain text most documents hold
        text = _TAG.sub(" ", text)
    text = text.replace("**", "")
    if "__" in text:  # "__выделение__" (markdown); a form's blanks ("20_22__ год", "____") stay
        text = _UNDERSCORE_EMPHASIS.sub(r"\1", text)
    if "*" in text:
        text = _STAR.sub(lambda m: m.group(1) or "", text)
    if "…" in text or "...." in text:
        text = _DOT_LEADER.sub("____ ", text)
    return squash(text)


def _is_bold(raw: str) -> bool:
    s = raw.strip()
    return (s.startswith("**") and s.endswith("**")) or (s.startswith("<b>") and s.endswith("</b>"))


def _split_marker(text: str) -> tuple[str | None, str]:
    """('-', rest) for a bullet item, ('2.', rest) for a numbered one, (None, text) otherwise."""
    for rx in (_BULLET, _NUMBER):
        m = rx.match(text)
        if m:
            return as_bullet(m.group(1)), text[m.end():]
    return None, text


# "/В.В." / "Макаренко/": a bracketed signature name a text export split over two lines
_OPEN_INITIALS = re.compile(r"^/\s*[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?$")
_CLOSING_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*/$")


def _slashed_names(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The halves of a slashed name ("/В.В." / "Макаренко/") joined into one line."""
    out: list[str] = []
    for line in lines:
        if out and _OPEN_INITIALS.match(out[-1]) and _CLOSING_SURNAME.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return tuple(out)


def _paragraph_chunk(p: Paragraph, line_mode: bool) -> Chunk:
    # a line reader leaves a table row as a tab-separated line; elsewhere a tab is a tab stop
    raw = p.text if line_mode else p.text.replace("\t", " ")
    heading = p.heading
    m = _HEADING.match(raw)
    if m:
        heading, raw = heading or len(m.group(1)), raw[m.end():]
    cells = None
    if raw.startswith("|"):
        raw = "\n".join(_ONE_CELL.sub(r"\1", line) for line in raw.split("\n"))
    if "\t" in raw:
        cells = tuple(clean(c) for c in raw.split("\t"))
    lines = _slashed_names(tuple(c for line in raw.split("\n") if (c := clean(line))))
    text = squash(" ".join(cells)) if cells is not None else clean(raw)
    marker = p.list_number
    if marker is not None and _DAY.match(marker) and _DATE_REST.match(raw):
        # "12." / "09. 23 г. № 31": a reader took a spaced date's day for an item's number
        day, marker = marker, None
        text = f"{day} {text}"
        lines = (f"{day} {lines[0]}", *lines[1:]) if lines else lines
    if marker is None and cells is None:
        marker, text = _split_marker(text)
        if marker and lines:
            lines = (_split_marker(lines[0])[1], *lines[1:])
    return Chunk(text=text, source=p.source, bold=p.bold or _is_bold(raw), heading=heading,
                 list_number=marker, cells=cells, lines=lines or (text,))


def _row_chunks(t: Table) -> list[Chunk]:
    out = []
    for i, row in enumerate(t.rows, 1):
        cells = tuple(clean(c.text) for c in row.cells)
        src = row.source if row.source != Provenance() else Provenance(
            page=t.source.page, table=t.index, row=i)
        out.append(Chunk(text=squash(" ".join(cells)), source=src, cells=cells,
                         bold=any(c.bold for c in row.cells), lines=(squash(" ".join(cells)),),
                         raw_cells=tuple(c.text for c in row.cells)))
    return out


def _unfinished_markup(raw: str) -> bool:
    return raw.count("**") % 2 == 1


def _continues(prev: Paragraph, nxt: Paragraph, open_bold: bool) -> bool:
    """Line readers give one paragraph per line: adjacent lines form one paragraph, except
    when the next line starts a list item or a heading, or one of them is a table row."""
    if prev.source.line is None or nxt.source.line != prev.source.line + prev.text.count("\n") + 1:
        return False
    if "\t" in prev.text or "\t" in nxt.text or nxt.heading or prev.heading:
        return False
    if prev.list_number or nxt.list_number or _HEADING.match(nxt.text) or _HEADING.match(prev.text):
        return False
    if open_bold:
        return True
    if _is_bold(prev.text) != _is_bold(nxt.text):  # a bold title line ends at plain text
        return False
    # a whole paragraph of prose after a finished line ("Заслушав … РЕШИЛО:" under the subject)
    if is_wide_line(nxt.text) and opens_prose(prev.text.rsplit("\n", 1)[-1], nxt.text):
        return False
    return _split_marker(clean(nxt.text))[0] is None


def _merge_lines(paras: list[Paragraph], line_mode: bool) -> list[Paragraph]:
    if not line_mode:
        return paras
    out: list[Paragraph] = []
    open_bold = False
    for p in paras:
        if out and _continues(out[-1], p, open_bold):
            last = out[-1]
            out[-1] = last.model_copy(update={"text": last.text + "\n" + p.text})
        else:
            out.append(p)
            open_bold = False
        open_bold = _unfinished_markup(out[-1].text)
    return out


def _line_mode(doc: SourceDocument) -> bool:
    """True when the reader gave one paragraph per text line (none spans two lines)."""
    paras = doc.paragraphs
    return any(p.source.line for p in paras) and not any("\n" in p.text for p in paras)


def chunks(doc: SourceDocument) -> list[Chunk]:
    """The document as chunks, in reading order (a new list; the chunks are frozen)."""
    global _last
    # the header facts and the paragraph plans both ask for the same document's chunks: the
    # last document's are kept (one tuple, swapped whole: safe for threads)
    last = _last
    if last is None or last[0] is not doc:
        last = _last = (doc, tuple(_chunks(doc)))
    return list(last[1])


_last: tuple[SourceDocument, tuple[Chunk, ...]] | None = None


def _chunks(doc: SourceDocument) -> list[Chunk]:
    line_mode = _line_mode(doc)
    out: list[Chunk] = []
    run: list[Paragraph] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        out.extend(_paragraph_chunk(p, line_mode) for p in _merge_lines(run, line_mode))
        run = []
        out.extend(_row_chunks(block))
    out.extend(_paragraph_chunk(p, line_mode) for p in _merge_lines(run, line_mode))
    return [c for c in out if c.text or c.cells]


def join_broken(first: Chunk, rest: list[Chunk]) -> tuple[str, int]:
    """`first`'s text continued by following chunks that a page break split off (the previous
    one does not end a sentence and the next starts in lower case). Returns (text, n_used)."""
    text, used = first.text, 0
    for nxt in rest:
        if text.rstrip().endswith(_SENTENCE_END) or nxt.cells is not None or nxt.list_number:
            break
        if not nxt.text[:1].islower():
            break
        text, used = f"{text} {nxt.text}", used + 1
    return text, used


def with_text(c: Chunk, text: str) -> Chunk:
    """A copy of `c` with another text (a row's copy becomes a paragraph)."""
    if c.cells is not None:
        return replace(c, text=text, cells=None, raw_cells=(), lines=(text,))
    return replace(c, text=text)


@dataclass(frozen=True)
class Line:
    """One printed line of the document's top: `chunk` is its chunk's index in the list the
    lines were made from; `first`: it opens its chunk; `single`: its chunk has no other line
    (readers that give one paragraph per printed line)."""

    text: str
    chunk: int
    first: bool
    single: bool
    bold: bool = False


# A table of at most this many rows, none with more filled cells, is layout (a stamp, the date
# and number of an act, a signature set in a borderless table): read line by line with the
# running text, cell after cell.
LAYOUT_CELLS = 3
LAYOUT_ROWS = 3


def layout_tables(chunks: list[Chunk] | tuple[Chunk, ...]) -> set[int | None]:
    rows: dict[int | None, list[Chunk]] = {}
    for c in chunks:
        if c.cells is not None:
            rows.setdefault(c.source.table, []).append(c)
    return {t for t, rs in rows.items() if t is not None and len(rs) <= LAYOUT_ROWS
            and all(sum(1 for x in r.cells or () if x) <= LAYOUT_CELLS for r in rs)}


# "от | 24 января 2019 года | № | 28 | г. Заречный": an act's date and number set in a row of
# cells, read as the one line they print
_REQUISITES_ROW = re.compile(r"^от\s.*\d.*\s(?:№|N)\s*\d", re.IGNORECASE)
_REQUISITES_WORDS = 12


def requisites_row(c: Chunk) -> bool:
    """A table row printing an act's requisites cell by cell ("от | <date> | № | 28 | г. …")."""
    return c.cells is not None and bool(_REQUISITES_ROW.match(c.text)) \
        and len(c.text.split()) <= _REQUISITES_WORDS


def top_lines(chunks: list[Chunk] | tuple[Chunk, ...], span: int, limit: int
              ) -> tuple[Line, ...]:
    """The lines of the first `span` prose chunks and layout rows of `chunks` (cell by cell),
    at most `limit` lines; `Line.chunk` indexes `chunks`."""
    layout = layout_tables(chunks[: span * 2])
    out: list[Line] = []
    seen = 0
    for k, c in enumerate(chunks):
        if c.cells is None:
            texts: tuple[str, ...] = c.lines or (c.text,)
        elif c.source.table in layout or sum(1 for x in c.cells if x) <= 1:
            texts = tuple(x for cell in c.cell_lines for x in cell)
        elif requisites_row(c):
            texts = (c.text,)
        else:
            continue
        seen += 1
        if seen > span:
            break
        for j, text in enumerate(texts):
            out.append(Line(text=text, chunk=k, first=j == 0, single=len(texts) == 1,
                            bold=c.bold))
            if len(out) >= limit:
                return tuple(out)
    return tuple(out)


# "Т.П.Булкин" / "а": a narrow grif cell of a PDF wraps a surname's last letters onto a line
# of their own; a lone lower-case ending after a name's initials belongs to the surname
_NAME_END = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+$")
_TAIL = re.compile(r"^[а-яё]{1,2}$")


def _surname_tails(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A cell's lines with a surname's wrapped ending glued back onto it."""
    if not any(_TAIL.match(x) for x in lines[1:]):
        return lines
    out: list[str] = []
    for x in lines:
        if out and _TAIL.match(x) and _NAME_END.search(out[-1]):
            out[-1] += x
        else:
            out.append(x)
    return tuple(out)


def open_quote(text: str) -> bool:
    """True when a quote opened in `text` is not closed yet ("«…" or an odd '"')."""
    return text.count("«") > text.count("»") or text.count('"') % 2 == 1
