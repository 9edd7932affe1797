"""HTML reader (saved web pages of plans): paragraphs, headings, list items and tables.

Bytes are decoded by BOM, then the page's own <meta charset> (old municipal sites serve
windows-1251), then the text reader's detection. lxml's HTML parser never touches the network;
scripts, styles and other non-content elements are dropped. Elements are walked in document
order: block elements (p, div, h1-h6, li, …) end a paragraph, inline ones (b, span, a, …)
continue it, <br> is a line break. Tables become Table blocks with colspan/rowspan as spans;
a table nested in a cell is flattened into that cell's text (one line per nested row).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from ingest.encoding import decode_text
from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Cell, Paragraph, Provenance, ReadResult, Row, Table

_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "iframe",
                   "object", "embed", "svg", "math", "select", "button", "canvas", "map"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article",
    "header", "footer", "main", "nav", "aside", "center", "form", "address", "figure",
    "figcaption", "caption", "hr", "fieldset", "legend", "details", "summary", "body", "html",
    "tr", "td", "th", "thead", "tbody", "tfoot", *_HEADINGS,
})
_BOLD = frozenset({"b", "strong"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_:.-]{1,40})",
                           re.IGNORECASE)
# HTML caps spans (colspan 1000, rowspan 65534); tighter caps keep a hostile page small.
MAX_COLSPAN, MAX_ROWSPAN, MAX_COLS = 1000, 5000, 2000


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """BOM, then a declared charset that decodes cleanly, then the text reader's detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        found = _META_CHARSET.search(data[:8192])
        if found:
            try:
                return data.decode(found.group(1).decode("ascii")), []
            except (LookupError, UnicodeDecodeError):
                pass
    decoded = decode_text(data, name)
    return decoded.text, decoded.warnings


def _parse(text: str, name: str) -> etree._Element:
    # the text is already decoded: the parser must ignore the page's own charset declaration
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=False,
                                  default_doctype=False)  # type: ignore[call-arg]  # lxml-stubs lag lxml 6
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentLoadError(name, f"unreadable HTML ({exc})") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise DocumentLoadError(name, "HTML nests elements more than 256 levels deep: "
                                "refused as potentially hostile")
    etree.strip_elements(root, *_SKIP, etree.Comment, with_tail=False)
    return root


def _span(el: etree._Element, attr: str, cap: int) -> int:
    raw = (el.get(attr) or "1").strip()
    digits = re.match(r"\d{1,6}", raw)
    value = int(digits.group()) if digits else 1
    return min(max(value, 1), cap)


