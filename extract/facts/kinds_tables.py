"""What a document is when its head names nothing (a page cut from a plan, a form's text
export): the rules of header.KIND_RULES that read its tables' headers, a task report form's
captions, the activities and indicators found (extract/facts/kinds.py holds the others)."""

from __future__ import annotations

import re

from extract.facts import title_appendix as title_appendix_
from extract.facts.ctx import Ctx
from extract.facts.period_indicators import measures
from extract.facts.stamps import stamps

_HEADER_CHUNKS = 60
_ROW_WORDS = 14


def _table_headed(ctx: Ctx, groups: tuple[tuple[str, ...], ...]) -> bool:
    """A table row among the first ones holds every lemma of one of `groups` — or a line that
    is such a row flattened by a site's export: "N Наименование мероприятия Сроки исполнения
    Ответственные исполнители" (the number column's "N" / "№" first, a header's few words)."""
    for c in ctx.chunks[:_HEADER_CHUNKS]:
        if c.cells is not None:
            texts = [" ".join(c.cells)]
        else:
            texts = [x for x in c.lines
                     if title_appendix_.FLAT_ROW_HEADER.match(x) and len(x.split()) <= _ROW_WORDS]
        for text in texts:
            lem = set(ctx.lemmas(text))
            if any(set(group) <= lem for group in groups):
                return True
    return False


def kind_activity_table(ctx: Ctx) -> str | None:
    """A table headed like a plan of activities ("Мероприятие | Срок | Ответственный") makes a
    roadmap even when no row of it could be read as an activity (a page cut from a plan)."""
    return "roadmap" if _table_headed(ctx, ctx.vocab.activity_headers) else None


def kind_report_table(ctx: Ctx) -> str | None:
    """A table of what was done against the plan ("фактическое значение за отчетный период |
    отклонение") makes a report, though the page names itself nowhere (a page cut from it)."""
    return "report" if _table_headed(ctx, ctx.vocab.report_headers) else None


_CAPTION_CHUNKS = 120  # a site's page: its chrome and a cell a paragraph before the captions
_CAPTION_WORDS = 40


# "… физические лица 3. Сведения о фактическом …": a form flattened into one paragraph keeps
# its points' numbers; a caption opening a point is the form's, not a sentence about it
_POINT_SPAN = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.\s+(?=(\S+(?:\s+\S+){0,6}))")


def kind_report_form(ctx: Ctx) -> str | None:
    """The task report form's own captions in prose ("3.1. Сведения о фактическом достижении
    показателей …", "исполнено на отчетную дату"): a site's text export that gave each cell a
    paragraph, or ran the form into one paragraph (then a caption opening a numbered point),
    the page starting below the report's heading or without one."""
    for c in ctx.prose[:_CAPTION_CHUNKS]:
        short = len(c.text.split()) <= _CAPTION_WORDS
        for text in [c.text] if short else [m.group(1) for m in _POINT_SPAN.finditer(c.text)]:
            if _report_caption(ctx, text):
                return "report"
    return None


def _report_caption(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    return any(lem[k : k + len(seq)] == seq for seq in ctx.vocab.report_form_captions
               for k in range(len(lem) - len(seq) + 1))


def kind_programme_indicators(ctx: Ctx) -> str | None:
    """An indicator table whose header names a programme or a project ("Показатели
    Ведомственного проекта", "… подпрограммы"), no activity read: a page cut from a programme
    (a roadmap's indicator table names neither)."""
    if ctx.found.activities:
        return None
    groups = tuple((w, p) for w in ctx.vocab.indicator_words for p in ctx.vocab.programme_words)
    return "programme" if _table_headed(ctx, groups) else None


def kind_financing_table(ctx: Ctx) -> str | None:
    """Activities whose table splits their money by source ("Источники финансирования |
    федеральный бюджет | областной бюджет …"): a programme's system of measures (a roadmap
    states no budgets), when nothing names the document."""
    if not ctx.found.activities or _act_measures(ctx):
        return None
    return "programme" if _table_headed(ctx, ctx.vocab.financing_headers) else None


def kind_programme_measures(ctx: Ctx) -> str | None:
    """A table headed by a (sub)programme's measures or spending ("Цели, задачи, мероприятия
    подпрограммы", "Расходы по годам реализации подпрограммы", "Код бюджетной
    классификации"): a page cut from a programme, its rows read or not (a roadmap has no
    subprogrammes and states no budget lines)."""
    if ctx.found.activities and _act_measures(ctx):
        return None
    return "programme" if _table_headed(ctx, ctx.vocab.programme_measure_headers) else None


_MEASURES_AT = 2  # "Мероприятия …", "Основные мероприятия …"


def _act_measures(ctx: Ctx) -> bool:
    """"Приложение к распоряжению от … № …" / "Основные мероприятия по …": the measures an act
    approves under its own stamp (no plan's appendix): a roadmap (CONTRACT `kind`)."""
    stamp = next(iter(stamps(ctx)), None)
    if stamp is None or stamp.parent or not stamp.act:
        return False
    t = title_appendix_.appendix_title(ctx)
    return t is not None and bool(set(ctx.lemmas(t)[:_MEASURES_AT]) & ctx.vocab.measures_heads)


def kind_has_activities(ctx: Ctx) -> str | None:
    return "roadmap" if ctx.found.activities else None


# "Подпрограмма 1 «…»", "ПОДПРОГРАММА II.": a label, then the part's number
_NUMBERED_PART = re.compile(r"^\s*(\w+)\s+(?:\d{1,2}|[IVX]{1,4})\b")


def kind_programme_part_rows(ctx: Ctx) -> str | None:
    """Activities grouped under a row across the table naming a numbered part of a programme
    ("Подпрограмма 1 «…»" over "Цель 1. …", "Задача 1.1. …" and the measures): the measures
    table of a programme, when nothing above names the document (a roadmap has no
    subprogrammes)."""
    if not ctx.found.activities:
        return None
    for c in ctx.chunks[:_HEADER_CHUNKS]:
        texts = {x for x in (c.cells or ()) if x}
        m = _NUMBERED_PART.match(next(iter(texts))) if len(texts) == 1 else None
        if m and ctx.tools.lemma(m.group(1).lower()) in ctx.vocab.programme_part_labels:
            return "programme"
    return None


_PLAN_YEARS = 2
_RESULT = "результат"


def kind_indicator_years(ctx: Ctx) -> str | None:
    """Indicator rows with planned values over several years and no activity, nothing naming
    the document: an indicator appendix cut from a programme (a roadmap's targets come with
    its activities; so does a roadmap's table of indicators with a "Результаты" column, as the
    roadmaps of 2013 print them)."""
    if ctx.found.activities or _table_headed(ctx, ((_RESULT,),)):
        return None
    years = {v.year for i in ctx.found.indicators for v in i.values
             if v.kind == "plan" and not v.year_in_cell}
    names = [i.name for i in ctx.found.indicators if i.values]
    return "programme" if len(years) >= _PLAN_YEARS and measures(ctx, names) else None
