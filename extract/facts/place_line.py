"""A title page's place printed alone over its year ("Заречный" / "2020"): where the document
was made, named without a marker ("г.", "с."); the hint goes first among the context texts, so
the municipality fallback (natasha on short texts) sees it when no marked place is named."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx, per_document
from extract.facts.lines import squash

_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d\s*(?:г\.?|года?)?$")
# one or two words with a capital, nothing else ("Заречный", "Нижний Лесогорск")
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s[А-ЯЁ][а-яё-]+)?"
NAME_ALONE = re.compile(rf"^{_NAME}$")
# "Верхний Лесогорск 2023": the place and its year on one line, no mark between them (with a
# comma or a dash the place-and-year rules read it)
_NAME_YEAR = re.compile(rf"^(?P<name>{_NAME})\s+(?:19|20)\d\d\s*(?:г\.?|года?)?$")


@per_document
def place_over_year(ctx: Ctx) -> str | None:
    """The line of one or two capitalised words right above a line holding only a year, or
    followed by the year on its own line, its last word a name (a place's or one the
    dictionary does not know)."""
    for line, below in pairwise(ctx.top):
        text = squash(line.text)
        one_line = _NAME_YEAR.match(text)
        if one_line:
            text = one_line.group("name")
        elif not NAME_ALONE.match(text) or not _YEAR_ALONE.match(squash(below.text)):
            continue
        if place_name(ctx, text):
            return text
    return None


def place_year_line(ctx: Ctx, line: str) -> bool:
    """"Тюмень 2011г.": a title page's imprint, the place and its year on one line."""
    m = _NAME_YEAR.match(squash(line))
    return m is not None and place_name(ctx, m.group("name"))


def place_name(ctx: Ctx, text: str) -> bool:
    """"Программа", "Содержание" over a year are a heading, no place."""
    lemmas = ctx.lemmas(text)
    return not (ctx.plan_noun(lemmas) or set(lemmas) & ctx.vocab.not_places) \
        and ctx.tools.is_proper(text.split()[-1])


# "2017-2020 гг.", "2024 год": a title page's years alone on their line
_YEARS_ALONE = re.compile(r"^(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*(?:гг?\.?|годы|года?)?$")


def years_under_place(ctx: Ctx) -> str | None:
    """The years printed alone under a title page's town alone ("Лесной" / "2017-2020 гг."):
    when the report was made, or the years it covers."""
    for line, below in pairwise(ctx.top):
        text, years = squash(line.text), squash(below.text)
        if NAME_ALONE.match(text) and _YEARS_ALONE.match(years) and place_name(ctx, text):
            return years
    return None
