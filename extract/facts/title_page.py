"""A title page whose heading names the topic, not the genre ("Создание системы мер по …"
over the author and "с. N, 2020 г"), before an explanatory note whose labelled paragraph
describes the plan ("Наименование программы – программа МБОУ «…» «…»"): the row's lower-case
sentence says what the document is, the printed heading is its name."""

from __future__ import annotations

import re

from extract.facts import grifs
from extract.facts.act_subject import open_end
from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.stamps import stamp_kind
from extract.facts.title import plan_title
from extract.facts.title_lines import TITLE_WORDS, with_continuation
from extract.facts.title_passport import passport_name
from extract.facts.title_text import clean_title

_ORG_LEMMAS = 3  # a letterhead opens with the body's words ("Муниципальное … учреждение")


def heading_over_row_sentence(ctx: Ctx) -> str | None:
    """The document's first chunk, a bold heading, when the passport's name row is a
    sentence in lower case and no heading names the plan."""
    name = passport_name(ctx)
    if not name or not name[:1].islower() or not ctx.head:
        return None
    # a heading that names the plan is its title; a note's sentence ("Программа рассчитана
    # на …") is none
    if plan_title(ctx) and any((c.bold or c.heading or c.text.isupper())
                               and ctx.plan_noun(ctx.lemmas(c.text)) for c in ctx.head):
        return None
    first = ctx.head[0]
    text = first.text.strip()
    if not (first.bold or first.heading) or first.cells is not None or first.list_number:
        return None
    if not text[:1].isupper() or text.endswith(".") or len(text.split()) > TITLE_WORDS:
        return None
    lem = ctx.lemmas(text)
    if stamp_kind(ctx, text) or grifs.grif_chunk(ctx, first) or ctx.vocab.legal_form.search(text) \
            or set(lem[:_ORG_LEMMAS]) & ctx.vocab.org_words:
        return None
    if open_end(ctx, text):  # "Создание системы мер по" / "профилактике …": a PDF's line break
        text = with_continuation(ctx, ctx.chunks, ctx.chunks.index(first))
    return clean_title(ctx, text)


def row_sentence(ctx: Ctx) -> str | None:
    """The passport name row's value when it is a sentence in lower case ("программа МБОУ
    «…» «…»"): it names the genre and the owner the heading leaves out."""
    name = passport_name(ctx)
    return name if name and name[:1].islower() else None


_YEAR_LINE = re.compile(r"(?:^|,\s*)((?:19|20)\d\d)\s*(?:г\.?|года?)?\s*$")
_YEAR_LINE_WORDS = 6


def _title_page_year(ctx: Ctx) -> str | None:
    """The year a title page prints under its heading ("с. N, 2020 г", "2020 год")."""
    for line in ctx.top:
        m = _YEAR_LINE.search(line.text.strip())
        if m and len(line.text.split()) <= _YEAR_LINE_WORDS:
            return m.group(1)
    return None


def period_of_row_sentences(ctx: Ctx) -> str | None:
    """The term labelled paragraphs in lower case state ("… на период с 2020 по 2025 год"):
    where they state several (a name row keeping a former term), the one that holds the year
    the title page prints."""
    found: list[str] = []
    for c in ctx.chunks:
        if c.cells is None or len(c.cells) != 2 or not c.cells[1][:1].islower():
            continue
        got = next((m.group("period") for rx in ctx.vocab.period_title
                    if (m := rx.search(c.cells[1]))), None)
        if got:
            found.append(squash(got))
    if not found:
        return None
    year = _title_page_year(ctx)
    return next((p for p in found if year and _holds(p, int(year))), found[0])


def _holds(period: str, year: int) -> bool:
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    return bool(years) and years[0] <= year <= years[-1]
