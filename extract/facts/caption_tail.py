"""A table caption's tail on the line under it: "Таблица 2" / "Программы" (or "к Программе").

An appendix's right-aligned stamp may end with the table's caption split over two lines: the
caption's number, then the plan it belongs to in the genitive or after "к". A text export
keeps both lines in the heading's paragraph, where the plan's noun would read as the heading
itself; it is the caption's, no heading ("Перечень основных мероприятий …" follows it).
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Line

_CAPTION = re.compile(r"^\s*Таблица\s*(?:N|№)?\s*\d+\.?\s*$", re.IGNORECASE)
_TAIL_WORDS = 2  # "Программы", "к Программе"
_OBLIQUE = frozenset({"gent", "datv"})


def caption_tail(ctx: Ctx, lines: tuple[Line, ...] | list[Line], k: int) -> bool:
    """Line k continues the numbered caption right above it: a word or two whose noun stands
    in the genitive or the dative, no heading's nominative."""
    if k < 1 or not _CAPTION.match(lines[k - 1].text):
        return False
    words = lines[k].text.split()
    if not words or len(words) > _TAIL_WORDS or not words[-1][:1].isupper():
        return False
    return ctx.tools.tag(words[-1].strip(".,;:"))[1] in _OBLIQUE
