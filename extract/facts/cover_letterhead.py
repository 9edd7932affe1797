"""A site's card label over a cover page: the label ("Программа воспитания МБОУ СОШ № 6") stands
above the institution's letterhead (its legal form opening a line in the nominative,
"Муниципальное бюджетное общеобразовательное учреждение …"), the cover's own heading of the same
genre under it ("ПРОГРАММА ВОСПИТАНИЯ"). A document's own heading never stands above its own
letterhead, so the heading under the letterhead is the page's own even when the label says more
of its owner (CONTRACT `title`: a card's label is the title only when the page prints no
heading of its own)."""

from __future__ import annotations

from extract.facts.ctx import Ctx


def _letterhead_line(ctx: Ctx, text: str) -> bool:
    """A line opening with a legal form in the nominative, as a letterhead prints it."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    if ctx.vocab.legal_form.match(text.strip().lower()) is None:
        return False
    return ctx.tools.tag(words[0].lower())[1] == "nomn"


def letterhead_between(ctx: Ctx, start: int, end: int) -> bool:
    """A letterhead's line among the cover's lines `start`..`end` (indices of ctx.top)."""
    return any(_letterhead_line(ctx, line.text) for line in ctx.top[start:end])
