"""Deadline phrases → {text, start, end, recurrence}; plan periods; order dates.

The grammar is data (normalize/data/deadline_grammar.yaml, months.yaml); the ordered rules live in
normalize/deadline_rules.py. Phrases without a year resolve against the plan's period; with no
period they keep null dates but still their recurrence. Nothing here raises on any input string.

Decisions the contract leaves open:
- weekly and daily work ("еженедельно", "1 раз в неделю") is "continuous" (no weekly value);
- twice a year ("2 раза в год", "1 раз в полугодие") is "annual";
- a month, quarter, day or half-year without a year is "once" in a one-year plan and "annual"
  from the first to the last plan year in a multi-year plan; in a document without a period it
  is "once" with null dates (a bare start, "с 1 января", keeps no recurrence);
- months listed out of order ("август, январь" in a school-year plan) span from the earlier to
  the later of them; "в конце / по окончании учебного года" is May, when lessons end;
- "1 раз в 6 месяцев" is "annual" like "1 раз в полугодие"; "1 раз в 3 месяца" and work each
  триместр are "quarterly" like each четверть; "2023 г. и последующие годы" is open-ended like
  "2023 г. и далее"; "не позднее 3 рабочих дней с …" is a span counted from an event ("once");
- common misspellings are read as the word meant ("в течении года", "втечение года"), and
  abbreviations run together at their full stops are parted ("в теч.уч.года" is "в течение
  учебного года");
- school terms ("II четверть") are September–October, November–December, January–March and
  April–May of the school year, resolved like half-years; "по итогам (каждого) полугодия" is
  "annual" (twice a year), "1 раз в 2 месяца" "monthly", "при поступлении / при наличии …"
  "on_demand";
- "до / к началу учебного года" ends on 1 September; "до X, далее ежегодно" ends on X of the
  plan's last year; "в течение 2024 года, далее постоянно" has a null end;
- work set by an order ("по приказу") or on the day of an event or right after it ("в день
  проведения", "по завершении ГИА", "после проведения олимпиады") is "scheduled";
- "до X" has a null start; "до <month>" ends on the month's first day, "до конца <month>" and
  "не позднее <month>" on its last; "с X" alone (or a year with "постоянно") has a null end;
- a school year runs 1 September – 31 August; "в течение учебного года" is the school year that
  starts in the plan's first year (and ends in its last year for a multi-year plan);
- in a plan for a school year ("на 2025-2026 учебный год") yearless phrases resolve within it:
  September–December in its first year, January–August in its second, "once" (a quarter
  takes its first month's year: "III кв." of a 2008/2009 plan is July–September 2009, "IV кв."
  October–December 2008; "на учебный 2008 — 2009 год" names a school year too); continuous and
  repeated work spans 1 September – 31 August; a plan preparing for a school year ("по
  подготовке … к 2011/2012 учебному году", "к началу 2024-2025 учебного года") runs before it:
  its yearless months and days fall in the first year (the act's year), "до 15 июня" is June of
  2011, while its continuous and repeated work still spans the school year;
- "I полугодие" of a school year (written, or in a school-year plan) is September–December of
  its first year, "II полугодие" January–May of its second;
- the same month named with two years ("май 2023 г., май 2024 г.") is "annual"; "Май, ежегодно
  с 2023 года" runs from that May to the May of the plan's last year;
- a date followed by "далее постоянно" starts a continuous interval with a null end; a month
  followed by "в течение (учебного) года" runs continuously from that month to the plan's end
  ("сентябрь, в течение года" in a 2023/2024 plan: 2023-09-01 – 2024-08-31); a date followed by
  "далее ежегодно" is annual from that date to the same day of the plan's last year;
- on_demand and scheduled phrases keep null dates unless they name dates themselves; work less
  often than yearly ("1 раз в 3 года") and work tied to an event whose date is elsewhere ("за
  10 дней до …", "в период каникул") is "scheduled";
- a span counted from an event ("в течение месяца", "в течение 10 рабочих дней") is "once" with
  null dates (its start is the event's); a date in a year counted from an event ("25 августа
  X - 1 года", national projects' "X" = the year a centre opens) has null dates and is
  "once", or what its words say ("…, далее ежегодно": "annual");
- "с 1 сентября 2024 г. ежегодно" is annual from that day to the same day of the plan's last year
  (open-ended without a period); "в течение каждого учебного года" is continuous through the
  plan's school years; listed school years ("2024-2025, 2025-2026 учебные годы") span them all;
  "в течение двух лет" is continuous for so many whole years from the plan's first year (no dates
  without a plan or after an event); "в начале и в конце учебного года" is September and May;
- a range whose end, as written, comes before its start ("с 01.01.2024 по 08.01.2023") has a slip
  in the end's year: the end is read as the first such day after the start;
- a named month, quarter or half-year spanned ("в течение мая", "на протяжении июня", "в течение
  III квартала") is that one interval, "once" (only the plan's whole year or term is "continuous");
  a decade is written in arabic or roman numerals or words ("II декада сентября": 11–20);
- a week of a month ("1-я неделя сентября", "в течение второй недели мая") is its n-th seven days
  (the fifth runs to the month's end), "последняя неделя" its last seven (a yearless February
  counts 28 days); the end of a school year's lessons ("по завершении учебного процесса", "по
  окончании 2023-2024 учебного года") is May like "в конце учебного года"; the summer health
  campaign ("летняя оздоровительная кампания") is June–August like "летний период";
- two full dates glued by the text layer ("28.03.202227.05.2022") are the two ends of a span; a
  closed day range without any year ("с 9 по 19 августа") is "once" (only a bare start keeps no
  recurrence);
- work "в течение месячника / декадника / смены" in a campaign's plan runs through the plan's
  period ("continuous"): the campaign is the plan, unlike "в течение месяца" counted from an event;
- Deadline.text is the phrase as written with whitespace collapsed.
"""

