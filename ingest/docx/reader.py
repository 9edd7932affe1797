"""DOCX reader: zipfile + lxml straight on WordprocessingML (python-docx objects are ~10x slower).

Body content is walked in document order (paragraphs and tables interleaved, content controls
unwrapped). Pages are known only when the file records them: Word's rendered page breaks
(w:lastRenderedPageBreak) when present, otherwise explicit breaks; a file with neither has no
page numbers.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from lxml import etree

from ingest.docx.numbering import Numbering
from ingest.docx.styles import (
    STRICT_NS,
    W_NS,
    Styles,
    W,
    children,
    drop_table_styles,
    first_child,
    int_val,
    on_off,
    val,
)
from ingest.docx.tables import TableReader, block_items
from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Paragraph, Provenance, ReadResult
from ingest.safe_xml import parse_xml
from ingest.safe_zip import explain_not_zip, open_zip, packed_member, read_member

_P, _TBL, _R = W + "p", W + "tbl", W + "r"
# Containers whose children are run content (hyperlinks, fields, content controls, revisions).
_INLINE_WRAPPERS = {
    W + "hyperlink", W + "ins", W + "moveTo", W + "smartTag", W + "customXml", W + "fldSimple",
    W + "sdt", W + "sdtContent", W + "dir", W + "bdo",
}
_RENDERED_BREAK = W + "lastRenderedPageBreak"
_TXBX = W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_T, _BR, _RPR, _VANISH, _TYPE = W + "t", W + "br", W + "rPr", W + "vanish", W + "type"
_BOLD, _RSTYLE = W + "b", W + "rStyle"
_PSTYLE, _PAGE_BREAK_BEFORE, _NUM_PR = W + "pStyle", W + "pageBreakBefore", W + "numPr"
_OUTLINE, _SECT_PR = W + "outlineLvl", W + "sectPr"
# Run children that stand for a character (tabs become spaces: they only align text).
_RUN_CHARS = {W + "tab": " ", W + "ptab": " ", W + "cr": "\n", W + "noBreakHyphen": "-"}


@dataclass
class _ParaText:
    text: str
    bold: bool
    page: int | None


@dataclass
class ParaInfo:
    """A paragraph as read, before it becomes a block (cells need only part of it)."""

    text: str
    heading: int | None
    list_number: str | None
    bold: bool
    page: int | None

    @property
    def full_text(self) -> str:
        return f"{self.list_number} {self.text}" if self.list_number else self.text

    def block(self) -> Paragraph:
        return Paragraph(text=self.text, heading=self.heading, list_number=self.list_number,
                         bold=self.bold, source=Provenance(page=self.page))


class _Pages:
    """Page counter fed by the breaks met while walking, in one of two modes (see module doc)."""

    def __init__(self, body: etree._Element) -> None:
        self.rendered = next(body.iter(_RENDERED_BREAK), None) is not None
        self.known = self.rendered or self._has_explicit(body)
        self.page = 1

    @staticmethod
    def _has_explicit(body: etree._Element) -> bool:
        if any(br.get(W + "type") == "page" for br in body.iter(W + "br")):
            return True
        if any(on_off(el) for el in body.iter(W + "pageBreakBefore")):
            return True
        return any((parent := el.getparent()) is not None and parent.tag == W + "pPr"
                   for el in body.iter(W + "sectPr"))

    def current(self) -> int | None:
        return self.page if self.known else None

    def rendered_break(self) -> None:
        if self.rendered:
            self.page += 1

    def explicit_break(self) -> None:
        if self.known and not self.rendered:
            self.page += 1


class DocxReader:
    """Turns one parsed document.xml into blocks; holds the numbering and page state."""

    def __init__(self, styles: Styles, numbering: Numbering, body: etree._Element) -> None:
        self.styles = styles
        self.numbering = numbering
        self.pages = _Pages(body)
        self.tables = TableReader(self.paragraph, self.pages.current)
        self.n_tables = 0

    def read_body(self, body: etree._Element) -> list[Block]:
        """Blocks of a body (or of a text box) in reading order."""
        blocks: list[Block] = []
        for el in block_items(body):
            if el.tag == _P:
                para = self.paragraph(el)
                if para.text or para.list_number:
                    blocks.append(para.block())
                for box in _text_boxes(el):
                    blocks.extend(self.read_body(box))
            else:
                table = self.tables.read(el, self.n_tables + 1)
                if table is not None:
                    self.n_tables += 1
                    blocks.append(table)
        return blocks

    def paragraph(self, p: etree._Element) -> ParaInfo:
        """Read one w:p, advancing list counters and pages."""
        ppr = first_child(p, W + "pPr")
        props = children(ppr)
        style = self.styles.para(val(props.get(_PSTYLE)))
        if on_off(props.get(_PAGE_BREAK_BEFORE)):
            self.pages.explicit_break()
        number = self._list_number(props.get(_NUM_PR), style.num_id, style.ilvl)
        outline = int_val(props.get(_OUTLINE))
        if outline is None:
            outline = style.outline
        base_bold = bool(style.bold if style.bold is not None else self.styles.default_bold)
        content = self._text(p, base_bold)
        if ppr is not None and _SECT_PR in props:
            kind = val(ppr.find(f"{W}sectPr/{W}type"))
            if kind != "continuous":
                self.pages.explicit_break()
        return ParaInfo(
            text=content.text,
            heading=outline + 1 if outline is not None and 0 <= outline <= 8 else None,
            list_number=number,
            bold=content.bold,
            page=content.page,
        )

    def _list_number(self, num: etree._Element | None, num_id: str | None,
                     ilvl: int | None) -> str | None:
        if num is not None:
            num_id = val(first_child(num, W + "numId")) or num_id
            ilvl = _first_int(int_val(first_child(num, W + "ilvl")), ilvl)
        if num_id is None or num_id == "0":
            return None
        return self.numbering.next(num_id, ilvl or 0)

    def _text(self, p: etree._Element, base_bold: bool) -> _ParaText:
        parts: list[str] = []
        flags: list[bool] = []
        start_page: list[int | None] = []
        self._collect(p, base_bold, parts, flags, start_page)
        text = "".join(parts)
        return _ParaText(
            text="\n".join(line.strip() for line in text.split("\n")).strip("\n"),
            bold=bool(flags) and all(flags),
            page=start_page[0] if start_page else self.pages.current(),
        )

    def _collect(self, el: etree._Element, base_bold: bool, parts: list[str],
                 flags: list[bool], start_page: list[int | None]) -> None:
        for child in el:
            if child.tag == _R:
                self._run(child, base_bold, parts, flags, start_page)
            elif child.tag in _INLINE_WRAPPERS:
                self._collect(child, base_bold, parts, flags, start_page)

    def _run(self, r: etree._Element, base_bold: bool, parts: list[str], flags: list[bool],
             start_page: list[int | None]) -> None:
        props = children(first_child(r, _RPR))
        hidden = bool(on_off(props.get(_VANISH)))
        text: list[str] = []
        for c in r:
            tag = c.tag
            if tag == _T:
                if not hidden:
                    text.append(c.text or "")
                    if not start_page and text[-1].strip():
                        start_page.append(self.pages.current())
            elif tag == _RENDERED_BREAK:
                self.pages.rendered_break()
            elif tag == _BR:
                if c.get(_TYPE) == "page":
                    self.pages.explicit_break()
                elif not hidden:
                    text.append("\n")
            elif not hidden and tag in _RUN_CHARS:
                text.append(_RUN_CHARS[tag])
        joined = "".join(text)
        parts.append(joined)
        if joined.strip():
            flags.append(self._run_bold(props, base_bold))

    def _run_bold(self, props: dict[str, etree._Element], base_bold: bool) -> bool:
        direct = on_off(props.get(_BOLD))
        if direct is not None:
            return direct
        rstyle = val(props.get(_RSTYLE))
        if rstyle is not None and (by_style := self.styles.char_bold(rstyle)) is not None:
            return by_style
        return base_bold


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """Text boxes anchored in a paragraph (stamps like «УТВЕРЖДЕНО» often live there).

    Word stores each box twice (DrawingML in mc:Choice, VML in mc:Fallback): the fallback copy
    is skipped, as are boxes nested in another box (read with their parent box).
    """
    boxes = []
    for box in p.iter(_TXBX):
        anc = box.getparent()
        while anc is not None and anc is not p and anc.tag not in (_FALLBACK, _TXBX):
            anc = anc.getparent()
        if anc is p:
            boxes.append(box)
    return boxes


def _first_int(a: int | None, b: int | None) -> int | None:
    return a if a is not None else b


def _part(zf: zipfile.ZipFile, member: str, name: str, limits: Limits) -> etree._Element | None:
    data = read_member(zf, member, name, limits)
    if data is None:
        return None
    if member == "word/styles.xml":
        data = drop_table_styles(data)
    return parse_xml(data.replace(STRICT_NS, W_NS.encode()), name, member)


# Styles of the last few styles.xml parts read, by the part as the archive stores it: documents
# from one generator or template share the part, which costs more to inflate and parse (~0.9 ms
# for a template's 350 KB) than the body of a short document. Equal packed bytes (and method,
# flags) inflate to equal parts; a Styles fills its caches from its own tree alone, so one instance
# serves every document with that part.
_STYLES_KEPT = 4
_styles_seen: dict[tuple[int, ...], tuple[bytes, Styles]] = {}


def _styles(zf: zipfile.ZipFile, data: bytes, name: str, limits: Limits) -> Styles:
    member = "word/styles.xml"
    try:
        info = zf.getinfo(member)
    except KeyError:
        return Styles(None)
    packed = packed_member(data, info)
    key = (info.CRC, info.file_size, info.compress_type, info.flag_bits)
    if packed is not None and (seen := _styles_seen.get(key)) is not None and seen[0] == packed:
        return seen[1]
    styles = Styles(_part(zf, member, name, limits))
    if packed is not None:
        if len(_styles_seen) >= _STYLES_KEPT:
            del _styles_seen[next(iter(_styles_seen))]
        _styles_seen[key] = (packed, styles)
    return styles


def read_docx(data: bytes, name: str, limits: Limits) -> ReadResult:
    """Read a DOCX file's body into blocks, or raise DocumentLoadError for unreadable input."""
    if data[:4] != b"PK\x03\x04":
        raise DocumentLoadError(name, explain_not_zip(data))
    with open_zip(data, name, limits) as zf:
        document = _part(zf, "word/document.xml", name, limits)
        if document is None:
            raise DocumentLoadError(name, "not a Word document: word/document.xml is missing")
        styles = _styles(zf, data, name, limits)
        numbering = Numbering(_part(zf, "word/numbering.xml", name, limits), styles)
    body = first_child(document, W + "body")
    if body is None:
        raise DocumentLoadError(name, "word/document.xml has no document body")
    reader = DocxReader(styles, numbering, body)
    blocks = reader.read_body(body)
    return ReadResult(blocks=tuple(blocks), pages=reader.pages.current())
