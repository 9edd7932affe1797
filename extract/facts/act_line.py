"""An order's act word printed inside its requisites line, under a letterhead: "от «02»
февраля 2016г.   ПРИКАЗ № 8" (the date first, the act word in capitals and its number after
it on one line), where `order.order_header` looks for the act word opening a line of its own."""

from __future__ import annotations

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.stamps import stamp_kind

_REACH = 16  # the letterhead and its act line stand among the first blocks


def act_in_line(ctx: Ctx) -> int | None:
    """Index in `ctx.head` of the first line carrying an act word in capitals and in the
    nominative with its number ("… ПРИКАЗ № 8"), not a stamp ("Приложение к ПРИКАЗУ …"); None
    when there is none or it opens the page (no letterhead above it)."""
    for i, c in enumerate(ctx.head[:_REACH]):
        text = c.lines[0] if c.lines else c.text
        if stamp_kind(ctx, text.strip()) or not rq.read(ctx, text).number:
            continue
        for word in text.split():
            if len(word) > 3 and word.isupper() and word.isalpha() and rq.act_type(ctx, word) \
                    and ctx.lemmas(word) == (word.lower(),):
                return i or None
    return None
