"""A title page's place printed alone over its year ("Заречный" / "2020"): where the document
was made, named without a marker ("г.", "с."); the hint goes first among the context texts, so
the municipality fallback (natasha on short texts) sees it when no marked place is named."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d\s*(?:г\.?|года?)?$")
# one or two words with a capital, nothing else ("Заречный", "Нижний Лесогорск")
_NAME_ALONE = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s[А-ЯЁ][а-яё-]+)?$")


def place_over_year(ctx: Ctx) -> str | None:
    """The line of one or two capitalised words right above a line holding only a year, its
    last word a name (a place's or one the dictionary does not know)."""
    for line, below in pairwise(ctx.top):
        text = squash(line.text)
        if not _NAME_ALONE.match(text) or not _YEAR_ALONE.match(squash(below.text)):
            continue
        lemmas = ctx.lemmas(text)
        if ctx.plan_noun(lemmas) or set(lemmas) & ctx.vocab.not_places \
                or not ctx.tools.is_proper(text.split()[-1]):
            continue  # "Программа / 2025", "Содержание / 2025": a heading, no place
        return text
    return None
