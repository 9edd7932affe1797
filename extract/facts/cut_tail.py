"""A goal or task the page cuts off: the document's text ends inside it ("… развивать у детей
осторож", "Цель программы в формировании у обучающихся навыков безопасного" with nothing
after) — a page's excerpt or a broken download. An item is what it says whole; a cut one says
less than it meant and is left out (as a row cut before its cells is)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_CLOSED = (".", ";", ":", "!", "?", "»", ")", '"', "”", ",")
_TAIL = 40  # characters of the item compared with the text's end
# a labelled statement this long is a sentence of prose, which closes with its full stop: the
# text ending inside it without one was cut ("ЦЕЛИ РАБОТЫ: по итогам … в соответствии с
# требованиями …, потребностями личности" at a page's excerpt's end)
_SENTENCE_WORDS = 20


def without_cut_tail(ctx: Ctx, items: list[str] | tuple[str, ...]) -> list[str]:
    """`items` without the last one when the document's text ends inside it: no closing
    mark after it, and its last word is no dictionary word (cut mid-word), a word no phrase
    ends on (a preposition, a conjunction: `cut_tail_pos`), or an adjective left without its
    noun at the end of a sentence opened by its label ("Цель программы – в … безопасного"),
    or that sentence runs long (`_SENTENCE_WORDS`: prose closes with its full stop); a list's
    last item ending on its noun may go without a closing mark."""
    out = list(items)
    if not out or not ctx.chunks:
        return out
    last = ctx.chunks[-1]
    text = squash(last.text)
    item = squash(out[-1])
    if last.cells is not None or not item or not text.endswith(item[-_TAIL:]) \
            or text.endswith(_CLOSED):
        return out
    word = text.split()[-1].strip("-–—").lower()
    pos = ctx.tools.tag(word)[0]
    before = text[: len(text) - len(item)]
    labelled = not last.list_number and bool(before.strip()) and ";" not in before
    if not ctx.tools.is_known(word) or pos in ctx.vocab.cut_tail_pos.ends \
            or (labelled and (pos in ctx.vocab.cut_tail_pos.dangling
                              or len(item.split()) > _SENTENCE_WORDS)):
        return out[:-1]
    return out
