"""Rows of a plan-of-measures table: a table whose header row is headed like a plan
("Мероприятие | Срок | Ответственный исполнитель"). Its cells name the bodies that carry out
the measures and the places the measures reach, never the document's own place: a region named
only there is no region of the document (CONTRACT `region`: its letterhead, heading, issuer's
name, address or signing line)."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_HEADER_ROWS = 3  # a plan table's header: its caption rows, a column-number row under them


def _plan_tables(ctx: Ctx) -> frozenset[int]:
    """The tables (by their number) whose first rows hold every lemma of a plan header."""
    seen: dict[int, int] = {}
    found: set[int] = set()
    for c in ctx.chunks:
        table = c.source.table
        if c.cells is None or table is None or table in found:
            continue
        seen[table] = seen.get(table, 0) + 1
        if seen[table] > _HEADER_ROWS:
            continue
        lem = set(ctx.lemmas(" ".join(c.cells)))
        if any(set(group) <= lem for group in ctx.vocab.activity_headers):
            found.add(table)
    return frozenset(found)


def plan_row(ctx: Ctx, c: Chunk) -> bool:
    """True for a row of a table headed like a plan of measures (its header row too)."""
    if c.cells is None or c.source.table is None:
        return False
    tables: frozenset[int] = ctx.once("plan_rows.tables", lambda: _plan_tables(ctx))
    return c.source.table in tables
