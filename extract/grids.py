"""Deadline grids: a column per quarter or month ("I квартал 2013 г." … "IV квартал") marked
with "х", "+" or "v" in the rows that happen then. The marks become one deadline text the
deadline normalizer reads: every quarter (month) of a year marked → "ежеквартально
(I-IV квартал 2013 г.)", recurring; some → "I-II квартал 2013 г.", once."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.layout import years_in
from extract.tools import ExtractTools

_QUARTER = re.compile(r"^\s*([IV]{1,3}|[1-4])\s*(?:-?(?:й|ый|ого))?\s*(?:кв\.?|квартал\w*)", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь")
_UNMARKED = frozenset({"", "-", "–", "—", "0", "нет", "no"})

Period = tuple[str, int, int | None]  # ("quarter" | "month", 1-based index, year or None)


def period_of(caption: str, header: str, tools: ExtractTools) -> Period | None:
    """The quarter or month a grid column stands for, from its own caption (the year may be in
    the caption or in the group cell above it)."""
    ys = years_in(header)
    year = ys[0] if len(set(ys)) == 1 else None
    m = _QUARTER.match(caption)
    if m:
        q = m.group(1).upper()
        return "quarter", _ROMAN.get(q) or int(q), year
    words = tools.lemmas(caption)
    if words and words[0] in MONTHS and len([w for w in words if w.isalpha()]) <= 2:
        return "month", MONTHS.index(words[0]) + 1, year
    return None


def is_quarter(text: str) -> bool:
    """"I квартал 2013 г.", "2 кв.": a quarter column's caption (its roman numeral is no item
    number)."""
    return bool(_QUARTER.match(text))


def marked(text: str) -> bool:
    """A grid cell that marks its period ("х", "+", "v", a date, a word)."""
    return text.strip().lower() not in _UNMARKED


def _span(indices: list[int], name: Callable[[int], str]) -> str:
    if len(indices) > 1 and indices == list(range(indices[0], indices[-1] + 1)):
        return f"{name(indices[0])}-{name(indices[-1])}"
    return ", ".join(name(i) for i in indices)


def deadline_text(periods: list[Period]) -> str | None:
    """One deadline text for the marked periods of a row (None when nothing is marked)."""
    if not periods:
        return None
    kind = periods[0][0]
    years = {p[2] for p in periods}
    year = years.pop() if len(years) == 1 else None
    idx = sorted({p[1] for p in periods if p[0] == kind})
    suffix = f" {year} г." if year else ""
    if kind == "quarter":
        text = f"{_span(idx, lambda i: _ROMAN_OF[i])} квартал{suffix}"
        return f"ежеквартально ({text})" if len(idx) == 4 else text
    text = f"{_span(idx, lambda i: MONTHS[i - 1])}{suffix}"
    return f"ежемесячно ({text})" if len(idx) == 12 else text
