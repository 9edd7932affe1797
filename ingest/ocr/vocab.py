"""Tesseract's usual misreadings and the words trusted despite doubt (data/confusions.yaml)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml


@functools.cache
def confusions() -> dict[str, Any]:
    """The table of data/confusions.yaml, read once."""
    path = Path(__file__).parent / "data" / "confusions.yaml"
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


@functools.cache
def known_words() -> frozenset[str]:
    """Requisite words kept however little Tesseract believes them (lower case)."""
    return frozenset(w.lower() for w in confusions()["known_words"])
