"""The name and unit of a parent row naming the indicator's sub-rows.

An indicator measured by territory or kind of organisation is printed as a row without values
ending on a colon, the unit after its last comma ("Обеспеченность …, мест на 100 детей:",
"Доля …, %:"), over sub-rows carrying the values ("- город …", "сельские …"). Each sub-row
is an indicator named "parent — sub-row" in the parent's unit (extract/indicators.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.layout import Ctx, flat, strip_numbering

_MARK = re.compile(r"\s*<\d{1,2}>")  # a footnote mark anywhere in the name ("ОО <2>, %")
_SPACE_COMMA = re.compile(r"\s+,")

Split = Callable[[str, Ctx], tuple[str, str | None]]


def parent_name(text: str, ctx: Ctx, split_unit: Split) -> tuple[str, str]:
    """(name, unit) of a parent row: footnote marks and the closing colon dropped, the unit
    split off by `split_unit` when its last comma part is a unit ("" when none)."""
    name = _SPACE_COMMA.sub(",", _MARK.sub("", flat(strip_numbering(text)))).rstrip(" :")
    rest, unit = split_unit(name, ctx)
    return rest, unit or ""
