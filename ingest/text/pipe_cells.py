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
from collections.abc import Iterator
from dataclasses import dataclass, field

_BOX = re.compile(r"[\u2500-\u257f]")
_ITEM = re.compile(r"^\d{1,2}(\.\d{1,2})*\.$")
_MAX_GAP = 3  # lines of text inside a cell that the export did not end with " |"
_MAX_WIDTH = 60
_MAX_LINE = 3000  # longer lines are text, not a printed cell
_HEAD_TOKENS = 3000  # the width shows in a table's head: later tokens are not weighed


@dataclass(frozen=True)
class Token:
    """One place of a row: a cell's text ("" for an empty cell) or a pad (a pipe of a run)."""

    text: str
    line: int
    pad: bool = False
    first: bool = False  # first token on its line


@dataclass
class PipeRun:
    """Lines [start, end) (0-based) of one table and its tokens."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    multi: bool = False  # one row per line (docs.cntd.ru) rather than one cell per line


def is_pipe_line(line: str) -> bool:
    """A cell line ("text |", "text | |||") or a run of pipes; not a "| a | b |" row."""
    stripped = line.strip()
    if len(stripped) > _MAX_LINE or not stripped.endswith("|") or _BOX.search(stripped):
        return False
    return not stripped.startswith("|") or set(stripped) == {"|"}


def tokens_of(line: str, number: int, prefix: str = "") -> list[Token]:
    """The places a line holds: "text |" one cell, "|" one empty cell, "||" two pads."""
    stripped = line.strip()
    if stripped == "|":
        return [Token(prefix, number, first=True)]
    out: list[Token] = []
    for part in stripped.split("|")[:-1]:
        text = " ".join(part.split())
        if prefix and not out:
            text = f"{prefix}\n{text}" if text else prefix
        out.append(Token(text, number, pad=not text, first=not out))
    return out


def _runs(lines: list[str]) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(lines):
        if not is_pipe_line(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and (is_pipe_line(lines[i]) or not lines[i].strip()):
            i += 1
        end = i
        while end > start and not lines[end - 1].strip():
            end -= 1
        yield start, end


def pipe_runs(lines: list[str]) -> list[PipeRun]:
    """Runs of pipe lines; a run cut by a few text lines is one table when the cut falls
    inside a row (the text belongs to the next cell)."""
    out: list[PipeRun] = []
    for start, end in _runs(lines):
        run = PipeRun(start, end)
        for n in range(start, end):
            if lines[n].strip():
                run.tokens += tokens_of(lines[n], n + 1)
        if out and _continues(out[-1], run, lines):
            prev = out[-1]
            gap = "\n".join(" ".join(lines[n].split()) for n in range(prev.end, start))
            first = run.tokens[0]
            run.tokens[0] = Token(f"{gap}\n{first.text}".strip("\n"), first.line, first.pad,
                                  first.first)
            prev.tokens += run.tokens
            prev.end = end
            continue
        out.append(run)
    for run in out:
        run.multi = _one_row_per_line(run.tokens)
    return [r for r in out if sum(bool(t.text) for t in r.tokens) >= 2]


def _continues(prev: PipeRun, run: PipeRun, lines: list[str]) -> bool:
    gap = run.start - prev.end
    if not 0 < gap <= _MAX_GAP or any(not lines[n].strip() for n in range(prev.end, run.start)):
        return False
    width = choose_width(prev.tokens)
    return width > 1 and len(prev.tokens) % width != 0 and not prev.tokens[-1].pad


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


@dataclass(frozen=True)
class Evidence:
    """Spans of tokens that must each lie inside one row; some must also end or open one."""

    inside: tuple[tuple[int, int], ...]
    ends: tuple[int, ...]
    pad_starts: tuple[int, ...]
    opens: tuple[int, ...]
    items: tuple[int, ...]


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
        items=tuple(i for i, t in enumerate(tokens) if _ITEM.match(t.text)),
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
           f"{len(ev.opens)} row starts, {len(ev.items)} item numbers")
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
