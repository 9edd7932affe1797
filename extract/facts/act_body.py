"""The body of an act printed under its act word ("Приказ" / "отдела образования администрации
N-ского района" / "Заречной области"): no letterhead above, the body in the genitive below."""

from __future__ import annotations

import re

from extract.facts.act_subject import SUBJECT
from extract.facts.acts import letterhead_header
from extract.facts.ctx import Ctx
from extract.facts.order import nominative_head

_BODY_LINES = 3  # the body's name and its region take a few lines under the act word
_LINE_WORDS = 8
_DIGIT = re.compile(r"\d")


def issuer_below_act_word(ctx: Ctx) -> str | None:
    """The body named in the genitive on the lines right under the act's word when the word
    opens the page (nothing printed above it), in the nominative."""
    h = letterhead_header(ctx)
    if h is None or h.index != 0:
        return None
    lines = [line.text.strip() for line in ctx.top[1 : 1 + _BODY_LINES]]
    if not lines or not lines[0][:1].islower():
        return None
    head = ctx.lemmas(lines[0].split()[0])
    if len(head) != 1 or head[0] not in ctx.vocab.org_words:
        return None
    body = [lines[0]]
    for text in lines[1:]:
        if (_DIGIT.search(text) or SUBJECT.match(text) or len(text.split()) > _LINE_WORDS
                or text.endswith((".", ":"))):
            break
        body.append(text)
    return nominative_head(" ".join(" ".join(body).split()), ctx)
