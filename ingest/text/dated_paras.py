"""Tables printed one cell a paragraph without row numbers: a site's text export of an event
plan gives its header's captions as short paragraphs ("Дата, время" / "Наименование
мероприятия" / "Место проведения" / "Ответственный"), then every row cell by cell, each row
opened by its date. No "№" caption opens such a table (para_cells reads those), so it is
found by its header: three or more caption paragraphs in a row (data/column_captions.yaml),
the first naming the date column, followed by a date-shaped paragraph.

The header's length is the row width. The body is cut at the paragraphs that open with a date;
a cell may be printed over two paragraphs (a time under the date: "10.04.2018" / "12:00", a
bracketed note under a text: "(по графику)"), and those are joined back. A row longer than the
width after that ends the table before it; the last row takes the width's cells and the
paragraphs after it are text again.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.text.grid import Built
from ingest.text.para_cells import paragraph_spans, scan_runs
from ingest.text.pipe_cells import Token
from ingest.text.pipe_table import read_rows
from ingest.yaml_data import load_yaml

# a date opening a row: "3.04.2018", "1.04.2018-20.04.2018", "с 5.04.2018", "10 апреля 2018"
DATE_OPEN = re.compile(r"^(?:(?:с|до|по)\s+)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}(?:\s*[-–—]\s*"
                       r"\d{1,2})?\s+[а-яё]{3,8}(?:\s+\d{4})?)(?!\S*[а-яё]{9})", re.I)
# a time printed under its date in the same cell: "12:00", "в 12.00", "10.00-14.00"
_TIME = re.compile(r"^(?:в|с)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[-–—]|до)\s*\d{1,2}[:.]\d{2})?"
                   r"(?:\s*ч(?:ас\.?|\.)?)?$", re.I)
_MAX_CAPTION = 40  # characters of one caption paragraph
_MAX_CELL = 600
_MAX_BLANKS = 2
_MIN_COLUMNS = 3
_MAX_COLUMNS = 10
_MIN_ROWS = 2


@dataclass(frozen=True)
class Para:
    """One paragraph: its first line (0-based), line count and text (lines joined by "\\n")."""

    line: int
    lines: int
    text: str

    def token(self, text: str | None = None) -> Token:
        return Token(self.text if text is None else text, self.line + 1, first=True,
                     gap=self.lines)


@dataclass(frozen=True)
class DatedRun:
    """Lines [start, end) (0-based) of one table and its rows (the header first)."""

    start: int
    end: int
    rows: list[list[Token]]


@lru_cache(maxsize=1)
def _stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_yaml((Path(__file__).parent / "data" / "column_captions.yaml").read_text("utf-8"))
    return tuple(data["caption_stems"]), tuple(data["date_stems"])


def _is_caption(text: str, date: bool = False) -> bool:
    low = text.lower()
    captions, dates = _stems()
    words = dates if date else (*captions, *dates)
    return (len(text) <= _MAX_CAPTION and "\n" not in text and not any(c.isdigit() for c in low)
            and any(s in low for s in words))


def paragraphs(raw: list[str], start: int) -> list[Para]:
    """Paragraphs from line `start` on, up to a wider gap or one too long for a cell."""
    return [Para(i, j - i, text)
            for i, j, text in paragraph_spans(raw, start, _MAX_CELL, _MAX_BLANKS)]


def _joins(cell: list[Para], para: Para) -> bool:
    """`para` goes on the cell above: a time under a date, a bracketed note under a text."""
    if para.text.startswith("("):
        return True
    return len(cell) == 1 and bool(DATE_OPEN.match(cell[0].text)) and bool(_TIME.match(para.text))


def _cells(paras: list[Para], limit: int | None = None) -> list[list[Para]]:
    """The cells of a row's paragraphs (continuations joined): all, or the first `limit`."""
    cells: list[list[Para]] = []
    for para in paras:
        if cells and _joins(cells[-1], para):
            cells[-1].append(para)
        elif limit is not None and len(cells) == limit:
            break
        else:
            cells.append([para])
    return cells


def _token(cell: list[Para]) -> Token:
    return cell[0].token("\n".join(p.text for p in cell))


def _body(body: list[Para], n: int) -> tuple[list[list[Token]], int]:
    """Rows cut at the paragraphs opening with a date, and the line after the last; the table
    ends before a row too long."""
    opens = [k for k, p in enumerate(body) if DATE_OPEN.match(p.text)] + [len(body)]
    rows: list[list[Token]] = []
    end = 0
    if opens[0] != 0:
        return rows, end
    for a, b in itertools.pairwise(opens):
        cells = _cells(body[a:b], n if b == len(body) else None)
        if len(cells) > n or len(cells) < 2:
            break
        rows.append([_token(c) for c in cells])
        end = cells[-1][-1].line + cells[-1][-1].lines
    return rows, end


def _run_at(raw: list[str], start: int) -> DatedRun | None:
    paras = paragraphs(raw, start)
    n = 0
    while n < len(paras) and n < _MAX_COLUMNS and _is_caption(paras[n].text):
        n += 1
    if n < _MIN_COLUMNS or not _is_caption(paras[0].text, date=True):
        return None
    rows, end = _body(paras[n:], n)
    if sum(len(r) == n for r in rows) < _MIN_ROWS:
        return None
    return DatedRun(start, end, [[p.token() for p in paras[:n]], *rows])


def _starts_paragraph(raw: list[str], i: int) -> bool:
    return bool(raw[i].strip()) and (i == 0 or not raw[i - 1].strip())


def dated_runs(raw: list[str]) -> list[DatedRun]:
    """Tables printed one cell a paragraph with rows opened by dates, in order."""
    def run_at(i: int) -> DatedRun | None:
        if _starts_paragraph(raw, i) and _is_caption(raw[i].strip(), date=True):
            return _run_at(raw, i)
        return None
    return scan_runs(raw, run_at)


def read_dated(run: DatedRun, index: int) -> Built | None:
    """The table of one run: its first row is the header."""
    return read_rows(run.rows, index, f"paragraph cells opened by dates, "
                     f"{len(run.rows[0])} header captions", head=1)
