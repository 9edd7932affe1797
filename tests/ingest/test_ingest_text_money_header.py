"""A money table printed a cell a line with a lone "|" after each cell: the number caption's
"N" on a line of its own above "п/п" stays the first cell (no paragraph above the table), and
a three-level header ("Объём финансирования" / "всего | в том числе" / the years) is cut into
three levels, each caption over the columns it heads."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.pipe_header import best_reading
from ingest.text.reader import read_text

ROW = ("1.1", "Закупка глобусов и карт для кабинетов географии", "2024", "90,0", "30,0", "30,0",
       "30,0", "Кабинеты оснащены")


def _read(captions: list[str]) -> list[Paragraph | Table]:
    n = 8
    cells = [*captions, *(str(i) for i in range(1, n + 1)), *ROW]
    return list(read_text(("\n|\n".join(cells) + "\n").encode(), "m.txt", Limits()).blocks)


CAPTIONS = ["Наименование мероприятия", "Срок", "Объём финансирования, тыс. руб.",
            "Ожидаемый результат"]
YEARS = ["2024", "2025", "2026"]


@pytest.mark.parametrize(("captions", "levels"), [
    # two levels: the money caption over the total and the years
    (["N\nп/п", *CAPTIONS, "всего", *YEARS], [
        ["N\nп/п", "Наименование мероприятия", "Срок", "Объём финансирования, тыс. руб.",
         "Ожидаемый результат"], ["всего", *YEARS]]),
    # three levels: "в том числе" over the years under the money caption
    (["N\nп/п", *CAPTIONS, "всего", "в том числе по годам", *YEARS], [
        ["N\nп/п", "Наименование мероприятия", "Срок", "Объём финансирования, тыс. руб.",
         "Ожидаемый результат"], ["всего", "в том числе по годам"], YEARS]),
    (["№\nп/п", *CAPTIONS, "всего", "в т.ч.", *YEARS], [
        ["№\nп/п", "Наименование мероприятия", "Срок", "Объём финансирования, тыс. руб.",
         "Ожидаемый результат"], ["всего", "в т.ч."], YEARS]),
], ids=["two-levels", "three-levels", "abbreviated"])
def test_money_header_levels(captions: list[str], levels: list[list[str]]) -> None:
    blocks = _read(captions)
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    table = blocks[0]
    assert table.n_cols == 8
    head = [[c.text for c in r.cells] for r in table.rows[:len(levels)]]
    assert head == levels
    money = next(c for c in table.rows[0].cells if c.text.startswith("Объём"))
    assert (money.col, money.col_span) == (3, 4)
    result = next(c for c in table.rows[0].cells if c.text == "Ожидаемый результат")
    assert result.col == 7


@pytest.mark.parametrize(("levels", "n", "numeric", "money_span"), [
    # "в том числе" over one column to the body is no reading
    ([["Мероприятие", "Объём финансирования", "Результат"], ["всего", "в том числе"],
      ["2024", "2025"]], 5, [0.0, 1.0, 1.0, 1.0, 0.0], 3),
])
def test_parent_only_caption_has_children(levels: list[list[str]], n: int,
                                          numeric: list[float | None], money_span: int) -> None:
    read = best_reading(levels, n, numeric)
    assert read is not None
    assert read[1][0][1][1] == money_span
