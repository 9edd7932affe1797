"""Tab-separated lines → one Table: column count, ragged lines fitted, wrapped rows merged.

Steps: parse cells (inline HTML → text) · decide the column count · fit every line to it
(drop padding cells, restore leading cells lost after a page break) · group lines into
logical rows (textgrid_rules) · turn each row into Cells (split phrases joined, section
rows spanning the full width) · mark leading header rows.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.models import Cell, Provenance, Row, Table
from ingest.text.grid_rules import (
    ITEM_FIRST,
    Frag,
    GridLine,
    continues_header,
    continues_word,
    is_junk,
    is_numeric,
    is_row_number,
    is_section_start,
    is_tail,
    join_split_phrase,
    new_row_reason,
    sub_item_lines,
)
from ingest.text.header_merge import merge_repeats, two_level_head
from ingest.text.inline_html import html_to_text
from ingest.text.markdown import strip_inline_markdown

_MIN_WIDTH_SHARE = 0.1  # a width shared by fewer lines than this is an outlier
_LONG_FIRST_CELL = 12  # a first cell longer than a row number is text pushed left
_NEEDS_CLEANING = re.compile(r"[<&*_\[\\\u00a0\u2007\u202f\u200b]|\s\s")


@dataclass
class RowDraft:
    """Fragments of one logical row, per column, with the line each came from."""

    line: int
    parts: list[list[tuple[Frag, int]]]
    reason: str = ""
    across: bool = False  # opened by a one-cell row framed across the width
    framed: bool = False  # opened by a "| a | b |" row (cells never cut by column borders)
    lead_span: int = 1  # columns the opening line's first cell spans

    def texts(self) -> list[str]:
        return ["\n".join(f.text for f, _ in col) for col in self.parts]


@dataclass
class Built:
    """A built table plus what the reader should tell the user."""

    table: Table
    warnings: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)


def parse_grid_cell(raw: str) -> Frag:
    """One raw cell: inline HTML and markdown emphasis → plain text with style flags."""
    raw = raw.strip()
    if not _NEEDS_CLEANING.search(raw):
        return Frag(raw)
    md = strip_inline_markdown(raw)
    inline = html_to_text(md.text)
    return Frag(inline.text, bold=inline.bold or md.bold, italic=inline.italic or md.italic)


def parse_grid_line(raw: str) -> list[Frag]:
    """Split a table line on tabs into cell fragments."""
    return [parse_grid_cell(part) for part in raw.split("\t")]


def _trimmed_len(cells: Sequence[Frag]) -> int:
    n = len(cells)
    while n and not cells[n - 1].text:
        n -= 1
    return n


def table_width(lines: Sequence[GridLine]) -> int:
    """Widest trimmed width shared by enough lines (one odd line does not widen a table),
    and never narrower than the first line, which is usually the header."""
    widths = sorted((_trimmed_len(g.cells) for g in lines), reverse=True)
    if not widths:
        return 1
    need = max(2, math.ceil(_MIN_WIDTH_SHARE * len(widths))) if len(widths) > 2 else 1
    return max(1, widths[min(need, len(widths)) - 1], _trimmed_len(lines[0].cells))


def _typical_lines(lines: Sequence[GridLine], n_cols: int) -> list[GridLine]:
    """Lines with the most common cell count (at least n_cols): the table's normal shape."""
    counts = Counter(len(g.cells) for g in lines if len(g.cells) >= n_cols)
    if not counts:
        return list(lines)
    usual = counts.most_common(1)[0][0]
    return [g for g in lines if len(g.cells) == usual]


def _column_filled(lines: Sequence[GridLine], n_cols: int) -> list[bool]:
    """Per column: is it filled on most normally shaped lines?"""
    typical = _typical_lines(lines, n_cols)
    counts = [0] * n_cols
    for g in typical:
        for i, c in enumerate(g.cells[:n_cols]):
            counts[i] += bool(c.text)
    return [2 * k > len(typical) for k in counts]


def _agreement(cells: Sequence[Frag], filled: Sequence[bool]) -> int:
    return sum(bool(c.text) == f for c, f in zip(cells, filled, strict=False))


