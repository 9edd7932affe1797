"""The header of a table printed cell by cell: which header cells span the cells below.

The printed form keeps each header row's own cells in order and drops their spans. A header
is a forest: every cell of a row is either a leaf (one column, down to the header's end) or
the parent of a run of cells of the next row. Every way of choosing parents and dividing the
next row among them that gives the table's width is scored on evidence, and the best is kept
(ties: parents to the right, the first groups small). The evidence: year captions over
columns of numbers; a "№" caption over the first column; group words in parents ("Значения
по годам", "Срок"); a year over words ("2024 год" over "план | факт"); children of one parent
alike and of two parents different, no caption twice under one parent; repeated groups
("план | факт | план | факт"), each starting like the first; years running left to right.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.yaml_data import load_yaml

_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d{2})(?!\d)")
_NUMBER_CAPTION = re.compile(r"^(?:N|№|n)\s*(?:п/п|пп\.?)?$|^п/п$", re.I)
_MAX_CHOICES = 3_000
_MAX_ROW_CHOICES = 500


@dataclass
class Placed:
    """A header cell on the grid."""

    text: str
    line: int
    col: int
    span: int
    rows: int


@lru_cache(maxsize=1)
def group_words() -> tuple[str, ...]:
    """Words of header cells that stand over several columns (data/header_groups.yaml)."""
    path = Path(__file__).parent / "data" / "header_groups.yaml"
    data = load_yaml(path.read_text("utf-8"))
    return tuple(data["group_words"])


@lru_cache(maxsize=1)
def parent_only_words() -> tuple[str, ...]:
    """Words of header cells that stand over other columns only (data/header_groups.yaml)."""
    path = Path(__file__).parent / "data" / "header_groups.yaml"
    return tuple(load_yaml(path.read_text("utf-8")).get("parent_only", []))


def is_parent_only(text: str) -> bool:
    """The caption stands over other columns only ("в том числе")."""
    low = " ".join(text.lower().split())
    return any(w in low for w in parent_only_words())


@lru_cache(maxsize=1)
def value_caption_words() -> tuple[str, ...]:
    """Words of captions over columns of numbers (data/header_groups.yaml)."""
    path = Path(__file__).parent / "data" / "header_groups.yaml"
    return tuple(load_yaml(path.read_text("utf-8")).get("value_captions", []))


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """"year", "number" or "word": what kind of caption a header cell is."""
    if len(text) <= 12 and len(_YEAR.findall(text)) == 1:
        return "year"
    return "number" if text.strip().isdigit() else "word"


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    """Ways to cut `total` children into `parts` runs, small first runs first."""
    for cuts in itertools.combinations(range(1, total), parts - 1):
        yield tuple(b - a for a, b in itertools.pairwise((0, *cuts, total)))


Choice = tuple[tuple[int, ...], tuple[int, ...]]  # (parent positions, children per parent)


def _row_choices(k: int, below: int, parents: int) -> list[Choice]:
    """Up to _MAX_ROW_CHOICES ways for a row of k cells to have `parents` parents of the
    `below` cells under them (parents to the right first)."""
    if not 1 <= parents <= min(k, below):
        return []
    combos = itertools.combinations(range(k - 1, -1, -1), parents)
    pairs = ((tuple(sorted(p)), c) for p in combos for c in _compositions(below, parents))
    return list(itertools.islice(pairs, _MAX_ROW_CHOICES))


def _parent_counts(levels: Sequence[Sequence[str]], n: int) -> Iterator[tuple[int, ...]]:
    """Parents per row (all rows but the last) that give n columns: their sum is fixed."""
    total = sum(len(lv) for lv in levels) - n
    bounds = [min(len(levels[r]), len(levels[r + 1])) for r in range(len(levels) - 1)]
    for counts in itertools.product(*(range(1, b + 1) for b in bounds)):
        if sum(counts) == total:
            yield counts


def _widths(levels: Sequence[Sequence[str]], choice: Sequence[Choice]) -> list[list[int]]:
    widths = [[1] * len(levels[-1])]
    for r in range(len(levels) - 2, -1, -1):
        parents, comps = choice[r]
        below, row, pos = widths[0], [], 0
        kids = dict(zip(parents, comps, strict=True))
        for i in range(len(levels[r])):
            if i in kids:
                row.append(sum(below[pos : pos + kids[i]]))
                pos += kids[i]
            else:
                row.append(1)
        widths.insert(0, row)
    return widths


def layout(levels: Sequence[Sequence[str]],
           choice: Sequence[Choice]) -> list[list[tuple[int, int, int]]]:
    """(column, span, row span) of every header cell under `choice`."""
    widths = _widths(levels, choice)
    h = len(levels)
    cols = [list(itertools.accumulate(widths[0], initial=0))[:-1]]
    for r in range(h - 1):
        parents, comps = choice[r]
        row: list[int] = []
        for p, count in zip(parents, comps, strict=True):
            col = cols[r][p]
            for w in widths[r + 1][len(row) : len(row) + count]:
                row.append(col)
                col += w
        cols.append(row)
    return [
        [(cols[r][i], widths[r][i], 1 if r < h - 1 and i in choice[r][0] else h - r)
         for i in range(len(levels[r]))]
        for r in range(h)
    ]


def score(levels: Sequence[Sequence[str]], choice: Sequence[Choice],
          numeric: Sequence[float | None]) -> float:
    """Evidence for one way of reading the header (see the module docstring)."""
    total = 0.0
    words = group_words()
    for r, (parents, comps) in enumerate(choice):
        total += sum(any(w in levels[r][p].lower() for w in words) for p in parents)
        kids = levels[r + 1]
        groups = [kids[a:b] for a, b in itertools.pairwise(itertools.accumulate(comps, initial=0))]
        for p, g in zip(parents, groups, strict=True):
            total -= 0.5 * sum(shape(a) != shape(b) for a, b in itertools.pairwise(g))
            total -= len(g) - len(set(g))  # "план | план" under one parent: not one group
            # a year over its own plan/fact columns
            total += shape(levels[r][p]) == "year" and all(shape(t) == "word" for t in g)
        for g1, g2 in itertools.pairwise(groups):
            total += 0.5 * (shape(g1[-1]) != shape(g2[0]))
        if len(groups) > 1 and len(groups[0]) > 1 and all(g == groups[0] for g in groups):
            total += 1
        # a pattern under each parent starts at the parent ("план | факт", not "факт | план")
        total -= 0.5 * sum(g[0] != groups[0][0] for g in groups[1:]
                           if shape(g[0]) == "word" and len(g) > 1)
    placed = layout(levels, choice)
    total -= _years_out_of_order(levels, placed)
    for r, row in enumerate(placed):
        for i, (col, span, rows) in enumerate(row):
            if rows != len(levels) - r or span != 1:
                continue
            text = levels[r][i]
            total -= is_parent_only(text)  # "в том числе" over one column, down to the body
            known = numeric[col] if col < len(numeric) else None
            if shape(text) == "year" and known is not None:
                total += 2 * known - 1
            elif known is not None and any(w in text.lower() for w in value_caption_words()):
                # a money caption over a column of words is misplaced; over one of numbers it
                # proves little (a column of years is one of numbers too)
                total += min(0.0, 2 * known - 1)
            if _NUMBER_CAPTION.match(text.strip()):
                total += 1 if col == 0 else -1
    return total


def _years_out_of_order(levels: Sequence[Sequence[str]],
                        placed: Sequence[Sequence[tuple[int, int, int]]]) -> int:
    """Year captions standing left of an earlier year (years run left to right)."""
    years = sorted((col, int(_YEAR.findall(levels[r][i])[0]))
                   for r, row in enumerate(placed) for i, (col, _, _) in enumerate(row)
                   if shape(levels[r][i]) == "year")
    return sum(b[1] < a[1] for a, b in itertools.pairwise(years))


def choices(levels: Sequence[Sequence[str]], n: int) -> Iterator[tuple[Choice, ...]]:
    """Ways of choosing parents whose widths add up to n (at most _MAX_CHOICES)."""
    seen = 0
    for counts in _parent_counts(levels, n):
        per_row = [_row_choices(len(levels[r]), len(levels[r + 1]), c)
                   for r, c in enumerate(counts)]
        for combo in itertools.product(*per_row):
            if seen >= _MAX_CHOICES:
                return
            seen += 1
            if sum(_widths(levels, combo)[0]) == n:
                yield combo


Spots = list[list[tuple[int, int, int]]]


def best_reading(levels: Sequence[Sequence[str]], n: int,
                 numeric: Sequence[float | None]) -> tuple[float, Spots] | None:
    """The best reading's score and (column, span, row span) of each header cell, or None
    when no reading fits n columns."""
    if len(levels) == 1:
        return (0.0, [[(i, 1, 1) for i in range(len(levels[0]))]]) if len(levels[0]) == n \
            else None
    best: tuple[float, tuple[Choice, ...]] | None = None
    for combo in choices(levels, n):
        value = score(levels, combo, numeric)
        if best is None or value > best[0]:
            best = (value, combo)
    return (best[0], layout(levels, best[1])) if best else None


def _caption_score(text: str, col: int, numeric: Sequence[float | None]) -> float:
    known = numeric[col] if col < len(numeric) else None
    year = shape(text.split("\n")[0]) == "year"  # "2021 год" over a "план/факт" line
    total = 2 * known - 1 if year and known is not None else 0.0
    if _NUMBER_CAPTION.match(text.strip()):
        total += 1 if col == 0 else -1
    return total


def shifted_row(level: Sequence[str], n: int, numeric: Sequence[float | None]) -> Spots | None:
    """A one-row header with fewer captions than columns, its captions over the columns they
    fit best when that is not the first ones: a legal site prints only the year captions of
    an indicator table ("2020 год | 2021 год" over "№ | name | values"), the item number and
    name columns without captions. None when the first columns fit as well."""
    k = len(level)
    if not 0 < k < n:
        return None
    fits = [sum(_caption_score(t, off + i, numeric) for i, t in enumerate(level))
            for off in range(n - k + 1)]
    off = max(range(len(fits)), key=lambda o: (fits[o], -o))
    if off == 0 or fits[off] <= 0:
        return None
    return [[(off + i, 1, 1) for i in range(k)]]


def place_header(levels: Sequence[Sequence[str]], n: int,
                 numeric: Sequence[float | None]) -> Spots | None:
    """(column, span, row span) of each header cell, or None when no reading fits n columns."""
    if len(levels) == 1 and (spots := shifted_row(levels[0], n, numeric)) is not None:
        return spots
    read = best_reading(levels, n, numeric)
    return read[1] if read else None
