"""An act's word printed in normal case on its own line ("Постановление") under the body's
name, its date and number on the next line ("16.11.2020г. № 1017"): a site's text export of a
letterhead, where the capitals and the bold were lost. The word alone is no header (a list of
document types, a table's cell); with its requisites right under it, it is — also when they
come one per line, the date over the number ("Приказ" / "12.08.2023" / "№ 88")."""

from __future__ import annotations

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx

_REQUISITE_WORDS = 8  # "16.11.2020г. № 1017", "от 16 ноября 2020 г. № 1017"
_NUMBER_WORDS = 3  # "№ 88", "N 12 - од"


def plain_act_word(ctx: Ctx, i: int) -> str | None:
    """The act's type when line i of ctx.top is a normal-case act's word alone and the next
    line holds the act's date and number, nothing more."""
    raw = ctx.top[i].text.strip()
    text = ctx.vocab.act_extract_prefix.sub("", raw).strip()  # "Выписка из приказа"
    if len(text.split()) != 1 or not raw[:1].isupper() or i + 1 >= len(ctx.top):
        return None
    kind = rq.act_type(ctx, text)
    if kind is None or len(ctx.lemmas(text)) != 1:
        return None
    nxt = ctx.top[i + 1].text
    req = rq.read(ctx, nxt)
    if len(nxt.split()) > _REQUISITE_WORDS:
        return None
    if req.date and req.number:
        return kind
    return kind if req.date and _lone_number(ctx, i + 2) else None


def _lone_number(ctx: Ctx, j: int) -> bool:
    """Line j is the act's number alone ("№ 88", "N 12-од"), no date of its own."""
    if j >= len(ctx.top):
        return False
    text = ctx.top[j].text.strip()
    req = rq.read(ctx, text)
    return bool(text[:1] in "№N" and req.number and not req.date
                and len(text.split()) <= _NUMBER_WORDS)
