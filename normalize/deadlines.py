"""Deadline phrases → {text, start, end, recurrence}. (Minimal; full grammar in issue #4.)"""

from __future__ import annotations

import re
from datetime import date

from normalize.models import Deadline, Period

_YEARS = re.compile(r"(20\d\d)\s*[-–—]\s*(20\d\d)|(20\d\d)")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_period(text: str) -> Period | None:
    """"2021-2025 гг." → Period(2021, 2025); "на 2023 год" → Period(2023, 2023)."""
    m = _YEARS.search(text)
    if not m:
        return None
    if m.group(1):
        return Period(start_year=int(m.group(1)), end_year=int(m.group(2)))
    return Period(start_year=int(m.group(3)), end_year=int(m.group(3)))


def parse_date(text: str) -> date | None:
    """"09.12.2022" → date(2022, 12, 9); None when no date is found."""
    m = _DMY.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def parse_deadline(text: str, period: Period | None) -> Deadline:
    """Deadline text → interval and recurrence, resolved against the plan's period."""
    p = parse_period(text)
    if p and p.start_year and p.end_year:
        return Deadline(text=text, start=f"{p.start_year}-01-01", end=f"{p.end_year}-12-31")
    return Deadline(text=text)
