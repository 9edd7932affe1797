"""ingest: files → SourceDocument (blocks with provenance). One reader per format."""

import ingest.blas  # noqa: F401  (first: before anything loads numpy)
from ingest.errors import DocumentLoadError
from ingest.limits import DEFAULT_LIMITS, Limits
from ingest.registry import read_document, sniff_format

__all__ = ["DEFAULT_LIMITS", "DocumentLoadError", "Limits", "read_document", "sniff_format"]
