"""The report phrases a heading opens with ("Справка о выполнении …", "Аналитическая справка",
"Сводный годовой доклад"), the genre's qualifiers before them, and the federal form of a
self-examination's indicators as a heading. Asked by extract/facts/title_report.py as it reads
a report's title."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.headphrase import reads_as_caption

_ADJ_LEMMA = ("ый", "ий", "ой")


_ADJ_NOMINATIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def report_phrases(ctx: Ctx, text: str,
                   lem: tuple[str, ...] | None = None) -> list[tuple[str, ...]]:
    """The report phrases `text` opens with. A heading names the report in the nominative
    ("Справка о выполнении …"); the noun in another case opens a sentence of the body
    ("Справку о выполнении постановления представить к 20 марта")."""
    lem = ctx.lemmas(text) if lem is None else lem
    skip = qualifiers(ctx, lem)
    found = _openers_at(ctx, lem, skip)
    if not found and skip:  # "Аналитическая справка": the qualifier is the phrase's own word
        skip, found = 0, _openers_at(ctx, lem, 0)
    if not found or all(seq[0] == "о" for seq in found):
        return found
    # the word as printed, a letter-spaced one joined ("О Т Ч Е Т" → "ОТЧЕТ")
    first = _FIRST_WORD.search(ctx.unspaced(text))
    surface = first.group(0).casefold().replace("ё", "е") if first else ""
    head = lem[0] if skip else None  # "Сводный годовой доклад": the qualifier is printed first
    return [seq for seq in found if seq[0] == "о" or _nominative(surface, head or seq[0])
            or (not head and surface in ctx.vocab.report_printed_plurals)]


def _openers_at(ctx: Ctx, lem: tuple[str, ...], skip: int) -> list[tuple[str, ...]]:
    """The report phrases opening at lemma `skip` (past the qualifiers)."""
    maybe = ctx.vocab.report_openers_by_word.get(lem[skip], ()) if skip < len(lem) else ()
    return [seq for seq in maybe if lem[skip: skip + len(seq)] == seq
            and not (skip and seq[0] == "о")]


_QUALIFIERS_MAX = 2


def qualifiers(ctx: Ctx, lem: tuple[str, ...] | list[str]) -> int:
    """How many of the first lemmas qualify a report's genre word ("сводный годовой доклад")."""
    k = 0
    while k < min(_QUALIFIERS_MAX, len(lem)) and lem[k] in ctx.vocab.report_qualifiers:
        k += 1
    return k


_ASSESSED_REACH = 20  # words from the opener to "(самообследование)" past the owner's name


def assessed(ctx: Ctx, text: str) -> list[tuple[str, ...]]:
    """The federal form of a self-examination's indicators as a heading ("Показатели
    деятельности … организации, подлежащей самообследованию"; "ПОКАЗАТЕЛИ" / "деятельности
    МКДОУ «…»" / "(самообследование)"): its opener, when the self-examination is named within
    the heading's first words (`text` runs on over the lines under the opener's)."""
    # most headings open with another word: its lemma (cached) settles it before the phrase's
    # (and before a long block under the heading is split into its words)
    opening = text.split(maxsplit=1)[:1]
    first = ctx.lemmas(opening[0])[:1] if opening else ()
    if not any(seq[:1] == first for seq in ctx.vocab.assessed_openers):
        return []
    lem = ctx.lemmas(" ".join(text.split()[:_ASSESSED_REACH]))
    found = [seq for seq in ctx.vocab.assessed_openers if lem[: len(seq)] == seq]
    return found if found and set(lem) & ctx.vocab.assessed_subjects else []


def _nominative(word: str, lemma: str) -> bool:
    """The word as a heading prints it: the noun's own form, an adjective's nominative
    ("аналитическая справка")."""
    return word == lemma or (lemma.endswith(_ADJ_LEMMA) and word.endswith(_ADJ_NOMINATIVE))


_CAPTION_WORDS = 4  # "Наименование мероприятия", "Информация о мероприятии"
_CAPTION_RUN = 2  # the other captions of the row beside it


def _short(ctx: Ctx, i: int) -> bool:
    c = ctx.head[i] if 0 <= i < len(ctx.head) else None
    return c is not None and c.cells is None and not c.list_number and len(c.lines) <= 1 \
        and len(c.text.split()) <= _CAPTION_WORDS


def _caption(ctx: Ctx, i: int) -> bool:
    return _short(ctx, i) and reads_as_caption(ctx.head[i].text, ctx.tools)


def in_caption_run(ctx: Ctx, i: int) -> bool:
    """Head chunk `i` is one of a table's column captions exported one cell a paragraph
    ("Дата проведения" / "Ответственные" / "Информация о мероприятии"): a report phrase there
    names a column, never the document's title (its neighbours read as captions; itself,
    "Информация о …", may name no column role)."""
    before = next((n for n in range(_CAPTION_RUN) if not _caption(ctx, i - 1 - n)), _CAPTION_RUN)
    after = next((n for n in range(_CAPTION_RUN) if not _caption(ctx, i + 1 + n)), _CAPTION_RUN)
    return before + after >= _CAPTION_RUN and _short(ctx, i)
