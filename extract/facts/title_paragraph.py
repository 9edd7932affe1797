"""A title printed inside a longer paragraph: its first line and the lines of the paragraph
that go on it (the rules of one title's lines are extract/facts/title_lines.py's)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.facts.ctx import Ctx
from extract.facts.title_ends import ends_title, has_period, year_word_after
from extract.facts.title_form_blanks import owner_over_caption
from extract.facts.title_goes_on import after_years, goes_on, head_name_line
from extract.facts.title_lines import SHORT_HEAD
from extract.facts.title_text import QUOTES
from extract.facts.vocab import institution_word

_TITLE_LINES = 5  # the lines a heading printed inside a paragraph runs over
_PLACE_LINES = 2  # and the owner's district and region line with the dates under it


def lines_from(ctx: Ctx, i: int) -> str:
    """A title printed inside a longer paragraph: its line and the lines of the paragraph
    that go on it (lower case, a quote opening or still open: "Муниципальная программа" /
    "«Развитие образования …» на 2014 - 2020 годы")."""
    text = ctx.top[i].text
    caps = text.isupper()
    reach = i + _TITLE_LINES
    for k, nxt in enumerate(ctx.top[i + 1 : i + 1 + _TITLE_LINES + _PLACE_LINES], i + 1):
        if nxt.chunk != ctx.top[i].chunk:
            break
        if year_word_after(ctx, text, nxt.text):
            return f"{text} {nxt.text.strip()}"  # "… 23 февраля 2024" / "г.": its last word
        if k == reach + 1 and _place_line(ctx, ctx.top[k - 1].text):
            reach = k  # "Петровского района" / "Луговской области" / "за 2023 год": the owner's
            # territory over two lines, the years under it
        if k > reach or ends_title(ctx, nxt.text):
            break
        # "ГОДОВОЙ ПЛАН" / "МУНИЦИПАЛЬНОГО … УЧРЕЖДЕНИЯ" / "на 2025-2026 учебный год": a
        # capitals heading goes on in capitals up to its years; the place under it does not
        caps = caps and in_capitals(nxt.text)
        if has_period(ctx, text) and after_years(ctx, nxt.text):
            break
        run = owner_lines_to_years(ctx, text, [x.text for x in ctx.top[k : k + _OWNER_RUN]
                                                if x.chunk == nxt.chunk])
        if run:
            return " ".join([text, *(x.text for x in ctx.top[k : k + run])])
        if not (caps or goes_on(ctx, text, nxt.text) or _subject_of_noun(ctx, text, nxt.text)
                or _names_amended(ctx, text, nxt.text)
                or _short_owner(ctx, text, k) or head_name_line(ctx, text, nxt.text)
                or _place_before_more(ctx, k) or _owners_place_last(ctx, text, k)):
            break
        if _place_before_more(ctx, k):
            reach = max(reach, k + 1)  # the dates under the place go on too
        text = f"{text} {nxt.text}"
    return _owner_over_caption(ctx, i, text)


def _owner_over_caption(ctx: Ctx, i: int, text: str) -> str:
    """"МУНИЦИПАЛЬНОЕ ЗАДАНИЕ" / the name / "(наименование учреждения)" / the years, inside one
    paragraph: the heading goes on over the filled name to its years."""
    if has_period(ctx, text) or len(text.split()) > SHORT_HEAD or ctx.top[i].text != text:
        return text
    same = [x.text for x in ctx.top[i + 1 : i + 6] if x.chunk == ctx.top[i].chunk]
    return owner_over_caption(ctx, same, text) or text


_PLACE_WORDS = 6


def _place_before_more(ctx: Ctx, k: int) -> bool:
    """"… в МБОУ «Лесная СОШ»" / "Кедровского района Заречной области" / "с 20 января по 23
    февраля 2024 г.": the owner's district and region on a line of their own, the heading
    going on in lower case under them, are words of the heading."""
    lines = ctx.top
    if k + 1 >= len(lines) or lines[k + 1].chunk != lines[k].chunk \
            or not lines[k + 1].text[:1].islower():
        return False
    return _place_line(ctx, lines[k].text)


def _owners_place_last(ctx: Ctx, text: str, k: int) -> bool:
    """"… в муниципальном … учреждении" / "«Лесная ООШ №2»" / "Кедровского района Заречной
    области": the owner's district and region in the genitive, the paragraph's last line
    under the owner's quoted name, are words of the heading (CONTRACT `title`)."""
    lines = ctx.top
    last = k + 1 >= len(lines) or lines[k + 1].chunk != lines[k].chunk
    first = lines[k].text.split()[0] if lines[k].text.split() else ""
    return last and text.rstrip().endswith(("»", '"')) and _place_line(ctx, lines[k].text) \
        and ctx.tools.tag(first)[1] == "gent"


