"""Numbered items the header already read as the document's goals or tasks are no measures.

A plan's "Задачи:" list printed as numbered paragraphs ("1.Совершенствование …") looks like
a plan's bare numbered items; when every such item is one of the tasks (or goals) the facts
read, the list is the plan's aims, not its measures (session facts75, dev75).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.models import DraftActivity

_NOISE = re.compile(r"[\s.,;:!«»\"'()–—-]+")


def _key(text: str) -> str:
    """A text compared without case, spacing and punctuation."""
    return _NOISE.sub(" ", text).strip().casefold()


def drop_aims(acts: Iterable[DraftActivity], aims: Iterable[str]) -> list[DraftActivity]:
    """The activities whose title is none of `aims` (goals and tasks as the facts read them)."""
    keys = {_key(a) for a in aims if a.strip()}
    return [a for a in acts if _key(a.title) not in keys]
