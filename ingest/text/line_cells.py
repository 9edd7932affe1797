"""Tables printed one cell a line with no number caption: a school site's text copy of a plan
gives its header as a paragraph of short captions ("Мероприятие" / "Срок" / "Ответственный"),
then each row as its bare number on a line of its own followed by one line per cell. Blank
lines fall anywhere (between rows, inside them, for an empty cell), so they part no cells; a
cell printed over two lines is told by its second line going on in lower case or by the first
one ending in a comma.

The header has no caption over the number column, so an empty one is put in its place, and
the stream is then read as a bare-bar table (bar_rows) like the paragraph form (para_cells).

A site page that is only such a table (the federal self-examination indicator form) prints it
with no blank line at all: a "№ п/п" caption line, the other captions a line each (a caption
wrapped over two lines goes on in lower case: "Единица" / "измерения"), then the rows. The
number caption opens the header there, so no blank line is asked before it.
"""

from __future__ import annotations

import re

from ingest.text.grid_rules import is_row_number
from ingest.text.pipe_cells import PipeRun, Token
from ingest.text.time_heads import _month_stems, unit_cells

_CAPTION_LINE = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ \-][а-яё]+){0,3}$")
_WORD_CAPTION = re.compile(r"^[А-ЯЁа-яё][а-яё]+(?:[ \-][а-яё]+){0,3}$")
_NUMBER_CAPTION = re.compile(r"^(?:N|№)\s*(?:п\s*/\s*п|пп\.?|п\.\s*п\.?)$", re.I)
_MIN_NUMBERED_CAPTIONS = 2  # captions after a "№ п/п" line (name and value at least)
_MIN_CAPTIONS = 3
_MAX_CAPTIONS = 8
_MAX_LEAD = 4  # lines (section titles) between the header and row 1 at most
_MIN_ROWS = 2
_MAX_GAP = 3  # blank lines in a row end the table


def _header_end(raw: list[str], i: int) -> int | None:
    """The line after a paragraph of its own made of 3–8 short word captions, or None."""
    if not raw[i].strip() or (i and raw[i - 1].strip()):
        return None
    j = i
    while j < len(raw) and raw[j].strip():
        if j - i >= _MAX_CAPTIONS or not _CAPTION_LINE.match(" ".join(raw[j].split())):
            return None
        j += 1
    return j if j - i >= _MIN_CAPTIONS else None


def _numbered_header(raw: list[str], i: int) -> tuple[int, list[list[int]]] | None:
    """A "№ п/п" caption line and the caption lines under it up to row 1, no blank line
    between them: the line after the header and each caption's lines, or None."""
    if not _NUMBER_CAPTION.match(" ".join(raw[i].split())):
        return None
    caps: list[list[int]] = []
    j = i + 1
    while j < len(raw) and raw[j].strip() and j - i <= _MAX_CAPTIONS:
        text = " ".join(raw[j].split())
        if is_row_number(text):
            break
        if not _WORD_CAPTION.match(text):
            return None
        if caps and text[:1].islower():
            caps[-1].append(j)  # "Единица" / "измерения": one caption wrapped
        else:
            caps.append([j])
        j += 1
    if not (_MIN_NUMBERED_CAPTIONS <= len(caps) <= _MAX_CAPTIONS) or j >= len(raw):
        return None
    return (j, caps) if is_row_number(raw[j]) else None


def _header_tokens(raw: list[str], i: int) -> tuple[int, list[Token]] | None:
    """The header opening at line i (a caption paragraph, or a "№ п/п" line and its captions)
    as the line after it and its caption tokens, the number column's first."""
    numbered = _numbered_header(raw, i)
    if numbered is not None:
        head, caps = numbered
        tokens = [Token(" ".join(raw[i].split()), i + 1, first=True)]
        return head, tokens + [Token("\n".join(" ".join(raw[k].split()) for k in c), c[0] + 1,
                                     first=True, gap=len(c)) for c in caps]
    end = _header_end(raw, i)
    if end is None:
        return None
    tokens = [Token("", i + 1, first=True)]  # the number column has no caption
    return end, tokens + [Token(" ".join(raw[k].split()), k + 1, first=True)
                          for k in range(i, end)]


