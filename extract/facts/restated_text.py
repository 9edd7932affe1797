"""An amending act that restates the whole plan in its own text: "1. Внести в муниципальную
программу «…» на 2020 - 2025 годы, утвержденную постановлением … от … № …, изменение,
изложив ее в следующей редакции:" and, after the colon, the plan as first approved — its
stamp repeated in quotes ("«Утверждена постановлением … от … № …") and its heading. The act
approves the plan anew: the plan's kind and heading (CONTRACT `kind`, `title`), and the
quoted stamp under the amending act's requisites gives the original act, as a stack of stamps
would (CONTRACT `order`). The item may name the plan itself ("1.1. Муниципальную программу
«…» изложить в следующей редакции:") and the plan's heading may follow with no stamp, opened
by the quote mark the restated text starts with: then the act's own requisites stand. Rules
of header.KIND_RULES, TITLE_RULES and ORDER_RULES."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx, drop_number
from extract.facts.stamps import stamps
from extract.facts.title_ends import ends_title, has_period
from extract.facts.title_lines import with_continuation
from extract.facts.title_paragraph import lines_from
from extract.facts.title_text import clean_title

_ITEM_REACH = 30  # a narrow print column spreads the item's lead-in over many short lines
_LEAD_LINES = 2  # "… изложив ее в следующей" / "редакции:"
_NOUN_REACH = 3  # "Внести в государственную программу": the plan's noun comes soon
_YEARS_REACH = 3  # the restated heading's lines up to its years in a narrow column


@dataclass(frozen=True)
class Restated:
    """The plan an amending item restates whole: its kind, heading and original act."""

    kind: str
    title: str
    requisites: rq.Requisites | None  # None: no stamp repeated, the act's own stand


def restated_in_text(ctx: Ctx) -> Restated | None:
    """The plan restated whole after an amending item's colon (read once per document)."""
    found: Restated | None = ctx.once("restated_in_text", lambda: _find(ctx))
    return found


def _find(ctx: Ctx) -> Restated | None:
    for mark in stamps(ctx):
        if not mark.quoted or not (mark.requisites.number and mark.requisites.date):
            continue
        kind = _item_kind(ctx, mark.start)
        if kind is None or mark.end >= len(ctx.top):
            continue
        heading = _heading(ctx, mark.end)
        if ctx.plan_noun(ctx.lemmas(heading)) == kind:
            return Restated(kind, clean_title(ctx, heading), mark.requisites)
    return _quoted_heading(ctx)


def _quoted_heading(ctx: Ctx) -> Restated | None:
    """The plan's heading printed right under the restating item, opened by the quote mark of
    the restated text ('"Муниципальная программа "…" в 2016 - 2018 годах"'), no stamp."""
    for i, line in enumerate(ctx.top[1:], start=1):
        if line.text[:1] not in _OPEN_QUOTES or not (kind := _item_kind(ctx, i)):
            continue
        heading = _without_outer_close(_heading(ctx, i)[1:].lstrip())
        if ctx.plan_noun(ctx.lemmas(heading)) == kind and has_period(ctx, heading):
            return Restated(kind, clean_title(ctx, heading), None)
    return None


_OPEN_QUOTES = ("\"", "«", "“", "„")
_OPENER = re.compile(r"(?:^|(?<=[\s(]))[\"«“„](?=\w)")
_CLOSER = re.compile(r"(?<=[\w.)])[\"»”]")


def _without_outer_close(heading: str) -> str:
    """'Муниципальная программа "Чтение" на 2020 - 2024 годы"' → '… годы': the quote closing
    the restated text goes with the one that opened it; one closing a nested name ('… "Город
    N" … годах"') stays."""
    if heading.endswith(("\"", "»", "”")) and \
            len(_CLOSER.findall(heading)) > len(_OPENER.findall(heading)):
        return heading[:-1].rstrip()
    return heading
# "…; 2) государственную программу …": the clause after the last item marker or lead-in colon
_CLAUSE_START = re.compile(r"^.*[;:]\s*", re.S)
_MARKER = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]|[а-я]\))\s*")


def _named_kind(ctx: Ctx, lead: str) -> str | None:
    """The plan kind a restating clause opens with ("Муниципальную программу «…» изложить
    в следующей редакции:")."""
    found = ctx.vocab.restate_named.search(lead)
    if found is None:
        return None
    clause = _MARKER.sub("", _CLAUSE_START.sub("", lead[: found.start()]), count=1)
    return ctx.plan_noun(ctx.lemmas(clause))


def _item_kind(ctx: Ctx, start: int) -> str | None:
    """The plan kind an item restating "ее" names after "Внести в", or the plan the
    restating clause itself names, when the item's lead-in ends right over top line `start`."""
    lines = ctx.top
    lead = " ".join(x.text for x in lines[max(0, start - _LEAD_LINES) : start])
    if not ctx.vocab.restate_whole.search(lead):
        return _named_kind(ctx, lead)
    for k in range(start - 1, max(-1, start - _ITEM_REACH), -1):
        lem = ctx.lemmas(drop_number(lines[k].text))
        if lem[:2] == ("внести", "в"):
            return next((kind for j in range(2, 2 + _NOUN_REACH)
                         if (kind := ctx.plan_noun(lem[j:]))), None)
    return None


def _heading(ctx: Ctx, i: int) -> str:
    """The heading opening at top line `i`, joined over the blocks a reader gave its lines."""
    line = ctx.top[i]
    text = with_continuation(ctx, ctx.chunks, line.chunk) if line.single else lines_from(ctx, i)
    k = i + 1
    while k < len(ctx.top) and ctx.top[k].text in text:
        k += 1
    # "… «Доступное образование» на" / "2016 - 2024 годы": a line left on a dangling word
    # goes on in the years it owes
    words = text.split()
    if k < len(ctx.top) and words and words[-1].lower() in ctx.vocab.dangling_words \
            and not has_period(ctx, text) and has_period(ctx, f"{text} {ctx.top[k].text}"):
        return f"{text} {ctx.top[k].text}"
    return text if has_period(ctx, text) else _up_to_years(ctx, text, k)


def _up_to_years(ctx: Ctx, text: str, k: int) -> str:
    """"Государственная программа Республики" / "Тайга "Развитие образования" на" / "2014 -
    2025 годы": a narrow column breaks the restated heading anywhere (here before the region's
    name); under the quoted stamp it goes on through the lines of its paragraph that bring its
    years, none of them a line no title runs into."""
    chunk, got = ctx.top[k - 1].chunk, text
    for line in ctx.top[k : k + _YEARS_REACH]:
        if line.chunk != chunk or ends_title(ctx, line.text):
            break
        got = f"{got} {line.text}"
        if has_period(ctx, got):
            return got
    return text


def kind_restated_in_text(ctx: Ctx) -> str | None:
    """The restated plan's kind."""
    got = restated_in_text(ctx)
    return got.kind if got else None


def title_restated_in_text(ctx: Ctx) -> str | None:
    """The restated plan's own heading."""
    got = restated_in_text(ctx)
    return got.title if got else None


def requisites_restated_in_text(ctx: Ctx) -> rq.Requisites | None:
    """The original act the restated plan's quoted stamp names."""
    got = restated_in_text(ctx)
    return got.requisites if got else None
