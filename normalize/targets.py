"""Targets promised by a result text: "не менее 200 участников" → >=, 200, участник. (Minimal.)"""

from __future__ import annotations

from normalize.lemmas import Lemmatizer
from normalize.models import Target


def parse_target(text: str, lem: Lemmatizer) -> Target | None:
    """The number a result column promises, or None."""
    return None
