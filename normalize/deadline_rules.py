"""The ordered rules that turn a normalised deadline phrase into an interval.

Each rule is a small named function `(Ctx) -> Hit | None`; the first that returns a Hit decides
the interval. The recurrence is the one the phrase's words imply (deadline_scan.kind_of), else the
rule's default: "once" for days, months, quarters and half-years named in one year, "annual" for
them repeated over several years, none for plain years and school years.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from normalize import deadline_scan as sc
from normalize.deadline_grammar import G
from normalize.deadline_scan import Token
from normalize.models import Recurrence


@dataclass(frozen=True)
class Ctx:
    """A phrase under analysis: normalised text, plan years (first, last) and implied kind."""

    s: str
    plan: tuple[int, int] | None
    kind: Recurrence | None
    school_plan: bool = False  # the plan's years are a school year (September – August)
    prep_plan: bool = False  # the plan prepares for that school year: its dates precede it
    plan_month: int | None = None  # a one-month plan's month


@dataclass(frozen=True)
class Hit:
    """What a rule found: the interval and the recurrence it implies when no word says one."""

    start: date | None
    end: date | None
    default: Recurrence | None


def _day(y: int, m: int, d: int | None, last: bool) -> date:
    """A valid date in month `m` of year `y`; d None means the month's first or last day."""
    days = calendar.monthrange(y, m)[1]
    if d is None:
        return date(y, m, days if last else 1)
    return date(y, m, min(d, days))


def _fill_years(tokens: list[Token]) -> list[int]:
    """Years of tokens that carry none, taken from the next token that does (else the previous)."""
    years: list[int | None] = [t.year for t in tokens]
    nxt: int | None = None
    for i in range(len(years) - 1, -1, -1):
        if years[i] is None:
            years[i] = nxt
        nxt = years[i]
    prev: int | None = None
    for i, y in enumerate(years):
        if y is None:
            years[i] = prev
        prev = years[i]
    return [y if y is not None else 0 for y in years]


def _frame(ctx: Ctx, rest: str) -> tuple[int, int] | None:
    """The years a phrase's yearless tokens fall in: years written elsewhere, else the plan.
    "Май, ежегодно с 2023 года": from that year to the plan's last."""
    ys = sc.years(rest)
    if len(ys) == 1 and ctx.plan and ys[0][2] < ctx.plan[1] and sc.since_prefix(rest, ys[0][0]):
        return ys[0][1], ctx.plan[1]
    if ys:
        return min(a for _, a, _ in ys), max(b for _, _, b in ys)
    return ctx.plan


def _resolve(tokens: list[Token], ctx: Ctx) -> Hit:
    """Tokens (in text order) → interval from the first token's start to the last token's end."""
    first, last = tokens[0], tokens[-1]
    rest = sc.mask(ctx.s, [(t.pos, t.end) for t in tokens])
    school = sc.school_year(ctx.s)
    default: Recurrence = "once"
    if any(t.year for t in tokens):
        ys = _fill_years(tokens)
        y1, y2 = ys[0], ys[-1]
        if (y1, first.m1) > (y2, last.m2) and first.year is None:
            y1 -= 1
        elif _slipped_end_year(first, last, ctx.s):  # "с 01.01.2024 по 08.01.2023": 2024
            y2 = y1 if (last.m2, last.d2 or 31) >= (first.m1, first.d1 or 1) else y1 + 1
        more = [b for _, _, b in sc.years(rest) if b > y2]
        if more:  # "май 2023, 2024": the same months in later years too
            y2, default = max(more), "annual"
        elif _same_months_each_year(tokens, ctx.s):  # "май 2023 г., май 2024 г."
            default = "annual"
    elif school:
        start_month = G.school_start[0]
        y1 = school[0] if first.m1 >= start_month else school[1]
        y2 = school[0] if last.m2 >= start_month else school[1]
    elif ctx.prep_plan and ctx.plan:  # "до 15 июня" before the school year it prepares for
        y1 = y2 = ctx.plan[0]
        if (first.m1, first.d1 or 1) > (last.m2, last.d2 or 31):
            y2 += 1
    elif ctx.school_plan and ctx.plan:
        y1, y2, default = _school_frame(first, last, ctx.plan)
    else:
        frame = _frame(ctx, rest)
        if frame is None:  # no year anywhere: a month or day named once, its year unknown;
            # a bare start ("с 1 января", not "с 9 по 19 августа") says nothing of how often
            since = first is last and not first.closed and sc.since_prefix(ctx.s, first.pos)
            return Hit(None, None, None if since else "once")
        y1, y2 = frame
        if y1 < y2:
            default = "annual"
        elif (first.m1, first.d1 or 1) > (last.m2, last.d2 or 31):
            y2 += 1
    return _bounded(first, last, y1, y2, ctx, default)


