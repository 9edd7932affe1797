"""Ruled frames that share their outer rules: one table or two (synthetic rules)."""

from __future__ import annotations

import pytest

from ingest.pdf.lattice import find_tables
from ingest.pdf.page import Glyph, Segment

LEFT, RIGHT = 60.0, 550.0


def _h(y: float) -> Segment:
    return Segment(LEFT, y, RIGHT, y)


def _v(x: float, top: float, bottom: float) -> Segment:
    return Segment(x, top, x, bottom)


def _glyph(x: float, y: float) -> Glyph:
    return Glyph("а", x, y - 4, x + 5, y + 4, 10.0, False, False)


def _frame(upper: list[float], lower: list[float], rows_below: int = 3) -> list[Segment]:
    """An upper band (100–140) with inner rules at `upper`, rows below it with inner rules
    at `lower` (a rule at 140 between them), outer rules down the whole height."""
    ys = [100.0, 140.0, *[160.0 + 30 * i for i in range(rows_below)]]
    out = [_h(y) for y in ys] + [_v(LEFT, ys[0], ys[-1]), _v(RIGHT, ys[0], ys[-1])]
    out += [_v(x, 100.0, 140.0) for x in upper]
    out += [_v(x, 140.0, ys[-1]) for x in lower]
    return out


@pytest.mark.parametrize(("upper", "lower", "shapes"), [
    # a grif's two cells on top of a five-column plan: grids share no rule → two tables
    ([300.0], [95.0, 320.0, 390.0, 470.0], [(1, 2), (3, 5)]),
    # a header's group cell over its sub-columns: the upper rules run on below → one table
    ([95.0, 320.0], [95.0, 320.0, 390.0, 470.0], [(4, 5)]),
    # a title row spanning all columns has no inner rules → one table
    ([], [95.0, 320.0, 390.0, 470.0], [(4, 5)]),
    # a two-column list whose first divider is drawn a little off → still one table
    ([290.0], [300.0], [(4, 3)]),
])
def test_touching_frames(upper: list[float], lower: list[float],
                         shapes: list[tuple[int, int]]) -> None:
    glyphs = [_glyph(70.0, 120.0), _glyph(70.0, 150.0)]
    tables = find_tables(1, _frame(upper, lower), glyphs)
    assert [(len(t.rows), t.n_cols) for t in tables] == shapes


def test_split_tables_keep_their_text() -> None:
    glyphs = [_glyph(70.0, 120.0), _glyph(400.0, 120.0), _glyph(70.0, 150.0)]
    grif, plan = find_tables(1, _frame([300.0], [95.0, 320.0, 390.0, 470.0]), glyphs)
    assert [c.text for c in grif.rows[0]] == ["а", "а"]
    assert plan.rows[0][0].text == "а" and plan.top == pytest.approx(140.0)
