"""extract: SourceDocument → Draft (document facts, activities, indicators, goals, tasks)."""

from extract.models import Draft
from extract.pipeline import extract_document

__all__ = ["Draft", "extract_document"]
