"""`roadmaps review FILE [--expected JSON] --out review.html`: the QA page of one document.

What the reader saw (paragraphs, tables cell by cell, PDF pages with the tables drawn) beside
the extracted record; every activity and indicator highlighted at its source row; warnings
where they arise; with an expected record, each mismatch (the comparison of `evaluate --diff`)
marked at its item.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines.ru import NO_OCR_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="документ: DOCX, PDF, TXT/MD, HTML, DOC, RTF или ODT")
    p.add_argument("--expected", type=Path, help="эталонная запись (JSON) для сравнения")
    p.add_argument("--out", type=Path, required=True, help="HTML-файл, который нужно записать")
    p.add_argument("--no-ocr", action="store_true",
                   help=NO_OCR_HELP)


def _expected(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: не удалось прочитать эталонную запись: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: не удалось прочитать эталонную запись: это не объект JSON")
    return data


def run(args: argparse.Namespace) -> int:
    from ingest import DEFAULT_LIMITS, DocumentLoadError, Limits
    from normalize.record import default_tools
    from pipelines.review.page import review, review_html
    from pipelines.store_open import write_error
    from store.labels import reason_ru

    try:
        expected = _expected(args.expected)
    except ValueError as exc:
        print(f"roadmaps: {exc}", file=sys.stderr)
        return 2
    limits = Limits(ocr=False) if args.no_ocr else DEFAULT_LIMITS
    try:
        page = review(args.file, default_tools(), expected, limits)
    except DocumentLoadError as exc:
        print(f"roadmaps: {args.file}: {reason_ru(exc.reason)}", file=sys.stderr)
        return 2
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(review_html(page), encoding="utf-8")
    except OSError as exc:
        print(f"roadmaps: {args.out}: не удалось записать: {write_error(exc)}", file=sys.stderr)
        return 2
    print(args.out)
    return 0
