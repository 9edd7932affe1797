"""DOCX styles.xml and numbering.xml: outline levels, bold and list numbers as Word shows them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


# ---- numbering -------------------------------------------------------------------------------

_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё й ъ ы ь
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_DASHES = {"-", "–", "—", "‒", "−"}


def _roman(n: int) -> str:
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    n = max(n, 1)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a numFmt; unknown formats fall back to decimal."""
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerRoman", "upperRoman"):
        r = _roman(n)
        return r.upper() if fmt == "upperRoman" else r
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n, "abcdefghijklmnopqrstuvwxyz")
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("russianLower", "russianUpper"):
        s = _letters(n, _RU_LETTERS)
        return s.upper() if fmt == "russianUpper" else s
    return str(n)


@dataclass(frozen=True)
class Level:
    """One level of an abstract list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart: 0 = never, k = after level k (1-based) is used
    legal: bool = False


def _or(v: int | None, default: int) -> int:
    return default if v is None else v


def _level(lvl: etree._Element) -> Level:
    return Level(
        start=_or(int_val(lvl.find(W + "start")), 1),
        fmt=val(lvl.find(W + "numFmt")) or "decimal",
        text=val(lvl.find(W + "lvlText")) or "",
        restart=int_val(lvl.find(W + "lvlRestart")),
        legal=bool(on_off(lvl.find(W + "isLgl"))),
    )


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # lvlOverride/startOverride


class Numbering:
    """List numbering state: call `next(num_id, ilvl)` for each numbered paragraph in order.

    Counters belong to the abstract list, as in Word: two w:num instances of one abstractNum
    continue one sequence unless an instance overrides its start (then it restarts there).
    """

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._seen: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        for ab in root.iter(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId") or ""
            self._abstract[aid] = {int(lv.get(W + "ilvl", "0")): _level(lv)
                                   for lv in ab.iter(W + "lvl")}
            if (link := val(ab.find(W + "numStyleLink"))) is not None:
                links[aid] = link
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId") or ""
            item = _Num(abstract=val(num.find(W + "abstractNumId")) or "")
            for ov in num.iter(W + "lvlOverride"):
                start = int_val(ov.find(W + "startOverride"))
                if start is not None:
                    item.starts[int(ov.get(W + "ilvl", "0"))] = start
            self._nums[nid] = item
        self._follow_style_links(links, styles)

    def _follow_style_links(self, links: dict[str, str], styles: Styles) -> None:
        # An abstractNum may only point at a numbering style whose numId holds the real levels;
        # lists using the style then share one abstract list (and its counters).
        real: dict[str, str] = {}
        for aid, style_id in links.items():
            target = self._nums.get(styles.style_num_id(style_id) or "")
            if target and target.abstract != aid and self._abstract.get(target.abstract):
                real[aid] = target.abstract
        for num in self._nums.values():
            num.abstract = real.get(num.abstract, num.abstract)

    def next(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return the rendered number text."""
        num = self._nums.get(num_id or "")
        if num is None or num_id == "0":
            return None
        levels = self._abstract.get(num.abstract, {})
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(num.abstract, [None] * 10)
        if num_id not in self._seen:
            self._seen.add(num_id or "")
            for k in num.starts:
                counters[k] = None
        start = num.starts.get(ilvl, level.start)
        current = counters[ilvl]
        counters[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            lv = levels.get(deeper)
            if lv is None or lv.restart is None or (lv.restart != 0 and ilvl < lv.restart):
                counters[deeper] = None
        return self._render(level, levels, counters, num)

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counters: list[int | None],
                num: _Num) -> str | None:
        if level.fmt == "bullet":
            mark = level.text.strip()
            return "-" if mark in _DASHES else ("•" if mark else None)

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, Level())
            n = counters[k] if k < len(counters) and counters[k] is not None else \
                num.starts.get(k, lv.start)
            return format_number(n or 0, "decimal" if level.legal else lv.fmt)

        if level.fmt == "none":
            text = re.sub(r"%[1-9]", "", level.text)
        else:
            text = re.sub(r"%([1-9])", sub, level.text)
        return text.strip() or None
