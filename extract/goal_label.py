"""The wording of a goal or task row after its label ("Цель: …", 'Задача "…"')."""

from __future__ import annotations

import re

_CLOSE = {"«": "»", '"': '"', "“": "”", "„": "“"}


def labelled_text(text: str, m: re.Match[str]) -> str:
    """The row's words after the label `m` (vocab goal_task_label); a wording the label opened
    with a quote loses that quote and its closing one at the end — "" when the quote never
    closes: the row is cut (a page's excerpt ending inside it), no wording of its own."""
    rest = text[m.end():].strip().rstrip(" .;")
    quote = m.groupdict().get("quote")
    if not quote:
        return rest
    if not rest.endswith(_CLOSE[quote]):
        return ""
    return rest[:-1].rstrip(" .;")