def _drop_extra_cells(cells: list[Frag], n_cols: int, filled: Sequence[bool]) -> bool:
    """Remove empty cells until the line fits; True when an inner cell had to go."""
    inner = False
    while len(cells) > n_cols:
        empties = [i for i, c in enumerate(cells) if not c.text]
        if not empties:
            tail = " ".join(c.text for c in cells[n_cols - 1 :])
            cells[n_cols - 1 :] = [Frag(tail)]
            return True
        best = max(empties, key=lambda i: (_agreement(cells[:i] + cells[i + 1 :], filled), i))
        inner = inner or best < _trimmed_len(cells)
        cells.pop(best)
    return inner


def _number_column(lines: Sequence[GridLine], n_cols: int) -> bool:
    firsts = [g.cells[0].text for g in lines if len(g.cells) >= n_cols and g.cells[0].text]
    return bool(firsts) and 2 * sum(is_row_number(t) for t in firsts) >= len(firsts)


def _lost_leading_cells(cells: Sequence[Frag], n_cols: int, numbered: bool) -> bool:
    first = cells[0].text
    return (numbered and len(cells) < n_cols and bool(first) and not is_row_number(first)
            and len(first) > _LONG_FIRST_CELL)


def _heads_short_row(cells: Sequence[Frag], n_cols: int) -> bool:
    """A framed row short of cells that opens with a heading's text ("Задача 1. …" | its
    result): the heading is merged across the columns the row does not print (a framed row
    prints every cell, so none was lost)."""
    first = cells[0].text
    return (2 <= len(cells) < n_cols and len(first) > _LONG_FIRST_CELL
            and not is_row_number(first) and not is_numeric(first))


def _crosses_after_number(cells: Sequence[Frag], n_cols: int) -> bool:
    """A framed row short of cells whose number cell is empty and whose one text, opening in
    a capital, is its last printed cell ("|  | Цель: … |" under a ten-column header): a goal's
    or a section's row merged across the width — a wrapped tail of the row above would print
    every cell of its row, as a framed row does."""
    last = cells[-1].text.strip() if cells else ""
    return (2 <= len(cells) < n_cols and not any(c.text for c in cells[:-1])
            and len(last) > _LONG_FIRST_CELL and last[:1].isupper() and not is_numeric(last))


def fit_lines(lines: list[GridLine], n_cols: int, index: int) -> list[str]:
    """Make every line exactly n_cols wide, in place; return warnings for odd lines."""
    filled = _column_filled(lines, n_cols)
    numbered = _number_column(lines, n_cols)
    warnings: list[str] = []
    for g in lines:
        width = len(g.cells)
        note = ""
        if width > n_cols and _drop_extra_cells(g.cells, n_cols, filled):
            note = "an empty cell dropped to fit"
        elif not g.framed and _lost_leading_cells(g.cells, n_cols, numbered):
            g.cells[:0] = [Frag("")] * (n_cols - width)
            note = "leading cells restored as empty"
        elif g.framed and _crosses_after_number(g.cells, n_cols):
            g.cells[:-1] = []
            g.across = True
        elif g.framed and _heads_short_row(g.cells, n_cols):
            g.cells[1:1] = [Frag("")] * (n_cols - width)
            g.lead_span = n_cols - width + 1
        g.cells.extend([Frag("")] * (n_cols - len(g.cells)))
        if note:
            warnings.append(f"table {index}, line {g.line}: {width} cells for {n_cols} "
                            f"columns, {note}")
    return warnings


def _append_spill(row: RowDraft, g: GridLine) -> None:
    filled = [i for i, parts in enumerate(row.parts) if parts]
    col = filled[-1] if filled else 0
    row.parts[col].append((g.cells[0], g.line))


def _extend(texts: list[str], cells: Sequence[Frag]) -> None:
    for col, frag in enumerate(cells):
        if frag.text and col < len(texts):
            texts[col] = f"{texts[col]}\n{frag.text}" if texts[col] else frag.text


def _take_lines(row: RowDraft, first: int) -> list[list[tuple[Frag, int]]]:
    """Remove the fragments of lines >= first from `row`; return them per column."""
    taken = []
    for col, parts in enumerate(row.parts):
        taken.append([p for p in parts if p[1] >= first])
        row.parts[col] = [p for p in parts if p[1] < first]
    return taken