def _lines(raw: list[str], start: int) -> list[int]:
    """Non-blank lines from `start` on, up to a gap of more than _MAX_GAP blank lines."""
    out: list[int] = []
    blanks = 0
    for k in range(start, len(raw)):
        if raw[k].strip():
            out.append(k)
            blanks = 0
        elif out and (blanks := blanks + 1) > _MAX_GAP:
            break
    return out


def _goes_on(above: str, line: str) -> bool:
    """`line` continues the cell printed on the line above it: it goes on in lower case (but a
    date cell, "сентябрь", "в течение года", opens a cell of its own) or the line above ends
    in a comma or a hyphen."""
    if " ".join(line.lower().split()) in unit_cells():
        return False  # "человек" under a section title: the row's unit cell
    if above.rstrip().endswith((",", "-", "–")):
        return True
    head = " " + " ".join(line.lower().split()[:3])
    return line[:1].islower() and not any(" " + stem in head for stem in _month_stems())


_VALUE_UNIT = re.compile(r"^\d+(?:[.,]\d+)?\s*(.*)$")


def _unit_line(line: str) -> bool:
    """A unit cell, bare or after its value ("Процент", "100 процентов", "41 человек")."""
    text = " ".join(line.lower().split())
    m = _VALUE_UNIT.match(text)
    return text in unit_cells() or (m is not None and m.group(1) in unit_cells())


def _row_cells(raw: list[str], lines: list[int], width: int) -> tuple[list[Token], int]:
    """One row's `width` cells from its lines (after the number) and how many lines they take:
    continuation lines join the cell above, so do lines past the last cell; a paragraph of its
    own after a full row is not the row's (a section title, or text after the table)."""
    cells: list[list[int]] = []
    used = 0
    for k in lines:
        text = raw[k].strip()
        if len(cells) >= 2 and len(cells[-1]) == 1 and _unit_line(raw[cells[-1][0]]) and \
                text[:1].islower() and _goes_on(raw[cells[-2][-1]], text):
            cells[-2].append(k)  # "Удельный вес …" / "Процент" / "по новым ФГОС": the name
            # wraps past the unit printed beside its first line
        elif cells and _goes_on(raw[cells[-1][-1]], text):
            cells[-1].append(k)
        elif len(cells) >= width and not raw[k - 1].strip():
            break
        elif len(cells) >= width:
            cells[-1].append(k)
        else:
            cells.append([k])
        used += 1
    out = [Token("\n".join(" ".join(raw[k].split()) for k in c), c[0] + 1, first=True,
                 gap=c[-1] - c[0] + 1) for c in cells]
    line = out[-1].line if out else 0
    return out + [Token("", line, first=True) for _ in range(width - len(out))], used


def line_run_at(raw: list[str], i: int) -> PipeRun | None:
    """The one-cell-a-line table whose caption paragraph opens at line i, or None."""
    header = _header_tokens(raw, i)
    if header is None:
        return None
    head, tokens = header
    lines = _lines(raw, head)
    starts = [n for n, k in enumerate(lines) if is_row_number(raw[k])]
    if not starts or starts[0] > _MAX_LEAD or raw[lines[starts[0]]].strip().rstrip(".") != "1":
        return None
    width = len(tokens) - 1
    tokens += [Token(" ".join(raw[k].split()), k + 1, first=True) for k in lines[:starts[0]]]
    rows = 0
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    for n, (a, b) in enumerate(bounds):
        body = lines[a + 1:b]
        if len(body) < width - 1:
            break  # too few lines for a row: the numbered text under the table
        tokens.append(Token(raw[lines[a]].strip(), lines[a] + 1, first=True))
        cells, used = _row_cells(raw, body, width)
        tokens += cells
        rows += 1
        if used < len(body):
            if n == len(bounds) - 1:
                break  # text after the table
            tokens += [Token(" ".join(raw[k].split()), k + 1, first=True) for k in body[used:]]
    if rows < _MIN_ROWS:
        return None
    last = tokens[-1]
    return PipeRun(i, last.line - 1 + max(last.gap, 1), tokens, bare=True)
