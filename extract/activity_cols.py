"""An activity table's columns: the title column (activity, else content), the group columns
left of it, the field columns and each column's role for realigning a row; and an item's number
cleaned. Read by extract/activities.py and the readers of flattened tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.cell_fit import FIELDS
from extract.grids import Period
from extract.headphrase import read_header
from extract.layout import Ctx

TITLE_ROLES = ("activity", "content", "direction")  # the title column, best first


@dataclass
class Cols:
    number: int | None
    title: int | None
    groups: list[int]  # earlier activity-like columns: a direction written beside its rows
    fields: dict[str, list[int]]
    periods: dict[int, Period] = field(default_factory=dict)
    ranged: bool = False  # the deadline is read from a start and an end column


def read_cols(ctx: Ctx) -> Cols:
    """The title column (activity, else content), group columns left of it (a stage or a
    direction written beside its rows) and the field columns."""
    h = ctx.header
    assert h is not None
    title = next((c for r in TITLE_ROLES if (c := h.col(r)) is not None), None)
    groups = [c for r in ("stage", *TITLE_ROLES) for c in h.cols(r)
              if title is not None and c < title]
    fields = {f: h.cols(f) for f in FIELDS}
    fields["result"] = sorted(fields["result"] + _result_indicators(ctx))
    if not fields["deadline"]:
        # "Начало | Окончание": two columns of one deadline, read as "start – end"
        fields["deadline"] = h.cols("start") + h.cols("end")
    ranged = not h.cols("deadline") and bool(h.cols("start") and h.cols("end"))
    return Cols(h.col("number"), title, sorted(groups), fields, dict(h.periods), ranged)


def _result_indicators(ctx: Ctx) -> list[int]:
    """Indicator columns that say what an activity achieves ("Показатель результата"); one
    captioned as the indicators' values ("Значение целевых индикаторов по годам") gives the
    programme's indicators the activity serves, no result of its own (CONTRACT `result`)."""
    h = ctx.header
    assert h is not None
    out = []
    for c in h.cols("indicator"):
        reading = read_header(h.texts[c], ctx.tools)
        if reading.score("value") > reading.score("indicator"):
            ctx.note("indicator_values_no_result",
                     f"column {c + 1} gives indicators' values, not the activity's result")
            continue
        out.append(c)
    return out


def clean_number(text: str) -> str | None:
    """"1.1." → "1.1", "12." → "12"; None for no number."""
    t = text.strip().rstrip(".").strip()
    return t or None


def cell_roles(ctx: Ctx, cols: Cols, width: int) -> dict[int, str]:
    roles: dict[int, str] = {}
    for name, cs in cols.fields.items():
        roles.update(dict.fromkeys(cs, name))
    for c in [cols.number, cols.title, *cols.groups]:
        if c is not None:
            roles[c] = "text"
    return {c: r for c, r in roles.items() if c < width}
