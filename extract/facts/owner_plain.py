"""An institution a title names without a legal form, in the genitive ("Программа развития
Второй Лесной Гимназии на 2016-2020 гг.", "… Сосновской гимназии № 2", "Программа воспитания
школьников Лесной СОШ" — its type abbreviated):
its own name, in the nominative, is the issuer — the programme is that school's own. Read only
when no rule found a fuller name (a grif's short name, a letterhead's full name)."""

from __future__ import annotations

import re

from extract.facts.body_nominative import agree_nominative
from extract.facts.case import cased_as
from extract.facts.ctx import Ctx

_NUMBER = re.compile(r"^№\s?\d{1,4}$")
_FEMININE_OBLIQUE = ("datv", "loct", "ablt")


def _genitive_adjective(ctx: Ctx, word: str) -> bool:
    """"Сосновской", "средней", "Санкт-Петербургской" (the last part of a compound decides)."""
    last = word.split("-")[-1].lower()
    if not last.isalpha():
        return False
    pos, case = ctx.tools.tag(last)
    # a feminine adjective's genitive is its dative, locative and instrumental too ("Заречной"
    # read first as a locative)
    return pos == "ADJF" and (case == "gent" or (case in _FEMININE_OBLIQUE
                              and last.endswith(("ой", "ей"))))


def _nominative(ctx: Ctx, printed: list[str]) -> str | None:
    """The genitive phrase in the nominative; a compound adjective by its last part."""
    lows = [w.split("-")[-1].lower() for w in printed]
    got = agree_nominative(ctx, lows)
    if got is None:
        return None
    whole = ["-".join([*w.lower().split("-")[:-1], g]) for w, g in zip(printed, got, strict=True)]
    return " ".join(cased_as(p, w) for p, w in zip(printed, whole, strict=True))


def _before_type(ctx: Ctx, printed: list[str], type_word: str) -> str:
    """"Коммунаровской СОШ" → "Коммунаровская СОШ": the adjectives before a type's
    abbreviation in the nominative, their gender the genitive's own ("-ой" a школа's, "-ого" a
    центр's or a дом's)."""
    out = []
    for w in printed:
        low = w.lower()
        got = ctx.tools.lemma(low) if low.endswith(("ого", "его")) else ctx.tools.nominative(low)
        out.append(cased_as(w, got or low))
    return " ".join([*out, type_word])


def typed_nominative(ctx: Ctx, printed: list[str], type_word: str) -> str | None:
    """"Калининской СОШ" → "Калининская СОШ": a name of genitive adjectives before a type's
    abbreviation in the nominative; None when a word is no such adjective."""
    if not printed or not all(_genitive_adjective(ctx, w) for w in printed):
        return None
    return _before_type(ctx, printed, type_word)


def _leads(ctx: Ctx, word: str) -> bool:
    """"развития" or the plan's noun before the name: the plan is the school's own."""
    lem = ctx.lemmas(word)
    return bool(set(lem) & ctx.vocab.owner_lead_words) or ctx.plan_noun(lem) is not None


def plain_owner(ctx: Ctx, title: str | None) -> str | None:
    """The institution named in the genitive by its adjectives and its type word, with its
    number after it ("Гимназии № 2"); its first word in capitals (a proper name, not "развития
    школы", the common noun alone)."""
    words = (title or "").split()
    for k, word in enumerate(words):
        typed = word in ctx.vocab.institution_types  # "Коммунаровской СОШ"
        if k < 2 or (not typed and (not set(ctx.lemmas(word)) & ctx.vocab.institution_words
                                   or ctx.tools.tag(word.lower()) != ("NOUN", "gent"))):
            continue
        j = k
        while j > 1 and _genitive_adjective(ctx, words[j - 1]):
            j -= 1
        if j == k or not words[j][:1].isupper() or not _leads(ctx, words[j - 1]):
            continue
        name = _before_type(ctx, words[j:k], word) if typed else _nominative(ctx, words[j : k + 1])
        if name is None:
            continue
        number = " ".join(words[k + 1 : k + 3])
        if _NUMBER.match(number):
            return f"{name} {number}"
        if k + 1 < len(words) and _NUMBER.match(words[k + 1]):
            return f"{name} {words[k + 1]}"
        return name
    return None