def _lower_head(row: RowDraft, cells: Sequence[Frag]) -> int | None:
    """A numbered line whose text is a lower-case tail, under a line of the open row that
    starts that column with a capital: the row began on that line (its number printed in
    the middle of the row). Returns that line."""
    cols = [i for i, f in enumerate(cells) if i and f.text]
    if not cols or not is_tail(cells[cols[0]].text):
        return None
    lines = [ln for ln in sorted({ln for parts in row.parts for _, ln in parts}) if ln > row.line]
    for ln in reversed(lines):
        heads = [f for f, n in row.parts[cols[0]] if n == ln]
        if heads and not is_tail(heads[0].text) and heads[0].text[:1].isupper():
            return ln
    return None


def _append(row: RowDraft, g: GridLine) -> None:
    # a continuation line wider than its row (one cell, then two): the row widens with it
    row.parts.extend([] for _ in range(len(g.cells) - len(row.parts)))
    for col, frag in enumerate(g.cells):
        if frag.text:
            row.parts[col].append((frag, g.line))


def group_rows(lines: Sequence[GridLine], trace: list[str]) -> list[RowDraft]:
    """Merge continuation lines into the row they continue (fragments joined later)."""
    rows: list[RowDraft] = []
    sub_items = sub_item_lines(lines)
    for g in lines:
        if g.spill and rows:
            _append_spill(rows[-1], g)
            trace.append(f"line {g.line}: text outside the table, continues its last cell")
            continue
        open_texts = rows[-1].texts() if rows else None
        if len(rows) == 1 and open_texts and continues_header(g.cells, open_texts):
            _append(rows[-1], g)
            trace.append(f"line {g.line}: continues the header at line {rows[-1].line}")
            continue
        # a dash item with its own cells under a lead-in row (grid_rules.sub_item_lines)
        reason = ("sub_item_own_cells" if g.line in sub_items
                  else new_row_reason(g.cells, open_texts))
        if reason is None:
            _append(rows[-1], g)  # a reason is always given while no row is open
            trace.append(f"line {g.line}: continues row at line {rows[-1].line}")
            continue
        if g.across and reason == "first_cell_filled":
            reason = "framed_across"  # a one-text framed row: a heading across the width
        elif reason == "first_cell_filled" and rows and _number_lower(rows, g, trace):
            continue
        rows.append(RowDraft(g.line, [[(f, g.line)] if f.text else [] for f in g.cells], reason,
                             g.across, g.framed, g.lead_span))
        trace.append(f"line {g.line}: new row ({reason})")
    return rows


def _number_lower(rows: list[RowDraft], g: GridLine, trace: list[str]) -> bool:
    """A row number printed lower than its row's first line (vertically centred cells): the
    number and the tails go into the open row if it has no number yet; else the open row's
    lines from the row's capitalised start move into a new row. True when handled."""
    row = rows[-1]
    texts = [f.text for f in g.cells[1:] if f.text]
    if not row.parts[0] and texts and is_tail(texts[0]) and is_row_number(g.cells[0].text):
        _append(row, g)
        trace.append(f"line {g.line}: number of the row at line {row.line} (number_in_middle)")
        return True
    start = _lower_head(row, g.cells) if is_row_number(g.cells[0].text) else None
    if start is None:
        return False
    moved = RowDraft(start, _take_lines(row, start), "number_lower")
    moved.parts[0].append((g.cells[0], g.line))
    _append(moved, GridLine(g.line, [Frag(""), *g.cells[1:]]))
    rows.append(moved)
    trace.append(f"line {g.line}: new row from line {start} (number_lower)")
    return True


def _numeric_columns(rows: Sequence[RowDraft], n_cols: int) -> list[bool]:
    out = []
    texts = [r.texts() for r in rows]
    for col in range(n_cols):
        vals = [t[col] for t in texts if t[col]]
        out.append(bool(vals) and 2 * sum(is_numeric(v) for v in vals) > len(vals))
    return out


@dataclass
class _CellDraft:
    col: int
    text: str
    bold: bool
    italic: bool
    line: int
    span: int = 1


def _cell_drafts(row: RowDraft) -> list[_CellDraft]:
    out = []
    for col, parts in enumerate(row.parts):
        if parts:
            frags = [f for f, _ in parts]
            out.append(_CellDraft(col, "\n".join(f.text for f in frags),
                                  all(f.bold for f in frags), all(f.italic for f in frags),
                                  parts[0][1]))
    return out


