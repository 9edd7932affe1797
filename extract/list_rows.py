"""Rows of an activity table that a list's layout explains: a cell merged down from the row
above, and a list item closed by ";" before a row opening in lower case.

A Word table prints a lead-in row ("Анализ:") whose term and executor cells span the row of
its first item ("показателей заболеваемости …;"): the spanned row has no cell of its own
there, it goes on with the lead-in's title. Rows below that close their titles with ";" are
items of the same list, each with its own term and executor: an item opening in lower case
("диспансерного наблюдения;") after an item closed by ";" is no wrapped line of it.
"""

from __future__ import annotations

from typing import Protocol

from extract.activity_cols import Cols
from extract.layout import GridRow


class _Titled(Protocol):
    texts: dict[str, list[str]]


def own_fields(row: GridRow, texts: list[str], cols: Cols, names: tuple[str, ...]) -> list[str]:
    """The texts of the row's own cells (not merged down from above) of the named fields."""
    return [texts[c] for f in names for c in cols.fields.get(f, [])
            if c < len(texts) and c < len(row.own) and row.own[c] and texts[c]]


def closed_item(title: str, row: GridRow, texts: list[str], cols: Cols, item: _Titled) -> bool:
    """The row above closed its title as a list item (";") and this row has a term or an
    executor of its own: the next item of the list, though it opens in lower case."""
    above = " ".join(item.texts.get("title", [])).rstrip()
    return bool(title) and above.endswith(";") \
        and bool(own_fields(row, texts, cols, ("deadline", "responsibles")))