def _ol_marker(n: int, kind: str) -> str:
    if kind in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if kind == 'A' else letter}."
    if kind in ("i", "I") and 1 <= n <= 39:
        roman = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[n % 10]
        roman = "x" * (n // 10) + roman
        return f"{roman.upper() if kind == 'I' else roman}."
    return f"{n}."


@dataclass
class _List:
    ordered: bool
    kind: str
    next: int


@dataclass
class _Walker:
    """Collects inline text into paragraphs; tables go through `table_of`."""

    tables: int = 0
    blocks: list[Block] = field(default_factory=list)
    parts: list[tuple[str, bool]] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)
    number: str | None = None
    pre: int = 0

    def text(self, data: str | None, bold: bool) -> None:
        if data:
            self.parts.append((data if self.pre else _SPACES.sub(" ", data), bold))

    def flush(self, heading: int | None = None) -> None:
        text = "".join(t for t, _ in self.parts)
        lines = [ln.strip() for ln in text.split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        letters = [b for t, b in self.parts for ch in t if not ch.isspace()]
        self.parts = []
        if text:  # an item's number waits for its first text (<li><p>…</p></li>)
            self.blocks.append(Paragraph(text=text, heading=heading, list_number=self.number,
                                         bold=bool(letters) and all(letters)))
            self.number = None

    def walk(self, el: etree._Element, bold: bool, heading: int | None) -> None:
        self.text(el.text, bold)
        for child in el:
            self.visit(child, bold, heading)
            self.text(child.tail, bold)

    def visit(self, el: etree._Element, bold: bool, heading: int | None) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag:
            return
        if tag == "br":
            self.parts.append(("\n", bold))
        elif tag == "table":
            self.flush(heading)
            table = table_of(el, self.tables + 1)
            if table is not None:
                self.tables += 1
                self.blocks.append(table)
        elif tag in _BLOCKS:
            self.block(el, tag, bold, heading)
        else:
            self.walk(el, bold or tag in _BOLD, heading)

    def block(self, el: etree._Element, tag: str, bold: bool, heading: int | None) -> None:
        self.flush(heading)
        level = _HEADINGS.get(tag, heading)
        if tag in ("ul", "ol"):
            start = _span(el, "start", 10**6) if tag == "ol" and el.get("start") else 1
            self.lists.append(_List(tag == "ol", el.get("type") or "1", start))
        elif tag == "li":
            self.number = self._marker(el)
        self.pre += tag == "pre"
        self.walk(el, bold or tag in _BOLD, level)
        self.pre -= tag == "pre"
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        self.flush(level)
        if tag == "li":
            self.number = None  # an empty item

    def _marker(self, li: etree._Element) -> str:
        if not self.lists or not self.lists[-1].ordered:
            return "•"
        cur = self.lists[-1]
        if li.get("value", "").strip().isdigit():
            cur.next = _span(li, "value", 10**6)
        n, cur.next = cur.next, cur.next + 1
        return _ol_marker(n, cur.kind)


def _rows(table: etree._Element) -> list[tuple[etree._Element, bool]]:
    """The table's own rows (not those of nested tables), with a header flag for <thead>."""
    out = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            out.append((child, False))
        elif tag in ("thead", "tbody", "tfoot"):
            out += [(tr, tag == "thead") for tr in child
                    if isinstance(tr.tag, str) and tr.tag.lower() == "tr"]
    return out


def _cell_text(td: etree._Element) -> tuple[str, bool]:
    """A cell's text: its paragraphs as lines; nested tables one line per row."""
    inner = _Walker()
    inner.walk(td, td.tag.lower() == "th", None)
    inner.flush()
    lines: list[str] = []
    bold: list[bool] = []
    for b in inner.blocks:
        if isinstance(b, Paragraph):
            lines.append(b.full_text)
            bold.append(b.bold)
        else:
            lines += [" ".join(t for t in r.texts if t) for r in b.rows]
            bold += [all(c.bold for c in r.cells if c.text) for r in b.rows]
    return "\n".join(ln for ln in lines if ln), bool(bold) and all(bold)


def table_of(el: etree._Element, index: int) -> Table | None:
    """A Table block of an HTML <table> (None when it has no cells)."""
    taken: dict[int, set[int]] = {}  # row → grid columns covered by rowspans from above
    rows: list[Row] = []
    n_cols = 0
    for r, (tr, in_head) in enumerate(_rows(el)):
        cells: list[Cell] = []
        col = 0
        where = Provenance(table=index, row=r + 1)
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while col in taken.get(r, ()):
                col += 1
            if col >= MAX_COLS:
                break
            span = min(_span(td, "colspan", MAX_COLSPAN), MAX_COLS - col)
            down = _span(td, "rowspan", MAX_ROWSPAN)
            text, bold = _cell_text(td)
            cells.append(Cell(text=text, col=col, col_span=span, row_span=down, bold=bold,
                              source=where.model_copy(update={"col": col + 1})))
            for rr in range(r + 1, r + down):
                taken.setdefault(rr, set()).update(range(col, col + span))
            col += span
        n_cols = max(n_cols, col, max(taken.get(r, {-1})) + 1)
        header = in_head or (bool(cells) and all(td.tag.lower() == "th" for td in tr
                                                 if isinstance(td.tag, str)))
        rows.append(Row(cells=tuple(cells), source=where, header=header))
    if not any(row.cells for row in rows):
        return None
    rows = _clip_row_spans(rows)
    return Table(index=index, n_cols=n_cols, rows=tuple(rows), source=Provenance(table=index))


def _clip_row_spans(rows: list[Row]) -> list[Row]:
    """A rowspan reaching past the last row ends there (as browsers draw it)."""
    out = []
    for r, row in enumerate(rows):
        left = len(rows) - r
        cells = tuple(c if c.row_span <= left else c.model_copy(update={"row_span": left})
                      for c in row.cells)
        out.append(row.model_copy(update={"cells": cells}))
    return out


def read_html(data: bytes, name: str, limits: Limits) -> ReadResult:
    """Read a saved web page into paragraphs and tables (see the module docstring)."""
    text, warnings = _decode(data, name)
    if len(text) > limits.max_text_chars:
        raise DocumentLoadError(
            name, f"text too long ({len(text):,} characters > {limits.max_text_chars:,})")
    root = _parse(text, name)
    walker = _Walker()
    walker.visit(root, False, None)
    walker.flush()
    if not walker.blocks:
        raise DocumentLoadError(name, "no text")
    return ReadResult(blocks=tuple(walker.blocks), warnings=tuple(warnings))
