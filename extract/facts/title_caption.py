"""A site's caption of the file over the document: a text export of a school's page opens
with one line naming the file ("Дорожная карта (план мероприятий) по … на 2015-2030",
"Программа развития лицея"), then, below it, the document's own heading saying the same in
its own words and order. The heading the document prints is the title, not the caption."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{3,}")
_SHARED = 0.6  # of the caption's words, the heading below re-says at least this share
_MIN_WORDS = 2
_HEADING_LINES = 6  # a heading's lines measured (the title page goes on under it)
_SAYS = ("VERB", "PRTS")


def _words(ctx: Ctx, text: str) -> set[str]:
    return {(ctx.lemmas(w.lower()) or (w.lower(),))[0] for w in _WORD.findall(text)}


def past_caption(ctx: Ctx, head: tuple[Chunk, ...], found: list[int], i: int) -> int:
    """`i`, or the next candidate of `found` when `head[i]` is the document's first line alone
    and that candidate's heading re-says most of its words (a passport's heading, which
    restates a title page's, is no such restatement: it names another part)."""
    c = head[i]
    if not ctx.plain or not ctx.chunks or c is not ctx.chunks[0] or len(c.lines) > 1:
        return i
    caption = _words(ctx, c.text)
    if len(caption) < _MIN_WORDS:
        return i
    j = next((k for k in found if k > i), None)
    if j is None:
        return i
    lines = head[j].lines or (head[j].text,)
    if _words(ctx, lines[0]) & ctx.vocab.title_restarts:  # "ПАСПОРТ программы …"
        return i
    if any(ctx.tools.tag(w.lower())[0] in _SAYS for w in lines[0].split()):
        return i  # "План работы разработан …": the body's sentence, no heading
    below = _words(ctx, " ".join(lines[:_HEADING_LINES]))
    return j if len(caption & below) >= _SHARED * len(caption) else i
