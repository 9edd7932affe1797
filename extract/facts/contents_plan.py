"""A page that is only a plan's contents ("Содержание Программы развития:" over a table of
"№ | section | pages"): the heading names the plan's kind, and the rows name its owner after
the plan's words ("Паспорт Программы развития МБДОУ «Лесной детский сад»"). Read late: a
title, a stamp or a letterhead says both better when the page has one."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import issuer_from_title
from extract.facts.lines import Chunk

_HEADING_CHUNKS = 3  # the contents' heading opens the page
_PLAN_REACH = 4  # the plan's noun follows the heading's word (after its adjectives)
_ROWS = 12  # the owner is named in the first rows (the passport, the first sections)
# a space a typist left inside the quotes ("«Лесной детский сад »") is no part of the name
_INNER_SPACE = re.compile(r"(?<=«)\s+|\s+(?=»)")


def _contents_kind(ctx: Ctx, c: Chunk) -> str | None:
    lem = ctx.lemmas(c.text)
    if not lem or lem[0] not in ctx.vocab.contents_headings:
        return None
    return next((k for i in range(1, min(len(lem), _PLAN_REACH)) if (k := ctx.plan_noun(lem[i:]))),
                None)


def contents_kind(ctx: Ctx) -> str | None:
    """The kind of plan a contents heading at the page's top names, or None."""
    return next((k for c in ctx.head[:_HEADING_CHUNKS] if (k := _contents_kind(ctx, c))), None)


def contents_owner(ctx: Ctx) -> str | None:
    """The institution a contents row names as the plan's owner, right after the plan's
    words ("Паспорт Программы развития МБДОУ «…»", "Стратегия развития МБДОУ «…»"), in the
    nominative; only under a contents heading naming a plan."""
    if contents_kind(ctx) is None:
        return None
    rows = [c for c in ctx.chunks if c.cells is not None][:_ROWS]
    for row in rows:
        for cell in row.cells or ():
            lem = ctx.lemmas(cell)
            if not any(ctx.plan_noun(lem[i:]) for i in range(min(len(lem), _PLAN_REACH))):
                continue
            name = issuer_from_title(ctx, cell)
            if name:
                return _INNER_SPACE.sub("", name)
    return None
