"""Indicators an amending act adds to a passport: an item naming the passport's indicator
position ('в позиции "Целевые индикаторы и показатели …":') and, under it, the clause adding
paragraphs ("дополнить абзацами следующего содержания:"), then the new paragraphs in quotes
('"доля учащихся, …;' … 'число …".'). Each paragraph is an indicator with no values (CONTRACT
`indicators`: the items listed under a passport's "Целевые показатели"), its list punctuation
and the quotes dropped. Only text paragraphs are read: a table's rows are the table
extractors'."""

from __future__ import annotations

import re
from functools import cache

from extract.found import Found
from extract.models import DraftIndicator
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Paragraph, Provenance, SourceDocument

_REACH = 3  # paragraphs from the position's item to the adding clause
_QUOTES = "\"«“„"
_ITEM = re.compile(r"^\s*(?:\d{1,2}|[а-я])\)\s")  # the next amending sub-item: "2)", "б)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("indicators")
    return re.compile(data["amended_position"]), re.compile(data["amended_addition"])


def text_lines(doc: SourceDocument) -> list[tuple[str, Provenance]]:
    """The text paragraphs line by line (a text reader keeps an item's lines in one block),
    each with its place (a text's line number counted on)."""
    out: list[tuple[str, Provenance]] = []
    for b in doc.blocks:
        if not isinstance(b, Paragraph):
            continue
        for k, line in enumerate(x for x in b.text.split("\n") if x.strip()):
            at = b.source.line + k if b.source.line is not None else None
            out.append((line, b.source.model_copy(update={"line": at})))
    return out


def _added_from(lines: list[tuple[str, Provenance]]) -> int | None:
    """Index of the first added line, after a position's item and its adding clause."""
    position, addition = _patterns()
    for i, (text, _src) in enumerate(lines):
        if not position.search(text):
            continue
        for k in range(i, min(i + _REACH, len(lines))):
            if addition.search(lines[k][0]):
                nxt = k + 1
                return nxt if nxt < len(lines) and lines[nxt][0].lstrip()[:1] in _QUOTES \
                    else None
    return None


def _name(text: str) -> str:
    return text.strip().lstrip(_QUOTES).rstrip(" ;.,").rstrip("\"»”").rstrip(" ;.,").strip()


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """The indicators an amending act's item adds to its passport's indicator position."""
    if found.indicators:
        return Found()
    lines = text_lines(doc)
    start = _added_from(lines)
    if start is None:
        return Found()
    out: list[DraftIndicator] = []
    for text, src in lines[start:]:
        if out and (_ITEM.match(text) or text.lstrip()[:1] in _QUOTES):
            break  # the next sub-item, or another quoted block
        name = _name(text)
        if name:
            out.append(DraftIndicator(name=name, source=src))
        if text.rstrip(" .;").endswith(("\"", "»", "”")):
            break  # the quoted block closes
    return Found(indicators=tuple(out))
