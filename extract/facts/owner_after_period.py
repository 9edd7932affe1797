"""A plan's owner named after its years at the end of its title ("План основных мероприятий по
подготовке к празднику в 2024 году МБОУ «СОШ № 2»"): the topic before the years may hold any
prepositions ("по …", "в …"), the school printed right after the years is whose plan it is — a
school the plan is carried out in comes with its own preposition ("… на 2024 год в МБОУ …")."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, school_from


def owner_after_period(ctx: Ctx, title: str | None) -> str | None:
    """The school named right after the title's years, in the nominative; None otherwise."""
    if not title:
        return None
    for m in ctx.vocab.owner_after_period.finditer(title):
        words = title[m.end():].split()
        if words and form_word(ctx, words[0].strip("(«\"")):
            return school_from(ctx, words)
    return None
