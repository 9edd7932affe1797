"""The deadline grammar: month names, recurrence phrases, prefixes and ordinals from
normalize/data/months.yaml and normalize/data/deadline_grammar.yaml, compiled once at import
(`G`). normalize/deadline_scan.py scans phrases with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast, get_args

from ingest.yaml_data import load_yaml
from normalize.models import Recurrence


@cache
def load_data(name: str) -> Any:
    """A YAML file of normalize/data, parsed once per process."""
    path = resources.files("normalize").joinpath("data").joinpath(name)
    return load_yaml(path.read_text(encoding="utf-8"))


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word tables of the deadline grammar."""

    month_of: dict[str, int]
    ordinal_of: dict[str, int]
    kinds: tuple[tuple[Recurrence, re.Pattern[str]], ...]
    day_range: re.Pattern[str]
    num_day_range: re.Pattern[str]
    day_month: re.Pattern[str]
    num_date: re.Pattern[str]
    short_date: re.Pattern[str]
    month: re.Pattern[str]
    num_month: re.Pattern[str]
    quarter: re.Pattern[str]
    half: re.Pattern[str]
    term: re.Pattern[str]
    school_terms: tuple[tuple[int, int], ...]
    ordinal: re.Pattern[str]
    year_range: re.Pattern[str]
    range_gap: re.Pattern[str]  # what joins the two ends of a range: " - ", " г. по "
    year: re.Pattern[str]
    school_year: re.Pattern[str]
    school_period: re.Pattern[str]
    school_start: tuple[int, int]
    school_end: tuple[int, int]
    school_halves: tuple[tuple[int, int], tuple[int, int]]
    by_tail: re.Pattern[str]
    since_tail: re.Pattern[str]
    open_ended: re.Pattern[str]
    whole_span: re.Pattern[str]
    then_each: re.Pattern[str]
    then_on: re.Pattern[str]
    relative_year: re.Pattern[str]
    day_of_month: re.Pattern[str]
    day_weekday: re.Pattern[str]
    decade: re.Pattern[str]
    week: re.Pattern[str]
    year_span: re.Pattern[str]
    year_span_event: re.Pattern[str]
    horizon: re.Pattern[str]
    number_words: dict[str, int]
    school_prep: re.Pattern[str]  # "к 2011/2012 учебному году": a plan preparing for it
    school_pair_before: re.Pattern[str]  # "2024-2025, " before a school year: a list of them
    moments: tuple[tuple[re.Pattern[str], int, int, bool], ...]
    spelling: dict[str, str]  # misspelt word → the word meant
    misspelt: re.Pattern[str]


def _ordinals(g: dict[str, Any]) -> tuple[dict[str, int], str]:
    table: dict[str, int] = {}
    parts: list[str] = []
    for num, forms in g["ordinals"].items():
        for f in forms:
            f = str(f)
            table[f] = int(num)
            if f.isdigit():
                parts.append(rf"{f}(?!\d)")
            elif f.isascii():
                parts.append(rf"{f}(?![a-z])")
            else:
                parts.append(rf"{f}[а-я]*")
    parts.sort(key=len, reverse=True)
    return table, "(?:" + "|".join(parts) + ")"


def _recurrence(kind: str) -> Recurrence:
    """A recurrence named in the grammar file, checked against the contract's enum."""
    if kind not in get_args(Recurrence):
        raise ValueError(f"deadline_grammar.yaml: unknown recurrence {kind!r}")
    return cast(Recurrence, kind)


