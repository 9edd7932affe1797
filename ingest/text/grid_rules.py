"""Small text predicates and the ordered rules that tell a new table row from a continuation.

Tab-separated tables converted from DOCX/PDF wrap long rows onto following lines with
empty leading cells. A line either continues the open row (its fragments extend cells that
already have text) or starts a row of its own. Each rule is a named predicate; the first one
that fires says "new row" and its name is kept for --debug traces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_ROW_NUMBER = re.compile(r"^(№\s*)?(\d{1,3}(\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|\d{1,3}\))$")
_NUMERIC = re.compile(r"^[<>≥≤]?\s*[-+]?\d[\d\s\u00a0]*([.,]\d+)?\s*%?$")
_PAIR = re.compile(r"^(?:\d+(?:[.,]\d+)?\s*/\s*(?:\d+(?:[.,]\d+)?|[-–—])"
                   r"|[-–—]\s*/\s*\d+(?:[.,]\d+)?)$")  # "70/-": the fact not yet known
ITEM_FIRST = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[А-ЯЁA-Z«\"]")  # "1. Охват детей …"
_SECTION_START = re.compile(r"^(\d{1,2}\.|[IVXLC]{1,6}\.)\s*[A-ZА-ЯЁ«\"]")
_WORD_CONTINUATION = re.compile(r"^(-[a-zа-яё]|[a-zа-яё])")
_HAS_ALNUM = re.compile(r"\w")
_CAPITAL = re.compile(r"^[«\"„(]?[A-ZА-ЯЁ]")
_TAIL_START = re.compile(r"^([-–—•·]\s|[,;:.)\]])")
_HEADER_TAIL = re.compile(r"^(?:[(\[]|№?\s*п/п|[a-zа-яё])")


@dataclass(frozen=True)
class Frag:
    """One cell fragment of one source line, already turned into plain text."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Framed:
    """Lines (1-based) that were "| a | b |" rows: every cell printed between bars, none
    lost or cut by a column border; `across`: those of one cell across the width."""

    rows: frozenset[int] = frozenset()
    across: frozenset[int] = frozenset()


NO_FRAMES = Framed()


@dataclass
class GridLine:
    """One tab-separated line of a table: its 1-based number and its cell fragments."""

    line: int
    cells: list[Frag]
    after_break: bool = False
    spill: bool = False  # a tail of the open cell that the conversion pushed out of the table
    across: bool = False  # a one-cell row printed framed across the width ("| Задача 1. … |")
    framed: bool = False  # a "| a | b |" row: its cells are exactly those printed
    lead_span: int = 1  # columns its first cell spans (a framed row short of cells)


def is_row_number(text: str) -> bool:
    """"1.", "2.3", "12", "IV", "3)" — the numbering cell of a row."""
    return bool(_ROW_NUMBER.match(text.strip()))


def is_numeric(text: str) -> bool:
    """A bare value: "10", "72,5", "100 %", "≥ 3"."""
    return bool(_NUMERIC.match(text.strip()))


def is_value_pair(text: str) -> bool:
    """Two values in one cell, "58/60" (or one and a dash, "70/-"): plan and fact under a
    "план/факт" caption."""
    return bool(_PAIR.match(text.strip()))


def is_junk(text: str) -> bool:
    """Non-empty but without a letter or digit (bullets, dots left by PDF conversion)."""
    return bool(text.strip()) and not _HAS_ALNUM.search(text)


def is_section_start(text: str) -> bool:
    """A numbered heading: "1. Информационное …", "II. Показатели …"."""
    return bool(_SECTION_START.match(text.strip()))


def continues_word(text: str) -> bool:
    """Starts like the rest of a split phrase: lower case, or a hyphen glued to a word."""
    return bool(_WORD_CONTINUATION.match(text.strip()))


def is_tail(text: str) -> bool:
    """Reads as the rest of a wrapped cell: lower case, a glued hyphen, a list dash, or
    punctuation that cannot open a cell."""
    stripped = text.strip()
    return continues_word(stripped) or bool(_TAIL_START.match(stripped))


def is_emphasised(frag: Frag) -> bool:
    """Whole fragment bold or italic: a formatted heading, not a wrapped tail."""
    return bool(frag.text) and (frag.bold or frag.italic)


def _filled(cells: Sequence[Frag]) -> list[int]:
    return [i for i, c in enumerate(cells) if c.text]


# --- rules: (line cells, open row texts per column) → True when the line starts a new row ---

