"""A signatory's position going on past a bracket or a quote that closed its line.

"Старший инспектор ГИБДД (по пропаганде БДД)" / "отделения ГИБДД капитан полиции" /
"______ А.Б.Орлова": a bracket or a quote closing a position's line ends no sentence when the
next line opens in lower case with a noun in the genitive — the unit the position belongs to
goes on (extract/facts/people.py joins the position's lines up to the name)."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_CLOSERS = (")", "»", '"')


def genitive_goes_on(ctx: Ctx, text: str, nxt: str) -> bool:
    """`nxt` goes on the position `text` that a bracket or a quote closed: it opens with a
    lower-case noun in the genitive ("отделения …", "управления …")."""
    words = nxt.split()
    if not text.rstrip().endswith(_CLOSERS) or not words or not words[0][:1].islower():
        return False
    pos, case = ctx.tools.tag(words[0])
    return pos == "NOUN" and case == "gent"
