"""Where an institution's name ends inside running text."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_CLOSING_QUOTES = ("»", '"', "”")


def before_predicate(ctx: Ctx, words: list[str]) -> list[str]:
    """"… «Лесная школа» создано в соответствии с …" → "… «Лесная школа»": a verb after the
    name's closing quote (vocabulary `predicate_pos`) starts a sentence about the institution."""
    closed = False
    for k, w in enumerate(words):
        if (closed and w.isalpha() and w.islower()
                and ctx.tools.tag(w)[0] in ctx.vocab.predicate_pos):
            return words[:k]
        closed = closed or w.endswith(_CLOSING_QUOTES)
    return words
