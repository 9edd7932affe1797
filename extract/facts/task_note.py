"""The explanatory note sent with a municipal (state) task report:

    Пояснительная записка к отчету об исполнении муниципального задания муниципального
    бюджетного дошкольного образовательного учреждения «Детский сад № 5» за 2 квартал 2023
    года. Муниципальное задание на 2023 год и плановый период 2024 и 2025 годов …

Schools and kindergartens publish it beside the report form, often as a scan whose text layer
runs the letterhead, the heading and the first paragraph into one line. The heading makes the
document a report (rule `task_note`); it is the title up to its full stop when every word of it
reads clean (a misread scan's heading is left to no title rather than a wrong one); its years
are the task's term when the note names it ("заданием на 2022-2024 годы"), else the quarter
or year it reports on. The institution in the genitive the heading names is read by the
title's issuer rules (extract/facts/institution_full_name.py).
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx, per_document
from extract.facts.lines import squash

_LINES = 40  # the top lines where the heading stands
_CHARS = 3000  # of them: a one-line scan runs on far past the heading
_TITLE_CHARS = 400  # a heading longer than this without a full stop ran on into the text
# (not "г." or "с." before a place's name: a one-letter word's stop abbreviates it)
_SENTENCE_END = re.compile(r"(?<!\b\w)\.(?=\s+[А-ЯЁ]|\s*$)")
# a word a clean text layer prints: Cyrillic letters (hyphenated), digits, "№", quotes, a
# year's abbreviation ("на 2024 г. за 6 месяцев")
_CLEAN_WORD = re.compile(
    r"^[«\"(]*(?:[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\d+|№\s?\d*|№|гг?\.)[»\",)]*$")


@per_document
def _heading(ctx: Ctx) -> tuple[str, int] | None:
    """The top text and where the note's heading starts in it."""
    text = squash(" ".join(line.text for line in ctx.top[:_LINES]))[:_CHARS]
    m = ctx.vocab.task_note_heading.search(text)
    return (text, m.start()) if m else None


def _sentence(text: str, start: int) -> str | None:
    """The heading up to its full stop, None when it runs on without one."""
    end = _SENTENCE_END.search(text, start)
    if end is None or end.start() - start > _TITLE_CHARS:
        return None
    return text[start : end.start()].strip()


def _reads_clean(ctx: Ctx, title: str) -> bool:
    """Every word as a clean text layer prints it; a lower-case word the dictionary knows (an
    OCR misreading, "учреждепием", "квартал2022", is not)."""
    for word in title.split():
        if not _CLEAN_WORD.match(word):
            return False
        letters = word.strip("«»\"(),")
        if letters.isalpha() and letters.islower() and not ctx.tools.is_known(letters):
            return False
    return True


def note_title(ctx: Ctx) -> str | None:
    """The note's heading sentence, when it reads clean."""
    head = _heading(ctx)
    if head is None:
        return None
    title = _sentence(*head)
    return title if title and _reads_clean(ctx, title) else None


def note_kind(ctx: Ctx) -> str | None:
    """A task report's explanatory note is a report, however its scan reads."""
    return "report" if _heading(ctx) else None


def note_period(ctx: Ctx) -> str | None:
    """The task's term the note names, else the quarter's or the year's year its heading
    reports on."""
    head = _heading(ctx)
    if head is None:
        return None
    text, start = head
    body = text[start:]
    for rx in ctx.vocab.task_note_task_years:
        if m := rx.search(body):
            first, last = int(m.group("first")), int(m.group("last"))
            if first <= last:
                return f"{first}–{last}"
    heading = body[:_TITLE_CHARS]
    end = _SENTENCE_END.search(heading)
    m = ctx.vocab.task_note_reported_year.search(heading[: end.start()] if end else heading)
    return (m.group("first") or m.group("year")) if m else None
