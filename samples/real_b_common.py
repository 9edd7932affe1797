"""Shared pieces of the real-layout samples 351…363 (see make_real_b_samples.py): text tables
drawn with characters the way legal sites export them, DOCX tables with merged cells, and the
expected-record writer (blind_common's, reused).

Text frames reproduced: Unicode box drawing (┌─┬─┐ │ ├─┼─┤ └─┴─┘), the legacy cp866 set
(----T----¬ ¦ +---+ L---+, body rows unframed), em-dash frames (|———|———|) and the garant
export that prints one table cell per line ending in " |".
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Ind, new_doc, para
from docx_build import mark_header, save_deterministic, set_cell_lines, set_widths

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Frame:
    """Characters of one frame style: verticals, horizontals and the joints of each rule."""

    vert: str
    horiz: str
    top: tuple[str, str, str]  # left, inner, right
    mid: tuple[str, str, str]
    bottom: tuple[str, str, str]
    group_open: tuple[str, str, str]  # rule above a full-width row (inner joints close)
    group_close: tuple[str, str, str]  # rule below it (inner joints open again)


BOX = Frame("│", "─", ("┌", "┬", "┐"), ("├", "┼", "┤"), ("└", "┴", "┘"),
            ("├", "┴", "┤"), ("├", "┬", "┤"))
DASH = Frame("|", "—", ("|", "|", "|"), ("|", "|", "|"), ("|", "|", "|"),
             ("|", "|", "|"), ("|", "|", "|"))


def rule(widths: Sequence[int], joints: tuple[str, str, str], horiz: str) -> str:
    """One horizontal rule across columns of the given inner widths."""
    left, inner, right = joints
    return left + inner.join(horiz * w for w in widths) + right


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for part in text.split("\n"):
        lines += textwrap.wrap(part, width, break_long_words=True) or [""]
    return lines


def framed_row(widths: Sequence[int], cells: Sequence[str], frame: Frame,
               align: Sequence[str] = ()) -> list[str]:
    """A row of wrapped cells; `align` per column: "l" (default), "c" or "r"."""
    wrapped = [_wrap(c, w) for c, w in zip(cells, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    out = []
    for i in range(height):
        parts = []
        for col, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
            text = lines[i] if i < len(lines) else ""
            how = align[col] if col < len(align) else "l"
            parts.append(text.center(w) if how == "c" else text.rjust(w) if how == "r"
                         else text.ljust(w))
        out.append(frame.vert + frame.vert.join(parts) + frame.vert)
    return out


def group_row(widths: Sequence[int], text: str, frame: Frame, centre: bool = False) -> list[str]:
    """A full-width row (a section or task heading) between its two rules."""
    inner = sum(widths) + len(widths) - 1
    lines = [frame.vert + (t.center(inner) if centre else t.ljust(inner)) + frame.vert
             for t in _wrap(text, inner)]
    return [rule(widths, frame.group_open, frame.horiz), *lines,
            rule(widths, frame.group_close, frame.horiz)]


def garant_cells(rows: Sequence[Sequence[str]]) -> list[str]:
    """The garant HTML export: every cell on its own line(s) closed by " |"; an empty cell is
    a bare "|"; a row's empty tail collapses into one "||…|" line."""
    out: list[str] = []
    for row in rows:
        cells = list(row)
        tail = 0
        while cells and not cells[-1]:
            cells.pop()
            tail += 1
        for cell in cells:
            out.append(f"{cell} |" if cell else "|")
        if tail:
            out.append("|" * tail)
    return out


# ------------------------------------------------------------------------------ DOCX tables

Grid = list[list[str | None]]  # None: covered by a merge started elsewhere


def add_table(doc: DocxDocument, rows: Grid, merges: Sequence[tuple[int, int, int, int]] = (),
              widths: Sequence[float] | None = None, header_rows: int = 0,
              size: float | None = None) -> Any:
    """A grid table; merges are (row1, col1, row2, col2) with the text in the top-left cell."""
    n_cols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=n_cols)
    table.style = "Table Grid"
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if val is not None:
                set_cell_lines(table.cell(ri, ci), val.split("\n"), bold=ri < header_rows,
                               size=size)
    for r1, c1, r2, c2 in merges:
        kept = len(table.cell(r1, c1).paragraphs)
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        for extra in merged.paragraphs[kept:]:  # merge() appends the covered cells' paragraphs
            extra._p.getparent().remove(extra._p)
    if widths:
        set_widths(table, widths)
    for ri in range(header_rows):
        mark_header(table.rows[ri])
    return table


def paragraphs(doc: DocxDocument, items: Sequence[tuple[str, str | None, bool]]) -> None:
    """(text, align, bold) paragraphs; a "\\n" in the text is a line break."""
    for text, align, bold in items:
        para(doc, text, bold=bold, align=align)


def save_docx(doc: DocxDocument, name: str) -> Path:
    path = HERE / name
    save_deterministic(doc, path)
    return path


def small_print(doc: DocxDocument, text: str) -> None:
    """An italic editorial note (amendment dates, "в редакции …") as legal sites print it."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = True
    run.font.size = Pt(9)


def listed(names: Sequence[str]) -> list[Ind]:
    """Indicators a passport lists by number without values (the CONTRACT keeps them)."""
    return [Ind(str(i), name, None, [], []) for i, name in enumerate(names, 1)]


def write_text(name: str, lines: Sequence[str]) -> Path:
    path = HERE / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


__all__ = ["BOX", "DASH", "HERE", "Frame", "add_table", "framed_row", "garant_cells",
           "group_row", "listed", "new_doc", "paragraphs", "rule", "save_docx", "small_print",
           "write_text"]
