"""A plan table that prints each activity's indicator beside it ("Мероприятие | Срок | Индикатор
| Ед. изм. | Значение | Ответственные"): every row is an activity with its deadline and
responsibles, and its indicator cell, measured by the unit and value columns right of it, names
an indicator. Both are read from the one table, each from its own columns."""

from __future__ import annotations

from dataclasses import replace

from extract.headphrase import HEAD
from extract.indicator_rows import year_values
from extract.layout import Ctx, GridRow, Header

# Columns of the indicator that the row's activity promises (right of its name column).
INDICATOR_ROLES = frozenset({"indicator", "unit", "value"})


def is_mixed_plan(ctx: Ctx) -> bool:
    """Activity column named by its head word, deadline and responsibles columns, and an
    indicator column measured by a unit or value column right of it. Without a unit or value
    the indicator cell is only the activity's expected result (read as such)."""
    h = ctx.header
    if h is None or (ind := h.col("indicator")) is None or (act := h.col("activity")) is None:
        return False
    if h.strength.get(act, 0.0) < HEAD + 1 or act > ind:
        return False
    measured = any(c > ind for c in (*h.cols("unit"), *h.value_cols))
    return measured and h.col("deadline") is not None and h.col("responsibles") is not None


def activity_part(ctx: Ctx) -> Ctx:
    """The table read as activities: the indicator's columns are no result of the activity."""
    h = ctx.header
    assert h is not None
    ind = h.col("indicator")
    roles = {c: r for c, r in h.roles.items() if not (r in INDICATOR_ROLES and c >= (ind or 0))}
    return replace(ctx, header=replace(h, roles=roles), goals=[], tasks=[], warnings=[], trace=[])


def indicator_part(ctx: Ctx) -> Ctx:
    """The table read as indicators: only the indicator column and the unit and value columns
    right of it (money columns by years left of it are the activities')."""
    h = ctx.header
    assert h is not None
    ind = h.col("indicator") or 0
    own = {c for c, r in h.roles.items() if r in INDICATOR_ROLES and c >= ind}
    own |= {c for c in h.years if c > ind}
    # an uncaptioned column right of the indicator listing each year's value ("2009 г. 84,6;
    # 2010 г. 90,0") is its value column (the header's sub-row naming it was not read as one)
    listed = {c for c in range(ind + 1, ctx.table.n_cols) if c not in h.roles and any(
        year_values(row.text(c)) for row in ctx.rows[h.n_rows:] if c < len(row.slots))}
    own |= listed

    def keep(d: dict) -> dict:
        return {c: v for c, v in d.items() if c in own}

    roles = {**keep(h.roles), **dict.fromkeys(listed, "value")}
    header = Header(n_rows=h.n_rows, texts=h.texts, roles=roles, years=keep(h.years),
                    kinds=keep(h.kinds), pairs=keep(h.pairs), rows=h.rows, notes=(),
                    strength=keep(h.strength), periods={}, warnings=())
    rows = [_own_cells(row, own) for row in ctx.rows]
    out = replace(ctx, rows=rows, header=header, goals=[], tasks=[], warnings=[], trace=[],
                  unit_marks_items=True)
    out.note("indicator_columns", f"indicator read from columns {sorted(c + 1 for c in own)}"
             + (f" (values listed by year in {sorted(c + 1 for c in listed)})" if listed else ""))
    return out


def _own_cells(row: GridRow, own: set[int]) -> GridRow:
    """The row with only the indicator's cells: the activity's title, number, money and
    responsibles are not the indicator's (a row of one cell, a group row, is kept whole)."""
    cells = {id(c) for c in row.slots if c is not None and c.text.strip()}
    if len(cells) <= 1:
        return row
    slots = tuple(c if c is not None and c.col in own else None for c in row.slots)
    return replace(row, slots=slots)
