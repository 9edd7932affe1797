"""The words a letterhead's lines are read by (extract/facts/issuer.py groups the lines into the
bodies they name): a body's head word, a line that starts a body's name, the short name in
brackets under it, a full name spelled out in brackets, a nameless body named by the
municipality's line. Split from extract/facts/issuer.py."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_QUOTE_START = ("«", '"', "“", "„")
_HEAD_REACH = 5  # the body's head word stands among the first words of its line ("Муниципальное
# бюджетное дошкольное образовательное учреждение")

def head_word(ctx: Ctx, line: str) -> tuple[int, str] | None:
    """(word index, lemma) of the first organisation word among the first words of `line`."""
    for k, w in enumerate(line.split()[:_HEAD_REACH]):
        lem = ctx.lemmas(w)
        # an official whose acts are issued in his name heads his letterhead ("ГЛАВА …")
        if len(lem) == 1 and (lem[0] in ctx.vocab.org_words
                              or (k == 0 and lem[0] in ctx.vocab.officials)):
            return k, lem[0]
        # "МДОУ Заречинский детский сад №3 «…»": a legal form's abbreviation heads the name
        # (its own letters: the lemmatizer may decline an abbreviation, "МОБУ" → "моба")
        if w.strip("«»\"“„,.") in ctx.vocab.institution_forms:
            return k, w.strip("«»\"“„,.").lower()
    return None


def starts_unit(ctx: Ctx, line: str) -> bool:
    """True when `line` names a body in the nominative ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ")."""
    if line.startswith(_QUOTE_START):
        return False
    head = head_word(ctx, line)
    if head is None:
        return False
    word = line.split()[head[0]].strip("«»\"“„,.").lower().replace("ё", "е")
    return word == head[1]


def short_in_brackets(ctx: Ctx, line: str) -> bool:
    """A line wholly in brackets that names no body by its head word ("(Минобрнауки Заречной
    области)", "(УО)"): the short name of the body above; a full name spelled out in them
    ("(Комитет образования администрации …)") is `spelled_out`'s."""
    m = _PARENTHESES.fullmatch(line.strip())
    return m is not None and head_word(ctx, m.group(1)) is None


def nominative_run(ctx: Ctx, words: list[str], seq: tuple[str, ...]) -> bool:
    """True when `words` are the lemmas `seq` and the last (the noun) is printed as its lemma."""
    if len(words) != len(seq):
        return False
    if any(ctx.lemmas(w.strip("«»\"")) != (s,) for w, s in zip(words, seq, strict=True)):
        return False
    return words[-1].strip("«»\"").lower() == seq[-1]


_PARENTHESES = re.compile(r"\(([^()]+)\)")


def _nameless(ctx: Ctx, unit: str) -> bool:
    """"АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА": a body's word and place words, no name."""
    generic = (ctx.vocab.org_words | ctx.vocab.place_markers | ctx.vocab.municipal_words
               | ctx.vocab.place_marker_adjectives)
    return all(w in generic for w in ctx.lemmas(unit))


def named_by_place(ctx: Ctx, unit: str, lines: list[str]) -> str | None:
    """A nameless body under the line naming its municipality in the nominative
    ("МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «N-СКИЙ РАЙОН»"): the body of that municipality, its name
    taken from the line ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «N-СКИЙ РАЙОН»")."""
    if not _nameless(ctx, unit):
        return None
    for line in lines:
        words = line.split()
        for seq in ctx.vocab.place_appositions:
            if not nominative_run(ctx, words[: len(seq)], seq) or len(words) == len(seq):
                continue
            gen = ctx.vocab.place_apposition_genitive[" ".join(seq)]
            gen = gen.upper() if words[0].isupper() else gen
            name = " ".join(words[len(seq) :])
            return squash(f"{unit.split()[0]} {gen} {name}")
    return None


def spelled_out(ctx: Ctx, unit: str) -> str | None:
    """"КОМИТЕТ ОБРАЗОВАНИЯ (Комитет образования администрации Заречного района)": the body's
    own full name in parentheses under its short one, opening with the same head word."""
    m = _PARENTHESES.search(unit)
    if not m:
        return None
    short, inner = head_word(ctx, unit[: m.start()]), head_word(ctx, m.group(1))
    return squash(m.group(1)) if short and inner and inner == (0, short[1]) else None
