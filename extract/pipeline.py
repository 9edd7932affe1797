"""Top-level extraction: runs the extractors over a document's blocks."""

from __future__ import annotations

from extract.models import Draft, DraftSource
from ingest.models import SourceDocument


def extract_document(doc: SourceDocument, debug: bool = False) -> Draft:
    """Turn blocks into a Draft. With `debug`, `Draft.trace` names the rules that fired."""
    source = DraftSource(file=doc.file, sha256=doc.sha256, format=doc.format, pages=doc.pages)
    warnings = list(doc.warnings)
    if not doc.blocks:
        warnings.append("document has no text")
    return Draft(source=source, warnings=tuple(warnings))
