"""The review page of one document: read it, extract it, lay both side by side."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest import DEFAULT_LIMITS, Limits, read_document
from ingest.models import Paragraph, SourceDocument, Table
from normalize.record import Tools
from pipelines.report.build import css
from pipelines.report.render import render
from pipelines.report.sources import anchor
from pipelines.review.marks import Marks, build_marks, source_anchor
from pipelines.review.pdf_pages import PageImage, render_pages


@dataclass
class ViewBlock:
    """A paragraph or table as the page shows it, with its anchors and marks."""

    kind: str  # paragraph | table
    block: Paragraph | Table
    ids: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def _row_view(table: Table, row: Any, marks: Marks) -> dict[str, Any]:
    main = anchor(None, table.index, row.source.row, None)
    ids = [main] + ([f"l{row.source.line}"] if row.source.line else [])
    found = [m for i in ids for m in marks.items.get(i, [])]
    return {"ids": ids, "row": row, "marks": found,
            "kind": found[0].kind if found else None,
            "warnings": [w for i in ids for w in marks.warnings.get(i, [])]}


def view_blocks(doc: SourceDocument, marks: Marks) -> list[ViewBlock]:
    """Blocks in reading order; the first block of each page carries the page's anchor."""
    out, pages_seen = [], set()
    for b in doc.blocks:
        ids = []
        if b.source.page and b.source.page not in pages_seen:
            pages_seen.add(b.source.page)
            ids.append(f"pg{b.source.page}")
        if isinstance(b, Table):
            out.append(ViewBlock("table", b, ids, [_row_view(b, r, marks) for r in b.rows]))
        else:
            if b.source.line:
                ids.append(f"l{b.source.line}")
            out.append(ViewBlock("paragraph", b, ids))
    return out


def row_kinds(marks: Marks) -> dict[str, str]:
    """Anchor → kind of the (first) item found there, for the page images."""
    return {a: ms[0].kind for a, ms in marks.items.items() if ms}


@dataclass
class Review:
    """Everything the review page shows."""

    path: Path
    doc: SourceDocument
    record: dict[str, Any]
    marks: Marks
    expected: bool
    pages: list[PageImage] | None


def review(path: Path, tools: Tools, expected: dict[str, Any] | None = None,
           limits: Limits = DEFAULT_LIMITS) -> Review:
    """Read and extract `path`; compare with `expected` when given. Raises DocumentLoadError."""
    from pipelines.run import record_of

    doc = read_document(path, limits)
    record = json.loads(record_of(doc, tools).model_dump_json())
    marks = build_marks(record, expected)
    pages = render_pages(path, doc, row_kinds(marks)) if doc.format == "pdf" else None
    return Review(path, doc, record, marks, expected is not None, pages)


def review_html(r: Review, back: str | None = None) -> str:
    """The review page as one self-contained HTML document (`back`: link to the report)."""
    return render("review.html.j2", css=css(), r=r, doc=r.doc, rec=r.record, marks=r.marks,
                  blocks=view_blocks(r.doc, r.marks), back=back, r_anchor=source_anchor)