def _place_line(ctx: Ctx, line: str) -> bool:
    """A line of a territory's names and their place words ("Кедровского района Заречной
    области")."""
    words = line.split()
    lem = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    markers = ctx.vocab.place_markers | ctx.vocab.region_nouns
    # ("Петровского муниципального района": a marker's own adjective in lower case)
    words_ok = markers | ctx.vocab.place_marker_adjectives
    return 1 < len(words) <= _PLACE_WORDS and bool(set(lem) & markers) \
        and all(w[:1].isupper() or m in words_ok for w, m in zip(words, lem, strict=True))


_YEAR_WORD = re.compile(r"((?:19|20)\d\d)\s*(?:год\w*|гг?\.)", re.IGNORECASE)


_ABOUT = ("о", "об")


def _subject_of_noun(ctx: Ctx, text: str, nxt: str) -> bool:
    """"ОТЧЕТ" / "О выполнении муниципального задания …": a heading of one genre word goes on
    over the line naming its subject, capitalised as a line of its own ("Отчет" alone says
    nothing the document is about)."""
    if len(text.split()) != 1 or not ctx.lemmas(nxt)[:1] or ctx.lemmas(nxt)[0] not in _ABOUT:
        return False
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.report_openers)


def in_capitals(line: str) -> bool:
    """In capitals but for a year's word in lower case ("ЗА 2024год", "НА 2025 г.")."""
    return _YEAR_WORD.sub(r"\1", line).isupper()


def _short_owner(ctx: Ctx, text: str, k: int) -> bool:
    """"Отчет" / "о результатах самообследования" / "МАОУ СОШ № 4 им. …" / "за 2024 год": the
    owner's short name opening line `k` goes on a title that has not said its years when its
    years follow in the same paragraph."""
    after = ctx.top[k + 1] if k + 1 < len(ctx.top) else None
    words = ctx.top[k].text.split()
    return (bool(words) and institution_word(ctx.vocab, words[0]) and after is not None
            and after.chunk == ctx.top[k].chunk and not has_period(ctx, text)
            and has_period(ctx, after.text) and len(after.text.split()) <= SHORT_HEAD)


_ITEM = re.compile(r"^\s*\d+[.)]\s")


def _names_amended(ctx: Ctx, text: str, nxt: str) -> bool:
    """"ИЗМЕНЕНИЯ, / которые вносятся в постановление Правительства / Заречной области от …
    / «Об утверждении …»": a heading of changes goes on over the amended act's body and date
    up to the act's quoted name (an item "1. Пункт 2 …" starts the changes themselves)."""
    if any(q in text for q in QUOTES) or _ITEM.match(nxt):
        return False
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_headings)


_OWNER_RUN = 6  # the owner's legal name over a few lines, then the years


def owner_lines_to_years(ctx: Ctx, text: str, lines: Sequence[str]) -> int:
    """"ПРОГРАММА РАЗВИТИЯ «…»" / "Муниципального общеобразовательного учреждения" / … /
    "на 2024 – 2029 годы" inside one paragraph: a plan's heading that has not said its years
    goes on over its owner's legal name in the genitive up to them. How many of `lines` it
    takes (0: they are no such run)."""
    words = lines[0].split() if lines else []
    if not words or has_period(ctx, text) or ctx.plan_noun(ctx.lemmas(text)) is None \
            or ctx.vocab.legal_form.match(lines[0].lower()) is None \
            or ctx.tools.tag(words[0])[1] != "gent":
        return 0
    for n, line in enumerate(lines[:_OWNER_RUN], 1):
        if has_period(ctx, line):
            return n if len(line.split()) <= SHORT_HEAD * 2 else 0
        if ends_title(ctx, line) or line.rstrip().endswith((".", ";", ":")):
            return 0
    return 0
