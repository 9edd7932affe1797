"""Where an institution's name ends inside running text."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_CLOSING_QUOTES = ("»", '"', "”")
_PROPER = re.compile(r"(?:^|\.)[А-ЯЁ][а-яё]+$")  # "Заречный", "г.Лесной": a place's name


def before_predicate(ctx: Ctx, words: list[str]) -> list[str]:
    """"… «Лесная школа» создано в соответствии с …" → "… «Лесная школа»": a verb after the
    name's closing quote (vocabulary `predicate_pos`) starts a sentence about the institution.
    A name without quotes ("… школа № 20 городского округа Лесной создано …") ends the same
    way once a number or a capitalised place after its type word closed it."""
    closed = False
    for k, w in enumerate(words):
        if (closed and w.isalpha() and w.islower()
                and ctx.tools.tag(w)[0] in ctx.vocab.predicate_pos):
            return words[:k]
        closed = closed or w.endswith(_CLOSING_QUOTES) \
            or (k > 1 and (any(ch.isdigit() for ch in w) or bool(_PROPER.search(w))))
    return words
