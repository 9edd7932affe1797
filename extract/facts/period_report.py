"""A report's period on the line right under its title ("Отчет …" / the owner / "Отчет за 2021
года"): a form's heading printed under a grif of many short lines, below the first blocks the
intro rule reads."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.title_text import open_quote

_UNDER_TITLE = 2  # blocks under the title's last block that may say its years


def period_under_title(ctx: Ctx, title: str | None, report: bool) -> str | None:
    """The years ("за 2021 года", "за 2023 год") a block right under a report's title names."""
    if not report or not title:
        return None
    whole = squash(title)
    inside = [k for k, c in enumerate(ctx.head) if c.text.strip() and squash(c.text) in whole]
    if not inside:
        return None
    for c in ctx.head[inside[-1] + 1 : inside[-1] + 1 + _UNDER_TITLE]:
        for rx in ctx.vocab.period_intro:
            m = rx.search(c.text)
            if m:
                return squash(m.group("period"))
    return None


# a programme's quoted name holding its term ("«Развитие … на 2015 – 2020 годы»")
_QUOTED_YEARS = re.compile(r"[«\"][^«»\"]*(?:«[^«»]*»[^«»\"]*)*(?:19|20)\d\d[^«»\"]*[»\"]")


def period_reported_in_title(ctx: Ctx, title: str | None, report: bool) -> str | None:
    """"Анализ выполнения мероприятий программы «… на 2015 – 2020 годы» за 2016 -2017 учебный
    год": a report's title names the programme's term and the years it reports on; the
    report's period is the latter, the years after "за" outside the programme's quoted name."""
    if not report or not title or not _QUOTED_YEARS.search(title):
        return None  # "за 2009 год … на 2010-2012 годы": both the report's (the title rule)
    for rx in ctx.vocab.period_intro:
        for m in rx.finditer(title):
            if not open_quote(title[: m.start()]):
                return squash(m.group("period"))
    return None


_EXAMINATION_BLOCKS = 6  # the opening paragraphs where the examination is introduced


def period_of_examination_dates(ctx: Ctx, report: bool) -> str | None:
    """"Самообследование МОУ «…» проведено … в сроки с 01.02.2015 г. по 01.04.2015 г.": a
    self-examination report naming no period dates the examination; both dates in one year
    name the year examined (the order it cites is no period). Only a sentence whose words
    name the examination (`assessed_subjects`): other dates in a body are its events'."""
    if not report:
        return None
    for c in ctx.prose[:_EXAMINATION_BLOCKS]:
        text = squash(c.text)
        for m in ctx.vocab.examination_dates.finditer(text):
            if m.group("start") != m.group("end"):
                continue
            before = _SENTENCE_END.split(text[max(0, m.start() - _SENTENCE_REACH) : m.start()])[-1]
            if {x for w in before.split() for x in ctx.lemmas(w.strip("«»\",.:;()"))} \
                    & ctx.vocab.assessed_subjects:
                return m.group("start")
    return None


_SENTENCE_REACH = 300  # characters before the dates where the sentence's noun may stand
# a full stop after a word, not after an abbreviation ("2015 г. № 5")
_SENTENCE_END = re.compile(r"(?<=\w\w\w[.!?])\s+(?=[А-ЯЁ])")


_STATED_BLOCKS = 6  # the title's and the introduction's blocks


def period_of_bare_year(ctx: Ctx, title: str | None) -> str | None:
    """A report's title closing on a bare year ("ОТЧЕТ О САМООБСЛЕДОВАНИИ 2023"): that year,
    when the text states no other (`stated_over_bare_year` is asked first)."""
    m = ctx.vocab.report_year.match(title) if title else None
    return m.group("period") if m else None


def stated_over_bare_year(ctx: Ctx, title: str | None) -> str | None:
    """A report's title closing on a bare year ("Отчёт о самообследовании 2024") over blocks
    that state the time reported on in words ("за 2023 год", "по состоянию на 31 декабря 2023
    года"): the stated time. A bare year may be the one a site filed the report under
    (CONTRACT `title`: a label's closing year is never the period), so the text's own
    statement outranks it."""
    if not period_of_bare_year(ctx, title) or title is None:
        return None
    whole = squash(title)
    for c in ctx.head[:_STATED_BLOCKS]:
        text = squash(c.text)
        if not text or text in whole:
            continue  # the title's own block
        for rx in ctx.vocab.period_intro:
            got = rx.search(text)
            if got:
                return squash(got.group("period"))
        as_of = ctx.vocab.report_as_of.search(text)
        if as_of:
            return as_of.group("year")
    return None