def _slipped_end_year(first: Token, last: Token, s: str) -> bool:
    """A range of two dated ends whose end, as written, comes before its start ("с 01.01.2024 по
    08.01.2023", "с 20.12.2024 по 10.01.2024"): a slip in the end's year; the end follows the
    start."""
    if first is last or first.year is None or last.year is None:
        return False
    written_end = (last.year, last.m2, last.d2 or 31)
    return (written_end < (first.year, first.m1, first.d1 or 1)
            and G.range_gap.fullmatch(s[first.end:last.pos]) is not None)


def _same_months_each_year(tokens: list[Token], s: str) -> bool:
    """Every token names the same months, each in another year written with it — listed
    ("май 2023 г., май 2024 г."), not the two ends of a range ("01.09.2024 - 01.09.2025",
    "с 01.01.2015 по 01.01.2016": one span)."""
    years = [t.year for t in tokens]
    return (len(tokens) > 1 and None not in years and len(set(years)) == len(years)
            and len({(t.m1, t.m2, t.d1, t.d2) for t in tokens}) == 1
            and not any(G.range_gap.fullmatch(s[a.end:b.pos]) for a, b in pairwise(tokens)))


def _school_frame(first: Token, last: Token, plan: tuple[int, int]) -> tuple[int, int, Recurrence]:
    """Years of yearless tokens in a school-year plan: from the first school year of the plan to
    its last (one school year: "once"; several: "annual")."""
    start_month = G.school_start[0]
    a, b = plan[0], max(plan[1], plan[0] + 1)
    y1 = a if first.m1 >= start_month else a + 1
    # the last token's year is its first month's: "III кв." (July–September) of a 2008/2009
    # plan is the quarter that opens in July 2009, as a month token's is its month's
    y2 = b - 1 if last.m1 >= start_month else b
    return y1, y2, "once" if b - a == 1 else "annual"


def _bounded(first: Token, last: Token, y1: int, y2: int, ctx: Ctx,
             default: Recurrence) -> Hit:
    """Apply a by-prefix ("до", "не позднее") or a since-prefix ("с") to the interval."""
    start = _day(y1, first.m1, first.d1, last=False)
    by = sc.by_prefix(ctx.s, first.pos)
    if by:
        bare_month = (by == "by" and last.d2 is None) or last.opens
        if ctx.kind == "annual" and ctx.plan and ctx.plan[1] > y2 and G.then_each.search(
                ctx.s[last.end:]):  # "до 15.09.2024, далее ежегодно": by that day each year
            y2 = ctx.plan[1]
        return Hit(None, _day(y2, last.m1 if bare_month else last.m2,
                              None if bare_month else last.d2, last=not bare_month), default)
    end = _day(y2, last.m2, last.d2, last=True)
    if first is last and not first.closed and ctx.kind != "once" and sc.since_prefix(
            ctx.s, first.pos):  # not "в течение 2 недель с начала учебного года": once
        if ctx.kind == "annual" and ctx.plan and ctx.plan[1] > y2:
            # "с 1 сентября 2024 г. ежегодно": that day each year to the plan's last year
            return Hit(start, _day(ctx.plan[1], last.m2, last.d2, last=True), "annual")
        return Hit(start, None, "continuous")
    if ctx.kind == "continuous" and G.open_ended.search(ctx.s[last.end:]):
        return Hit(start, None, "continuous")  # "сентябрь 2023, далее постоянно"
    if ctx.kind == "annual" and ctx.plan and ctx.plan[1] > y2 and G.then_each.search(
            ctx.s[last.end:]):  # "декабрь 2022 г., далее ежегодно": each year to the plan's end
        return Hit(start, _day(ctx.plan[1], last.m2, last.d2, last=True), "annual")
    if ctx.kind == "continuous" and ctx.plan and not sc.years(ctx.s[last.end:]) \
            and G.whole_span.search(ctx.s[last.end:]):
        # "сентябрь, в течение года": from that month through the plan's (school) year
        return Hit(start, max(end, _plan_span(ctx)[1] or end), "continuous")
    if start > end:  # listed out of order ("август, январь" of a school year): span both
        start, end = _day(y2, last.m1, last.d1, last=False), _day(y1, first.m2, first.d2, last=True)
    return Hit(min(start, end), max(start, end), default)


