"""A site's card fields printed one per line after the act it shows: "Распоряжение" / "214" /
"25 августа 2015 года" / "02 сентября 2015 года" (CONTRACT `order`).

A legal page whose act is printed without its requisites (a subject and a body run together)
gives them in the card under it: the act's word alone on a line, then its bare number, then its
date (a publication date may follow: the first date is the act's). Read only when the act's own
print gives no requisites; the act's words are data (facts.yaml `act_types`)."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_NUMBER = re.compile(r"^(?:№\s*|N\s*)?([\w./-]{0,12}\d[\w./-]{0,12})$")
_DATE = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}\s+[а-яё]+\s+(?:19|20)\d\d)"
                   r"(?:\s*(?:г\.?|года))?$", re.IGNORECASE)


def _field(c: Chunk) -> str:
    return c.text.strip() if c.cells is None and not c.list_number else ""


def card_requisites(ctx: Ctx) -> rq.Requisites | None:
    """The act's type, number and date its card prints field by field after the text."""
    chunks = ctx.chunks
    for i in range(len(chunks) - 2):
        word = _field(chunks[i])
        lem = ctx.lemmas(word) if len(word.split()) == 1 else ()
        if len(lem) != 1 or lem[0] not in ctx.vocab.act_types:
            continue
        number = _NUMBER.match(_field(chunks[i + 1]))
        date = _DATE.match(_field(chunks[i + 2]))
        if number and date and not _DATE.match(number.group(0)):
            return rq.Requisites(act_type=lem[0], number=number.group(1),
                                 date=date.group(0))
    return None


def completing(ctx: Ctx, req: rq.Requisites | None) -> rq.Requisites | None:
    """The card's requisites when the act's own print gives none, or gives the card's number
    without its date; `req` otherwise."""
    if req and req.number and req.date:
        return req
    card = card_requisites(ctx)
    if card and (not req or not req.number or req.number == card.number):
        return card
    return req
