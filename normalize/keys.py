"""Comparison keys and activity types. (Minimal; taxonomy as data in issue #4.)"""

from __future__ import annotations

from normalize.lemmas import Lemmatizer


def _key(text: str, lem: Lemmatizer) -> str:
    return " ".join(sorted(set(lem.lemmas(text))))


def activity_key(title: str, lem: Lemmatizer) -> str:
    """Normalised key of an activity title."""
    return _key(title, lem)


def indicator_key(name: str, lem: Lemmatizer) -> str:
    """Normalised key of an indicator name."""
    return _key(name, lem)


def activity_type(title: str, lem: Lemmatizer) -> str:
    """Activity type from the taxonomy."""
    return "другое"
