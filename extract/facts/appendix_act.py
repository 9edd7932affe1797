"""A page that starts at an appendix to an act whose heading names no plan.

"Приложение № 1 / к приказу / от «14» апреля 2022г.№78" over "Муниципальная целевая модель
наставничества …" (a model, a regulation, a procedure the act approves): the page is the act's
own text, no plan — an `order` (docs/CONTRACT.md, kind), decided only when no rule read a plan,
a report or a table of measures in it."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.stamps import stamps
from extract.facts.title_appendix import appendix_title

_REACH = 3  # "Муниципальная целевая модель …": the noun after a few adjectives



def kind_appendix_to_act(ctx: Ctx) -> str | None:
    """`order` for a page opening under an appendix stamp naming an act with its requisites,
    its heading naming a text the act sets out (a model, a regulation), not a plan's rows."""
    stamp = next((s for s in stamps(ctx) if s.kind == "appendix"), None)
    if stamp is None or stamp.parent or not stamp.act:
        return None
    req = stamp.requisites
    heading = appendix_title(ctx)
    lem = ctx.lemmas(heading)[:_REACH] if heading else ()
    return "order" if req.number and req.date and set(lem) & ctx.vocab.act_text_nouns else None
