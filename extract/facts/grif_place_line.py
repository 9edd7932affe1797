"""A grif's settlement line under its institution's name, over the approving act's line:

    Утверждаю:
    Заведующий МБДОУ д/с «Лесок»
    х.Заречный
    Приказ от 02.09.2026 г. № 41
    ________ О.П. Кравцова

The hamlet printed right after the name is where the institution is — a part of its name, as
an issuer's place is (extract/facts/place_tail.py) — and so of the position; the act's line
after it shows the block has not reached its signature yet. (A town line printed right over the
signature is where the grif was signed: extract/facts/people.py leaves it out.)"""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.school_place import settlement_words


def place_over_act(ctx: Ctx, line: str, following: str | None) -> bool:
    """`line` is a settlement's mark and name alone and `following` opens with an act's word
    ("Приказ от …", "Приказом № …")."""
    words = line.split()
    if not words or following is None:
        return False
    got = settlement_words(ctx, words)
    if not got or len(" ".join(got)) < len(" ".join(words).rstrip(",.")):
        return False
    first = following.split()[:1]
    return bool(first) and bool(set(ctx.lemmas(first[0].strip(":,"))) & ctx.vocab.act_types)


def act_line(ctx: Ctx, line: str) -> bool:
    """"Приказ от …", "Приказ № 41 от …": the approving act's requisites line, no part of a
    position."""
    words = line.split()
    return len(words) > 1 and bool(set(ctx.lemmas(words[0].strip(":,"))) & ctx.vocab.act_types) \
        and words[1].lower() in ("от", "№", "n")
