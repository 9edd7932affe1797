"""DOCX numbering.xml: list numbers rendered as Word shows them ("1.", "2.3.", "а)", "•")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ingest.docx.styles import Styles, W, int_val, on_off, val

_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё й ъ ы ь
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_DASHES = {"-", "–", "—", "‒", "−"}
_LEVELS = 9  # list levels 0..8 (ECMA-376 ST_DecimalNumber ilvl)
# Beyond these a counter is written in digits: a damaged start value of 999999999 would
# otherwise render as a million "m"s or 38 million letters.
_MAX_ROMAN, _MAX_LETTERS = 3999, 26 * 20


def _ilvl(text: str) -> int | None:
    """A list level attribute as 0..8, None when it is none of them."""
    try:
        level = int(text)
    except ValueError:
        return None
    return level if 0 <= level < _LEVELS else None


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
    if (n > _MAX_ROMAN and "Roman" in fmt) or (n > _MAX_LETTERS and (
            "Letter" in fmt or fmt.startswith("russian"))):
        return str(n)
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
        # Levels are parsed on first use: templates define dozens of lists a document never uses.
        self._abstract_el: dict[str, etree._Element] = {}
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._seen: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        for ab in root.iter(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId") or ""
            self._abstract_el[aid] = ab
            if (link := val(ab.find(W + "numStyleLink"))) is not None:
                links[aid] = link
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId") or ""
            item = _Num(abstract=val(num.find(W + "abstractNumId")) or "")
            for ov in num.iter(W + "lvlOverride"):
                start = int_val(ov.find(W + "startOverride"))
                level = _ilvl(ov.get(W + "ilvl", "0"))
                if start is not None and level is not None:
                    item.starts[level] = start
            self._nums[nid] = item
        self._follow_style_links(links, styles)

    def _follow_style_links(self, links: dict[str, str], styles: Styles) -> None:
        # An abstractNum may only point at a numbering style whose numId holds the real levels;
        # lists using the style then share one abstract list (and its counters).
        real: dict[str, str] = {}
        for aid, style_id in links.items():
            target = self._nums.get(styles.style_num_id(style_id) or "")
            if target and target.abstract != aid and self._levels(target.abstract):
                real[aid] = target.abstract
        for num in self._nums.values():
            num.abstract = real.get(num.abstract, num.abstract)

    def _levels(self, aid: str) -> dict[int, Level]:
        """The levels of abstract list `aid` (empty when it is not defined)."""
        levels = self._abstract.get(aid)
        if levels is None:
            ab = self._abstract_el.get(aid)
            levels = {} if ab is None else {
                k: _level(lv) for lv in ab.iter(W + "lvl")
                if (k := _ilvl(lv.get(W + "ilvl", "0"))) is not None}
            self._abstract[aid] = levels
        return levels

    def next(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return the rendered number text."""
        num = self._nums.get(num_id or "")
        if num is None or num_id == "0":
            return None
        levels = self._levels(num.abstract)
        level = levels.get(ilvl)
        if level is None:  # levels are 0..8 (_ilvl): a paragraph asking for another has none
            return None
        counters = self._counters.setdefault(num.abstract, [None] * _LEVELS)
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
