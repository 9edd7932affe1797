"""Rows of a table printed cell by cell with a lone "|" after each cell ("bare bars"): the
cell's text on lines of its own, then a line holding only "|". Legal sites' text forms print
tables this way as well as with " |" at a cell's end; unlike that form, a merged cell is
printed once and the places it covers are not printed at all (no run of pipes marks a row's
end), so a section row is one cell and a header row is as long as its own cells.

Rows are found from what opens them: a row number ("1", "2.3.", "IV") opens a data row of as
many cells as the table has columns; a text standing where a row number is due is a section
row; cells merged from above make a numbered row short. The column count comes from the row
of column numbers ("1 | 2 | … | 9"), else from the spacing of the row numbers, else from the
header, else — a table without row numbers — from the kinds of cell coming back once a row
(a date column, a long name column). The header (everything before the first data or
column-number row) is cut into levels the way that reads best (pipe_header's evidence: a
group caption over year columns).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.text.grid_rules import is_numeric, is_row_number, is_value_pair
from ingest.text.pipe_header import best_reading, is_parent_only
from ingest.yaml_data import load_yaml

# a section title: a roman or arabic item number before words, or a long text
_SECTION = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2})\.\s*[А-ЯЁA-Z«\"]"
                      r"|^[А-ЯЁ][а-яё]{3,}\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.:]?\s+\S")
# ("Задача 1. Кадры", "Раздел II Обучение": a heading numbered after its word)
_LONG = 40
_MIN_BARE = 0.6  # share of cells printed before a lone bar that makes a run "bare"
_MAX_HEADER = 40  # tokens of a header at most
_GROUP_EVIDENCE = 1.0  # a two-level reading this sure (a group caption over its columns)


def is_bare(gaps: Sequence[int], texts: Sequence[str]) -> bool:
    """Most non-empty cells were printed on lines of their own before a lone bar."""
    filled = [g for g, t in zip(gaps, texts, strict=True) if t]
    return len(filled) >= 3 and sum(g > 0 for g in filled) >= _MIN_BARE * len(filled)


def number_run(texts: Sequence[str], before: int) -> tuple[int, int] | None:
    """The first run "1 | 2 | 3 …" (three or more increasing numbers from 1 or 2) opening
    before `before`; it runs on past it ("… 9 | 10 | 1. Программа": the last column's
    number stands before a section title that carries its own item number)."""
    for i, t in enumerate(texts[:before]):
        if t not in ("1", "2"):
            continue
        j = i + 1
        while j < len(texts) and texts[j].isdigit() and int(texts[j]) == int(texts[j - 1]) + 1:
            j += 1
        if j - i >= 3:
            return i, j
    return None


_LETTER = re.compile(r"[А-Яа-яЁёA-Za-z]")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _parts(text: str) -> tuple[int, ...] | None:
    """"1.2." → (1, 2), "IV" → (4,); None for no item number."""
    t = text.strip().lstrip("№").strip().rstrip(".)")
    if not t or not is_row_number(text):
        return None
    if t.isalpha():
        values = [_ROMAN[c] for c in t]
        return (sum(-v if v < w else v for v, w in itertools.zip_longest(values, values[1:],
                                                                       fillvalue=0)),)
    return tuple(int(x) for x in t.split(".") if x)


def _follows(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """b comes next after a: the next at some level, then first items below it ("1.2" → "2",
    "2.1", "1.3"; "1" → "1.1")."""
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a),
                                                                                len(b)))
    if k == len(b):
        return False  # "1.2" → "1": no step forward
    if k == len(a):
        return all(x == 1 for x in b[k:])  # "1" → "1.1"
    return b[k] == a[k] + 1 and all(x == 1 for x in b[k + 1:])


def items(texts: Sequence[str], width: int = 0) -> list[int]:
    """Positions of the table's own item numbers: a row number followed by the row's text
    (not by another number: "10 | 20" are values), each following the one before as items
    do (or numbering anew at 1 after a section title), a row's length after it (two thirds
    of the header's width at least) unless a section title or its parent stands between."""
    out: list[int] = []
    last: tuple[int, ...] | None = None
    gap = max(2, width - width // 3)  # merged cells shorten a row by a cell or two
    for i, t in enumerate(texts):
        parts = _parts(t)
        if parts is None or (i + 1 < len(texts) and is_numeric(texts[i + 1])):
            continue
        if last is not None:
            after_section = i >= 1 and _is_section_text(texts[i - 1]) and i - 1 > out[-1]
            # "1." | "Раздел" | "1.1.": a section's first item right after it
            child = len(parts) > len(last) and parts[: len(last)] == last
            near = i - out[-1] < (2 if child or after_section else gap)
            restart = after_section and all(x == 1 for x in parts)  # numbering anew
            if not (_follows(last, parts) or restart) or near:
                continue
        out.append(i)
        last = parts
    return out


def _spacing(found: Sequence[int], width: int) -> int | None:
    """The usual distance between two item numbers: the header's own width when it is a
    usual one, else the commonest, the longer on a tie (a section row or cells merged from
    above only shorten a distance)."""
    gaps = Counter(b - a for a, b in itertools.pairwise(found) if b - a > 1)
    if not gaps:
        return None
    top = max(gaps.values())
    if gaps.get(width, 0) * 2 >= top:
        return width
    return max(gaps, key=lambda g: (gaps[g], g))


def _is_section_text(text: str) -> bool:
    return bool(_SECTION.match(text)) or (len(text) >= _LONG and not is_numeric(text))


def body_rows(texts: Sequence[str], start: int, n: int,
              openers: set[int] | None = None) -> list[tuple[int, int]]:
    """Spans [a, b) of the body's rows from `start` on, each at most n cells; `openers` are
    the item numbers that open rows (any row number when not given)."""
    marks = openers if openers is not None else {
        i for i, t in enumerate(texts) if is_row_number(t)}

    def opens(i: int) -> bool:  # a row starts at i: an item, or a section title before one
        if i >= len(texts) or i in marks:
            return True
        return bool(texts[i]) and not is_numeric(texts[i]) and (i + 1 >= len(texts)
                                                                 or i + 1 in marks)

    out: list[tuple[int, int]] = []
    i, m = start, len(texts)
    while i < m:
        t = texts[i]
        if t and i not in marks and not is_numeric(t) and opens(i + 1):
            out.append((i, i + 1))  # a section title where a row number is due
            i += 1
            continue
        end = min(m, i + n)
        if end < m and not opens(end) and i in marks:
            # cells merged from above make the row short: it ends at the next item number
            end = next((j for j in range(i + 2, end) if j in marks), end)
        out.append((i, end))
        i = end
    return out


def is_value(text: str) -> bool:
    """A value cell: a number ("10%", "72,5"), a "план/факт" pair, a dash or nothing."""
    return is_numeric(text) or is_value_pair(text) or text.strip(" -–—") == ""


def valued_rows(texts: Sequence[str], start: int, n: int) -> tuple[list[tuple[int, int]], int]:
    """Rows from `start` on of a table with no row numbers whose columns after the name hold
    values (an indicator table under its column numbers): a name opens each row, n - 1 values
    follow; a text followed by another text is a section row (a task over its indicators).
    The rows up to the first place that breaks this, and where the last full row ends."""
    out: list[tuple[int, int]] = []
    i, end = start, start
    while i < len(texts) and not is_value(texts[i]):
        if i + 1 < len(texts) and not is_value(texts[i + 1]):
            out.append((i, i + 1))
            i += 1
            continue
        stop = i + n
        if stop > len(texts) or not all(is_value(t) for t in texts[i + 1 : stop]):
            break
        out.append((i, stop))
        i = end = stop
    while out and out[-1][1] > end:  # section titles after the last row belong to no row
        out.pop()
    return out, end


@dataclass(frozen=True)
class BareLayout:
    """Rows as spans of tokens, how many columns, which leading rows are header, and the
    header's levels (spans) as the best reading cut them; `why` for --debug."""

    rows: list[tuple[int, int]]
    n: int
    head: int
    why: str


def _header_levels(texts: Sequence[str], end: int, n: int,
                   numeric: Sequence[float | None]) -> tuple[list[tuple[int, int]], float]:
    """The header's tokens [0, end) cut into levels: one level when they are as many as the
    columns, else the cut into two levels that pipe_header reads best (with its score)."""
    if end <= n:
        return ([(0, end)] if end else []), 0.0
    best: tuple[float, int] | None = None
    for k in range(1, end):
        levels = [list(texts[:k]), list(texts[k:end])]
        if len(levels[0]) > n or len(levels[1]) > n:
            continue
        read = best_reading(levels, n, numeric)
        if read is not None and (best is None or read[0] > best[0]):
            best = (read[0], k)
    three = _three_levels(texts, end, n, numeric)
    if three is not None and (best is None or three[0] > best[0]):
        return [(0, three[1]), (three[1], three[2]), (three[2], end)], three[0]
    if best is None:
        return [(0, end)], float("-inf")
    return [(0, best[1]), (best[1], end)], best[0]


_MAX_THREE = 24  # header tokens at most for trying three levels (the search grows fast)


def _three_levels(texts: Sequence[str], end: int, n: int, numeric: Sequence[float | None]
                  ) -> tuple[float, int, int] | None:
    """(score, first cut, second cut) of the best three-level reading, tried only where a
    caption that stands over others only ("в том числе") is printed past the first cell: a
    money table's "Объём финансирования" / "всего | в том числе" / "2023 | 2024 | 2025"."""
    if end > _MAX_THREE:
        return None
    best: tuple[float, int, int] | None = None
    for p in (i for i in range(1, end - 1) if is_parent_only(texts[i])):
        for k1, k2 in itertools.product(range(1, p + 1), range(p + 1, end)):
            levels = [list(texts[:k1]), list(texts[k1:k2]), list(texts[k2:end])]
            if max(map(len, levels)) > n:
                continue
            read = best_reading(levels, n, numeric)
            if read is not None and (best is None or read[0] > best[0]):
                best = (read[0], k1, k2)
    return best


def _numeric(texts: Sequence[str], rows: Sequence[tuple[int, int]], n: int) -> list[float | None]:
    """Per column, the share of full body rows holding a number there."""
    full = [(a, b) for a, b in rows if b - a == n]
    if not full:
        return [None] * n
    return [sum(is_numeric(texts[a + c]) for a, _ in full) / len(full) for c in range(n)]


@lru_cache(maxsize=1)
def _date_stems() -> tuple[str, ...]:
    path = Path(__file__).parent / "data" / "cell_kinds.yaml"
    return tuple(load_yaml(path.read_text("utf-8"))["date_stems"])


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MAX_PERIOD = 12
_PERIOD_AGREE = 0.75  # share of cells whose kind comes back one row later
_NEAR = 0.02
_SHORT = 30  # a deadline cell is short; a title naming a month is not one


def cell_kind(text: str) -> str:
    """A cell's kind for finding the row length: empty, number, date, short or long text."""
    if not text:
        return "empty"
    if is_numeric(text) or is_row_number(text):
        return "number"
    low = text.lower()
    if len(text) <= _SHORT and (_YEAR.search(low) or any(s in low for s in _date_stems())):
        return "date"
    return "short" if len(text) <= _SHORT else "long"


def _period(texts: Sequence[str]) -> int | None:
    """The row length of cells without row numbers: the smallest shift after which the same
    kinds of cell come back (a date column, a long name column …), when it is clear."""
    kinds = [cell_kind(t) for t in texts]
    scores = {}
    for n in range(2, min(_MAX_PERIOD, len(kinds) // 3) + 1):
        body = range(n, len(kinds) - n)  # the first n cells may be the header's captions
        scores[n] = sum(kinds[i] == kinds[i + n] for i in body) / len(body)
    if not scores:
        return None
    best = max(scores.values())
    n = min(k for k, v in scores.items() if v >= best - _NEAR)
    return n if best >= _PERIOD_AGREE and len(set(kinds)) > 1 else None


# "2.1.1": an item numbered within its task, out of the table's own count of rows
_DOTTED_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def _items_after_sections(texts: Sequence[str], start: int) -> list[int]:
    """Dotted item numbers right after a section's title ("Задача N 1. …" / "2.1.1" / its
    name): they open rows however the table counts them, so the titles above are rows of
    their own rather than the first cells of the item's row."""
    return [i for i in range(max(start, 1), len(texts) - 1)
            if _DOTTED_ITEM.match(texts[i]) and _is_section_text(texts[i - 1])
            and _LETTER.search(texts[i + 1])]


def bare_layout(texts: Sequence[str]) -> BareLayout | None:
    """Rows of a bare-bar table, or None when no row number or column-number row gives the
    rows away (the caller then counts places as for the " |" form)."""
    # column numbers stand before the first row: a number followed by the row's text
    data = next((i for i in range(len(texts) - 1) if is_row_number(texts[i])
                 and _LETTER.search(texts[i + 1])), len(texts))
    run = number_run(texts, min(data, _MAX_HEADER + 60))
    skip = run[1] if run is not None else 0
    rough = next((i for i in range(skip, len(texts)) if is_row_number(texts[i])), None)
    width = rough or 0
    while width > 0 and _is_section_text(texts[width - 1]):
        width -= 1
    found = sorted({*(i for i in items(texts, width) if i >= skip),
                    *_items_after_sections(texts, skip)})
    marks = set(found)
    first_num = found[0] if found else None
    if run is not None:
        n, head_end, body = run[1] - run[0], run[0], run[1]
        why = f"{n} column numbers"
    elif first_num is not None:
        spacing = _spacing(found, width)
        pre = first_num
        while pre > 0 and _is_section_text(texts[pre - 1]) and (spacing is None or pre > spacing):
            pre -= 1  # section titles before the first row are no header
        n = spacing or pre
        head_end, body = pre, pre
        why = f"row numbers every {n} cells" if spacing else f"{n} header cells"
    elif (period := _period(texts)) is not None:
        n, head_end, body = period, period, period  # the header: one row of captions
        why = f"kinds of cell come back every {n} cells"
    else:
        return None
    if n < 2 or head_end > _MAX_HEADER:
        return None
    rows = body_rows(texts, body, n, marks)
    if run is not None:  # no row opens with a number when every row opens with a name
        valued = valued_rows(texts, body, n)
        if valued[1] == len(texts):
            rows, why = valued[0], f"{why}, rows of a name and its values"
    levels, fit = _header_levels(texts, head_end, n, _numeric(texts, rows, n))
    if run is None and head_end > n and fit < _GROUP_EVIDENCE:
        # no group caption over the extra cells: they are rows before the first numbered one
        # ("Задача 1. Кадры" standing where a row number is due)
        levels, rows = [(0, n)], body_rows(texts, n, n, marks)
    why += ", three header levels" if len(levels) == 3 else ""
    number_row = [run] if run is not None else []
    return BareLayout([*levels, *number_row, *rows], n, len(levels), why)
