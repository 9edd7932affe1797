"""What a goal or task item must be to be one: a statement of two words at least, not a label
left open. Passport cells and prose lists alike leave behind a page number ("23"), a label's
remnant ("является:") or a heading run into the cell ("Задачи:")."""

from __future__ import annotations

import re

_MIN_WORDS = 2
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{2,}")


def statement_like(item: str) -> bool:
    """True when `item` reads as a goal's or task's statement."""
    return len(_WORD.findall(item)) >= _MIN_WORDS and not item.rstrip().endswith(":")
