"""Which of a cover's headings of one genre is the document's own: a site's card or a file's
label on the page names the genre and little else ("Публичный отчет 2011-2012"), the cover's
own heading under it names the genre, the owner and the years ("Публичный отчет" / "МБОУ СОШ
№13 за 2011-2012 учебный год"). Each heading of the card's genre on the cover is scored by what
it says of its document (the owner, named in full or short, and the period); the first heading
is kept unless a later one says strictly more (CONTRACT `title`: a card or a file's label is
the title only when the page prints no heading of its genre)."""

from __future__ import annotations

from extract.facts.card_head import cover_heading_at
from extract.facts.card_shape import short_card
from extract.facts.cover_letterhead import letterhead_between
from extract.facts.ctx import Ctx
from extract.facts.file_label import file_words, is_file_label
from extract.facts.heading_evidence import body_sentence, evidence
from extract.facts.lines import squash

_COVER_LINES = 30  # the letterhead, the grifs and the cover's heading under a card
_HEADING_WORDS = 30  # a heading, not the body's paragraph
_GENRE_WORDS = 2  # "Публичный отчет", "Программа развития": the card's genre words
_LINE_CHARS = 4  # a line the found title opens with, not a stray letter


KEY = "cover_vote"  # ctx.memo: the evidence that chose a later heading, for `--debug`


def fuller_cover_heading(ctx: Ctx, found: str) -> str:
    """`found`, a title read off the page, or a heading of its genre opening a later line of
    the cover that says more of its document (ctx.memo[KEY] names the evidence for
    `--debug`)."""
    card = file_words(found) if is_file_label(ctx.vocab, found) else found
    if not short_card(card):
        return found
    genre = ctx.lemmas(card)[:_GENRE_WORDS]
    lines = ctx.top
    head = found.casefold()
    at = next((k for k, line in enumerate(lines[:_COVER_LINES])
               if len(squash(line.text)) >= _LINE_CHARS
               and head.startswith(squash(line.text).casefold())), None)
    if at is None:
        return found
    start = at + 1
    best, score = found, evidence(ctx, card)
    for k in range(start, min(len(lines), start + _COVER_LINES)):
        if ctx.chunks[lines[k].chunk].cells is not None \
                or ctx.lemmas(lines[k].text)[:_GENRE_WORDS] != genre:
            continue
        other = cover_heading_at(ctx, k)
        if len(other.split()) > _HEADING_WORDS or body_sentence(ctx, other):
            continue
        got = evidence(ctx, other)
        # (the card's label above the letterhead, the cover's own heading under it)
        if got > score or (best is found and letterhead_between(ctx, start, k)):
            best, score = other, got
    if best is not found:
        ctx.memo[KEY] = f"evidence_{evidence(ctx, card)}_to_{score}"
    return best
