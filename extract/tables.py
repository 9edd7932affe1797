"""PLACEHOLDER extractor 'tables' (being written): finds nothing yet."""

from __future__ import annotations

from extract.found import Found
from ingest.models import SourceDocument


def extract(doc: SourceDocument, found: Found) -> Found:
    """Return what this extractor finds in `doc` (`found`: results of earlier extractors)."""
    return Found()
