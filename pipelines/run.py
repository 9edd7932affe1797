"""One file through all stages: ingest → extract → normalize."""

from __future__ import annotations

from pathlib import Path

from extract import ExtractTools, extract_document
from ingest import DEFAULT_LIMITS, Limits, read_document
from ingest.models import SourceDocument
from normalize.deadlines import deadline_reading
from normalize.models import Record
from normalize.record import Tools, default_tools, to_record


def process_file(
    path: Path | str,
    tools: Tools | None = None,
    limits: Limits = DEFAULT_LIMITS,
    trace: list[str] | None = None,
) -> Record:
    """Read, extract and normalize one file. Raises DocumentLoadError for unreadable input.

    When `trace` is a list, the names of the extraction rules that fired are appended to it.
    """
    tools = tools or default_tools()
    return record_of(read_document(path, limits), tools, trace)


def extract_tools(tools: Tools) -> ExtractTools:
    """What extraction is handed of the normalizers: the lemmatizer's tests, the deadline
    parser's reading."""
    lem = tools.lemmatizer
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation, tag=lem.tag,
                        is_known=lem.is_known, knows_compound=lem.knows_compound,
                        knows_prefixed=lem.knows_prefixed,
                        nominative=lem.nominative,
                        dative_nominative=lem.nominative_of_dative,
                        accusative_nominative=lem.nominative_of_accusative,
                        locative_nominative=lem.nominative_of_locative,
                        reads_nominative=lem.reads_nominative,
                        deadline=deadline_reading, is_done=lem.is_done)


def record_of(doc: SourceDocument, tools: Tools, trace: list[str] | None = None) -> Record:
    """Extract and normalize a document already read (the review page shows both)."""
    draft = extract_document(doc, extract_tools(tools), debug=trace is not None)
    if trace is not None:
        trace.extend(draft.trace)
    return to_record(draft, tools, trace)
