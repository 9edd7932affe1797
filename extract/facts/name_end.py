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
    way once a number or a capitalised place after its type word closed it. A capitalised verb
outside quotes ends it wherever it stands: the next sentence a text export joined on."""
    closed = False
    depth = 0  # quotes open: «Светлячок» is a name's word, whatever it looks like
    for k, w in enumerate(words):
        if (closed and w.isalpha() and w.islower()
                and ctx.tools.tag(w)[0] in ctx.vocab.predicate_pos):
            return words[:k]
        if k > 1 and depth <= 0 and _capital_verb(ctx, w):
            return words[:k]
        # «Детский сад «Солнышко»: nested quotes printed with one closing mark close the name
        depth = 0 if w.endswith(_CLOSING_QUOTES) else depth + w.count("«") + w.count("“")
        closed = closed or w.endswith(_CLOSING_QUOTES) \
            or (k > 1 and (any(ch.isdigit() for ch in w) or bool(_PROPER.search(w))))
    return words


def _capital_verb(ctx: Ctx, word: str) -> bool:
    """"… Лесного района Были проведены …": a text export joined the name's line to the
    sentence under it; a capitalised verb (the likeliest parse: "Были", "Проведены") opens that
    sentence — no institution's or place's name is one."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower() \
        and ctx.tools.tag(word.lower())[0] in ctx.vocab.predicate_pos