def _split_phrase(cells: list[_CellDraft], numeric_cols: Sequence[bool],
                  n_cols: int) -> list[_CellDraft]:
    """Cells that are pieces of one phrase cut by column borders → one spanning cell."""
    head = [c for c in cells if c.col == 0 and is_row_number(c.text)]
    rest = [c for c in cells if c not in head]
    junk = [c for c in rest if is_junk(c.text)]
    rest = [c for c in rest if c not in junk]
    if len(rest) < 2 or any(is_numeric(c.text) for c in cells):
        return cells
    # a dash between two texts is a value ("Срок: -"), so the texts are separate cells
    if any(rest[0].col < c.col < rest[-1].col for c in junk):
        return cells
    if not all(continues_word(c.text) for c in rest[1:]):
        return cells
    if not (junk or is_section_start(rest[0].text) or any(numeric_cols[c.col] for c in rest)):
        return cells
    first = rest[0]
    text = join_split_phrase([c.text for c in rest])
    joined = _CellDraft(first.col, text, all(c.bold for c in rest), all(c.italic for c in rest),
                        first.line, n_cols - first.col)
    return [*head, joined]


def _is_section(cells: Sequence[_CellDraft], was_split: bool) -> bool:
    if len(cells) != 1:
        return False
    c = cells[0]
    return was_split or c.bold or c.italic or is_section_start(c.text)


def finish_row(row: RowDraft, r: int, index: int, n_cols: int,
               numeric_cols: Sequence[bool]) -> Row:
    """Turn a row draft into a Row: split phrases joined, a lone heading spans the width."""
    drafts = _cell_drafts(row)
    joined = drafts if row.framed else _split_phrase(drafts, numeric_cols, n_cols)
    if _is_section(joined, joined is not drafts) or (row.across and len(joined) == 1):
        joined[0].col, joined[0].span = 0, n_cols
    elif row.lead_span > 1 and joined and joined[0].col == 0:
        joined[0].span = row.lead_span
    # Cells are the hot path of big tables; their values are ints and strings made here,
    # so they are built without re-validation (model_construct sets the same fields).
    cells = tuple(
        Cell.model_construct(
            text=c.text, col=c.col, col_span=c.span, row_span=1, bold=c.bold,
            source=Provenance.model_construct(page=None, table=index, row=r, col=c.col + 1,
                                              line=c.line))
        for c in joined
    )
    return Row(cells=cells, source=Provenance(table=index, row=r, line=row.line))


def _is_data_row(row: Row, n_cols: int, framed: bool = False) -> bool:
    first = row.cells[0] if row.cells else None
    if first is None:
        return False
    if framed and first.col == 0 and ITEM_FIRST.match(first.text):
        return True  # "1. Уровень образования" in a cell of its own: an item, not a caption
    return is_row_number(first.text) or (first.col_span == n_cols and n_cols > 1)


def mark_header(rows: list[Row], n_cols: int, framed: Sequence[bool] = ()) -> list[Row]:
    """Leading rows before the first numbered or section row are the header (if any);
    `framed`: per row, whether it was a "| a | b |" row."""
    for k, row in enumerate(rows[:4]):
        if _is_data_row(row, n_cols, k < len(framed) and framed[k]):
            return [r.model_copy(update={"header": True}) for r in rows[:k]] + rows[k:]
    k = two_level_head(rows, framed)
    return [r.model_copy(update={"header": True}) for r in rows[:k]] + rows[k:]


def build_table(lines: list[GridLine], index: int) -> Built:
    """All steps for one table of tab-separated lines (in place on `lines`)."""
    shaped = [g for g in lines if not g.spill]
    n_cols = table_width(shaped)
    warnings = fit_lines(shaped, n_cols, index)
    trace: list[str] = []
    drafts = [d for d in group_rows(lines, trace) if any(d.parts)]
    numeric_cols = _numeric_columns(drafts, n_cols)
    rows = [finish_row(d, r, index, n_cols, numeric_cols) for r, d in enumerate(drafts, 1)]
    framed = [d.framed for d in drafts]
    rows = merge_repeats(mark_header(rows, n_cols, framed), framed)
    table = Table(index=index, n_cols=n_cols, rows=tuple(rows),
                  source=Provenance(table=index, line=lines[0].line if lines else None))
    return Built(table, warnings, trace)
