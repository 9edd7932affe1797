"""PLACEHOLDER extractor 'tables' (being written): finds nothing yet."""

from __future__ import annotations

from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Return what this extractor finds in `doc` (`found`: results of earlier extractors)."""
    return Found()
