"""The place printed right after an institution's name, read as part of the name: "… школа
№ 6 г. Заречного", "МБОУ «Гимназия № 2» с. Луговое", "… детский сад № 4 города Кедрового",
"… «Средняя школа № 1» Лесного муниципального района", "… школа № 3 городского округа Лесной".

Schools of one number or one name stand in many towns: the place after the name is what the
institution goes by (docs/CONTRACT.md `issuer`). The tail is one settlement (its mark and name,
extract/facts/school_place.py) or one municipality in the genitive (facts.yaml
`place_tail_municipality`), and nothing after it: a region ("… района Заречной области"), an
address after a comma, a sentence after a full stop, "на 2024 год" stay out; a settlement the
letterhead's address line opens ("г. Лесной, Заречная область", "с. Луговое, 624930, …") is
where the institution stands."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.school_place import settlement_words


def place_tail(ctx: Ctx, after: str) -> str:
    """The place `after` (the text right after a name's end) opens with, as printed ("г.
    Заречного", "Лесного района"); "" when it opens with anything else (punctuation too)."""
    if not after[:1].isspace():
        return ""
    m = ctx.vocab.place_tail_municipality.match(after)
    if m:
        return _with_city(ctx, m.group("tail"), after[m.end():])
    words = settlement_words(ctx, after.split(maxsplit=5))
    if not words:
        return ""
    end = after.find(words[-1]) + len(words[-1])
    return "" if ctx.vocab.place_tail_address.match(after, end) else " ".join(words)


_CITY_MARKS = ("г.", "города")


def _with_city(ctx: Ctx, tail: str, rest: str) -> str:
    """"… «Детский сад № 394» Советского района г. Энска": a city's administrative district,
    then the city it is in — both are the name's place (an address after the city stays out)."""
    if not tail.endswith(" района") or not rest[:1].isspace():
        return tail
    words = settlement_words(ctx, rest.split(maxsplit=5))
    if not words or not words[0].casefold().startswith(_CITY_MARKS):
        return tail
    end = rest.find(words[-1]) + len(words[-1])
    return tail if ctx.vocab.place_tail_address.match(rest, end) else f"{tail} {' '.join(words)}"


def with_place_tail(ctx: Ctx, name: str, after: str) -> str:
    """`name` with the place `after` opens with, when one does."""
    tail = place_tail(ctx, after)
    return f"{name} {tail}" if tail else name


def one_place_words(ctx: Ctx, words: list[str]) -> list[str]:
    """"… школа № 3 посёлка Ягодный Кедровского района" → "… посёлка Ягодный": the words of a
    name read up to its years keep the one place printed right after the name (`place_tail`),
    not a second place naming where the first one lies; as they are when the words after the
    first place are anything else."""
    for k in range(len(words)):
        first = place_tail(ctx, " " + " ".join(words[k:]))
        if not first:
            continue
        end = k + len(first.split())
        rest = " ".join(words[end:])
        return words[:end] if rest and place_tail(ctx, " " + rest) == rest else words
    return words
