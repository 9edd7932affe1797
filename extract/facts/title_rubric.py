"""A site's rubric printed under a news page's headline: no part of the title.

A school site's news page prints its headline ("Итоги акции «Добрые руки»") and under it the
rubric the page is filed in ("Внеучебная и творческая деятельность", "Новости школы"); a
Word copy keeps them apart, a plain-text copy runs them into one block. The headline has
closed its quoted name, and the line under it is a phrase of its own in the nominative (its
words nominative adjectives and nouns joined by "и"), no genitive going on the headline,
no quoted name, number or year: the title ends before it."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_CLOSED_NAME = re.compile(r"[»\"“”]\s*$")
_PHRASE = re.compile(r"^[А-ЯЁ][а-яё-]+(?:,?\s+[а-яё-]+){0,5}$")
_RUBRIC_WORDS = 6
_JOINERS = frozenset({"и", "или"})
_NOMINATIVE_POS = frozenset({"NOUN", "ADJF"})


def rubric_after_name(ctx: Ctx, kept: list[str], line: str) -> bool:
    """`line` is a rubric under a headline (`kept`, its lines so far) that closed its quoted
    name: a short phrase in sentence case whose words read only in the nominative."""
    text = " ".join(line.split())
    if not kept or not _CLOSED_NAME.search(kept[-1]) or not _PHRASE.match(text):
        return False
    words = [w for w in text.replace(",", " ").split() if w not in _JOINERS]
    if not words or len(words) > _RUBRIC_WORDS:
        return False
    return all(_only_nominative(ctx, w) for w in words) \
        and ctx.tools.tag(words[-1])[0] == "NOUN"


def _only_nominative(ctx: Ctx, word: str) -> bool:
    """An adjective or a noun that can stand in the nominative and has no genitive reading (a
    genitive would go on the headline: "… «…» школы")."""
    low = word.lower()
    return ctx.tools.tag(low)[0] in _NOMINATIVE_POS and ctx.tools.reads_nominative(low) \
        and ctx.tools.nominative(low) is None
