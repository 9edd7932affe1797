"""The institution of an author's card: a teachers' publication site prints its card over the
document ("Автор: Орлова Анна Петровна" / "Организация: МБОУ «Гимназия №3» г. Лесной" /
"Населенный пункт: Кедровая область, г. Лесной"). A programme published so, with no cover of
its own, is the author's institution's: its name as the card prints it is the issuer."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word
from extract.facts.lines import squash

_CARD_LINES = 8  # the card stands under the publication's title
_NAME_WORDS = 15


def issuer_of_author_card(ctx: Ctx) -> str | None:
    """The value of the card's organisation line when the card also names its author and the
    value opens with an institution's legal form ("МБОУ …"); else None."""
    lines = [squash(x.text) for x in ctx.top[:_CARD_LINES]]
    if not any(ctx.vocab.author_card_author.match(x) for x in lines):
        return None
    for line in lines:
        m = ctx.vocab.author_card_organisation.match(line)
        value = line[m.end():].strip(" .;") if m else ""
        words = value.split()
        if words and form_word(ctx, words[0]) and len(words) <= _NAME_WORDS:
            return value
    return None
