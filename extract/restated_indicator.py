"""An indicator an amending act restates whole as text: "2. Подпункт 5 изложить в следующей
редакции:" / '"Увеличение доли детей, …:' / "(процентов)" / the year captions / the values. A
site's export flattened the plan's indicator row into paragraphs, its cells often glued
("2016201720182019" / "77,5888,5": extract/glued_numbers.py reads them back). The item's number
is the indicator's, its quoted name (the quote and the closing colon dropped) its name, the
bracketed line its unit, one plan value a year (CONTRACT `indicators`). Only text paragraphs
are read, and only when no earlier extractor found indicators."""

from __future__ import annotations

import re
from functools import cache

from extract.amended_indicators import text_lines
from extract.cells import unit_line
from extract.found import Found
from extract.glued_numbers import values_line, years_line
from extract.models import DraftIndicator, DraftValue
from extract.tools import ExtractTools
from extract.vocab import get_vocab, load_yaml
from ingest.models import Provenance, SourceDocument

_QUOTES = "\"«“„"
_REACH = 4  # lines from the quoted name to the years: the unit, a blank row's remains


@cache
def _item() -> re.Pattern[str]:
    return re.compile(load_yaml("indicators")["restated_item"])


def _name(text: str) -> str | None:
    """The quoted name of the indicator, its quote and closing colon dropped."""
    if text.lstrip()[:1] not in _QUOTES:
        return None
    return text.strip().lstrip(_QUOTES).rstrip(" :;").strip() or None


def _indicator(lines: list[tuple[str, Provenance]], number: str,
               tools: ExtractTools) -> DraftIndicator | None:
    """The indicator the lines under a restating item give (its name first), or None."""
    name = _name(lines[0][0]) if lines else None
    if name is None:
        return None
    unit: str | None = None
    for k, (text, _src) in enumerate(lines[1 : 1 + _REACH], 1):
        unit = unit or unit_line(text, get_vocab(tools), tools)
        years = years_line(text)
        if years is None:
            continue
        values = values_line(lines[k + 1][0], len(years)) if k + 1 < len(lines) else None
        if values is None:
            return None
        return DraftIndicator(number=number, name=name, unit=unit, source=lines[0][1], values=tuple(
            DraftValue(year=y, kind="plan", text=v, value=float(v.replace(",", ".")))
            for y, v in zip(years, values, strict=True)))
    return None


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """The indicators an amending act's items restate with their yearly values."""
    if found.indicators:
        return Found()
    lines = text_lines(doc)
    out: list[DraftIndicator] = []
    for i, (text, _src) in enumerate(lines):
        m = _item().match(text)
        got = _indicator(lines[i + 1 : i + 3 + _REACH], m.group("number"), tools) if m else None
        if got is not None:
            out.append(got)
    return Found(indicators=tuple(out),
                 trace=tuple(f"restated_indicator: item {x.number} restates {x.name[:40]!r}"
                             for x in out))
