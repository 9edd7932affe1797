"""A page of text run through the whole extraction, with the pipeline's own tools (shared by
the extract tests that read a plain-text page end to end)."""

from __future__ import annotations

from functools import cache

from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools


@cache
def full_tools() -> ExtractTools:
    """The extraction tools `roadmaps` itself builds (lemmas, NER, vocabularies)."""
    return extract_tools(default_tools())


def text_draft(text: str, name: str = "plan.txt", debug: bool = True) -> Draft:
    """The draft of a page whose text is `text`, read as the TXT reader reads a file."""
    read = read_text(text.encode("utf-8"), name, DEFAULT_LIMITS)
    doc = SourceDocument(file=name, sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, full_tools(), debug=debug)
