"""The year an act holding an event names in the event's own name: "О проведении … акции
«Добрые дела - 2019»", "О проведении конкурса «Учитель года – 2024»" (CONTRACT
`period`).

An act holding an event (extract/facts/held_event.py) sets the event's time: an event named
with its year, the year closing its quoted name after a dash or a space, is held in that year —
the act's term, as "… в 2010 году" in its subject would be. Only the act holding it: an act on
an event's results ("Об итогах смотра «…-2024»") looks back and has no term."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.held_event import held_subject

# the year closing a quoted name: "«Добрые дела - 2019»", "«Учитель года 2024»"
_NAME_YEAR = re.compile(r"[«\"][^«»\"]{3,120}?(?:\s*[-–—]\s*|\s+)((?:19|20)\d\d)\s*[»\"]")


def period_of_event_name(ctx: Ctx, title: str | None) -> str | None:
    """The year of the held event's quoted name, as a period's text ("2019 год"); None when
    the subject holds no event or names none with its year."""
    if not title or not held_subject(ctx, title):
        return None
    years = {m.group(1) for m in _NAME_YEAR.finditer(title)}
    return f"{years.pop()} год" if len(years) == 1 else None
