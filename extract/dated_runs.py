"""A dated list run together into ONE paragraph (a site export lost its line breaks):

    ПЛАН МЕРОПРИЯТИЙ … 1945 гг. Апрель – май: Экскурсия в музей. Старший возраст Май:
    Конкурс рисунков «…» Все группы 07.05.2010: Концерт для ветеранов.

Each "<date>: " opens an item that runs to the next one: a month or a month range, a date, a
day and month, or "С <date> по …". Read only when one paragraph holds at least MIN_ITEMS of
them (a date before a colon in a sentence is no list); the text before the first is the
heading. The item's last phrase, when it only names who takes part (age groups, staff:
extract/vocab/content.yaml participant_words), is no part of its name: CONTRACT has no
participants field, and such a column is not the responsibles.
"""

from __future__ import annotations

import re
from functools import cache

from extract.models import DraftActivity
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import SourceDocument

MIN_ITEMS = 3
MAX_TAIL_WORDS = 8
_MARK = re.compile(
    r"(?<!\S)(?P<date>(?:[Сс]\s+)?(?P<head>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-яё]+|[А-ЯЁ][а-яё]+)"
    r"(?:\s*[-–—]\s*(?:\d{1,2}\s+)?(?P<month2>[а-яё]+)"
    r"|\s+по\s+(?P<until>(?:[^\s:]+\s+){0,3}?[^\s:]+))?)\s*:\s+(?=\S)")
_NUMERIC = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
# the last phrase of an item: after a sentence's dot or a closing quote, capitalised
_LAST_PHRASE = re.compile(r"[.»]\s+(?=[А-ЯЁ])")


@cache
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...]]:
    content = load_yaml("content")
    return tuple(content["month_words"]), tuple(content["participant_words"])


def _is_month(word: str | None, tools: ExtractTools) -> bool:
    return bool(word) and tools.lemma(str(word).lower()) in _vocab()[0]


def _is_date(m: re.Match[str], tools: ExtractTools) -> bool:
    """The mark's words read as a date: the head a date or a month (its last word), a range's
    end a month, an open "по …" end only after a date ("С 15.04.2010 по окончание …")."""
    head = m["head"]
    if not (_NUMERIC.fullmatch(head) or _is_month(head.split()[-1], tools)):
        return False
    if m["month2"] and not _is_month(m["month2"], tools):
        return False
    return not m["until"] or bool(_NUMERIC.fullmatch(head))


def _name(text: str, tools: ExtractTools) -> str:
    """The item's name without its closing participants phrase ("… кладбище. Старший возраст")."""
    text = " ".join(text.split()).rstrip(" .;")
    cuts = list(_LAST_PHRASE.finditer(text))
    if not cuts:
        return text
    cut = cuts[-1]
    tail = text[cut.end():]
    words = set(_vocab()[1])
    parts = [p for p in tail.split(",") if p.strip()]
    if (0 < len(tail.split()) <= MAX_TAIL_WORDS and parts
            and all(words & set(tools.lemmas(p.lower())) for p in parts)):
        return text[: cut.start() + (text[cut.start()] == "»")]
    return text


def read_runs(doc: SourceDocument, tools: ExtractTools) -> list[DraftActivity]:
    """Activities of the first paragraph that runs a dated list together (none if no such)."""
    for p in doc.paragraphs:
        if p.text.count(":") < MIN_ITEMS:
            continue
        marks = [m for m in _MARK.finditer(p.text) if _is_date(m, tools)]
        if len(marks) < MIN_ITEMS:
            continue
        items = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(p.text)
            line = p.source.line + p.text.count("\n", 0, m.start()) \
                if p.source.line is not None else None
            items.append(DraftActivity(
                title=_name(p.text[m.end():end], tools),
                deadline_text=" ".join(m["date"].split()),
                source=p.source.model_copy(update={"line": line})))
        return items
    return []