from __future__ import annotations

import re
from datetime import date

from normalize import deadline_scan as sc
from normalize.deadline_grammar import G, load_data
from normalize.deadline_rules import RULES, Ctx
from normalize.models import Deadline, Period


def _plan_years(period: Period | None) -> tuple[int, int] | None:
    """The plan's (first, last) year, or None when the period is absent, partial or absurd."""
    if period is None or period.start_year is None or period.end_year is None:
        return None
    a, b = sorted((period.start_year, period.end_year))
    if a < sc.MIN_YEAR or b > sc.MAX_YEAR:
        return None
    return a, b


def parse_period(text: str, title: str | None = None) -> Period | None:
    """"2021-2025 гг." → Period(2021, 2025); "на 2023 год" → Period(2023, 2023).

    Years inside dates ("приказ от 09.12.2022") do not count; the first written range wins over
    stray years; "на 2023-2024 учебный год" is 2023..2024; a bare "до 2026 года" gives only the
    end year. A school year that the period text or the title prepares for ("к 2011/2012
    учебному году") marks a preparation plan (`prepares`).
    """
    s = sc.normalize_text(text)
    s = sc.mask(s, [(t.pos, t.end) for t in sc.day_points(s) if t.year is not None])
    school = sc.school_year(s)
    if school:
        prepares = any(_prepares_for(t, school[:2]) for t in (s, title) if t)
        return Period(start_year=school[0], end_year=school[1], school_year=True,
                      prepares=prepares)
    ys = sc.years(s)
    if not ys:
        return None
    ranges = [(a, b) for _, a, b in ys if a < b]
    # a written range is the period; other years near it (approval, base year) are not
    first, last = ranges[0] if ranges else (min(a for _, a, _ in ys), max(b for _, _, b in ys))
    horizon = G.horizon.search(s)
    if ranges and horizon and int(horizon.group("y")) > last:
        last = int(horizon.group("y"))  # "… на 2016-2022 годы и на плановый период до 2026 года"
    if first == last and sc.by_prefix(s, ys[0][0]):
        return Period(start_year=None, end_year=last)
    return Period(start_year=first, end_year=last, month=_one_month(s, first, last))


def _prepares_for(text: str, years: tuple[int, int]) -> bool:
    """The text names the school year `years` as the one its work prepares for ("по подготовке …
    к 2011/2012 учебному году", "к началу 2024-2025 учебного года")."""
    s = sc.normalize_text(text)
    school = sc.school_year(s)
    return school is not None and school[:2] == years \
        and G.school_prep.search(s[:school[2][0]]) is not None


def _one_month(s: str, first: int, last: int) -> int | None:
    """"на сентябрь 2018 года": the one month named with the plan's one year (a month plan)."""
    months = sc.month_tokens(s)
    if first != last or len(months) != 1:
        return None
    t = months[0]
    return t.m1 if t.m1 == t.m2 and t.d1 is None and t.year == first else None


def parse_date(text: str) -> date | None:
    """The first full date of an order: "09.12.2022", "от 14.09.2021г.", "«14» сентября 2021 г.",
    "9.12.22" (day first). None when no date with a year is found."""
    s = sc.normalize_text(text)
    for t in sc.day_points(s):
        if t.year is not None and t.d1 is not None:
            try:
                return date(t.year, t.m1, t.d1)
            except ValueError:
                continue
    return None


def match_deadline(text: str, period: Period | None) -> tuple[Deadline, str | None]:
    """The Deadline of a phrase and the name of the rule that fired (None: not understood)."""
    written = " ".join(text.split())
    s = sc.normalize_text(text)
    ctx = Ctx(s=s, plan=_plan_years(period), kind=sc.kind_of(s),
              school_plan=bool(period and period.school_year),
              prep_plan=bool(period and period.prepares),
              plan_month=period.month if period else None)
    for name, rule in RULES:
        hit = rule(ctx)
        if hit is None:
            continue
        return Deadline(
            text=written,
            start=hit.start.isoformat() if hit.start else None,
            end=hit.end.isoformat() if hit.end else None,
            recurrence=ctx.kind or hit.default,
        ), name
    return Deadline(text=written), None


def parse_deadline(text: str, period: Period | None) -> Deadline:
    """Deadline text → interval and recurrence, resolved against the plan's period."""
    return match_deadline(text, period)[0]


def deadline_reading(text: str) -> str | None:
    """How a phrase reads as a deadline with no plan period — "rule start end recurrence" — or
    None when no rule understands it. Two phrases read alike when these strings are equal
    (extraction cuts deadline cells out of flattened rows with it)."""
    found, rule = match_deadline(text, None)
    if rule is None:
        return None
    return f"{rule} {found.start} {found.end} {found.recurrence}"


def campaign_text(text: str, title_lemmas: frozenset[str]) -> str:
    """"В течение месяца" in a plan of a month-long campaign ("План мероприятий месячника …",
    the title's lemmas given): the campaign's own month, read as "в течение месячника" (the
    campaign is the plan, CONTRACT `deadline`); other phrases and plans as written."""
    g = load_data("deadline_grammar.yaml")["campaign_month"]
    if not title_lemmas & frozenset(g["title_lemmas"]):
        return text
    return g["reading"] if re.match(g["phrase"], " ".join(text.split()), re.IGNORECASE) else text