def _build() -> Grammar:
    g = load_data("deadline_grammar.yaml")
    months = load_data("months.yaml")
    month_of = {str(f): int(m) for m, forms in months.items() for f in forms}
    mon = rf"(?<![а-яa-z])(?:{_alt(list(month_of))})(?:\.|(?![а-яa-z]))"
    y4 = r"(?<!\d)(?:19|20)\d\d(?!\d)"
    ysuf = g["year_suffix"]
    ordinal_of, ordn = _ordinals(g)
    # at most four quarters or halves in a row: a bounded repeat keeps hostile input linear
    one = rf"{ordn}(?:\s*-\s*[а-я]{{1,3}})?"
    seq = rf"{one}(?:\s*(?:-|и|,|по)\s*{one}){{0,3}}"
    sw = g["school_word"]

    def sy(a: str, b: str) -> str:
        return rf"(?P<{a}>{y4})\s*(?:{ysuf}\s*)?[-/]\s*(?P<{b}>(?:19|20)?\d\d)(?!\d)"

    by, ends, since = g["by_prefix"], g["end_words"], g["since_prefix"]

    def c(p: str) -> re.Pattern[str]:
        return re.compile(p)

    return Grammar(
        month_of=month_of,
        ordinal_of=ordinal_of,
        kinds=tuple((_recurrence(k["kind"]), c("|".join(f"(?:{p})" for p in k["patterns"])))
                    for k in g["recurrence"]),
        day_range=c(rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?:-|по|и|,)\s*(?P<d2>\d{{1,2}})"
                    rf"\s+(?P<mon>{mon})(?:\s+(?P<y>{y4}))?"),
        # "01-10.09.2021", "с 1 по 10.09": the days share the month and year printed once
        num_day_range=c(r"(?<![\d.])(?P<d1>\d{1,2})\s*(?:-|по)\s*(?P<d2>\d{1,2})\.(?P<m>\d{1,2})"
                        r"(?:\.\s?(?P<y>(?:19|20)\d\d|\d\d))?\.?(?![\d.])"),
        day_month=c(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:\s*-?\s*(?:го|е))?\s+(?P<mon>{mon})"
                    rf"(?:\s+(?P<y>{y4}))?"),
        num_date=c(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.\s?"
                   r"(?P<y>(?:19|20)\d\d|\d\d)(?!\d)"),
        # "20.09", "19.01.-23.01.2014" (a dot may close it when no year follows)
        short_date=c(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d\d)(?:\.(?!\s?\d))?(?![\d.])"),
        month=c(rf"(?P<mon>{mon})(?:\s+(?P<y>{y4}))?"),
        num_month=c(rf"(?<![\d.])(?P<m>\d{{1,2}})\.(?P<y>{y4})"),
        quarter=c(rf"(?<![а-яa-z\d])(?P<seq>{seq})\s*{g['quarter_word']}(?:\s+(?P<y>{y4}))?"),
        half=c(rf"(?<![а-яa-z\d])(?P<seq>{seq})\s*{g['half_word']}(?:\s+(?P<y>{y4}))?"),
        term=c(rf"(?<![а-яa-z\d])(?P<seq>{seq})\s*{g['term_word']}(?:\s+(?P<y>{y4}))?"),
        school_terms=tuple(tuple(t) for t in g["school_terms"]),
        ordinal=c(ordn),
        year_range=c(rf"(?P<a>{y4})\s*(?:{ysuf}\s*)?(?:{g['range_sep']})\s*"
                     rf"(?P<b>(?:19|20)\d\d|\d\d)(?!\d)"),
        range_gap=c(rf"\s*(?:{ysuf}\s*)?(?:{g['range_sep']})\s*"),
        year=c(rf"(?P<a>{y4})"),
        school_year=c(rf"{sy('a', 'b')}\s*(?:гг?\b\.?\s*)?{sw}|{sw}\s*{sy('a2', 'b2')}"),
        school_period=c(g["school_period"]),
        school_start=tuple(g["school_start"]),
        school_end=tuple(g["school_end"]),
        school_halves=tuple(tuple(h) for h in g["school_halves"]),  # type: ignore[arg-type]
        by_tail=c(rf"(?:^|[^а-яa-z0-9])(?P<p>{by})\s+(?:(?P<e>{ends})\s+)?$"),
        since_tail=c(rf"(?:^|[^а-яa-z0-9])(?:{since})\s+$"),
        open_ended=c(g["open_ended"]),
        whole_span=c(g["whole_span"]),
        then_each=c(g["then_each"]),
        then_on=c(g["then_on"]),
        relative_year=c(g["relative_year"]),
        day_of_month=c(g["day_of_month"]),
        day_weekday=c(g["day_weekday"]),
        decade=c(rf"{g['decade']}(?P<mon>{mon})(?:\s+(?P<y>{y4}))?"),
        week=c(rf"{g['week']}(?P<mon>{mon})(?:\s+(?P<y>{y4}))?"),
        year_span=c(g["year_span"]),
        year_span_event=c(g["year_span_event"]),
        horizon=c(g["period_horizon"]),
        number_words={str(k): int(v) for k, v in g["number_words"].items()},
        school_prep=c(g["school_prep"]),
        school_pair_before=c(rf"{sy('a', 'b')}\s*(?:,|;|и)\s*$"),
        moments=tuple((c(m["pattern"]), int(m["month"]), int(m.get("month_end", m["month"])),
                       m.get("edge") == "start") for m in g["moments"]),
        spelling={str(k): str(v) for k, v in g["spellings"].items()},
        misspelt=c(rf"(?<![а-яa-z])(?:{_alt([str(k) for k in g['spellings']])})(?![а-яa-z])"),
    )


G = _build()