def _plan_span(ctx: Ctx) -> tuple[date | None, date | None]:
    if ctx.plan is None:
        return None, None
    if ctx.school_plan:
        (sm, sd), (em, ed) = G.school_start, G.school_end
        return date(ctx.plan[0], sm, sd), date(max(ctx.plan[1], ctx.plan[0] + 1), em, ed)
    return date(ctx.plan[0], 1, 1), date(ctx.plan[1], 12, 31)


def day_of_month(ctx: Ctx) -> Hit | None:
    """"до 25 числа каждого месяца": a day repeated every month of the plan."""
    m = G.day_of_month.search(ctx.s)
    if not m or sc.month_tokens(ctx.s[m.end():]):
        return None
    start, end = _plan_span(ctx)
    return Hit(start, end, "monthly")


def plan_month_day(ctx: Ctx) -> Hit | None:
    """"1 (суббота)" in a one-month plan: that day of the plan's month."""
    m = G.day_weekday.search(ctx.s)
    if not m or ctx.plan is None or ctx.plan_month is None or ctx.plan[0] != ctx.plan[1]:
        return None
    d = int(m.group("d"))
    if not 1 <= d <= calendar.monthrange(ctx.plan[0], ctx.plan_month)[1]:
        return None
    day = date(ctx.plan[0], ctx.plan_month, d)
    return Hit(day, day, "once")


def days(ctx: Ctx) -> Hit | None:
    """Dates: "15.03.2024", "до 01.03.2024", "с 01.09.2023 по 31.05.2024", "не позднее 15 мая"."""
    tokens = sc.day_points(ctx.s)
    return _resolve(tokens, ctx) if tokens else None


def quarters(ctx: Ctx) -> Hit | None:
    """Quarters: "II квартал 2024 г.", "IV квартал", "в течение III квартала", "1-2 кв."."""
    tokens = sc.part_tokens(ctx.s, quarter=True)
    return _resolve(tokens, ctx) if tokens else None


def halves(ctx: Ctx) -> Hit | None:
    """Half-years: "I полугодие", "1 полугодие 2024"; of a school year ("I полугодие
    2023-2024 учебного года", or in a plan for a school year) they are its halves:
    September–December and January–May."""
    tokens = sc.part_tokens(ctx.s, quarter=False)
    if tokens and (ctx.school_plan or sc.school_year(ctx.s)):
        tokens = [_school_half(t) for t in tokens]
    return _resolve(tokens, ctx) if tokens else None


def _school_half(t: Token) -> Token:
    m1, m2 = G.school_halves[0 if t.m1 == 1 else 1]
    return Token(t.pos, t.end, m1, m2)  # a year after it opens the school year


def terms(ctx: Ctx) -> Hit | None:
    """School terms: "I четверть", "в третьей четверти", "II четверть 2024/2025 уч. года" —
    September–October, November–December, January–March, April–May of the school year."""
    tokens = sc.term_tokens(ctx.s)
    return _resolve(tokens, ctx) if tokens else None


def months(ctx: Ctx) -> Hit | None:
    """Months: "Январь 2023", "апрель–май 2021 г.", "2021–2022 гг., март", "Ежегодно, август"."""
    tokens = sc.month_tokens(ctx.s)
    return _resolve(tokens, ctx) if tokens else None


def school_years(ctx: Ctx) -> Hit | None:
    """"2023-2024 учебный год", "2023/2024 уч. г." → 1 September to 31 August."""
    sy = sc.school_year(ctx.s)
    if not sy:
        return None
    (sm, sd), (em, ed) = G.school_start, G.school_end
    return Hit(date(sy[0], sm, sd), date(sy[1], em, ed), None)


