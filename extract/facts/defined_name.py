"""The institution a report's opening sentence names and defines for the rest of the text:
"Аналитический отчёт МБОУ «Лесная СОШ» (далее – Школа) по результатам самообследования …".
With no act, grif or letterhead naming the body, the report is the institution's own, and
that name (as printed, short or full) is its issuer."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, institution_at

_CHUNKS = 12  # the explanatory note's first paragraphs
_NAME_WORDS = 12  # how far back from "(далее" the name may start
_DEFINED = re.compile(r"\(\s*далее\s*[-–—]?\s*[^)]*\)", re.IGNORECASE)


def defined_institution(ctx: Ctx) -> str | None:
    """The institution whose name ends right before the first "(далее – …)" of the note's
    opening paragraphs; None when no institution's name stands there."""
    for c in ctx.prose[:_CHUNKS]:
        m = _DEFINED.search(c.text)
        if m is None:
            continue
        words = c.text[: m.start()].split()
        for k in range(max(0, len(words) - _NAME_WORDS), len(words)):
            if not form_word(ctx, words[k]):
                continue
            name = institution_at(ctx, words[k:])
            if name and name == " ".join(words[k:]).rstrip(" ,.;:"):
                return name
        return None  # the first definition names something else: no guess further down
    return None
