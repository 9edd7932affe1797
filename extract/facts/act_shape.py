"""An act told by its shape when no rule named its kind (CONTRACT `kind`: a bare order is
`order`).

A site's card may print an administration's act without its word and requisites, or with them
only in the card's fields under the text: a subject, then a preamble ("Во исполнение …", "В
целях …") running into numbered items that open with the infinitives an act orders by ("1.
Образовать оргкомитет … 2. Утвердить план …"), or the act's requisites read from the card.
Either is an act's print — an order — when nothing else says what the document is."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx

_ITEM = re.compile(r"(?:^|(?<=[\s:;.]))(\d{1,2})\.\s+([А-ЯЁ][а-яё]+)")
_OPENER_WORDS = 3


def _orders_by_items(ctx: Ctx, text: str) -> bool:
    """`text` opens with a preamble and runs items 1 and 2, each opening with an infinitive."""
    lem = ctx.lemmas(" ".join(text.split()[:_OPENER_WORDS]))
    if not any(tuple(lem[: len(seq)]) == tuple(seq) for seq in ctx.vocab.body_openers):
        return False
    verbs = {m.group(1): m.group(2) for m in _ITEM.finditer(text)}
    return all(n in verbs and ctx.tools.tag(verbs[n].lower())[0] == "INFN" for n in ("1", "2"))


def kind_of_act_shape(ctx: Ctx, req: rq.Requisites | None) -> str | None:
    """"order" for a page whose act's requisites its card's fields give (`req`, read by that
    rule alone: an approval stamp's "Утверждена постановлением … от …" is another act's) or a
    preamble with its operative items; None otherwise."""
    if req and req.act_type:
        return "order"
    return "order" if any(c.cells is None and _orders_by_items(ctx, c.text)
                          for c in ctx.head) else None
