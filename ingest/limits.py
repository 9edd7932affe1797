"""Safety limits checked before any parser runs."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Limits(BaseModel):
    """Configurable limits; defaults suit municipal documents with a wide margin."""

    model_config = ConfigDict(frozen=True)

    max_file_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    max_zip_member_bytes: int = 200 * 1024 * 1024
    max_zip_total_bytes: int = 500 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_text_chars: int = 50 * 1024 * 1024
    ocr: bool = True  # recognise PDF pages without a text layer (scans) with Tesseract


DEFAULT_LIMITS = Limits()
