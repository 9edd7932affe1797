"""A site's breadcrumb naming the body whose acts it lists: "Документы / Приказы Минпросвещения ЗР
/" over the act (CONTRACT `issuer`: the last evidence, when the act's own print names no body).

A ministry's or a department's site prints its acts under a section "Приказы <body>",
"Постановления администрации …": the body in the genitive after the acts' word. Where the act
is printed without letterhead or signature, the section is the only place naming who issued
it; its body is put into the nominative (a short name, "Минпросвещения ЗР", stays as printed).
Read from the raw chunks: the other rules drop the breadcrumb as the site's chrome. The
separator and the short names are data (extract/vocab/registry_card.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.letterhead_lines import head_word
from extract.facts.lines import Chunk
from extract.vocab import load_yaml

KEY = "breadcrumb_body"  # ctx.memo: the breadcrumb's lines, read before the chrome is dropped
_REACH = 6  # a breadcrumb stands over the act's heading


@cache
def _separator() -> re.Pattern[str]:
    return re.compile(load_yaml("registry_card")["breadcrumb_separator"])


@cache
def _short_names() -> tuple[str, ...]:
    names = load_yaml("registry_card")["body_short_names"]
    return tuple(sorted((str(n) for n in names), key=len, reverse=True))


def breadcrumb_lines(chunks: Sequence[Chunk]) -> tuple[str, ...]:
    """The first lines cut into sections by a separator: a breadcrumb's."""
    return tuple(c.text for c in chunks[:_REACH]
                 if c.cells is None and len(_separator().split(c.text.strip())) >= 2)


def breadcrumb_issuer(ctx: Ctx, lines: Sequence[str]) -> str | None:
    """The body a breadcrumb's section of acts names ("Приказы Минпросвещения ЗР" → "Минпросвещения
    ЗР", "Постановления администрации Лесного района" → "Администрация Лесного района")."""
    for line in lines:
        for section in _separator().split(line.strip(" /»>|")):
            words = section.split()
            if len(words) < 2 or not _acts_word(ctx, words[0]):
                continue  # the acts' word in the plural opens the section
            body = " ".join(words[1:])
            if any(body == n or body.startswith(f"{n} ") for n in _short_names()):
                return body
            head = head_word(ctx, body)
            if head is not None and head[0] == 0:
                got = nominative_head(body, ctx)
                return got[:1].upper() + got[1:]
    return None


def _acts_word(ctx: Ctx, word: str) -> bool:
    """The acts' word in the plural ("Приказы", "Постановления"); a singular one heads an act."""
    lem = ctx.lemmas(word)
    return len(lem) == 1 and lem[0] in ctx.vocab.act_types and word.lower() != lem[0] \
        and word.lower().endswith(("ы", "я", "и"))
