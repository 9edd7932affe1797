"""A page that is only a plan's contents ("Содержание Программы развития:" over a table of
"№ | section | pages"): the heading names the plan's kind. Read late: a title, a stamp or a
letterhead says it better when the page has one. (Its rows name the owner too, "Паспорт
Программы развития МБДОУ «…»", but the title's name reader cuts a school's settlement off its
short name, "МБОУ СОШ с. …" → "МБОУ СОШ": reading the owner here was taken back in session 11
until that reader keeps the settlement.)"""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_HEADING_CHUNKS = 3  # the contents' heading opens the page
_PLAN_REACH = 4  # the plan's noun follows the heading's word (after its adjectives)


def _contents_kind(ctx: Ctx, c: Chunk) -> str | None:
    lem = ctx.lemmas(c.text)
    if not lem or lem[0] not in ctx.vocab.contents_headings:
        return None
    return next((k for i in range(1, min(len(lem), _PLAN_REACH)) if (k := ctx.plan_noun(lem[i:]))),
                None)


def contents_kind(ctx: Ctx) -> str | None:
    """The kind of plan a contents heading at the page's top names, or None."""
    return next((k for c in ctx.head[:_HEADING_CHUNKS] if (k := _contents_kind(ctx, c))), None)
