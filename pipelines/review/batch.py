"""Review pages of the documents a report lists, written next to it (report_files/)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pipelines.report.sources import REVIEW_DIR, review_name


def write_reviews(documents: list[dict[str, Any]], folder: Path, report_name: str,
                  ocr: bool = True) -> set[int]:
    """Write report_files/review-<id>.html for each document whose file is still there;
    return the ids written. A file that cannot be read any more is said on stderr and skipped."""
    from ingest import DEFAULT_LIMITS, DocumentLoadError, Limits
    from normalize.record import default_tools
    from pipelines.review.page import review, review_html
    from store.labels import reason_ru

    out = folder / REVIEW_DIR
    out.mkdir(parents=True, exist_ok=True)
    tools = default_tools()
    limits = DEFAULT_LIMITS if ocr else Limits(ocr=False)
    written = set()
    for d in documents:
        path = Path(d["path"]) if d.get("path") else None
        if path is None or not path.is_file():
            print(f"roadmaps: {d['file']}: файл не найден, страницы проверки не будет",
                  file=sys.stderr)
            continue
        try:
            page = review_html(review(path, tools, limits=limits), back=f"../{report_name}")
        except DocumentLoadError as exc:
            print(f"roadmaps: {path}: {reason_ru(exc.reason)}", file=sys.stderr)
            continue
        (out / review_name(d["document_id"])).write_text(page, encoding="utf-8")
        written.add(d["document_id"])
    return written
