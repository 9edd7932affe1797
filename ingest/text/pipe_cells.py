"""Tables printed cell by cell, as base.garant.ru's text form gives them: every cell on a line
of its own ending in " |", a row's cells covered by merged cells from the left or above
printed as a run of pipes at the row's end ("|||"), a section row as "Раздел … | |||||".
(docs.cntd.ru prints one row per line the same way: "a | b | c | |||".)

The rows are rebuilt by counting: every row holds the same number of places W (own cells plus
pipes). W is the count that fits the evidence best: runs of pipes end rows and stay inside
one, a row of column numbers ("1 | 2 | 3 …") and a section line fit in one row, and item
numbers ("1.", "2.3.") open rows. Where the tables lie in a text is pipe_regions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_BOX = re.compile(r"[\u2500-\u257f]")
ITEM = re.compile(r"^\d{1,2}(\.\d{1,2})*\.$")
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
    cut: bool = False  # the text ends inside this cell's row (no bar closes its last cell)


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


def one_row_per_line(tokens: list[Token]) -> bool:
    """Most lines hold two cells or more: one row a line (docs.cntd.ru), not one cell."""
    lines: dict[int, int] = {}
    for t in tokens:
        if not t.pad:
            lines[t.line] = lines.get(t.line, 0) + 1
    return bool(lines) and sum(c >= 2 for c in lines.values()) * 2 > len(lines)


# "I. Организационные мероприятия |": a roman-numbered part of the plan
_ROMAN_PART = re.compile(r"^[IVXLC]{1,5}\.?\s+\S")


def _part_alone(tokens: list[Token], i: int) -> bool:
    """A roman-numbered part printed where a row is due with no pipes after it, the next
    cell an item number ("I. Организационные мероприятия |" / "1. |"): a section row of its
    own, the item opening the next row (some exports print no pads after a merged row)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(_ROMAN_PART.match(tokens[i].text)) and nxt is not None and not nxt.pad \
        and bool(ITEM.match(nxt.text) or nxt.text.isdigit())


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


# "1. Акция «…» |", "3.Акция …": the row's number printed inside its title cell
_TITLED_NUMBER = re.compile(r"^(\d{1,2})\.\s*(?=[А-ЯЁA-Z«\"„])")


def row_number(text: str) -> str | None:
    """The row number a cell opens with: a bare "2", or the "2." of a numbered title cell."""
    if text.isdigit():
        return text
    m = _TITLED_NUMBER.match(text)
    return m.group(1) if m else None


def _row_number_cells(tokens: list[Token]) -> list[int]:
    """Row numbers "1 |", "2 |", "3 |" … coming back every N places (a table printed one
    cell a line without item dots), bare or opening the title cell ("1. Акция … |"): each
    opens a row; the longest such chain, three or more."""
    best: list[int] = []
    numbers = [None if t.pad else row_number(t.text) for t in tokens]
    starts = [i for i, n in enumerate(numbers) if n == "1"]
    for s in starts:
        for j in range(s + 2, min(len(tokens), s + _MAX_WIDTH + 1)):
            if numbers[j] != "2":
                continue
            chain, stride = [s, j], j - s
            while (k := chain[-1] + stride) < len(tokens) and \
                    numbers[k] == str(len(chain) + 1):
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
    items = tuple(sorted({i for i, t in enumerate(tokens) if ITEM.match(t.text)} | set(numbers)))
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
    if one_row_per_line(tokens):
        per_line: dict[int, int] = {}
        for t in tokens:
            per_line[t.line] = per_line.get(t.line, 0) + 1
        return max(per_line.values()), "one row a line"
    # a roman part alone before an item is a row of its own (rows_of): no place of a row
    tokens = [t for i, t in enumerate(tokens) if not _part_alone(tokens, i)]
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
    short or a run that overflows is resynchronised there), and so does a roman-numbered
    part alone before an item number (given a pad: a section across the width)."""
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
        if not row and _part_alone(tokens, i):
            rows.append([t, Token("", t.line, pad=True)])
            continue
        if not t.pad or len(row) < width:
            row.append(t)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        run_ends = t.pad and (nxt is None or not nxt.pad or nxt.line != t.line)
        if run_ends:
            rows.append(row)
            row = []
    rows.append(row)
    return [r for r in rows if any(not t.pad for t in r)]
