"""A report form's heading that breaks off at a preposition before the filled-in blank:

    АНАЛИТИЧЕСКАЯ СПРАВКА
    о проделанной работе в
    ___МДОУ «Детский сад №5»___
    (наименование образовательной организации)
    в рамках месячника «Внимание, дети!»

The heading goes on over the blank's value (its underscores dropped, the caption under it left
out) and the line after it that continues the sentence in lower case. Without a filled blank
right after the preposition the heading stays as it was read. Session facts75, dev75.
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_LINES = 4  # the blank, its caption, the heading's last line
_WORDS = 40  # the heading's last line: a campaign's names, not the form's body
# prepositions a heading breaks off at before the institution's blank (a closed class)
_OPEN_END = re.compile(r"\s(?:в|во|о|об|для|у|от|по)$", re.IGNORECASE)
_FILLED = re.compile(r"^\s*_{2,}(?P<value>[^_]+?)_{2,}\s*[.,]?\s*$")
_CAPTION = re.compile(r"^\s*\([^)]*\)\s*$")


def with_blank_value(ctx: Ctx, title: str) -> str:
    """`title` gone on over the filled blank after its closing preposition and the lower-case
    line after it; `title` unchanged otherwise."""
    if not _OPEN_END.search(title):
        return title
    texts = [squash(c.text) for c in ctx.head if c.cells is None]
    last = title.split()[-2:]
    at = next((k for k, t in enumerate(texts) if t.split()[-2:] == last and title.endswith(t)),
              None)
    if at is None or at + 1 >= len(texts):
        return title
    filled = _FILLED.match(texts[at + 1])
    if filled is None:
        return title
    parts = [title, filled.group("value").strip()]
    for text in texts[at + 2 : at + 2 + _LINES]:
        if _CAPTION.match(text):
            continue
        if text[:1].islower() and len(text.split()) <= _WORDS and not text.endswith(":"):
            parts.append(text.rstrip(" ."))
        break
    return " ".join(parts)
