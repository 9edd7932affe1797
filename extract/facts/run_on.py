"""A whole document a site's export ran into one paragraph ("План мероприятий, посвящённых
«Году N». МОУ «Школа № 6» № п/п Мероприятие Дата …"): its heading is the paragraph's first
sentence, and the institution it names next is whose plan it is."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import institution_at, institution_nominative
from extract.facts.title_text import open_quote

# a sentence's end: a full stop (after a closed name or a word) before a capitalised word;
# "В.М. Шукшина" (an initial's stop) and "г. Лесной" are no ends
_STOP = re.compile(r"(?:(?<=[а-яё]{2})|(?<=[»\"”)]))\.\s+(?=[А-ЯЁ«\"])")
_MIN_WORDS = 80  # a paragraph this long is a page run together, no heading of its own
_SENTENCE_WORDS = 30


def run_on_block(ctx: Ctx) -> bool:
    """True when the document is one long paragraph opening it (a flat text export)."""
    head = ctx.head
    return bool(ctx.plain and head and len(head[0].text.split()) >= _MIN_WORDS)


def first_sentence(ctx: Ctx) -> tuple[str, str] | None:
    """(the first sentence, the text after it) of a run-on document's paragraph, the sentence
    short and its names closed; None otherwise."""
    if not run_on_block(ctx):
        return None
    text = ctx.head[0].text
    for m in _STOP.finditer(text):
        head = text[: m.start()]
        if open_quote(head):
            continue
        if len(head.split()) > _SENTENCE_WORDS:
            return None
        return head.strip(), text[m.end():]
    return None


def run_on_heading(ctx: Ctx) -> str | None:
    """The first sentence of a run-on document when it names a plan."""
    got = first_sentence(ctx)
    if got is None or not ctx.plan_noun(ctx.lemmas(got[0])):
        return None
    return got[0]


def run_on_issuer(ctx: Ctx) -> str | None:
    """"План … «Году N». МОУ «Школа № 6» № п/п …": the institution the sentence after a run-on
    plan's heading opens with is the plan's owner (a letterhead's line, run into the page)."""
    got = first_sentence(ctx)
    if got is None or not ctx.plan_noun(ctx.lemmas(got[0])):
        return None
    name = institution_at(ctx, got[1].split())
    return institution_nominative(ctx, name) if name else None

