"""HTML tables a site flattened into running text: the cells joined by " | " inside wrapped
lines (several cells on one line, one cell's text over several lines), the table's number
caption glued to the heading printed before it ("… по годам ее реализации № п/п | Цели,
задачи, показатели | Единица измерения | …").

The text from the caption on is cut at the bars. Two empty cells or more in a row are the
padding a flattened row ends with, so they end the row; a first cell that prints a number on
a line of its own before more text ("Целевой" / "показатель" / "1" / "Удельный вес …") is the
row's number cell run into the next cell, whose bar the flattening lost. The rows are then
placed as the pipe forms place theirs (pipe_table.read_rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.grid import Built
from ingest.text.pipe_cells import Token
from ingest.text.pipe_table import read_rows

_CAPTION = re.compile(r"(?:^|\s)((?:№|N)\s*п\s*/\s*п)\s*\|")
_BAR = re.compile(r"\s\|\s|\s\|$|^\|\s")
_MIN_BARS = 6  # bars of the caption's line and the lines after it before it is a table
_MAX_GAP = 6  # lines of one cell's text between two lines with bars
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
_LABEL_WORDS = 2  # the short lines of a number cell's label ("Целевой" / "показатель")


@dataclass(frozen=True)
class InlineRun:
    """Lines [start, end) of one flattened table; `lead` is the text before its caption on
    its first line (the end of the heading)."""

    start: int
    end: int
    lead: str
    rows: tuple[tuple[Token, ...], ...]


def _bars(line: str) -> int:
    return line.count("|") if "|" in line and not line.strip().startswith(("|", "+", "┌")) \
        else 0


def _end(raw: list[str], start: int) -> int:
    """The line after the table: past lines with bars and the short gaps of wrapped cells."""
    end = j = start + 1
    while j < len(raw) and raw[j].strip() and j - end < _MAX_GAP:
        if "|" in raw[j]:
            end = j + 1
        j += 1
    return end


def _pieces(raw: list[str], start: int, end: int, col: int) -> list[Token]:
    """The cells between the bars from column `col` of line `start` on, with their lines."""
    out: list[Token] = []
    text: list[str] = []
    first: int | None = None
    for n in range(start, end):
        line = raw[n][col:] if n == start else raw[n]
        parts = line.split("|")
        for k, part in enumerate(parts):
            if part.strip():
                text.append(" ".join(part.split()))
                first = n if first is None else first
            if k < len(parts) - 1:  # a bar closes the cell
                out.append(Token("\n".join(text), (first if first is not None else n) + 1))
                text, first = [], None
    if text:  # the text ends inside a cell (an excerpt cut)
        out.append(Token("\n".join(text), (first or end - 1) + 1))
    return out


def _number_cell(cell: Token) -> list[Token]:
    """"Целевой / показатель / 1 / Удельный вес …": the number cell and the next one."""
    lines = cell.text.split("\n")
    for k, line in enumerate(lines[:-1]):
        if _ROW_NUMBER.match(line) and all(len(x.split()) <= _LABEL_WORDS for x in lines[:k]):
            rest = "\n".join(lines[k + 1:])
            return [Token("\n".join(lines[: k + 1]), cell.line),
                    Token(rest, cell.line + k + 1)]
    return [cell]


def _rows(cells: list[Token]) -> list[tuple[Token, ...]]:
    """Rows ended by two empty cells or more (their padding)."""
    rows: list[tuple[Token, ...]] = []
    row: list[Token] = []
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and not cells[j].text:
            j += 1
        if j - i >= 2 or (j == len(cells) and j > i):
            if row:
                rows.append((*row, *(Token("", c.line, pad=True) for c in cells[i:j])))
            row = []
            i = j
            continue
        cell = cells[i]
        row += _number_cell(cell) if not row else [cell]
        i += 1
    if row:
        rows.append(tuple(row))
    return rows


def inline_runs(raw: list[str]) -> list[InlineRun]:
    """The flattened tables of a text, in order."""
    out: list[InlineRun] = []
    i = 0
    while i < len(raw):
        m = _CAPTION.search(raw[i]) if "|" in raw[i] else None
        if m is None or _bars(raw[i][m.start(1):]) < 1:
            i += 1
            continue
        end = _end(raw, i)
        if sum(_bars(line) for line in raw[i:end]) < _MIN_BARS:
            i += 1
            continue
        rows = _rows(_pieces(raw, i, end, m.start(1)))
        out.append(InlineRun(i, end, raw[i][: m.start(1)].strip(), tuple(rows)))
        i = end
    return out


def read_inline(run: InlineRun, index: int) -> Built | None:
    """The table of one flattened run."""
    return read_rows([list(r) for r in run.rows], index,
                     f"inline cells: {len(run.rows)} rows ended by padding")
