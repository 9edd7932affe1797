"""Where the tables printed cell by cell (pipe_cells) lie in a text: regions of pipe lines with
the text lines of cells printed on several lines between them, cut into tables where a text
stands between two rows, a last short row without pipes set apart (a signature), and the cell
a document's end cut short kept in its table."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.text.bar_rows import is_bare
from ingest.text.pipe_cells import (
    ITEM,
    PipeRun,
    Token,
    choose_width,
    is_pipe_line,
    one_row_per_line,
    rows_of,
    tokens_of,
)

_MAX_GAP = 16  # lines of one cell's text printed before its line ending in " |" (a narrow
# column of a legal site's export wraps a long title a few words a line)
_MAX_BARE_GAP = 40  # lines of one cell's text printed before a lone "|" (the bare form)
_NUMBER_HEAD = re.compile(r"^(?:N|№|n)?\s*(?:п/п|пп\.?)?$", re.I)  # "N п/п" over the first bar
_SHORT_HEAD = 4  # a line this short above a row's first cell is its head ("N" over "п/п")
# "… по 23 февраля 2024" / "г." / "№ |": the year's word under a heading's last year is the
# heading's, not a head of the table's first cell however short
_YEAR_WORD = re.compile(r"^(?:г\.\s?г\.?|гг?\.?|год[аы]?)$")
_ENDS_ON_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")


def _gap_end(lines: list[str], j: int, most: int = _MAX_GAP) -> int | None:
    """Past a few text lines (the start of the next cell) or blank lines: the next pipe line."""
    k = j
    while k < len(lines) and k - j < most and not is_pipe_line(lines[k]):
        if not lines[k].strip() and k > j and lines[k - 1].strip():
            return None  # text then a blank line: a paragraph, not a cell
        k += 1
    return k if k < len(lines) and is_pipe_line(lines[k]) else None


def _is_bare_bar(lines: list[str], k: int) -> bool:
    """A lone "|" after a line of text: the end of a cell printed on lines of its own."""
    return lines[k].strip() == "|" and k > 0 and bool(lines[k - 1].strip()) \
        and not is_pipe_line(lines[k - 1])


def _head_start(lines: list[str], i: int) -> int:
    """The first line of the first cell: "N" printed above "п/п |", or "N п/п" above a lone
    bar (a caption, not a title above the table)."""
    if not i or is_pipe_line(lines[i - 1]):
        return i
    above = lines[i - 1].strip()
    if i > 1 and _YEAR_WORD.match(above) and _ENDS_ON_YEAR.search(lines[i - 2]):
        return i
    if 0 < len(above) <= _SHORT_HEAD or (lines[i].strip() == "|" and _NUMBER_HEAD.match(above)
                                         and above):
        return _number_head_start(lines, i - 1, i)
    return i


def _number_head_start(lines: list[str], start: int, bar: int) -> int:
    """The first line of a number caption printed a word a line ("N" over "п/п" over the
    lone bar): the "N" is the caption's, no paragraph above the table."""
    while start > 0 and (above := lines[start - 1].strip()) and not is_pipe_line(above) \
            and bar - start < 3 and _NUMBER_HEAD.match(" ".join([above, *(
                lines[k].strip() for k in range(start, bar))])):
        start -= 1
    return start


def _regions(lines: list[str]) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(lines):
        if not is_pipe_line(lines[i]):
            i += 1
            continue
        start = _head_start(lines, i)
        end = j = i + 1
        while j < len(lines):
            if is_pipe_line(lines[j]):
                end = j = j + 1
                continue
            k = _gap_end(lines, j, _MAX_BARE_GAP if _is_bare_bar(lines, j - 1) else _MAX_GAP)
            if k is None:
                break
            j = k
        yield start, end
        i = end


def _tokens(lines: list[str], start: int, end: int) -> list[Token]:
    out: list[Token] = []
    head: list[str] = []
    for n in range(start, end):
        text = lines[n]
        if is_pipe_line(text):
            out += tokens_of(text, n + 1, head)
            head = []
        elif text.strip():
            head.append(" ".join(text.split()))
    return out


_TAIL = re.compile(r"^[a-zа-яё)»\"\]\-–,.;:]")
_WIDTH_SAMPLE = 400  # tokens of a table enough to see its row width


