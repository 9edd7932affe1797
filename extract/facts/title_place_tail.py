"""A title's last line naming the region or district of the body it ends with: "Доклад … на
2010-2012 годы департамента образования" / "Заречной области" — the body's name goes on in
its territory's genitive, printed in capitals as a proper name is, after the years."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_SENTENCE_END = (".", ":", ";", "!", "?")


def territory_goes_on(ctx: Ctx, text: str, line: str) -> bool:
    """`line` is a territory in the genitive alone ("Заречной области", "Лесного района") and
    the title so far ends on a noun in the genitive ("… департамента образования"): the
    territory is the last words of the body's name."""
    words = text.split()
    if not words or text.rstrip().endswith(_SENTENCE_END) \
            or not ctx.vocab.territory_line.match(line):
        return False
    return ctx.tools.tag(words[-1].strip(",")) == ("NOUN", "gent")
