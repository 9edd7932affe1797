"""A document's period when nothing else says: the first and last year of its indicators' value
columns, or the year columns of a table whose header names indicators or the plan's term, or
the years a measures table stacks in its rows' term cells, one line a year; and
whether a table's row names open like indicators. The last period rule extract/facts/header.py
tries (extract/facts/period.py holds the others)."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.models import DraftValue

_HEADER_ROWS = 4
_MIN_YEAR_COLUMNS = 3
_YEAR_CELL = re.compile(r"^((?:19|20)\d\d)\s*(?:год|г\.?)?$")
_SPLIT_CELLS = re.compile(r"\s*[|¦│┃]\s*")


def period_from_indicators(ctx: Ctx) -> str | None:
    """The first and last year of the indicator tables' value columns ("2015-2020"): the
    planned values read when every year is planned, else all (not a base value's year written
    in its cell); else the year columns of a table whose header names indicators."""
    measured = [i for i in ctx.found.indicators if i.values]
    values = [v for i in measured for v in i.values if not v.year_in_cell]
    planned = sorted({v.year for v in values if v.kind == "plan"})
    # a base year's fact ("2013 г. (факт)") before a plan of every year is not in the plan's
    # period; before milestones ("2008 | 2015 | 2020" of a strategy) it opens it
    yearly = len(planned) >= 2 and planned[-1] - planned[0] + 1 == len(planned)
    years = planned if yearly else sorted({v.year for v in values})
    if _one_year_reported(values, years) and measures(ctx, [i.name for i in measured]):
        return str(years[0])  # "План на 2024 | Факт 2024": the year the report is on
    if len(years) < 2 or not measures(ctx, [i.name for i in measured]):
        years = _indicator_header_years(ctx) or _stacked_term_years(ctx)
    elif yearly:
        years = [*years, *_dashed_years(planned, _indicator_header_years(ctx))]
    return f"{years[0]}-{years[-1]}" if len(years) >= 2 else None


def _dashed_years(planned: list[int], captions: list[int]) -> list[int]:
    """Planned years the indicator table captions after the last year given a value, every
    cell of their columns a dash ("2025 год | 2026 год" over "- | -"): still the plan's years
    (CONTRACT `period`), when the captions run on from the valued years without a gap."""
    if not captions or planned[-1] not in captions:
        return []
    later = [y for y in captions if y > planned[-1]]
    return later if later == list(range(planned[-1] + 1, planned[-1] + 1 + len(later))) else []


def _one_year_reported(values: list[DraftValue], years: list[int]) -> bool:
    """One year's value columns, planned and actual ("План на 2024" | "Факт 2024"): a report
    on that year states its period by them (a plan's lone year column, or a base year's fact
    alone, states none)."""
    return len(years) == 1 and {v.kind for v in values} >= {"plan", "fact"}


def measures(ctx: Ctx, names: list[str]) -> bool:
    """Most (and at least one) names open like indicators ("Доля …", "Количество …",
    "Удельный вес …"): rows of money by year ("Предоставление субсидий …") give no plan's period."""
    firsts = [ctx.lemmas(n)[:1] for n in names]
    hits = sum(1 for f in firsts if f and f[0] in ctx.vocab.measure_words)
    return hits > 0 and 2 * hits >= len(names)


def _year_cells(texts: list[str]) -> list[int]:
    """Years of `texts` that are a year alone ("2015", "2016 год", "2020 г.")."""
    return [int(m.group(1)) for t in texts if (m := _YEAR_CELL.match(t.strip()))]


def _names_years(ctx: Ctx, cells: list[str]) -> bool:
    """A header naming indicators ("Значение показателя по годам") or the plan's term ("Сроки
    реализации и объемы финансирования"): its year columns are the plan's years."""
    for x in cells[:40]:
        lem = set(ctx.lemmas(x))
        if lem & ctx.vocab.indicator_words or any(set(g) <= lem
                                                   for g in ctx.vocab.term_header_words):
            return True
    return False


def _indicator_header_years(ctx: Ctx) -> list[int]:
    """Years heading the columns of an indicator table ("Наименование показателя | … |
    2015 год | 2016 год | …") or of a table whose header calls them the term, from its first
    rows (or a text table's first lines)."""
    tables: dict[int | None, list[str]] = {}
    for c in ctx.chunks:
        if c.cells is not None and len(tables.get(c.source.table, [])) < _HEADER_ROWS * 20:
            tables.setdefault(c.source.table, []).extend(c.cells)
    groups = list(tables.values()) + [
        [x for line in c.lines for x in _SPLIT_CELLS.split(line)] for c in ctx.prose[:60]]
    for cells in groups:
        years = _year_cells(cells)
        if len(set(years)) >= _MIN_YEAR_COLUMNS and _names_years(ctx, cells):
            return sorted(set(years))
    return []


_MIN_STACKED_ROWS = 2


def _stacked_term_years(ctx: Ctx) -> list[int]:
    """"Сроки исполнения" / "2013↵2014↵2015" in row after row, the money beside stacked the
    same way: a measures table printed alone, its rows planned year by year — those years are
    the plan's (CONTRACT `period`: its money split by years)."""
    rows: dict[int | None, list[tuple[int, ...]]] = {}
    heads: dict[int | None, list[str]] = {}
    for c in ctx.chunks:
        if c.cells is None:
            continue
        if len(heads.setdefault(c.source.table, [])) < _HEADER_ROWS * 20:
            heads[c.source.table].extend(c.cells)
        for raw in c.raw_cells:
            stacked = _stacked(raw)
            if stacked:
                rows.setdefault(c.source.table, []).append(stacked)
    for table, found in rows.items():
        common = max(set(found), key=found.count)
        if found.count(common) >= _MIN_STACKED_ROWS and any(
                "срок" in ctx.lemmas(x) for x in heads.get(table, [])):
            return list(common)
    return []


def _stacked(raw: str) -> tuple[int, ...] | None:
    """The years of a cell holding one year a line, consecutive ("2013↵2014↵2015"), or None;
    a text export joins the cell's lines with spaces ("2013 2014 2015"): one year a word."""
    lines = [x for x in raw.split("\n") if x.strip()]
    if len(lines) == 1:
        lines = lines[0].split()
    years = _year_cells(lines)
    if len(lines) < 2 or len(years) != len(lines):
        return None
    return tuple(years) if all(b == a + 1 for a, b in pairwise(years)) else None
