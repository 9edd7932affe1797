"""The last word on a document's kind when no rule named it: the genre words of its top lines
vote (rule `genre_vote`).

Real pages reach this point when their title could not be told apart — a site ran the page into
one line, a cover's heading is split among grifs, a programme shows only its contents — while
their top lines still say what they are ("Отчет о результатах самообследования …", "Программа
развития МБДОУ …", "План работы …"). A line opening with a report's words or a plan's noun
votes for its kind, the earlier the line the more (a line a site ran a page into votes by its
sentences' starts); an act's words do not vote: every plan's
grif cites the order approving it.
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_TOP_LINES = 40
_OPENING_WORDS = 8  # a heading names its genre in its first words
_DECAY = 8.0  # the weight of the k-th sentence start is 1 / (1 + k / _DECAY)
# a sentence's start inside a line a site ran a page into ("… Протокол № 1. Отчет о …")
_SENTENCES = re.compile(r"(?<=[.!?:])\s+(?=[А-ЯЁ])")
# words over a plan's name in its contents, passport or a section of it ("Содержание Программы
# развития", "Описание Программы развития МБДОУ", "Цели и задачи Программы", "Целью
# Подпрограммы является …", "Задачи Программы развития:"; a passport printed alone, its first
# row's label "Наименование государственной программы"): the plan's noun after them votes
_LEAD_WORDS = frozenset({"содержание", "оглавление", "паспорт", "описание", "цель", "задача",
                         "и", "наименование"})


def _opens_report(ctx: Ctx, lemmas: tuple[str, ...]) -> bool:
    skip = 0
    while skip < len(lemmas) and lemmas[skip] in ctx.vocab.report_qualifiers:
        skip += 1
    rest = lemmas[skip:]
    return any(rest[: len(seq)] == seq for seq in ctx.vocab.report_openers)


def line_vote(ctx: Ctx, text: str) -> str | None:
    """The kind a sentence names in its first words, or None."""
    opening = " ".join(text.split()[:_OPENING_WORDS])
    lemmas = tuple(x for x in ctx.lemmas(opening) if x.isalpha())
    while lemmas and lemmas[0] in _LEAD_WORDS:
        lemmas = lemmas[1:]
    if not lemmas:
        return None
    if _opens_report(ctx, lemmas):
        return "report"
    kind = ctx.plan_noun(lemmas)
    return kind if kind in ("programme", "roadmap") else None


def kind_genre_vote(ctx: Ctx) -> str | None:
    """The kind the top lines' genre words weigh most for; None when no line names one."""
    scores: dict[str, float] = {}
    starts = (x for line in ctx.top[:_TOP_LINES] for x in _SENTENCES.split(line.text.strip()))
    for k, text in enumerate(starts):
        kind = line_vote(ctx, text)
        if kind:
            scores[kind] = scores.get(kind, 0.0) + 1.0 / (1.0 + k / _DECAY)
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]
