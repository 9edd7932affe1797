"""A body's bare word under the line naming its municipality in the nominative.

"ИРКУТСКАЯ ОБЛАСТЬ" / "НИЖНЕИЛИМСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН" / "АДМИНИСТРАЦИЯ" / "ПОСТАНОВЛЕНИЕ":
the letterhead prints the formation first and the body's word alone under it; the issuer is
the body of that formation ("АДМИНИСТРАЦИЯ НИЖНЕИЛИМСКОГО МУНИЦИПАЛЬНОГО РАЙОНА"). A region's
line over "ПРАВИТЕЛЬСТВО" names no formation of the list and stays unread here."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_HUSHING = "кгхжшчщц"
_NAME_WORDS = 2  # "НИЖНЕИЛИМСКИЙ", "УСТЬ-КУТСКИЙ", "ЗАРЕЧНЫЙ СЕВЕРНЫЙ"


def _adjective_genitive(word: str) -> str | None:
    """"НИЖНЕИЛИМСКИЙ" → "НИЖНЕИЛИМСКОГО" (a place adjective in the masculine nominative)."""
    low = word.lower()
    if low.endswith(("ый", "ой")):
        gen = low[:-2] + "ого"
    elif low.endswith("ий"):
        gen = low[:-2] + ("ого" if low[-3:-2] in _HUSHING else "его")
    else:
        return None
    return gen.upper() if word.isupper() else gen[:1].upper() + gen[1:]


def _in_genitive(formations: dict[str, str], line: str) -> str | None:
    """"НИЖНЕИЛИМСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН" → "НИЖНЕИЛИМСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", or None
    when the line is no place adjective before a formation's words in the nominative."""
    words = line.split()
    for marker, gen in formations.items():
        n = len(marker.split())
        if len(words) <= n or " ".join(w.lower() for w in words[-n:]) != marker:
            continue
        names = [_adjective_genitive(w) for w in words[:-n]]
        if len(names) > _NAME_WORDS or not all(names):
            return None
        tail = gen.upper() if line.isupper() else gen
        return " ".join([*(x for x in names if x), tail])
    return None


def body_under_formation(ctx: Ctx, body: str, lines: list[str]) -> str | None:
    """The body's bare word (the last letterhead line) under its formation's line."""
    if len(body.split()) != 1 or len(lines) < 2 or lines[-1].strip() != body.strip():
        return None
    lem = ctx.lemmas(body)
    if not lem or lem[0] not in ctx.vocab.formation_bodies:
        return None
    place = _in_genitive(ctx.vocab.formation_genitive, lines[-2])
    return f"{body.strip()} {place}" if place else None
