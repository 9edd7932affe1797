"""Where a text's tables lie: lines with tabs (or a drawn separator) form a table segment,
blank lines inside one are page breaks bridged when table lines resume, and a lower-case spill
after it is the last row's wrapped text; everything else is a text segment. Split from
ingest/text/reader.py, which reads each segment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SEPARATOR_CELL = re.compile(r"^[\s\-=:+|_]*$")
_MAX_SPILL_LINES = 80


@dataclass
class Segment:
    """A run of source lines that become one kind of block: "table" or "paragraphs"."""

    kind: str
    lines: list[tuple[int, str]]
    spill: frozenset[int] = frozenset()  # line numbers of cell text pushed out of a table
    line_paragraphs: bool = False  # the file is saved a paragraph per line (not hard-wrapped)


def is_blank(line: str) -> bool:
    return not line.strip()


def is_strong_table_line(line: str) -> bool:
    """A tab after text (or between cells), not just leading indentation."""
    return "\t" in line.lstrip(" \t") and not is_blank(line)


def is_weak_table_line(line: str) -> bool:
    """Only leading tabs before text: a wrapped row tail inside a table, or an indent."""
    return line.startswith(("\t", " \t")) and not is_blank(line)


def is_separator(line: str) -> bool:
    """A table's rule line ("----\t-----"): dashes and bars in every cell."""
    return "-" in line and all(_SEPARATOR_CELL.match(c) for c in line.split("\t"))


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and is_blank(lines[i]):
        i += 1
    return i


def _table_resumes(lines: list[str], i: int) -> bool:
    """After blank lines at i: does the table go on (a page break) or has it ended?"""
    j = _next_nonblank(lines, i)
    if j >= len(lines):
        return False
    if is_strong_table_line(lines[j]):
        return True
    if not is_weak_table_line(lines[j]):
        return False
    text = lines[j].strip()
    k = j + 1
    return text[:1].islower() or (k < len(lines) and is_strong_table_line(lines[k]))


def _table_end(lines: list[str], start: int) -> int:
    i = start
    while i < len(lines):
        if is_strong_table_line(lines[i]) or is_weak_table_line(lines[i]):
            i += 1
        elif is_blank(lines[i]) and _table_resumes(lines, i):
            i = _next_nonblank(lines, i)
        else:
            break
    return i


def _starts_lower(line: str) -> bool:
    return line.lstrip(" \t")[:1].islower()


def _spill_end(lines: list[str], end: int) -> int | None:
    """Untabbed lines after a table that are the tail of its last cell (the conversion lost
    their tabs): they start in lower case, and the table resumes right after them with a
    lower-case tail in a cell. Returns where the table resumes."""
    j = _next_nonblank(lines, end)
    if j >= len(lines) or not _starts_lower(lines[j]):
        return None
    for k in range(j, min(len(lines), j + _MAX_SPILL_LINES)):
        if is_strong_table_line(lines[k]) or is_weak_table_line(lines[k]):
            resumes = lines[k].startswith(("\t", " \t")) and _starts_lower(lines[k])
            return k if resumes else None
    return None


def _table_segment(lines: list[str], start: int) -> Segment:
    end = _table_end(lines, start)
    spill: set[int] = set()
    while (resume := _spill_end(lines, end)) is not None:
        spill.update(range(end + 1, resume + 1))
        end = _table_end(lines, resume)
    return Segment("table", numbered(lines, start, end), frozenset(spill))


def segments(lines: list[str]) -> Iterator[Segment]:
    """Split the document into table runs and paragraph runs (line numbers 1-based)."""
    i, para_start = 0, 0
    while i < len(lines):
        if is_strong_table_line(lines[i]):
            if para_start < i:
                yield Segment("paragraphs", numbered(lines, para_start, i))
            seg = _table_segment(lines, i)
            yield seg
            i = para_start = seg.lines[-1][0]
        else:
            i += 1
    if para_start < len(lines):
        yield Segment("paragraphs", numbered(lines, para_start, len(lines)))


def numbered(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """Lines start..end-1 with their 1-based numbers."""
    return [(n + 1, lines[n]) for n in range(start, end)]
