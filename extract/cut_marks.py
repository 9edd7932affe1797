"""Two more marks of a last row cut by the text's end (extract/cut_rows.py lists the others):

- a cell ends on a word broken at a hyphen with nothing after it ("Конкурс исследо-"): a
  book's line break whose next line the excerpt lost (a cell never ends so otherwise);
- its last filled cell opens a quote it never closes ("Акция «Д"): the quoted name was cut.

CONTRACT: a plan table's last row that the text stops inside is no activity (session facts75).
"""

from __future__ import annotations

import re

_BROKEN = re.compile(r"[а-яё]-\s*$")
_OPENERS, _CLOSERS = "«„“", "»”"


def broken_or_unquoted(texts: list[str]) -> str | None:
    """Why the row's last filled cell shows a cut, or None."""
    if any(_BROKEN.search(t) for t in texts):
        return "a cell ends on a word broken at a hyphen"
    last = next((t for t in reversed(texts) if t.strip()), "").rstrip()
    opened = sum(last.count(ch) for ch in _OPENERS)
    if opened > sum(last.count(ch) for ch in _CLOSERS):
        return "a quote left open"
    return None
