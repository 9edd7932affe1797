"""Safety limits checked before any parser runs (and around it: ingest/guards.py)."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field

_MB = 1024 * 1024


def _memory_default() -> int:
    """ROADMAPS_MAX_MEMORY_MB when set (0 = no limit), else 2 GiB."""
    return int(os.environ.get("ROADMAPS_MAX_MEMORY_MB", "2048")) * _MB


class Limits(BaseModel):
    """Configurable limits; defaults suit municipal documents with a wide margin."""

    model_config = ConfigDict(frozen=True)

    max_file_bytes: int = 100 * _MB
    max_pages: int = 2000
    max_zip_member_bytes: int = 200 * _MB
    max_zip_total_bytes: int = 500 * _MB
    max_zip_ratio: float = 200.0
    max_text_chars: int = 50 * _MB
    # A table's grid (rows × columns) is built in memory: a cell spanning a billion columns
    # must be refused before that. Real tables have tens of columns and thousands of rows.
    max_table_columns: int = 2000
    max_table_cells: int = 2_000_000
    # Inflated sizes of a PDF's compressed streams, checked before PDFium inflates them: any
    # one stream (images included), and the page content (everything but images) together.
    max_stream_bytes: int = 256 * _MB
    max_content_bytes: int = 512 * _MB
    # Address space of a process reading documents (pool workers, `roadmaps extract`): a
    # reader that runs away fails with "out of memory" instead of taking the machine. Reading
    # the samples peaks under 400 MB with the language models loaded. 0 = no limit.
    max_memory_bytes: int = Field(default_factory=_memory_default)
    ocr: bool = True  # recognise PDF pages without a text layer (scans) with Tesseract


DEFAULT_LIMITS = Limits()
