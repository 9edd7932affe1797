"""Responsible parties: splitting cells, organisation keys, roles, persons. (Minimal.)"""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer
from normalize.models import Party


def split_responsibles(text: str) -> list[str]:
    """One entry per party, as written, whitespace normalised."""
    parts = re.split(r"[\n;]+", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def parse_party(text: str, lem: Lemmatizer) -> Party:
    """Organisation key, role and person of one party."""
    return Party(text=text)
