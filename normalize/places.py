"""Municipality and region from title/header texts. (Minimal; full version in issue #4.)"""

from __future__ import annotations

from dataclasses import dataclass

from normalize.lemmas import Lemmatizer


@dataclass(frozen=True)
class Place:
    municipality: str | None = None
    region: str | None = None


def find_place(texts: list[str], lem: Lemmatizer) -> Place:
    """Canonical municipality (nominative, short) and region named in `texts`."""
    return Place()


def region_name(text: str, lem: Lemmatizer) -> str | None:
    """Region as written → nominative ("Оренбургской области" → "Оренбургская область")."""
    return None
