"""A period a report's heading states in a shape the title rules miss: a report with no title
found whose heading opens the document and gives the date it reports as of ("Информация о …
по состоянию на 01.01.2016 года"): that year (`report_as_of_pattern`)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_HEADING_LINES = 4  # a body's or a grif's lines may stand above the heading
_HEADING_SPAN = 3  # the heading's own lines: its genre word, its subject, its date


def period_of_report_heading(ctx: Ctx, title: str | None, kind: str | None) -> str | None:
    """A report with no title found whose own heading opens the document and says its year
    ("Информация о ходе реализации плана … по состоянию на 01.01.2016 года" → 2016; its date
    may stand on the heading's next lines): a report's period is its year. Only a heading whose
    first word says a report (`report_heading_words`), among the first lines: a date later in
    the text is a fact's, not the document's."""
    if title or kind not in ("report", None):
        return None
    words, as_of = ctx.vocab.report_heading_words, ctx.vocab.report_as_of
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
