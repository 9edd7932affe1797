"""Tables printed cell by cell, as base.garant.ru's text form gives them: every cell on a line
of its own ending in " |", a row's cells covered by merged cells from the left or above
printed as a run of pipes at the row's end ("|||"), a section row as "Раздел … | |||||".
(docs.cntd.ru prints one row per line the same way: "a | b | c | |||".)

The rows are rebuilt by counting: every row holds the same number of places W (own cells plus
pipes). W is the count that fits the evidence best: runs of pipes end rows and stay inside
one, a row of column numbers ("1 | 2 | 3 …") and a section line fit in one row, and item
numbers ("1.", "2.3.") open rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ingest.text.bar_rows import is_bare

_BOX = re.compile(r"[\u2500-\u257f]")
_ITEM = re.compile(r"^\d{1,2}(\.\d{1,2})*\.$")
_MAX_GAP = 6  # lines of one cell's text printed before its line ending in " |"
_MAX_BARE_GAP = 40  # lines of one cell's text printed before a lone "|" (the bare form)
_NUMBER_HEAD = re.compile(r"^(?:N|№|n)?\s*(?:п/п|пп\.?)?$", re.I)  # "N п/п" over the first bar
_SHORT_HEAD = 4  # a line this short above a row's first cell is its head ("N" over "п/п")
_MAX_WIDTH = 60
_MAX_LINE = 3000  # longer lines are text, not a printed cell
_HEAD_TOKENS = 3000  # the width shows in a table's head: later tokens are not weighed


@dataclass(frozen=True)
class Token:
    """One place of a row: a cell's text ("" for an empty cell) or a pad (a pipe of a run)."""

    text: str
    line: int  # where the cell's text starts
    pad: bool = False
    first: bool = False  # first token on its line
    gap: int = 0  # lines of the cell's text printed before the line ending in " |"


