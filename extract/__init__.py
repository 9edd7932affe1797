"""extract: SourceDocument → Draft (document facts, activities, indicators, goals, tasks)."""

from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools

__all__ = ["Draft", "ExtractTools", "extract_document"]