def rule_first_cell_filled(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """Continuation lines have an empty first (numbering) cell."""
    return bool(cells[0].text)


def rule_junk_lead(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """A wrapped tail never starts with a junk-only cell (garbled section row)."""
    filled = _filled(cells)
    return bool(filled) and is_junk(cells[filled[0]].text)


def rule_section_heading(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """A numbered or emphasised heading alone on its line (possibly split mid-word)."""
    filled = _filled(cells)
    if not filled:
        return False
    first = cells[filled[0]]
    if not (is_section_start(first.text) or is_emphasised(first)):
        return False
    return all(continues_word(cells[i].text) for i in filled[1:])


def rule_own_values(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """A line bringing its own number into a value column that is empty or a number."""
    return any(
        is_numeric(cells[i].text) and (not open_row[i] or is_numeric(open_row[i]))
        for i in _filled(cells)
        if i < len(open_row)
    )


def rule_refills_row(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """No number, but text again in every column the open row filled (two or more), the
    first starting with a capital: the next row, its number lost or printed lower down."""
    filled = _filled(cells)
    want = {i for i, t in enumerate(open_row) if t and i > 0}
    if cells[0].text or len(want) < 2 or not want <= set(filled):
        return False
    return bool(_CAPITAL.match(cells[filled[0]].text.strip()))


def rule_fills_empty_column(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """Text in a column the open row left empty starts a row, unless the line also carries a
    tail of a cell that has text (vertically centred cells start lower), or every fragment
    reads as a tail."""
    filled = _filled(cells)
    empty = [i for i in filled if i >= len(open_row) or not open_row[i]]
    if not empty:
        return False
    if any(is_tail(cells[i].text) for i in filled if i not in empty):
        return False
    return not all(continues_word(cells[i].text) for i in filled)


def rule_all_capitalised(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """Several fragments that all open with a capital letter: a row of its own without a
    number (wrapped tails almost always have a lower-case piece somewhere)."""
    filled = _filled(cells)
    return len(filled) >= 2 and all(_CAPITAL.match(cells[i].text.strip()) for i in filled)


NewRowRule = Callable[[Sequence[Frag], Sequence[str]], bool]

NEW_ROW_RULES: tuple[tuple[str, NewRowRule], ...] = (
    ("first_cell_filled", rule_first_cell_filled),
    ("junk_lead", rule_junk_lead),
    ("section_heading", rule_section_heading),
    ("own_values", rule_own_values),
    ("refills_row", rule_refills_row),
    ("fills_empty_column", rule_fills_empty_column),
    ("all_capitalised", rule_all_capitalised),
)


def continues_header(cells: Sequence[Frag], open_row: Sequence[str]) -> bool:
    """The second line of a two-line header under the first: no item number and no values,
    every fragment a lower-case tail, a bracketed note or "п/п" ("мероприятия", "(этап)")."""
    filled = _filled(cells)
    if not filled or is_row_number(cells[0].text) or is_row_number(open_row[0] if open_row else ""):
        return False
    if any(is_numeric(t) for t in (*open_row, *(cells[i].text for i in filled)) if t):
        return False
    return all(_HEADER_TAIL.match(cells[i].text.strip()) for i in filled)


def new_row_reason(cells: Sequence[Frag], open_row: Sequence[str] | None) -> str | None:
    """Name of the first rule saying `cells` start a new row; None for a continuation."""
    if open_row is None:
        return "no_open_row"
    for name, rule in NEW_ROW_RULES:
        if rule(cells, open_row):
            return name
    return None


def join_split_phrase(parts: Sequence[str]) -> str:
    """Glue fragments of one phrase cut by cell borders: no space inside a cut word."""
    out = ""
    for part in parts:
        part = part.strip()
        if not out:
            out = part
        elif part.startswith("-") or (out[-1:].isalpha() and continues_word(part)):
            out += part
        else:
            out += " " + part
    return out


# --- sub-items under a lead-in row ---

_DASH_ITEM = re.compile(r"^[-–—•·]\s*[A-Za-zА-ЯЁа-яё«\"]")
MIN_SUB_ITEMS = 2  # one dash line with cells may be a centred cell of the lead-in's own row


def _title_frag(g: GridLine) -> tuple[int, str] | None:
    """The first filled cell of a line past a row number: where its title text is."""
    filled = [i for i in _filled(g.cells) if not (i == 0 and is_row_number(g.cells[0].text))]
    return (filled[0], g.cells[filled[0]].text.strip()) if filled else None


def _own_cells(g: GridLine, col: int) -> bool:
    return any(c.text for c in g.cells[col + 1:])


def _lead_in_line(g: GridLine) -> bool:
    """"Проведение диагностики:" alone in its row's cells: the lines below may be its items."""
    head = _title_frag(g)
    return head is not None and head[1].endswith(":") and not _own_cells(g, head[0])


def _dash_items(run: Sequence[GridLine]) -> list[list[GridLine]]:
    """The run's lines grouped by dash item (a dash line and its wrapped tail lines)."""
    items: list[list[GridLine]] = []
    for g in run:
        head = _title_frag(g)
        if head is not None and _DASH_ITEM.match(head[1]):
            items.append([g])
        elif items:
            items[-1].append(g)
    return items


def sub_item_lines(lines: Sequence[GridLine]) -> frozenset[int]:
    """Dash-led lines under a lead-in row ending with a colon, each dash item bringing its
    own cells right of its text (a date, an executor): rows of their own, not a wrapped list
    inside the lead-in's cell. Needs MIN_SUB_ITEMS items, every one of them with own cells
    (a list in one cell has none; a centred cell fills only one)."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not _lead_in_line(lines[k]):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and not lines[end].cells[0].text and not lines[end].across:
            end += 1
        items = _dash_items(lines[k + 1:end])
        col = _title_frag(lines[k])
        if col is not None and len(items) >= MIN_SUB_ITEMS \
                and all(any(_own_cells(g, col[0]) for g in it) for it in items) \
                and items[0][0] is lines[k + 1]:
            out.update(it[0].line for it in items)
        k = end
    return frozenset(out)
