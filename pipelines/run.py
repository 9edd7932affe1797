"""One file through all stages: ingest → extract → normalize."""

from __future__ import annotations

from pathlib import Path

from extract import ExtractTools, extract_document
from ingest import DEFAULT_LIMITS, Limits, read_document
from normalize.models import Record
from normalize.record import Tools, default_tools, to_record


def process_file(
    path: Path | str,
    tools: Tools | None = None,
    limits: Limits = DEFAULT_LIMITS,
    debug: bool = False,
) -> Record:
    """Read, extract and normalize one file. Raises DocumentLoadError for unreadable input."""
    tools = tools or default_tools()
    doc = read_document(path, limits)
    draft = extract_document(doc, ExtractTools(lemma=tools.lemmatizer.lemma), debug=debug)
    return to_record(draft, tools)
