"""Pipe rows printed without border bars ("№ | Мероприятие | Срок" over "1 | Классный час |
ежемесячно"): a run of such lines is a table like the "| a | b |" form, so its rows get the
border bars and read as that form does (lines.pipe_row_to_tabs).

Only a run stands alone as a table: two lines or more with as many cells each (a row may
leave its last cells out, never hold more than the first), none opening or closing on a bar,
no empty cell ("||", "| |": the padding of the cell-by-cell forms of pipe_cells and
inline_pipes) and no bar on the lines around it (a flattened table's wrapped cells go on
there). A line of text between two such rows in a run is a row across the width (a
section's heading). Every function keeps the number of lines.
"""

from __future__ import annotations

import re

_BAR = re.compile(r"(?<!\\)\|")
_BOX = re.compile(r"[\u2500-\u257f+]")
_MIN_BARS = 2  # three cells: "a | b" alone is too often prose ("Главная | Документы")
_MIN_ROWS = 2


def _bars(line: str) -> int:
    """The bars of a bare row, 0 for any other line."""
    stripped = line.strip()
    if not stripped or stripped[0] == "|" or stripped[-1] == "|" or "||" in stripped \
            or _BOX.search(stripped):
        return 0
    cells = _BAR.split(stripped)
    if not all(c.strip() for c in cells):
        return 0  # "| |": an empty cell's padding, a flattened row's end (inline_pipes)
    return len(cells) - 1 if len(cells) > _MIN_BARS else 0


def _run_end(lines: list[str], start: int, width: int) -> int:
    """The line after the run of rows opened at `start` with `width` bars: rows with at most
    that many bars, a lone text line between two of them taken in as a row across."""
    j = start + 1
    while j < len(lines):
        n = _bars(lines[j])
        if 0 < n <= width:
            j += 1
            continue
        if n == 0 and lines[j].strip() and "|" not in lines[j] and j + 1 < len(lines) \
                and 0 < _bars(lines[j + 1]) <= width:
            j += 2
            continue
        break
    return j


def _bordered(line: str) -> str:
    return f"| {line.strip()} |" if line.strip() else line


def border_bare_rows(text: str) -> str:
    """Runs of bare pipe rows given border bars; all other lines as they were."""
    if " | " not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        width = _bars(lines[i])
        if not width or (i and "|" in lines[i - 1]):
            i += 1
            continue
        end = _run_end(lines, i, width)
        rows = sum(_bars(line) > 0 for line in lines[i:end])
        if rows >= _MIN_ROWS and (end >= len(lines) or "|" not in lines[end]):
            lines[i:end] = [_bordered(line) for line in lines[i:end]]
        i = end
    return "\n".join(lines)
