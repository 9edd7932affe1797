"""Execution marks: выполнено / не выполнено / частично … → done, years.

Status words are data (normalize/data/status.yaml). "Выполнено 2020 г. 2021 г." → done True,
years [2020, 2021]; partial, postponed and failed work → False; work under way → None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from normalize.deadline_grammar import load_data
from normalize.models import Status


@dataclass(frozen=True)
class _Grammar:
    classes: tuple[tuple[str, bool | None, re.Pattern[str]], ...]
    max_range: int


_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-\u2010-\u2015\u2212]\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MEANINGFUL = re.compile(r"[\w+✓✔☑]")


@cache
def _grammar() -> _Grammar:
    data = load_data("status.yaml")
    classes = tuple(
        (c["name"], c["done"], re.compile("|".join(f"(?:{p})" for p in c["patterns"])))
        for c in data["classes"]
    )
    return _Grammar(classes=classes, max_range=int(data["max_range"]))


G = _grammar()


def status_class(text: str) -> tuple[str | None, bool | None]:
    """The name of the first status class the mark matches and its `done`, or (None, None)."""
    s = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    for name, done, pat in G.classes:
        if pat.search(s):
            return name, done
    return None, None


def years_of(text: str) -> list[int]:
    """Years a mark names, in order of first mention; ranges expanded ("2020-2022")."""
    out: list[int] = []
    pos = 0
    for m in _YEAR_RANGE.finditer(text):
        out += map(int, _YEAR.findall(text[pos:m.start()]))
        a, b = int(m.group(1)), int(m.group(2))
        out += range(a, b + 1) if 0 <= b - a <= G.max_range else [a, b]
        pos = m.end()
    out += map(int, _YEAR.findall(text[pos:]))
    return list(dict.fromkeys(out))


def parse_status(text: str) -> Status | None:
    """Status of an activity from its mark cell, or None for an empty mark."""
    t = " ".join(text.split())
    if not _MEANINGFUL.search(t):
        return None
    return Status(text=t, done=status_class(t)[1], years=years_of(t))
