"""Periods a form's or a report's heading states in a shape the title rules miss.

A task form's budget cycle a text layer printed with its spaces lost ("ОТЧЕТ О ВЫПОЛНЕНИИ
МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 12 на2022годиплановыйпериод2023 и2024годов"): the title keeps its words
as printed, the period reads through them (2022-2024, the whole cycle as `period_budget_cycle`
gives it). Patterns: facts.yaml `period_budget_glued_patterns`.

A report with no title found whose heading opens the document and gives the date it reports
as of ("Информация о … по состоянию на 01.01.2016 года"): that year (`report_as_of_pattern`)."""

from __future__ import annotations

import re
from functools import cache

from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.vocab import load_yaml

_YEARS = re.compile(r"(?:19|20)\d\d")


@cache
def _glued() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE)
                 for p in load_yaml("facts")["period_budget_glued_patterns"])


def period_glued_budget_cycle(title: str | None) -> str | None:
    """The first and last year of a budget cycle printed without spaces in a title
    ("на2022годиплановыйпериод2023 и2024годов" → "2022-2024"): only the title, whose heading
    the reader found; the cycle's words ("плановый период") say it is a budget's."""
    if not title:
        return None
    for rx in _glued():
        m = rx.search(title)
        if m:
            years = _YEARS.findall(m.group("period"))
            if years[0] <= years[-1]:
                return f"{years[0]}-{years[-1]}"
    return None


_HEADING_LINES = 4  # a body's or a grif's lines may stand above the heading
_HEADING_SPAN = 3  # the heading's own lines: its genre word, its subject, its date


@cache
def _report_heading() -> tuple[frozenset[str], re.Pattern[str]]:
    f = load_yaml("facts")
    return frozenset(f["report_heading_words"]), re.compile(f["report_as_of_pattern"])


def period_of_report_heading(ctx: Ctx, title: str | None, kind: str | None) -> str | None:
    """A report with no title found whose own heading opens the document and says its year
    ("Информация о ходе реализации плана … по состоянию на 01.01.2016 года" → 2016; its date
    may stand on the heading's next lines): a report's period is its year. Only a heading whose
    first word says a report (`report_heading_words`), among the first lines: a date later in
    the text is a fact's, not the document's."""
    if title or kind not in ("report", None):
        return None
    words, as_of = _report_heading()
    lines = [squash(x.text) for x in ctx.top[: _HEADING_LINES + _HEADING_SPAN]]
    for k, line in enumerate(lines[:_HEADING_LINES]):
        if not set(ctx.lemmas(line)[:1]) & words:
            continue
        for text in lines[k : k + _HEADING_SPAN]:
            m = as_of.search(text)
            if m:
                return m.group("year")
        return None
    return None
