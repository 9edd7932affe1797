"""The body whose own plan a head's order approves: "…, приказываю: / 1. Утвердить прилагаемый
План мероприятий («дорожную карту») Министерства образования Степной области по …". A
minister's or a department head's order printed without its letterhead (a legal site's page
opening at the preamble) names its body only as the owner of the plan it approves: that body,
named right after the plan's noun phrase in the genitive (extract/facts/title_body.py reads it
as in a plan's title), is the issuer. Only for an order ("приказываю"): an administration's
постановление approving a department's plan is the administration's act."""

from __future__ import annotations

from extract.facts.ctx import Ctx, drop_number
from extract.facts.kinds import approving_clause
from extract.facts.operative_verb import operative_act
from extract.facts.title_body import owner_body_in_title

_HEAD_ORDER = "приказ"
_SKIP = 3  # "Утвердить прилагаемый", "Утвердить новую редакцию": words before the plan's noun


def body_of_approved_plan(ctx: Ctx) -> str | None:
    """The body owning the plan the order's approving item names, in the nominative."""
    if operative_act(ctx) != _HEAD_ORDER:
        return None
    hit = approving_clause(ctx)
    words = drop_number(hit[1]).split() if hit else []
    verb = ctx.lemmas(words[0]) if words else ()
    if not verb or verb[0] not in ctx.vocab.approve_words:
        return None
    for skip in range(1, _SKIP + 1):
        name = " ".join(words[skip:])
        if ctx.plan_noun(tuple(ctx.lemmas(name))):
            return owner_body_in_title(ctx, name)
    return None
