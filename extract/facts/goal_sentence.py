"""A goal stated inside a sentence of the text: "Коллектив школы поставил перед собой цель:
«Совершенствовать …»." — a school's annual analysis or a report says what the year's work
aimed at in its own prose, with no "Цель:" label opening a line (the goal word closes the
sentence's lead before a colon, the statement follows it, often in quotes)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.goals import labelled_prose
from extract.facts.lines import squash

# the goal word right before the colon ("… перед собой цель : «…»"), the lead before it
_LEAD_COLON = re.compile(r"([А-Яа-яЁё]+)\s*:\s*")
_QUOTED = re.compile(r"^[«\"„“]([^»\"“”]{3,})[»\"“”]")
_SENTENCE_END = re.compile(r"[.!?](?:\s+[А-ЯЁ«]|\s*$)")
_SENTENCE_START = re.compile(r"[.!?;]\s+(?=[А-ЯЁ])")
_SAYS = ("VERB", "PRTS")
_MAX_LEAD_WORDS = 12  # the sentence's lead is short: "Коллектив школы поставил перед собой"


def goals_of_sentence(ctx: Ctx) -> list[str]:
    """The goal a sentence states: the goal word inflected as an object ("поставил перед
    собой цель:", "определили целью:") after a verb of the same sentence, the colon, then
    the statement to its closing quote or the sentence's end. For a document that states its
    goal nowhere else; the first such sentence only (later ones are a section's)."""
    for c in labelled_prose(ctx):
        if c.cells is not None:
            continue
        text = squash(c.text)
        for m in _LEAD_COLON.finditer(text):
            lead = _SENTENCE_START.split(text[: m.start(1)])[-1]
            if not lead.strip() or not set(ctx.lemmas(m.group(1))) & ctx.vocab.goal_words:
                continue
            if _says(ctx, lead) and (goal := _statement(text[m.end():])):
                return [goal]
    return []


def _says(ctx: Ctx, lead: str) -> bool:
    """The lead is the start of a sentence holding its own verb ("Коллектив поставил перед
    собой"), not a heading ("Основная цель") nor a clause of another sentence."""
    words = re.findall(r"[А-Яа-яЁё]+", lead)
    if not words or len(words) > _MAX_LEAD_WORDS or not lead.lstrip()[:1].isupper() \
            or re.search(r"[.!?:;]", lead):
        return False
    return any(ctx.tools.tag(w.lower())[0] in _SAYS for w in words)


def _statement(rest: str) -> str | None:
    """The quoted statement, or the sentence up to its end."""
    quoted = _QUOTED.match(rest.strip())
    body = quoted.group(1) if quoted else rest[: (e.start() if (e := _SENTENCE_END.search(rest))
                                                  else len(rest))]
    body = body.strip().rstrip(".;").strip()
    return body if len(body.split()) >= 2 else None
