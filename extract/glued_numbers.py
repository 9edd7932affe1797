"""A table's caption row and value row a site's export glued into one line each, the cells'
separators lost ("2016201720182019" / "77,5888,5"): the years read back four digits at a time,
the values cut into as many numbers as there are years.

The values' cut is a choice among the ways the digits split into that many numbers (each an
integer of one to three digits, or such an integer with one or two decimals after a comma or
a point): the split whose values change least from year to year wins (an indicator's plan
moves by steps), by a clear margin: two series read about as well leave the row unread."""

from __future__ import annotations

import math
import re
from functools import cache
from itertools import pairwise

_YEAR = 4
_FIRST_YEAR, _LAST_YEAR = 1990, 2099
_GLUED_YEARS = re.compile(r"^(?:(?:19|20)\d\d\s*){2,}$")
_NUMBER = re.compile(r"(?:0|[1-9]\d{0,2})(?:[,.]\d{1,2})?")
_GLUED_VALUES = re.compile(r"^[\d,.]+$")
_MAX_CHARS = 60  # a value row longer than this is no row of a few years
_MARGIN = 2.0  # the smoothest split must be this much smoother than the next


def years_line(text: str) -> list[int] | None:
    """The consecutive years of a caption row, spaced or glued ("2016 2017" or "20162017"),
    two at least; None for anything else."""
    if not _GLUED_YEARS.match(text.strip()):
        return None
    digits = re.sub(r"\s", "", text)
    if len(digits) % _YEAR:
        return None
    years = [int(digits[k : k + _YEAR]) for k in range(0, len(digits), _YEAR)]
    if any(b != a + 1 for a, b in pairwise(years)) \
            or not _FIRST_YEAR <= years[0] <= _LAST_YEAR:
        return None
    return years


def values_line(text: str, n: int) -> list[str] | None:
    """The `n` values of a value row: its cells as printed when spaces part them, else the
    glued row cut into `n` numbers (the smoothest series); None when it cannot be read."""
    cells = text.split()
    if len(cells) == n and all(_NUMBER.fullmatch(c) for c in cells):
        return cells
    row = text.strip()
    if len(cells) != 1 or len(row) > _MAX_CHARS or not _GLUED_VALUES.match(row):
        return None
    splits = _splits(row, n)
    if not splits:
        return None
    ranked = sorted(splits, key=_roughness)
    if len(ranked) > 1 and _roughness(ranked[1]) < _MARGIN * _roughness(ranked[0]):
        return None  # two series read about as well: the row says neither for sure
    return list(ranked[0])


@cache
def _splits(text: str, n: int) -> tuple[tuple[str, ...], ...]:
    """Every way `text` is exactly `n` numbers."""
    if n == 0:
        return ((),) if not text else ()
    out: list[tuple[str, ...]] = []
    for end in range(1, len(text) + 1):
        head = text[:end]
        if _NUMBER.fullmatch(head):
            out += [(head, *rest) for rest in _splits(text[end:], n - 1)]
    return tuple(out)


def _roughness(series: tuple[str, ...]) -> float:
    """How much the values jump from one year to the next (on a log scale)."""
    logs = [math.log1p(float(v.replace(",", "."))) for v in series]
    return sum(abs(b - a) for a, b in pairwise(logs))
