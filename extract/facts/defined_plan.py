"""The plan's term stated in the introduction's opening sentence that names the plan and
defines it for the rest of the text: "Программа развития МБОУ «…» (далее – Школа) на 2021-2025
годы (далее – Программа) разработана …". A page that starts at the introduction (no title
page, no passport: a site's card over it) states its term nowhere else — and, printing no
heading, its name too: the name with its years before "(далее – Программа)" is its title
(CONTRACT `title`: the "(далее …)" tail dropped)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_CHUNKS = 8  # the introduction's first paragraphs (a card, a contents list above them)
_OPENING_WORDS = 4  # the plan's noun opens the sentence (after "Введение." and adjectives)
# "(далее – Программа)", "(далее - План)": the word the text calls the document by
_DEFINED = re.compile(r"\(\s*далее\s*[-–—]?\s*(?P<word>[А-ЯЁа-яё]+)\s*\)", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:Введение|ВВЕДЕНИЕ)\s*[.:]?\s*")


def period_of_defined_plan(ctx: Ctx, report: bool) -> str | None:
    """The years ending right before the plan's own "(далее – Программа)" in an opening
    sentence that names the plan: None for a report, or when no such sentence opens the
    introduction."""
    if report:
        return None
    for c in ctx.prose[:_CHUNKS]:
        text = _LEAD.sub("", squash(c.text))
        if not ctx.plan_noun(ctx.lemmas(" ".join(text.split()[:_OPENING_WORDS]))):
            continue
        for m in _DEFINED.finditer(text):
            if not ctx.plan_noun(ctx.lemmas(m.group("word"))):
                continue  # "(далее – Школа)": the owner's short name, the plan's comes later
            return _years_ending(ctx, text[: m.start()].rstrip())
    return None


def _years_ending(ctx: Ctx, text: str) -> str | None:
    """The period statement ("на 2021-2025 годы") that `text` ends with."""
    for rx in ctx.vocab.period_title:
        for m in rx.finditer(text):
            if m.end() >= len(text.rstrip(" ,")):
                return squash(m.group("period"))
    return None


_NAME_LINES = 4  # the lines an opening sentence's name may run over before "(далее …)"


def title_of_defined_plan(ctx: Ctx) -> str | None:
    """The plan's name with its years that an opening sentence defines ("Программа развития
    «…» МБУ ДО «…» на 2025 – 2029 годы (далее – Программа) разработана …"), the sentence
    opening a paragraph or a line of one (a contents list above it in the same block)."""
    for c in ctx.prose[:_CHUNKS]:
        lines = c.lines or (c.text,)
        for j in range(len(lines)):
            text = _LEAD.sub("", squash(" ".join(lines[j : j + _NAME_LINES])))
            if not text[:1].isupper() or not ctx.plan_noun(
                    ctx.lemmas(" ".join(text.split()[:_OPENING_WORDS]))):
                continue
            m = _DEFINED.search(text)
            if m and ctx.plan_noun(ctx.lemmas(m.group("word"))):
                name = text[: m.start()].rstrip(" ,")
                if _years_ending(ctx, name):
                    return name
    return None
