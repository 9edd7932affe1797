"""HTML tables a site flattened into running text: the cells joined by " | " inside wrapped
lines (several cells on one line, one cell's text over several lines), the table's number
caption glued to the heading printed before it ("… по годам ее реализации № п/п | Цели,
задачи, показатели | Единица измерения | …").

The text from the caption on is cut at the bars. Two empty cells or more in a row are the
padding a flattened row ends with, so they end the row; a first cell that prints a number on
a line of its own before more text ("Целевой" / "показатель" / "1" / "Удельный вес …") is the
row's number cell run into the next cell, whose bar the flattening lost. The caption may keep
its cell's line break ("№" alone over "п/п | Мероприятия | …"). Rows run together without
padding ("… | Министерство | 1.2. | Утверждение … |") are cut before each item number once a
row holds the header's width; a lone "^" is a converter's mark of a merged cell, no text. The
rows are then placed as the pipe forms place theirs (pipe_table.read_rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.grid import Built
from ingest.text.pipe_cells import Token
from ingest.text.pipe_table import read_rows

_CAPTION = re.compile(r"(?:^|\s)((?:№|N)\s*п\s*/\s*п)\s*\|")
# "п/п | Мероприятия | …" under a line holding "№" alone (a blank line may stand between)
_CAPTION_REST = re.compile(r"^\s*(п\s*/\s*п)\s*\|")
_NUMBER_SIGN = re.compile(r"^\s*(?:№|N)\s*$")
_CAPTION_REACH = 2  # lines from "№" down to "п/п |"
# an item number opening a row run into the one before it ("1.2.", "II.")
_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXLC]{1,5}\.)$")
_MERGE_MARK = "^"
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
                cell = "" if text == [_MERGE_MARK] else "\n".join(text)
                out.append(Token(cell, (first if first is not None else n) + 1))
                text, first = [], None
    if text:  # the text ends inside a cell (an excerpt cut)
        out.append(Token("\n".join(text), (first or end - 1) + 1, cut=True))
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


def _head_width(rows: list[tuple[Token, ...]]) -> int:
    """The cells of the first row before its first item number: the header's width."""
    head = rows[0] if rows else ()
    return next((k for k, t in enumerate(head) if k and _ITEM.match(t.text)), 0)


def _closed_last(rows: list[tuple[Token, ...]], width: int) -> list[tuple[Token, ...]]:
    """A last row the text ends inside (its cell has no closing bar) gets empty cells up to
    the header's width: the text stopped, no cell above covers the rest of the row."""
    last = rows[-1] if rows else ()
    if not last or not last[-1].cut or len(last) >= width:
        return rows
    fill = tuple(Token("", last[-1].line, cut=True) for _ in range(width - len(last)))
    return [*rows[:-1], (*last, *fill)]


def _run_together(rows: list[tuple[Token, ...]]) -> list[tuple[Token, ...]]:
    """Rows the flattening ran together cut before each item number, once the row before
    holds the header's width (the cells before the first item number)."""
    width = _head_width(rows)
    if width < 2 or all(len(r) <= width + 1 for r in rows):
        return rows
    out: list[tuple[Token, ...]] = []
    for row in rows:
        cur: list[Token] = []
        for t in row:
            if cur and not t.pad and _ITEM.match(t.text) and len(cur) >= width - 1 \
                    and any(c.text for c in cur):
                out.append(tuple(cur))
                cur = []
            cur.append(t)
        out.append(tuple(cur))
    return out


def _caption_at(raw: list[str], i: int) -> tuple[int, int] | None:
    """(first line, column) of a "№ п/п |" caption on line `i`, or of its "п/п |" part under
    a "№" line of its own."""
    m = _CAPTION.search(raw[i])
    if m is not None:
        return (i, m.start(1)) if _bars(raw[i][m.start(1):]) >= 1 else None
    if not _CAPTION_REST.match(raw[i]):
        return None
    for k in range(i - 1, max(-1, i - 1 - _CAPTION_REACH), -1):
        if _NUMBER_SIGN.match(raw[k]):
            return k, 0
        if raw[k].strip():
            return None
    return None


def inline_runs(raw: list[str]) -> list[InlineRun]:
    """The flattened tables of a text, in order."""
    out: list[InlineRun] = []
    i = 0
    while i < len(raw):
        at = _caption_at(raw, i) if "|" in raw[i] else None
        if at is None:
            i += 1
            continue
        end = _end(raw, i)
        if sum(_bars(line) for line in raw[i:end]) < _MIN_BARS:
            i += 1
            continue
        start, col = at
        cut = _rows(_pieces(raw, start, end, col))
        width = _head_width(cut) or (sum(not t.pad for t in cut[0]) if cut else 0)
        rows = _closed_last(_run_together(cut), width)
        out.append(InlineRun(start, end, raw[start][:col].strip(), tuple(rows)))
        i = end
    return out


def read_inline(run: InlineRun, index: int) -> Built | None:
    """The table of one flattened run."""
    return read_rows([list(r) for r in run.rows], index,
                     f"inline cells: {len(run.rows)} rows ended by padding")