def _inside_cell(tokens: list[Token], start: int, pos: int, cache: dict[int, int]) -> bool:
    """Is the text printed above token `pos` the head of that cell (a cell on several lines)
    rather than a paragraph between two tables? Yes when the cell's own line reads as its
    tail, or when `pos` falls inside a row of the table begun at `start`."""
    lead = tokens[pos]
    if _TAIL.match(lead.text.split("\n")[-1]):
        return True
    end = min(pos, start + _WIDTH_SAMPLE)
    if end not in cache:
        cache[end] = choose_width(tokens[start:end])
    return (pos - start) % cache[end] != 0


def _split(tokens: list[Token], start_line: int, end_line: int) -> Iterator[PipeRun]:
    """The tables of a region: a text between two rows ends one table (its lines are left
    to the paragraph reader); one short line before a row is the head of its first cell."""
    begin, first_line = 0, start_line
    cache: dict[int, int] = {}
    for pos in range(1, len(tokens)):
        lead = tokens[pos]
        short = lead.gap == 1 and len(lead.text.split("\n")[0]) <= _SHORT_HEAD
        if not lead.gap or short or _inside_cell(tokens, begin, pos, cache):
            continue
        yield PipeRun(first_line, lead.line - 1, tokens[begin:pos])
        own_line = lead.line + lead.gap
        tokens[pos] = Token(lead.text.split("\n")[-1], own_line, lead.pad, lead.first)
        begin, first_line, cache = pos, own_line - 1, {}
    yield PipeRun(first_line, end_line, tokens[begin:])


def _tail_apart(run: PipeRun) -> list[PipeRun]:
    """A last row short of places and without pipes is no row of the table (every printed
    row is filled up with pipes): a small table of its own, such as a signature — unless it
    opens with an item number under a number column (a row the page or excerpt cut short)."""
    run.multi = one_row_per_line(run.tokens)
    if run.multi or run.bare or len(run.tokens) < 4:
        return [run]
    width = choose_width(run.tokens)
    last = rows_of(run, width)[-1]
    if len(last) >= width or any(t.pad for t in last) or len(last) == len(run.tokens):
        return [run]
    if ITEM.match(last[0].text) and _NUMBER_HEAD.match(run.tokens[0].text.strip()):
        # "3.1. | Основное мероприятие …": a numbered row the excerpt cut short, the cells it
        # lost are empty (not merged from above)
        run.tokens += [Token("", last[-1].line)] * (width - len(last))
        return [run]
    cut = len(run.tokens) - len(last)
    first_line = last[0].line - 1
    return [PipeRun(run.start, first_line, run.tokens[:cut]),
            PipeRun(first_line, run.end, run.tokens[cut:])]


def _cut_tail(lines: list[str], end: int, tokens: list[Token], bare: bool = True
              ) -> tuple[int, list[Token]]:
    """A text that ends the document a line or two after the last bar is the last cell of a
    table the text was cut inside (a page or an excerpt ending mid-row). In the " |" form it
    is a place of its own, no head of a cell (no bar follows it)."""
    rest = [line.strip() for line in lines[end:]]
    while rest and not rest[-1]:
        rest.pop()
    if not 0 < len(rest) <= 2 or not all(rest):
        return end, tokens
    text = "\n".join(rest) if bare else "\n".join(" ".join(r.split()) for r in rest)
    cell = Token(text, end + 1, first=True, gap=len(rest) if bare else 0, cut=not bare)
    return len(lines), [*tokens, cell]


def _row_open(tokens: list[Token]) -> bool:
    """The last row holds fewer cells than a row's places and no pipes close it: a text
    right after it is the cell the row waits for (a signature after a full row is not)."""
    if not tokens or tokens[-1].pad:
        return False
    width = choose_width(tokens)
    last = rows_of(PipeRun(0, 0, tokens), width)[-1]
    return 1 < len(last) < width


def pipe_runs(lines: list[str]) -> list[PipeRun]:
    """Tables printed cell by cell: runs of pipe lines with the text lines of cells printed
    on several lines; text between two rows ends a table."""
    out: list[PipeRun] = []
    for start, end in _regions(lines):
        tokens = _tokens(lines, start, end)
        if is_bare([t.gap for t in tokens], [t.text for t in tokens]):
            # every cell is text above a bar: no text between two rows to end a table at
            end, tokens = _cut_tail(lines, end, tokens)
            out.append(PipeRun(start, end, tokens, bare=True))
            continue
        if end < len(lines) and _row_open(tokens):
            end, tokens = _cut_tail(lines, end, tokens, bare=False)
        for run in _split(tokens, start, end):
            out += _tail_apart(run)
    return [r for r in out if sum(bool(t.text) for t in r.tokens) >= 2]
