"""Execution marks: выполнено / не выполнено / частично … → done, years. (Minimal.)"""

from __future__ import annotations

from normalize.models import Status


def parse_status(text: str) -> Status | None:
    """Status of an activity from its mark cell, or None for an empty mark."""
    t = " ".join(text.split())
    return Status(text=t) if t else None