def school_period(ctx: Ctx) -> Hit | None:
    """"в течение учебного года": the school year that starts in the plan's first year."""
    if not G.school_period.search(ctx.s):
        return None
    if ctx.plan is None:
        return Hit(None, None, "continuous")
    a, b = ctx.plan
    (sm, sd), (em, ed) = G.school_start, G.school_end
    return Hit(date(a, sm, sd), date(b if b > a else a + 1, em, ed), "continuous")


def by_year(ctx: Ctx) -> Hit | None:
    """"до 2024 года", "до конца 2025 г." → open start, end of that year."""
    ys = sc.years(ctx.s)
    if not ys or not sc.by_prefix(ctx.s, ys[0][0]):
        return None
    return Hit(None, date(ys[-1][2], 12, 31), "once")


def year_open(ctx: Ctx) -> Hit | None:
    """"2021 г. обновление постоянно", "с 2021 года" → from that year on, no end."""
    ys = sc.years(ctx.s)
    if len(ys) != 1 or ys[0][1] != ys[0][2]:
        return None
    pos, y, _ = ys[0]
    if not (sc.since_prefix(ctx.s, pos) or G.open_ended.search(ctx.s)):
        return None
    if ctx.kind == "continuous" and "течение" in ctx.s and not G.then_on.search(ctx.s):
        return None  # "в течение 2024 года" is that year; "…, далее – постоянно" goes on
    return Hit(date(y, 1, 1), None, "continuous")


def years(ctx: Ctx) -> Hit | None:
    """"2022-2026 годы", "2020–2022 гг.", "2025 г.", "в течение 2024 года"."""
    ys = sc.years(ctx.s)
    if not ys:
        return None
    return Hit(date(min(a for _, a, _ in ys), 1, 1), date(max(b for _, _, b in ys), 12, 31), None)


def recurrence(ctx: Ctx) -> Hit | None:
    """Only a recurrence word: "ежегодно", "1 раз в год", "постоянно", "по мере необходимости".

    Repeated and continuous work spans the plan's years; on-demand and scheduled work has no
    dates of its own (the schedule is elsewhere).
    """
    if ctx.kind is None:
        return None
    if ctx.kind in ("on_demand", "scheduled", "once"):  # dates elsewhere or relative
        return Hit(None, None, ctx.kind)
    start, end = _plan_span(ctx)
    return Hit(start, end, ctx.kind)


def year_span(ctx: Ctx) -> Hit | None:
    """"в течение двух лет": so many whole years from the plan's first year, continuous; after an
    event ("… после открытия центра", its date elsewhere) or with no plan, no dates."""
    m = G.year_span.search(ctx.s)
    if not m:
        return None
    word = m.group("n")
    n = int(word) if word.isdigit() else G.number_words.get(word, 0)
    if ctx.plan is None or n < 1 or G.year_span_event.search(ctx.s[m.end():]):
        return Hit(None, None, "continuous")
    if ctx.school_plan:
        (sm, sd), (em, ed) = G.school_start, G.school_end
        return Hit(date(ctx.plan[0], sm, sd), date(ctx.plan[0] + n, em, ed), "continuous")
    return Hit(date(ctx.plan[0], 1, 1), date(ctx.plan[0] + n - 1, 12, 31), "continuous")


Rule = Callable[[Ctx], Hit | None]

def relative_year(ctx: Ctx) -> Hit | None:
    """"25 августа X - 1 года", "1 октября X года, далее ежегодно": a date in a year counted
    from an event (the year a centre opens) the plan names elsewhere — no dates; once, or
    what its words say ("далее ежегодно": annual)."""
    if not G.relative_year.search(ctx.s):
        return None
    return Hit(None, None, "once")


RULES: tuple[tuple[str, Rule], ...] = (
    ("relative_year", relative_year),
    ("day_of_month", day_of_month),
    ("plan_month_day", plan_month_day),
    ("days", days),
    ("quarters", quarters),
    ("halves", halves),
    ("terms", terms),
    ("months", months),
    ("school_year", school_years),
    ("school_period", school_period),
    ("by_year", by_year),
    ("year_open", year_open),
    ("years", years),
    ("year_span", year_span),
    ("recurrence", recurrence),
)
