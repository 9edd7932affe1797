"""Tables printed one cell a paragraph: a legal site's text form (docs.cntd.ru) gives every cell
of an HTML table as a paragraph of its own, a blank line between two cells, with no bars and
no frame. The header's cells come first ("N", "Наименование мероприятия", "Срок" …), then the
rows, each opened by its item number.

Such a stream is the bare-bar form with blank lines instead of bars, and is read the same way
(bar_rows): it is taken for a table only when it opens with a number caption ("N", "№ п/п")
and row numbers come back at the spacing of one row at least twice. The table ends with its
last numbered row: paragraphs after it are text again. An indicator table without row
numbers is taken by its row of column numbers ("1" … "5") under its captions, when rows of a
name and its values follow (bar_rows.valued_rows).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import Protocol, TypeVar

from ingest.text.bar_rows import bare_layout, number_run, valued_rows
from ingest.text.grid_rules import is_numeric, is_row_number, is_value_pair
from ingest.text.line_cells import line_run_at
from ingest.text.pipe_cells import PipeRun, Token
from ingest.text.pipe_header import shape

CAPTION = re.compile(r"^(?:N|№|n)\s*(?:п\s*/\s*п|пп\.?|п\.\s*п\.?)?$|^№\s*\n?\s*п\s*/\s*п$"
                     r"|^п\s*/\s*п$", re.I)
# A line that opens a cell of its own inside a paragraph whose cells no blank line parts: a date
# after text ("… 1-го этапа" / "01.11.2007"), a capitalised caption after a header's caption
# ("Место" / "проведения" / "Ответственный").
_DATE_LINE = re.compile(r"^(?:(?:до|с|по|не позднее)\s+)?\d{1,2}\.\d{1,2}\.\d{2,4}", re.I)
_CAPITAL = re.compile(r"^[А-ЯЁA-Z]")
_MAX_CELL = 1500  # characters of one cell paragraph; a longer paragraph is text
_MAX_BLANKS = 2  # blank lines between two cells at most
_MIN_ROWS = 2
_MIN_YEARS = 2  # year captions opening a table without a number caption
_YEAR_CAPTION_LINES = 3  # "2021 год" and the short lines under it ("план/факт")
_SHORT_WORDS = 20


def paragraph_spans(raw: list[str], start: int, max_cell: int = _MAX_CELL,
                    max_blanks: int = _MAX_BLANKS) -> Iterator[tuple[int, int, str]]:
    """Paragraphs from line `start` on as (first line, end line, text with its lines joined by
    "\\n"), up to a gap wider than `max_blanks` or a paragraph too long for a cell."""
    i = start
    while i < len(raw):
        j = i
        while j < len(raw) and raw[j].strip():
            j += 1
        text = "\n".join(" ".join(line.split()) for line in raw[i:j])
        if len(text) > max_cell or "|" in text:
            return
        yield i, j, text
        k = j
        while k < len(raw) and not raw[k].strip():
            k += 1
        if k - j > max_blanks:
            return
        i = k


def _paragraphs(raw: list[str], start: int) -> list[Token]:
    """Paragraphs from line `start` on, one token each (or one per cell a line opens)."""
    out: list[Token] = []
    for i, j, _text in paragraph_spans(raw, start):
        out += _cells(raw, i, j, header=not any(is_row_number(t.text) for t in out[1:]))
    return out


def _cells(raw: list[str], i: int, j: int, header: bool) -> list[Token]:
    """The cells of the paragraph on lines [i, j): one, unless a line opens a cell of its own
    (a date after text; in the header, a capitalised caption after another)."""
    lines = [" ".join(line.split()) for line in raw[i:j]]
    starts = [0] + [k for k in range(1, len(lines)) if _opens_cell(lines[k - 1], lines[k], header)]
    ends = [*starts[1:], len(lines)]
    return [Token("\n".join(lines[a:b]), i + a + 1, first=True, gap=b - a)
            for a, b in zip(starts, ends, strict=True)]


def _opens_cell(above: str, line: str, header: bool) -> bool:
    if _DATE_LINE.match(line):
        return not _DATE_LINE.match(above)  # "30.11.2007" / "01.12.2007": one cell of two dates
    return header and bool(_CAPITAL.match(line)) and not above.endswith(("-", ","))


def _ends_text(raw: list[str], token: Token) -> bool:
    return not any(line.strip() for line in raw[token.line - 1 + token.gap:])


def _run_at(raw: list[str], start: int) -> PipeRun | None:
    tokens = _paragraphs(raw, start)
    lay = bare_layout([t.text for t in tokens])
    if lay is None or lay.n < 3:
        return None
    numbered = [(a, b) for a, b in lay.rows[lay.head:]
                if b - a == lay.n and is_row_number(tokens[a].text)]
    if len(numbered) < _MIN_ROWS:
        return None
    end = numbered[-1][1]  # the last full numbered row closes the table …
    a, b = lay.rows[-1]
    if b == len(tokens) > end and is_row_number(tokens[a].text) and _ends_text(raw, tokens[-1]):
        end = b  # … unless the text ends inside the next one (a page or an excerpt cut)
    last = tokens[end - 1]
    return PipeRun(start, last.line - 1 + last.gap, tokens[:end], bare=True)


def _caption_at(raw: list[str], i: int) -> bool:
    """A paragraph of its own (one line, or "№" over "п/п") that is a number caption."""
    if not raw[i].strip() or (i and raw[i - 1].strip()):
        return False
    j = i
    while j < len(raw) and raw[j].strip() and j - i < 2:
        j += 1
    if j < len(raw) and raw[j].strip():
        return False
    return bool(CAPTION.match("\n".join(line.strip() for line in raw[i:j])))


def _year_caption_end(raw: list[str], i: int) -> int | None:
    """The line after a paragraph of its own that is a year caption ("2021 год", with a short
    word line under it: "план/факт"), or None."""
    if not raw[i].strip() or (i and raw[i - 1].strip()) or shape(raw[i].strip()) != "year":
        return None
    j = i + 1
    while j < len(raw) and raw[j].strip() and j - i <= _YEAR_CAPTION_LINES:
        line = raw[j].strip()
        if len(line) > _SHORT_WORDS or any(ch.isdigit() for ch in line):
            return None
        j += 1
    return j if j - i <= _YEAR_CAPTION_LINES else None


def _years_at(raw: list[str], i: int) -> int:
    """How many year-caption paragraphs follow one another from line i."""
    count = 0
    while i < len(raw) and (end := _year_caption_end(raw, i)) is not None:
        count += 1
        i = end
        while i < len(raw) and not raw[i].strip() and i - end < _MAX_BLANKS:
            i += 1
    return count


def _years_run_at(raw: list[str], i: int) -> PipeRun | None:
    """An indicator table whose header is its year captions only (the number and name columns
    have none): taken when every numbered row ends in as many values as there are years."""
    k = _years_at(raw, i)
    if k < _MIN_YEARS:
        return None
    run = _run_at(raw, i)
    if run is None:
        return None
    texts = [t.text for t in run.tokens]
    lay = bare_layout(texts)
    if lay is None or lay.head != 1 or lay.rows[0] != (0, k) or lay.n <= k:
        return None
    rows = [(a, b) for a, b in lay.rows[1:] if b - a == lay.n and is_row_number(texts[a])]
    if not all(_is_value(t) for a, b in rows for t in texts[b - k:b]):
        return None
    return run


def _is_value(text: str) -> bool:
    return is_numeric(text) or is_value_pair(text) or text.strip(" -–—") == ""


def _blanks_before(raw: list[str], i: int) -> int:
    k = i
    while k > 0 and not raw[k - 1].strip():
        k -= 1
    return i - k if k > 0 else 0


def _numbers_run_at(raw: list[str], i: int) -> PipeRun | None:
    """An indicator table with neither a number caption nor row numbers: its captions, the
    row of column numbers ("1" … "5", a paragraph each), then rows of a name and its values,
    a task's title standing alone over its indicators. The header opens after a wider gap
    than those between its own cells (the table's title stands apart above it) and holds one
    caption a column at least, two at most (a group caption over the year captions)."""
    gap = _blanks_before(raw, i)
    if not gap or raw[i].strip() == "1":
        return None
    tokens = _paragraphs(raw, i)
    texts = [t.text for t in tokens]
    run = number_run(texts, len(texts))
    if run is None or texts[run[0]] != "1":
        return None
    n = run[1] - run[0]
    if not n <= run[0] <= 2 * n:
        return None
    inner = [b.line - a.line - a.gap for a, b in pairwise(tokens[: run[1]])]
    if max(inner, default=0) >= gap:
        return None
    rows, end = valued_rows(texts, run[1], n)
    if sum(b - a == n for a, b in rows) < _MIN_ROWS:
        return None
    last = tokens[end - 1]
    return PipeRun(i, last.line - 1 + last.gap, tokens[:end], bare=True)


class _Run(Protocol):
    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Run)


def scan_runs(raw: list[str], run_at: Callable[[int], R | None]) -> list[R]:
    """The runs `run_at` finds from each line on, in order; a found run's lines are skipped."""
    out: list[R] = []
    i = 0
    while i < len(raw):
        run = run_at(i)
        if run is not None:
            out.append(run)
            i = run.end
        else:
            i += 1
    return out


def para_runs(raw: list[str]) -> list[PipeRun]:
    """Tables printed one cell a paragraph, in order."""
    # a row of column numbers opens with a paragraph "1": past the last such line none can
    # start (each try reads every paragraph after its line: the cost was quadratic)
    last_one = max((k for k, line in enumerate(raw) if line.strip() == "1"), default=-1)

    def run_at(i: int) -> PipeRun | None:
        if _caption_at(raw, i):
            return _run_at(raw, i)
        if _years_at(raw, i) >= _MIN_YEARS:
            return _years_run_at(raw, i)
        return line_run_at(raw, i) or (_numbers_run_at(raw, i) if i <= last_one else None)
    return scan_runs(raw, run_at)