@dataclass
class PipeRun:
    """Lines [start, end) (0-based) of one table and its tokens."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    multi: bool = False  # one row per line (docs.cntd.ru) rather than one cell per line
    bare: bool = False  # every cell on lines of its own before a lone "|" (bar_rows)


def is_pipe_line(line: str) -> bool:
    """A cell line ("text |", "text | |||") or a run of pipes; not a "| a | b |" row."""
    stripped = line.strip()
    if len(stripped) > _MAX_LINE or not stripped.endswith("|") or _BOX.search(stripped):
        return False
    return not stripped.startswith("|") or set(stripped) == {"|"}


def tokens_of(line: str, number: int, head: Sequence[str] = ()) -> list[Token]:
    """The places a line holds: "text |" one cell, "|" one empty cell, "||" two pads;
    `head` are lines of the first cell printed above it."""
    stripped = line.strip()
    first_line = number - len(head)
    prefix = "\n".join(head)
    if stripped == "|":
        return [Token(prefix, first_line, first=True, gap=len(head))]
    out: list[Token] = []
    for part in stripped.split("|")[:-1]:
        text = " ".join(part.split())
        if head and not out:
            text = f"{prefix}\n{text}" if text else prefix
            out.append(Token(text, first_line, first=True, gap=len(head)))
            continue
        out.append(Token(text, number, pad=not text, first=not out))
    return out


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
    if 0 < len(above) <= _SHORT_HEAD or (lines[i].strip() == "|" and _NUMBER_HEAD.match(above)
                                         and above):
        return i - 1
    return i


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
    run.multi = _one_row_per_line(run.tokens)
    if run.multi or run.bare or len(run.tokens) < 4:
        return [run]
    width = choose_width(run.tokens)
    last = rows_of(run, width)[-1]
    if len(last) >= width or any(t.pad for t in last) or len(last) == len(run.tokens):
        return [run]
    if _ITEM.match(last[0].text) and _NUMBER_HEAD.match(run.tokens[0].text.strip()):
        # "3.1. | Основное мероприятие …": a numbered row the excerpt cut short, the cells it
        # lost are empty (not merged from above)
        run.tokens += [Token("", last[-1].line)] * (width - len(last))
        return [run]
    cut = len(run.tokens) - len(last)
    first_line = last[0].line - 1
    return [PipeRun(run.start, first_line, run.tokens[:cut]),
            PipeRun(first_line, run.end, run.tokens[cut:])]


def _cut_tail(lines: list[str], end: int, tokens: list[Token]) -> tuple[int, list[Token]]:
    """A text that ends the document a line or two after the last bar is the last cell of a
    table the text was cut inside (a page or an excerpt ending mid-row)."""
    rest = [line.strip() for line in lines[end:]]
    while rest and not rest[-1]:
        rest.pop()
    if not 0 < len(rest) <= 2 or not all(rest):
        return end, tokens
    cell = Token("\n".join(rest), end + 1, first=True, gap=len(rest))
    return len(lines), [*tokens, cell]


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
        for run in _split(tokens, start, end):
            out += _tail_apart(run)
    return [r for r in out if sum(bool(t.text) for t in r.tokens) >= 2]


def _one_row_per_line(tokens: list[Token]) -> bool:
    lines: dict[int, int] = {}
    for t in tokens:
        if not t.pad:
            lines[t.line] = lines.get(t.line, 0) + 1
    return bool(lines) and sum(c >= 2 for c in lines.values()) * 2 > len(lines)


# --- the row width -----------------------------------------------------------------------

def _pad_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].pad:
            j = i
            while j < len(tokens) and tokens[j].pad and tokens[j].line == tokens[i].line:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _number_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs "1 | 2 | 3 | …" (three or more increasing small numbers): a column-number row."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].text.isdigit() and (
                j == i or 0 < int(tokens[j].text) - int(tokens[j - 1].text) <= 2):
            j += 1
        if j - i >= 3 and int(tokens[i].text) <= 2:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _row_number_cells(tokens: list[Token]) -> list[int]:
    """Bare row numbers "1 |", "2 |", "3 |" … coming back every N places (a table printed one
    cell a line without item dots): each opens a row; the longest such chain, three or more."""
    best: list[int] = []
    starts = [i for i, t in enumerate(tokens) if t.text == "1" and not t.pad]
    for s in starts:
        for j in range(s + 2, min(len(tokens), s + _MAX_WIDTH + 1)):
            if tokens[j].text != "2":
                continue
            chain, stride = [s, j], j - s
            while (k := chain[-1] + stride) < len(tokens) and \
                    tokens[k].text == str(len(chain) + 1):
                chain.append(k)
            if len(chain) > len(best) and (len(chain) >= 3 or _header_wide(tokens, s, stride)):
                best = chain
    return best


def _header_wide(tokens: list[Token], first: int, stride: int) -> bool:
    """Two rows only ("1 |" … "2 |"): believed when the cells before "1" are one header row
    as wide as the rows (worded cells, none a number), the width stated twice."""
    head = tokens[:first]
    return first == stride >= 3 and all(t.text and not t.pad and not t.text[:1].isdigit()
                                         for t in head)


@dataclass(frozen=True)
class Evidence:
    """Spans of tokens that must each lie inside one row; some must also end or open one."""

    inside: tuple[tuple[int, int], ...]
    ends: tuple[int, ...]
    pad_starts: tuple[int, ...]
    item_set: frozenset[int]
    opens: tuple[int, ...]
    items: tuple[int, ...]
    numbers: int = 0  # bare row numbers among the items ("1 |", "2 |" every N places)
    count: int = 0  # places in all


def evidence(tokens: list[Token]) -> Evidence:
    """What the tokens say about row ends: pipe runs, column numbers, section lines, items."""
    inside: list[tuple[int, int]] = []
    opens: list[int] = []
    for i, j in _pad_runs(tokens):
        lead = i - 1
        section = lead >= 0 and not tokens[lead].pad and tokens[lead].line == tokens[i].line
        inside.append((lead if section else i, j))
        if section and tokens[lead].first:
            opens.append(lead)
    numbers = _row_number_cells(tokens)
    items = tuple(sorted({i for i, t in enumerate(tokens) if _ITEM.match(t.text)} | set(numbers)))
    for i, j in _number_runs(tokens):
        while j < len(tokens) and tokens[j].pad and tokens[j].line == tokens[j - 1].line:
            j += 1
        inside.append((i, j))
        opens.append(i)
    return Evidence(
        inside=tuple(inside),
        ends=tuple(j for _, j in _pad_runs(tokens)),
        pad_starts=tuple(i for i, _ in _pad_runs(tokens)),
        opens=tuple(opens),
        items=items,
        item_set=frozenset(items),
        numbers=len(numbers),
        count=len(tokens),
    )


def width_score(ev: Evidence, w: int) -> float:
    """How well rows of w places fit the evidence (each fit +1, each misfit -1)."""
    score = 0.0
    for s in ev.pad_starts:  # pipes follow a row's own cells: they never open a row
        score -= 1 if s % w == 0 else 0
    for s, e in ev.inside:
        score += 1 if s // w == (e - 1) // w else -1
    for e in ev.ends:
        score += 1 if e % w == 0 else -1
    for s in ev.opens:
        score += 1 if s % w == 0 else -1
    for s in ev.items:
        score += 0.5 if s % w == 0 else -0.25
    if ev.items:  # between the first and last item, rows start with an item
        first = ev.items[0] - ev.items[0] % w
        starts = range(first, ev.items[-1] + 1, w)
        score -= 0.25 * sum(1 for p in starts if p not in ev.item_set)
    if len(ev.items) == 1:  # a one-row plan: its cells after the item fill that item's row
        last = ev.items[0] - ev.items[0] % w
        score -= 0.25 * len(range(last + w, ev.count, w))
    return score


def choose_width(tokens: list[Token]) -> int:
    """The number of places per row that fits the evidence best (the smallest on a tie);
    with no evidence at all, two (label | value, as a passport or a signature)."""
    return width_decision(tokens)[0]


def width_decision(tokens: list[Token]) -> tuple[int, str]:
    """The row width and what decided it (for --debug)."""
    tokens = tokens[:_HEAD_TOKENS]
    if _one_row_per_line(tokens):
        per_line: dict[int, int] = {}
        for t in tokens:
            per_line[t.line] = per_line.get(t.line, 0) + 1
        return max(per_line.values()), "one row a line"
    ev = evidence(tokens)
    if not (ev.inside or ev.ends or ev.opens or ev.items):
        return 2, "no evidence: label | value"
    top = min(_MAX_WIDTH, len(tokens))
    scores = {w: width_score(ev, w) for w in range(2, top + 1)}
    if not scores:
        return 2, "too few places"
    ranked = sorted(scores, key=lambda w: (-scores[w], w))
    runner = f", next {ranked[1]} ({scores[ranked[1]]:g})" if len(ranked) > 1 else ""
    why = (f"evidence score {scores[ranked[0]]:g}{runner}; {len(ev.ends)} pipe runs, "
           f"{len(ev.opens)} row starts, {len(ev.items)} item numbers "
           f"({ev.numbers} bare row numbers)")
    return ranked[0], why


def rows_of(run: PipeRun, width: int) -> list[list[Token]]:
    """Tokens cut into rows of `width` places; a run of pipes always ends its row (a row cut
    short or a run that overflows is resynchronised there)."""
    if run.multi:
        by_line: dict[int, list[Token]] = {}
        for t in run.tokens:
            by_line.setdefault(t.line, []).append(t)
        return list(by_line.values())
    rows: list[list[Token]] = []
    row: list[Token] = []
    tokens = run.tokens
    for i, t in enumerate(tokens):
        if not t.pad and len(row) >= width:
            rows.append(row)
            row = []
        if not t.pad or len(row) < width:
            row.append(t)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        run_ends = t.pad and (nxt is None or not nxt.pad or nxt.line != t.line)
        if run_ends:
            rows.append(row)
            row = []
    rows.append(row)
    return [r for r in rows if any(not t.pad for t in r)]
