"""A page that is only a table whose first row, across its width, is the document's heading
("Перечень показателей мониторинга … в Заречной области" over "N п/п | Позиции | <the body
reporting>" and a column-number row whose value columns name a past period, "за 9 месяцев
2024 г."). That row is the title; a heading naming a report's genre word (мониторинг, отчёт,
информация …) over value columns captioned "за <period>" is a report — the values are what
was counted in that period — and that period is its term."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.title_lines import TITLE_WORDS
from extract.facts.title_text import clean_title
from extract.vocab import get_vocab

_HEADER_ROWS = 4  # the caption row, the header, a column-number row under it
# a value column's caption naming a past period: "за 9 месяцев 2024 г.", "за 2024 год",
# "за I полугодие 2024 года" — the period ends with its year
_PAST_PERIOD = re.compile(r"^за\s+(?:[\wА-Яа-яЁё]+\s+){0,3}(?:19|20)\d\d\s*(?:г\.?|года?)?\s*$",
                          re.IGNORECASE)


def _first_rows(ctx: Ctx) -> list[Chunk]:
    """The first rows of the page's first table, when the page opens with it (no prose above)."""
    if not ctx.chunks or ctx.chunks[0].cells is None:
        return []
    table = ctx.chunks[0].source.table
    rows: list[Chunk] = []
    for c in ctx.chunks[:_HEADER_ROWS]:
        if c.cells is None or c.source.table != table:
            break
        rows.append(c)
    return rows


def _caption(ctx: Ctx) -> str | None:
    """The first row's one text across the width when it opens with a list's or a report's
    heading word ("Перечень …", "Информация о …", "Мониторинг …")."""
    rows = _first_rows(ctx)
    if len(rows) < 2:
        return None
    texts = [x for x in rows[0].cells or () if x.strip()]
    if len(texts) != 1 or len(texts[0].split()) > TITLE_WORDS or texts[0].rstrip().endswith(":"):
        return None
    text = texts[0]
    if get_vocab(ctx.tools).section_label.match(text):
        return None  # "Раздел 1. …": a part of a longer table, no heading of the page
    lem = ctx.lemmas(text)
    opener = ctx.vocab.list_headings | ctx.vocab.report_heading_words
    return text if lem and lem[0] in opener and text[:1].isupper() else None


def caption_title(ctx: Ctx) -> str | None:
    """The table's first row as the page's title (rule table_caption)."""
    text = _caption(ctx)
    return clean_title(ctx, text) if text else None


def _past_period(ctx: Ctx) -> str | None:
    """The one past period every value column of the header's rows names ("за 9 месяцев
    2024 г." over each count), or None."""
    for c in _first_rows(ctx)[1:]:
        periods = {" ".join(x.split()) for x in c.cells or () if _PAST_PERIOD.match(x.strip())}
        if len(periods) == 1:
            return periods.pop()
    return None


def caption_report_kind(ctx: Ctx) -> str | None:
    """"report" for a table captioned with a report's genre word over value columns of a past
    period (rule table_caption)."""
    text = _caption(ctx)
    if not text or not set(ctx.lemmas(text)) & ctx.vocab.report_heading_words:
        return None
    return "report" if _past_period(ctx) else None


def caption_report_period(ctx: Ctx, kind: str | None) -> str | None:
    """A report's term as its value columns name it ("за 9 месяцев 2024 г.")."""
    return _past_period(ctx) if kind == "report" and _caption(ctx) else None
