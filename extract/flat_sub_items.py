"""Sub-items under a lead-in row of a flattened plan table:

    2 Проведение диагностики:                                   ← the lead-in, nothing else
    - входной контроль по математике октябрь учителя математики  ← a sub-item with its own
    - пробный экзамен по русскому языку декабрь учителя            date and executor

The flat reader keeps the dash lines in the numbered row above (they open in lower case or
with a dash, the lead-in ends with a colon). When every dash item brings cells of its own (a
deadline or a responsible cut by flat_split) and there are at least MIN_SUB_ITEMS of them,
they are rows of their own and the lead-in a row with its title only (extract/activities.py
then drops it as a lead-in: `lead_in_row`, `sub_item_row`). A dash list without own cells, or
with one dash line only (cells printed beside the list), stays one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.flat_split import NONE, Split

_DASH_ITEM = re.compile(r"^[-–—•·]\s*[A-Za-zА-ЯЁа-яё«\"]")
MIN_SUB_ITEMS = 2


def _groups(lines: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """The lines before the first dash line, and each dash line with its wrapped lines."""
    lead: list[str] = []
    items: list[list[str]] = []
    for line in lines:
        if _DASH_ITEM.match(line):
            items.append([line])
        elif items:
            items[-1].append(line)
        else:
            lead.append(line)
    return lead, items


_NO_EVIDENCE = frozenset({"", "empty", "text", "the rest", "no organisation"})


def _own_cells(split: Split, title: int) -> bool:
    """A field cell cut by evidence of its own (a deadline the parser reads, a party opening
    with an organisation or position): a word left over at the end is none."""
    return split.score != NONE and any(
        c and why not in _NO_EVIDENCE
        for k, (c, why) in enumerate(zip(split.cells, split.evidence, strict=True)) if k != title)


def sub_items(lines: Sequence[str], title: int,
              split: Callable[[str], Split]) -> tuple[list[str], list[list[str]]] | None:
    """(lead-in lines, sub-items' lines) when the row's dash items are rows of their own."""
    lead, items = _groups(lines)
    if not lead or not lead[-1].rstrip().endswith(":") or len(items) < MIN_SUB_ITEMS:
        return None
    if _own_cells(split(" ".join(lead)), title):
        return None  # the lead-in has its own date or executor: the list is inside its cell
    if not all(_own_cells(split(" ".join(it)), title) for it in items):
        return None
    return lead, items
