"""DOCX styles.xml: outline levels, bold and list links of paragraph and character styles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"

_OFF = {"0", "false", "off", "none"}
# Built-in style names are stored in English whatever the UI language; used only when a style
# gives no outline level (generators that copy Word's names but not its pPr).
_BUILTIN_HEADING = re.compile(r"^heading ([1-9])$")


def val(el: etree._Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of `el` (None when the element is absent)."""
    if el is None:
        return None
    return el.get(W + "val", default)


def first_child(el: etree._Element, tag: str) -> etree._Element | None:
    """The first child element of `el` with `tag`: el.find(tag) without lxml's path machinery
    (about twice as fast; readers call it for every run, paragraph and cell)."""
    return next(el.iterchildren(tag), None)


def children(el: etree._Element | None) -> dict[str, etree._Element]:
    """The children of a property element (w:pPr, w:rPr, w:tcPr) by tag, the first of each
    (empty for None): one walk where a reader asks for several properties — each lookup costs
    about what the walk does."""
    out: dict[str, etree._Element] = {}
    if el is not None:
        for child in el:
            out.setdefault(child.tag, child)
    return out


def int_val(el: etree._Element | None) -> int | None:
    """w:val as an int, None when absent or not a number."""
    v = val(el)
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def on_off(el: etree._Element | None) -> bool | None:
    """An OOXML toggle property: absent → None, <w:b/> → True, w:val="0" → False."""
    if el is None:
        return None
    return (val(el, "1") or "1").lower() not in _OFF


@dataclass(frozen=True)
class ParaStyle:
    """What a paragraph style (with its basedOn chain) says about a paragraph."""

    outline: int | None = None  # 0-based outline level 0..8; body text is None
    bold: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None


@dataclass
class _RawStyle:
    based_on: str | None
    name: str
    outline: int | None
    bold: bool | None
    num_id: str | None
    ilvl: int | None


def _raw_style(st: etree._Element) -> _RawStyle:
    ppr = st.find(W + "pPr")
    rpr = st.find(W + "rPr")
    num = ppr.find(W + "numPr") if ppr is not None else None
    return _RawStyle(
        based_on=val(st.find(W + "basedOn")),
        name=(val(st.find(W + "name")) or "").lower(),
        outline=int_val(ppr.find(W + "outlineLvl")) if ppr is not None else None,
        bold=on_off(rpr.find(W + "b")) if rpr is not None else None,
        num_id=val(num.find(W + "numId")) if num is not None else None,
        ilvl=int_val(num.find(W + "ilvl")) if num is not None else None,
    )


class Styles:
    """Paragraph and character styles of a document, resolved along basedOn (lazily)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._elements: dict[tuple[str, str], etree._Element] = {}
        self._raw_cache: dict[tuple[str, str], _RawStyle] = {}
        self._cache: dict[str | None, ParaStyle] = {}
        self.default_para: str | None = None
        self.default_bold: bool | None = None
        if root is None:
            return
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if rpr is not None:
            self.default_bold = on_off(rpr.find(W + "b"))
        for st in root.iterchildren(W + "style"):
            sid = st.get(W + "styleId")
            kind = st.get(W + "type") or "paragraph"
            if sid is None or kind not in ("paragraph", "character", "numbering"):
                continue
            self._elements[(kind, sid)] = st
            if kind == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                self.default_para = sid

    def para(self, style_id: str | None) -> ParaStyle:
        """The resolved paragraph style (the document default when `style_id` is None)."""
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve("paragraph", style_id or self.default_para)
        return self._cache[style_id]

    def char_bold(self, style_id: str) -> bool | None:
        """Bold as set by a character style (None when it does not say)."""
        return self._resolve("character", style_id).bold

    def style_num_id(self, style_id: str) -> str | None:
        """numId of a numbering (list) style, for abstractNums that link to one."""
        return self._resolve("numbering", style_id).num_id

    def _raw(self, kind: str, style_id: str) -> _RawStyle | None:
        key = (kind, style_id)
        if key not in self._raw_cache:
            el = self._elements.get(key)
            if el is None:
                return None
            self._raw_cache[key] = _raw_style(el)
        return self._raw_cache[key]

    def _resolve(self, kind: str, style_id: str | None) -> ParaStyle:
        chain: list[_RawStyle] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < 30:
            raw = self._raw(kind, style_id)
            if raw is None:
                break
            seen.add(style_id)
            chain.append(raw)
            style_id = raw.based_on

        def first(attr: str) -> object:
            return next((getattr(s, attr) for s in chain if getattr(s, attr) is not None), None)

        outline = first("outline")
        if outline is None and chain and (m := _BUILTIN_HEADING.match(chain[0].name)):
            outline = int(m.group(1)) - 1
        return ParaStyle(
            outline=outline if isinstance(outline, int) and 0 <= outline <= 8 else None,
            bold=first("bold"),  # type: ignore[arg-type]
            num_id=first("num_id"),  # type: ignore[arg-type]
            ilvl=first("ilvl"),  # type: ignore[arg-type]
        )


# Table styles are most of a styles.xml written from python-docx's or Word's full template
# (hundreds of KB) and say nothing we read; cutting them out before parsing halves read time.
_STYLE_OPEN = b"<w:style "
_STYLE_CLOSE = b"</w:style>"
_TABLE_TYPE = b'w:type="table"'


def drop_table_styles(data: bytes) -> bytes:
    """styles.xml without its table styles (only when it uses the usual w: prefix)."""
    if _TABLE_TYPE not in data:
        return data
    out: list[bytes] = []
    pos = 0
    while (start := data.find(_STYLE_OPEN, pos)) >= 0:
        tag_end = data.find(b">", start)
        if tag_end < 0:
            break
        if _TABLE_TYPE not in data[start:tag_end]:
            out.append(data[pos : tag_end + 1])
            pos = tag_end + 1
            continue
        out.append(data[pos:start])
        if data[tag_end - 1 : tag_end] == b"/":
            pos = tag_end + 1
            continue
        close = data.find(_STYLE_CLOSE, tag_end)
        if close < 0:
            return data  # malformed: let the parser report it
        pos = close + len(_STYLE_CLOSE)
    out.append(data[pos:])
    return b"".join(out)
