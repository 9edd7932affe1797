"""The institution a heading names as its plan's owner when no title was read from it:
"Паспорт программы развития МУ ДО «ЦДТ «Радуга» на 2025 …", "Программа развития МБДОУ
Сосновский детский сад «…» на …" opening the page. The heading opens with a plan's noun (after
a "Паспорт" or the plan's adjectives); the institution after the plan's words, with no
preposition before it ("… в МБОУ …" names where a plan is carried out, not who issued it),
read as a title's owner (`institution.issuer_from_title`)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import issuer_from_title

_HEADINGS = 2  # the first prose blocks: a heading, or a cover's line over it
_OPENING = 3  # words before the plan's noun ("Паспорт", "Целевая программа")
_CHARS = 300


def owner_in_heading(ctx: Ctx) -> str | None:
    """The institution the first heading names as its plan's owner (see the module), or
    None."""
    for c in ctx.prose[:_HEADINGS]:
        text = " ".join(c.text.split())[:_CHARS]
        lemmas = ctx.lemmas(" ".join(text.split()[:_OPENING + 3]))
        if not any(ctx.plan_noun(lemmas[k:]) for k in range(min(_OPENING, len(lemmas)))):
            continue
        name = issuer_from_title(ctx, text)
        if name:
            return name
    return None
