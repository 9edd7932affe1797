"""PLACEHOLDER text reader (to be replaced by the full reader of issue #2): lines → paragraphs."""

from __future__ import annotations

from ingest.limits import Limits
from ingest.models import Paragraph, Provenance, ReadResult


def read_text(data: bytes, name: str, limits: Limits) -> ReadResult:
    text = data.decode("utf-8", errors="replace")
    blocks = tuple(
        Paragraph(text=line.strip(), source=Provenance(line=i))
        for i, line in enumerate(text.splitlines(), 1)
        if line.strip()
    )
    return ReadResult(blocks=blocks)
