"""Grifs printed side by side as a borderless table, read column by column.

A title page may set its grifs in a table of two or three columns, one grif a column: the
openers on the first row ("СОГЛАСОВАНО:" | "УТВЕРЖДАЮ:"), then each grif's position, its body
and the signature line ("____________И.О. Фамилия") row by row. Read row by row, the grifs'
lines interleave and a name falls under the wrong opener; read column by column, each grif is
the run of lines a paragraph grif prints. The signature reader (extract/facts/people.py) takes
these lines in place of the rows."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_GRIF_ROWS = 8  # opener, position over two or three lines, signature, date
_MIN_GRIFS = 2


def _opener(ctx: Ctx, text: str) -> bool:
    """A grif's first line: "УТВЕРЖДАЮ", "СОГЛАСОВАНО", "ПРИНЯТО" …"""
    text = text.strip()
    return bool(ctx.vocab.grif_other.match(text) or ctx.vocab.grif_council.match(text)
                or any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts
                       if kind != "appendix"))


def _rows(chunks: tuple[Chunk, ...]) -> dict[int, list[Chunk]]:
    rows: dict[int, list[Chunk]] = {}
    for c in chunks:
        if c.cells is not None and c.source.table is not None:
            rows.setdefault(c.source.table, []).append(c)
    return rows


def grif_columns(ctx: Ctx) -> dict[int, tuple[tuple[Chunk, tuple[str, ...]], ...]]:
    """Per table of grifs set side by side (its first row's every filled cell a grif's opener,
    two at least; few rows), its cells column by column: (row, the cell's lines). The openers
    may stand on a line of their own over the table ("«Согласовано» «Принято» «Утверждаю»"
    over a table of as many columns): they head its columns."""
    out: dict[int, tuple[tuple[Chunk, tuple[str, ...]], ...]] = {}
    for table, rows in _rows(ctx.chunks).items():
        first = [x for x in rows[0].cells or () if x.strip()]
        width = max(len(r.cell_lines) for r in rows)
        above = _openers_above(ctx, rows[0], width)
        if len(rows) > _GRIF_ROWS or (above is None and (
                len(first) < _MIN_GRIFS or not all(_opener(ctx, x) for x in first))):
            continue
        out[table] = tuple(
            (r, ((above[j],) if above and r is rows[0] else ()) + r.cell_lines[j])
            for j in range(width) for r in rows if j < len(r.cell_lines))
    return out


def _openers_above(ctx: Ctx, row: Chunk, width: int) -> list[str] | None:
    """The openers of a grif table printed on the paragraph just above it, one per column."""
    i = ctx.chunks.index(row)
    if i == 0 or ctx.chunks[i - 1].cells is not None or width < _MIN_GRIFS:
        return None
    words = [w for w in re.split(r"[\s\t]+", ctx.chunks[i - 1].text) if w]
    return words if len(words) == width and all(
        _opener(ctx, w.strip("«»\"")) for w in words) else None
