"""A report form's table whose header names no indicator column: "N п/п | Формы отдыха |
Общее число … | в том числе …" over rows to be filled in ("1. | Лагеря различных типов: |
· | ·", "- | лагеря дневного пребывания | · | ·"). The rows are the indicators the form asks
for, their counts left blank. The evidence is weighed, never one clue alone: numbered group
rows ending in ":" or "в том числе" with dash sub-rows under them, count words heading the
other columns, and those columns empty or holding fill-in marks."""

from __future__ import annotations

import itertools
import re

from extract.activity_cols import clean_number
from extract.headphrase import read_header
from extract.indicator_rows import LETTER
from extract.layout import Ctx, GridRow, Header, flat
from extract.models import DraftIndicator

_DASH = re.compile(r"^[-–—]$")
_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
_GROUP_END = re.compile(r"(?::|\bв\s+том\s+числе:?)$", re.I)
_BLANK = re.compile(r"^[\s·.…_\-–—]*$")
_NAME = 1  # the names stand right after the number column
_NEEDED = 2  # kinds of evidence needed besides the rows' shape


def _shape(rows: list[GridRow], name: int) -> bool:
    """Every row numbered "1." or marked by a dash, a worded name beside it."""
    return bool(rows) and all(
        (_NUMBER.match(r.text(0)) or _DASH.match(r.text(0))) and LETTER.search(r.text(name))
        for r in rows)


def _group_with_dashes(rows: list[GridRow], name: int) -> bool:
    """A numbered row ending in ":" / "в том числе" with dash rows right under it."""
    return any(_NUMBER.match(a.text(0)) and _GROUP_END.search(flat(a.text(name)))
               and _DASH.match(b.text(0)) for a, b in itertools.pairwise(rows))


def _counts_headed(ctx: Ctx, h: Header, cols: list[int]) -> bool:
    """Every other column headed by a count word ("Общее число …", "Количество …")."""
    words = ctx.vocab.count_heads
    return all(read_header(h.texts[c], ctx.tools).head in words for c in cols)


def _blank(rows: list[GridRow], cols: list[int]) -> bool:
    return all(_BLANK.match(r.text(c)) for r in rows for c in cols)


def _rows(ctx: Ctx) -> list[GridRow]:
    rows = [r for r in ctx.body if any(r.texts)]
    while rows and rows[0].own and not rows[0].own[0]:
        rows = rows[1:]  # a header row under cells merged down from the first: no form row
    return rows


def form_evidence(ctx: Ctx) -> list[str]:
    """What makes the table a form's rows to fill in (empty when too little holds)."""
    h = ctx.header
    n = ctx.table.n_cols
    if h is None or n < 3 or set(h.roles.values()) - {"number"} or h.roles.get(0) != "number":
        return []
    rows, cols = _rows(ctx), list(range(2, n))
    if not _shape(rows, _NAME):
        return []
    evidence = [why for why, held in (
        ("group rows with dash sub-rows", _group_with_dashes(rows, _NAME)),
        ("count words head the other columns", _counts_headed(ctx, h, cols)),
        ("the other columns left blank", _blank(rows, cols)),
    ) if held]
    return evidence if len(evidence) >= _NEEDED else []


def is_form(ctx: Ctx) -> bool:
    """A report form's rows to fill in (see the module docstring)."""
    return bool(form_evidence(ctx))


def read_form(ctx: Ctx) -> list[DraftIndicator]:
    """One indicator per row: its number ("-" rows have none), its name without the colon
    that opens its sub-rows; no values (the form leaves them to fill in)."""
    ctx.note("report_form_rows", "rows to fill in: " + "; ".join(form_evidence(ctx)))
    out = []
    for row in _rows(ctx):
        number = None if _DASH.match(row.text(0)) else clean_number(row.text(0))
        name = flat(row.text(_NAME)).rstrip(":").rstrip()
        out.append(DraftIndicator(number=number, name=name, source=row.source))
    return out
