"""A site's post heading over the document it shows: the document's own heading wins.

A site prints a post's heading in normal case on one line, saying the document's years ("План
МБУК «…» на 2024 год", "Анализ работы … за 2021 год"): a shortened or reworded copy of the
document's own heading printed a few blocks below it, which opens with a bare genre line ("ПЛАН"
in capitals, "Отчёт о результатах работы") and runs over several lines up to the same years
("ПЛАН" / "о деятельности" / the owner's name / "2024 год"). The own heading is the title
(CONTRACT `title`: the document's own print wins over a site's heading). Read by the plan and
report title rules (extract/facts/title.py, extract/facts/title_report.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.place_line import NAME_ALONE, place_name
from extract.facts.title_ends import has_period
from extract.facts.title_lines import SHORT_HEAD, TITLE_WORDS
from extract.facts.title_text import SEE_BELOW

_CARD_REACH = 3  # the own heading starts within a few blocks under the card
_OWN_BLOCKS = 5  # blocks the own heading runs over up to its years
_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")
_SENTENCE_END = (".", ";", "!", "?")
_UNDER_CARD = 2  # the body's name under a card, printed on a line or two


def _years(text: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(text))


def card(ctx: Ctx, c: Chunk) -> bool:
    """A one-line heading in normal case that says its years: a site's post heading. A text
    saved a line per paragraph groups the short lines under it (the owner's name) into its
    block: its first line is the heading, the lines under it say no years."""
    text = (c.lines[0] if c.lines else c.text).strip()
    under = c.lines[1:]
    if len(under) > _UNDER_CARD or any(_YEAR.search(line) for line in under):
        return False  # a title page or a grif run together with the heading, no card
    return (c.cells is None and not c.list_number and bool(text)
            and not _capitals(text.split()[0]) and has_period(ctx, text)
            and not _YEAR_WORD.sub("", text).endswith(_SENTENCE_END))


# "… 2017-2020 гг.", "… 2024 г.": a year's abbreviated word ends the card, no sentence
_YEAR_WORD = re.compile(r"(?<=\d)\s*гг?\.$")


def _capitals(word: str) -> bool:
    """A word printed in capitals; a one-letter preposition ("О работе …") is no sign."""
    return word.isupper() and len(word) > 1


# a sentence naming its subject for short and going on: "Итоговый отчет о … (далее – Отчет)
# подготовлен для …" — a body's opening sentence, no heading (a title's own "(далее -
# Программа)" tail closes it)
_DEFINES = re.compile(r"\(далее[^)]*\)\s+\S+\s+\S+", re.IGNORECASE)


def _opens_own(c: Chunk, genre: Callable[[str], bool], run_on: str = "") -> bool:
    """A block opening with a bare genre line: its first word in capitals ("ПЛАН о …") or a
    short first line ("Отчёт о результатах работы") that names the genre (with the block
    that goes on it, `run_on`: "ДОКЛАД" / "о результатах …")."""
    first = (c.lines[0] if c.lines else c.text).strip()
    words = first.split()
    if c.cells is not None or c.list_number or not words \
            or not (genre(first) or (run_on and genre(run_on))):
        return False
    # a text export may join the heading's lines into one ("Пояснительная записка к отчету о …
    # за 1 квартал 2024 года"): a whole line under the word limit, no sentence
    joined = len(c.lines) <= 1 and len(words) <= TITLE_WORDS and not first.endswith(_SENTENCE_END) \
        and not _DEFINES.search(first)
    return _capitals(words[0]) or len(words) <= SHORT_HEAD + 1 or joined


def own_heading(ctx: Ctx, i: int, genre: Callable[[str], bool]) -> str | None:
    """The document's own heading under the site's card `ctx.head[i]`, its blocks joined up to
    the block saying the card's years; None when `ctx.head[i]` is no card or no such heading
    follows (the card alone is then the title)."""
    head = ctx.head
    if not card(ctx, head[i]):
        return None
    years = _years(head[i].text)
    for k in range(i + 1, min(i + 1 + _CARD_REACH, len(head))):
        whole = _card_completed(head[i], head[k])
        if whole is not None:
            return whole
        if not _opens_own(head[k], genre, _run_on(head, k)):
            continue
        return _up_to_years(ctx, head[k : k + _OWN_BLOCKS], years) or _bare_form_head(head[k])
    return None


def _card_completed(card_block: Chunk, c: Chunk) -> str | None:
    """"Аналитический отчет директора школы за 2014" (a mirror's card, cut at its width) over
    "Аналитический отчет директора школы за 2014-2015 учебный год.": the own heading is the
    card's text run on to its end; its one line is the title (None when `c` does not go on
    the card's words, or is a paragraph of the body rather than a heading's line)."""
    cut = " ".join((card_block.lines[0] if card_block.lines else card_block.text).split())
    lines = [x.strip() for x in (c.lines or (c.text,)) if x.strip()]
    if c.cells is not None or c.list_number or len(lines) != 1:
        return None
    text = " ".join(lines[0].split())
    if len(text) <= len(cut) or not text.casefold().startswith(cut.casefold()) \
            or len(text.split()) > TITLE_WORDS or not _YEAR.search(text[len(cut) - 4:]):
        return None
    # the card breaks off inside the heading's years, no sentence goes on past them
    return text if text[len(cut)].isalnum() or text[len(cut)] in "-–—" else None


def _bare_form_head(c: Chunk) -> str | None:
    """"КВАРТАЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ" / "МУНИЦИПАЛЬНОГО ЗАДАНИЯ": a form's own heading in
    capitals that states no years (the card's years then name no part of it); its lines
    joined. A block in normal case must reach the card's years to be told from the body."""
    lines = [x.strip() for x in (c.lines or (c.text,)) if x.strip()]
    if not lines or c.cells is not None or any(_YEAR.search(x) for x in lines):
        return None
    letters = "".join(ch for x in lines for ch in x if ch.isalpha())
    return " ".join(lines) if letters.isupper() and len(lines) <= _UNDER_CARD + 1 else None


def _run_on(head: tuple[Chunk, ...], k: int) -> str:
    """"ДОКЛАД" / "о результатах … деятельности …": the genre word alone on a title page and
    the lower-case block (or the block's lower-case second line) that goes on it, read as one
    phrase ("" when none goes on)."""
    c, nxt = head[k], head[k + 1] if k + 1 < len(head) else None
    # a text saved a line per paragraph holds both lines in one block
    if len(c.lines) > 1 and len(c.lines[0].split()) == 1 and c.lines[1][:1].islower():
        return f"{c.lines[0]} {c.lines[1]}"
    if len(c.text.split()) != 1 or nxt is None or not nxt.text[:1].islower() or nxt.list_number:
        return ""
    return f"{c.text} {nxt.text}"


def heading_under_card(ctx: Ctx, i: int) -> str | None:
    """The document's own heading opening at `ctx.head[i]` ("Форма годового отчета о работе
    …" / the owner / "за 2024год" / "и … на 2025 год") a few blocks under a site's card naming
    the same years: its blocks joined up to the last of those years; None without a card."""
    head = ctx.head
    for j in range(max(0, i - _CARD_REACH), i):
        if card(ctx, head[j]):
            return _up_to_years(ctx, head[i : i + _OWN_BLOCKS], _years(head[j].text))
    return None


def _up_to_years(ctx: Ctx, blocks: tuple[Chunk, ...], years: frozenset[str]) -> str | None:
    """The blocks' lines joined up to the first line naming years, when those are `years`
    (a text export's paragraph may run the heading into the body: the lines after it go).
    A title page's town printed alone over those years ("Лесной" / "2017-2020 гг.") ends the
    heading before it: the imprint is no part of the title (CONTRACT `title`)."""
    parts: list[str] = []
    seen: set[str] = set()
    lines = [line.strip() for c in blocks for line in (c.lines or (c.text,))]
    for c in blocks:
        if c.cells is not None or c.list_number:
            return None
        for line in (c.lines or (c.text,)):
            text = line.strip()
            if parts and not seen and _imprint(ctx, lines, len(parts), years):
                return " ".join(parts)
            if text.endswith(_SENTENCE_END) or SEE_BELOW.match(text):
                return None  # "Программа" / "развития" / "(далее …": the body's sentence
            parts.append(text)
            if len(" ".join(parts).split()) > TITLE_WORDS:
                return None
            if _years(text):
                # "за 2024 год" / "и … на 2025 год": a heading may say the years line by line
                if not (_years(text) <= years or years <= _years(text)):
                    return None
                seen |= _years(text)
                # "… задания на 2024 год и плановый период 2025 и 2026 годов за 1 квартал
                # 2024 года": the own heading may name a wider cycle; the card's years close it
                if seen >= years and _YEAR.findall(text)[-1] in years:
                    return " ".join(parts)
    return None


def _imprint(ctx: Ctx, lines: list[str], k: int, years: frozenset[str]) -> bool:
    """Line `k` is a town alone and line `k + 1` holds only the card's years."""
    if k + 1 >= len(lines) or not NAME_ALONE.match(lines[k]) or not place_name(ctx, lines[k]):
        return False
    below = lines[k + 1]
    return _years(below) == years and not _WORDS.search(_YEAR.sub("", below))


_WORDS = re.compile(r"[а-яёА-ЯЁ]{4,}")  # "2017-2020 гг.", "2024 год": years and their word only


def without_card(ctx: Ctx, title: str | None) -> Ctx:
    """`ctx` without the site's card over the title when the title is the form's own heading
    that states no years (`_bare_form_head`): the card's years are never the period (CONTRACT
    `title`), so the period rules must not read them."""
    head = ctx.head
    for i, c in enumerate(head[:_CARD_REACH + 1]):
        if title and card(ctx, c) and any(_bare_form_head(x) == title
                                          for x in head[i + 1 : i + 1 + _CARD_REACH]):
            return replace(ctx, chunks=tuple(x for x in ctx.chunks if x is not c), memo={})
    return ctx


# "Самообследование 2023", "Самообследование СОШ №1 2021": a label's year appended bare (no
# "за"/"на", no "год"): the site's filing year, never the document's own phrase for its term
_BARE_YEAR = re.compile(r"(?<![.,/–—-])\s(?:19|20)\d\d$")


def label_title(ctx: Ctx, title: str | None) -> bool:
    """The title is a site's card label printed as the page's only heading: one line in normal
    case on top, closing with a bare year (CONTRACT `title`: its years are never the period).
    A line stating a term ("Программа развития на 2024-2026 гг." over the contents page) is no
    such label: its years are the plan's (session 13 settled, dev50 rZl10)."""
    if not title or not _BARE_YEAR.search(title.strip()) \
            or {w.casefold() for w in title.split()} & ctx.vocab.label_subject_words:
        return False  # "… самообследования 2024" after "Отчёт о …": the page's own heading
    return any(" ".join(c.text.split()) == " ".join(title.split()) and c.cells is None
               and not c.list_number and not _capitals(title.split()[0])
               for c in ctx.head[:_CARD_REACH])


def period_view(ctx: Ctx, title: str | None) -> tuple[Ctx, str | None]:
    """What the period rules read: no card's years (`without_card`; a label title is left
    out with its block)."""
    if label_title(ctx, title):
        drop = " ".join((title or "").split())
        return replace(ctx, chunks=tuple(x for x in ctx.chunks
                                         if " ".join(x.text.split()) != drop), memo={}), None
    return without_card(ctx, title), title
