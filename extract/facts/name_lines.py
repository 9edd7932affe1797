"""Lines under or after an institution's name that are no part of it: its short name's line
under the full one, the town and region line of its address, a portal's card address after
its quoted name (extract/facts/issuer.py groups a letterhead's lines with these tests)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

# "г.Заречный, Заречная область" under the name: where it is
_ADDRESS_PLACE = re.compile(r"^\s*(?:г|с|п|пос|ст|д|рп|пгт)\.\s?[А-ЯЁ][\w-]+\s*,")


def address_line(line: str) -> bool:
    """A settlement's abbreviation and name opening a comma-separated address line."""
    return bool(_ADDRESS_PLACE.match(line))


# "г. Заречный Заречной области" on its own line: a settlement's abbreviation and its name
_PLACE_LINE = re.compile(r"^\s*(?:г|с|п|пос|ст|д|рп|пгт)\.\s?[А-ЯЁ][\w-]+(?:\s|$)")


def place_under_quoted(ctx: Ctx, name: str, line: str) -> bool:
    """`line` names a settlement under a name that ended ("… «Средняя школа № 3»" or "…
    гимназия № 2" / "г. Заречный Заречной области" or "Заречный Лесной области"): where the
    body is, not its name."""
    if not name.rstrip().endswith(("»", '"')) and not _NUMBER_END.search(name):
        return False
    return bool(_PLACE_LINE.match(line)) or _town_and_region(ctx, line)


def genitive_town(ctx: Ctx, name: str, line: str) -> str | None:
    """"г. Лесного Заречного края" under "… школа № 13": the town in the genitive is part of
    the name (docs/CONTRACT.md `issuer`), its mark and name returned ("г. Лесного"); None for
    a town in the nominative ("г. Лесной Заречного края": where the body is) or no town."""
    m = _PLACE_LINE.match(line)
    if not m or not place_under_quoted(ctx, name, line):
        return None
    words = m.group(0).split()
    town = words[-1] if len(words) > 1 else m.group(0).split(".", 1)[1].strip()
    if ctx.tools.tag(town)[1] != "gent" or ctx.tools.nominative(town) in (None, town.lower()):
        return None
    return m.group(0).strip()


# "… гимназия №2": a name closed by its number
_NUMBER_END = re.compile(r"№\s*\d+\s*$")


def _town_and_region(ctx: Ctx, line: str) -> bool:
    """"Заречный Лесной области": a proper name, then a region in the genitive, no marker."""
    words = line.split()
    if len(words) != 3 or not words[0][:1].isupper() or not ctx.tools.is_proper(words[0]):
        return False
    noun = ctx.lemmas(words[2])
    return bool(noun) and noun[-1] in ctx.vocab.region_nouns \
        and words[2].lower() != noun[-1] and words[1].lower().endswith(("ой", "ого"))


def short_name_line(ctx: Ctx, full: str, line: str) -> bool:
    """`line` opens with an institution's form abbreviation ("МБДОУ …") under `full`, an
    institution's whole legal name: the short name printed under it."""
    words = line.split()
    return bool(words) and words[0] in ctx.vocab.institution_forms \
        and ctx.vocab.legal_form.match(full.strip().lower()) is not None


def card_address_at(ctx: Ctx, words: list[str], k: int) -> bool:
    """Word `k` opens an address after the quoted name: "… «Ромашка» Россия, … область, …"."""
    return words[k - 1].endswith(("»", '"')) and words[k].endswith(",") \
        and bool(set(ctx.lemmas(words[k])) & ctx.vocab.country_words)


# "(военвед)", "(с углублённым изучением)": a lower-case bracketed word or a few
_BRACKET_TAIL = re.compile(r"\([а-яё]+(?:[ -][а-яё]+){0,2}\)")


def bracket_tail(prev: str, line: str) -> bool:
    """`line` is the bracketed lower-case part of a short name `prev` ends with after its
    capitals ("приказом МБОУ СОШ" / "(военвед)"): a grif cell's narrow column wrapped it."""
    words = prev.split()
    return bool(_BRACKET_TAIL.fullmatch(line.strip())) and len(words) >= 2 \
        and words[-1].isupper() and len(words[-1]) >= 2
