"""A goal stated inside a sentence of the text: "Коллектив школы поставил перед собой цель:
«Совершенствовать …»." — a school's annual analysis or a report says what the year's work
aimed at in its own prose, with no "Цель:" label opening a line: a sentence names the goal
as its subject or object before a colon ("Основная цель работы школы определялась следующим
образом: …"), the statement follows it, often in quotes."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.goals import labelled_prose
from extract.facts.lines import squash

_COLON = re.compile(r"\s*:\s*")
_SENTENCE_START = re.compile(r"[.!?;]\s+(?=[А-ЯЁ])")
_WORDS = re.compile(r"[А-Яа-яЁё]+")
_QUOTED = re.compile(r"^[«\"„“]([^»\"“”]{3,})[»\"“”]")
_SENTENCE_END = re.compile(r"[.!?](?:\s+[А-ЯЁ«]|\s*$)")
_SAYS = ("VERB", "PRTS")
_NAMED = ("nomn", "accs")  # the goal the subject or the object, not "для достижения цели"
_MAX_LEAD_WORDS = 12  # the sentence's lead is short: "Коллектив школы поставил перед собой"


def goals_of_sentence(ctx: Ctx) -> list[str]:
    """The goal a sentence states: a sentence naming the goal as its subject or object
    ("Коллектив поставил перед собой цель:", "Основная цель работы школы определялась
    следующим образом:") with a verb of its own, its colon, then the statement to its closing
    quote or the sentence's end. For a document that states its goal nowhere else; the first
    such sentence only (later ones are a section's)."""
    for c in labelled_prose(ctx):
        if c.cells is not None:
            continue
        text = squash(c.text)
        for m in _COLON.finditer(text):
            lead = _SENTENCE_START.split(text[: m.start()])[-1]
            if _states_goal(ctx, lead) and (goal := _statement(text[m.end():])):
                return [goal]
    return []


def _states_goal(ctx: Ctx, lead: str) -> bool:
    """The lead is a short sentence's start holding the goal word as subject or object and a
    verb ("… поставил перед собой цель"), not a heading ("Основная цель") nor a clause."""
    words = _WORDS.findall(lead)
    if not words or len(words) > _MAX_LEAD_WORDS or not lead.lstrip()[:1].isupper() \
            or re.search(r"[.!?:;]", lead):
        return False
    tags = [ctx.tools.tag(w.lower()) for w in words]
    goal = any(set(ctx.lemmas(w)) & ctx.vocab.goal_words and t[1] in _NAMED
               for w, t in zip(words, tags, strict=True))
    return goal and any(t[0] in _SAYS for t in tags)


def _statement(rest: str) -> str | None:
    """The quoted statement, or the sentence up to its end."""
    quoted = _QUOTED.match(rest.strip())
    body = quoted.group(1) if quoted else rest[: (e.start() if (e := _SENTENCE_END.search(rest))
                                                  else len(rest))]
    body = body.strip().rstrip(".;").strip()
    return body if len(body.split()) >= 2 else None
