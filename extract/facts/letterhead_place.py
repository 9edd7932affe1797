"""A body named without its place, completed by the letterhead naming it with its place.

An operative sentence names its body short ("… Земское Собрание решает:"), the letterhead above
the act's word in full ("ЗЕМСКОЕ СОБРАНИЕ <N-СКОГО> МУНИЦИПАЛЬНОГО РАЙОНА"). The letterhead's
name is the issuer: a body name with no place never beats the same body named with its place.
"""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.issuer import letterhead_lines_above_header
from extract.facts.lines import squash
from extract.facts.order import issuer_from_heading


def _place_words(ctx: Ctx) -> frozenset[str]:
    v = ctx.vocab
    return v.place_markers | v.municipal_words | v.region_nouns


def letterhead_with_place(ctx: Ctx, name: str) -> str | None:
    """The letterhead's lines (above the act's word) that open with `name`'s words and go on
    to name a place; None when `name` names a place itself or no such letterhead is printed."""
    short = ctx.lemmas(name)
    places = _place_words(ctx)
    if not short or set(short) & places:
        return None
    lines = letterhead_lines_above_header(ctx)
    for k in range(len(lines)):
        full = squash(" ".join(lines[k:]))
        lem = ctx.lemmas(full)
        if len(lem) > len(short) and lem[: len(short)] == short \
                and set(lem[len(short):]) & places:
            return full
    return None


def heading_with_place(ctx: Ctx, name: str) -> str | None:
    """"МОСКОВСКАЯ ОБЛАСТЬ / ГОРОДСКОЙ ОКРУГ N / СОВЕТ ДЕПУТАТОВ": a letterhead printing its
    place above the body, in the nominative, names the body without it; a site's heading over
    the act names it in full ("Решение Совета депутатов городского округа N от …"). The
    heading's name, when it opens with `name`'s words and goes on to name a place."""
    short = ctx.lemmas(name)
    places = _place_words(ctx)
    if not short or set(short) & places:
        return None
    full = issuer_from_heading(ctx)
    lem = ctx.lemmas(full) if full else ()
    if full and len(lem) > len(short) and lem[: len(short)] == short \
            and set(lem[len(short):]) & places:
        return full
    return None
