"""A report form's heading whose blanks the institution filled in, each over its caption:

    ФОРМА ОТЧЕТА
    О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ НА ОКАЗАНИЕ МУНИЦИПАЛЬНОЙ УСЛУГИ
    ____________дошкольное образование________
    (наименование муниципальной услуги (работы))
    МУНИЦИПАЛЬНЫМ УЧРЕЖДЕНИЕМ МБДОУ детский сад «Солнышко»
    (наименование учреждения)
    ЗА 20_25_ г.

The title goes on over the filled blanks (their blank runs around the value dropped, the
captions left out) and the heading's lines up to the year line that closes it ("ЗА 20_25_ г.",
its blanks kept as printed). Without that year line the heading is left as it was read: a
blank line and a caption alone may open the form's fields as well.

A task report's heading a text layer ran on into the form's fields ("… на плановый период 2026
и 2027 годов от «30» сентября 2025 г. Наименование муниципального учреждения …") ends before
the form's date or its first field's label (`without_form_fields`).

A task form's heading over the institution's name filled in above its caption and the budget
cycle under it ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ" / "Муниципальное бюджетное … учреждение" / "… детский
сад «…»" / "(наименование муниципального учреждения)" / "на 2015 год и на плановый период …")
goes on over the name to the years, the caption left out (`owner_over_caption`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, squash
from extract.facts.title_ends import has_period, years_only
from extract.facts.vocab_acts import ActsVocab

_LINES = 8  # the filled blanks, their captions and the year line under the heading
_WORDS = 14  # a heading line's words; a longer one is the form's text
_CAPTION = re.compile(r"^\s*\((?:наименование|указывается|вид)\b", re.I)
_FILLED = re.compile(r"^\s*_{2,}(?P<value>[^_]+?)_{2,}\s*$")
# "ЗА 20_13_ г.", "за 2024 год", "НА 20__25__ ГОД"
_YEAR_LINE = re.compile(r"^\s*(?:за|на)\s+(?:19|20)_*\d\d_*\s*(?:гг?\.?|год[а-яё]*)\s*$", re.I)


def with_form_blanks(ctx: Ctx, i: int, title: str) -> str:
    """`title` (read from head chunk `i` on) with the form's filled blanks and heading lines up
    to its year line; `title` as it was when no year line closes them."""
    k = i + 1
    while k < len(ctx.head) and ctx.head[k].text and ctx.head[k].text in title:
        k += 1  # the lines the title already took
    parts: list[str] = []
    for c in ctx.head[k : k + _LINES]:
        text = squash(c.text)
        if c.cells is not None or c.list_number or len(text.split()) > _WORDS:
            return title
        if _YEAR_LINE.match(text):
            return " ".join([title, *parts, text]) if parts else title
        if not text or _CAPTION.match(text):
            continue
        filled = _FILLED.match(text)
        if filled:
            parts.append(filled.group("value").strip())
        elif text.split()[0].isupper():  # "МУНИЦИПАЛЬНЫМ УЧРЕЖДЕНИЕМ МБДОУ детский сад «…»"
            parts.append(text)
        else:
            return title
    return title


def without_split_date(vocab: ActsVocab, title: str) -> str:
    """"ОТЧЕТ от «9» об исполнении … за 2022 год января 2023 года" → "ОТЧЕТ об исполнении …
    за 2022 год": the form's date cell a text layer interleaved with the heading's lines (its
    day after the report's word, its month and year after the heading) taken out."""
    m = vocab.task_report_split_date.match(title)
    return f"{m.group('head')} {m.group('rest')}{m.group('tail')}".rstrip() if m else title


def without_form_fields(ctx: Ctx, title: str | None) -> str | None:
    """A task report form's title cut before the form's date or its institution field run on
    after the heading; any other title as it is."""
    joined = without_split_date(ctx.vocab, title) if title else title
    if joined != title and joined:  # the date cell taken out: the form's fields may run on
        label = ctx.vocab.institution_label.search(joined)
        return joined[: label.start()].rstrip(" ,;:") if label and label.start() else joined
    if not title or not ctx.vocab.task_report_head.match(re.sub(r"\s+", "", title).lower()):
        return title
    cuts = [m.start() for m in (ctx.vocab.task_report_form_date.search(title),
                                ctx.vocab.institution_label.search(title)) if m and m.start()]
    return title[: min(cuts)].rstrip(" ,;:") if cuts else title


_OWNER_LINES = 3  # the institution's full name over its caption, a line or a few


def owner_over_caption(ctx: Ctx, texts: Sequence[str], title: str) -> str | None:
    """`title` with the name filled in over a form's caption and the years under the caption
    (texts: the lines after the heading, up to any table); None unless a short name, a caption,
    then nothing but the years follow."""
    names: list[str] = []
    for n, raw in enumerate(texts[: _OWNER_LINES + 1]):
        text = squash(raw)
        if not text:
            return None
        if _CAPTION.match(text) and ctx.vocab.form_caption.match(text):
            years = squash(texts[n + 1]) if n + 1 < len(texts) else ""
            return " ".join([title, *names, years]) if names and years_only(ctx, years) else None
        if len(text.split()) > _WORDS or has_period(ctx, text):
            return None
        names.append(text)
    return None


def owner_over_blocks(ctx: Ctx, blocks: tuple[Chunk, ...], title: str) -> str | None:
    """`owner_over_caption` over the blocks after a heading, up to a table or numbered item."""
    texts = [c.text for c in itertools.takewhile(
        lambda c: c.cells is None and not c.list_number, blocks)]
    return owner_over_caption(ctx, texts, title)
