"""Links from a report row to where it came from: the file (page, table, row) and the row's
place on the document's review page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REVIEW_DIR = "report_files"  # review pages are written here, next to the report


def review_name(document_id: int) -> str:
    """File name of a document's review page inside REVIEW_DIR."""
    return f"review-{document_id}.html"


def anchor(page: int | None, table: int | None, row: int | None, line: int | None) -> str:
    """The element id on a review page of a table row, a text line or a page."""
    if table is not None and row is not None:
        return f"t{table}r{row}"
    if line is not None:
        return f"l{line}"
    if page is not None:
        return f"pg{page}"
    return "top"


@dataclass(frozen=True)
class Source:
    """Where a row of the report came from (1-based page, table, row, line of the file)."""

    document_id: int
    file: str
    path: str | None = None
    page: int | None = None
    table: int | None = None
    row: int | None = None
    line: int | None = None

    @property
    def label(self) -> str:
        """'план.pdf, стр. 3, табл. 2, строка 5' as people read it."""
        parts = [self.file]
        if self.page is not None:
            parts.append(f"стр. {self.page}")
        if self.table is not None:
            parts.append(f"табл. {self.table}")
        if self.row is not None:
            parts.append(f"строка {self.row}")
        if self.line is not None:
            parts.append(f"строка текста {self.line}")
        return ", ".join(parts)

    @property
    def href(self) -> str | None:
        """A file: URI of the source file (with #page=N for PDFs), None if it is unknown."""
        if not self.path:
            return None
        uri = Path(self.path).resolve().as_uri()
        return f"{uri}#page={self.page}" if self.page and uri.lower().endswith(".pdf") else uri

    @property
    def review_href(self) -> str:
        """The review page of the document, at this row (relative to the report)."""
        where = anchor(self.page, self.table, self.row, self.line)
        return f"{REVIEW_DIR}/{review_name(self.document_id)}#{where}"


_PLACES = (
    (re.compile(r"\brow (\d+) of table (\d+)"), ("row", "table")),
    (re.compile(r"\btable (\d+), row (\d+)"), ("table", "row")),
    (re.compile(r"\btable (\d+), line (\d+)"), ("table", "line")),
    (re.compile(r"\bline (\d+)"), ("line",)),
    (re.compile(r"\bpage (\d+)"), ("page",)),
)


def warning_place(text: str) -> dict[str, int]:
    """Where a warning (as stored, in English) says it arose: page, table, row, line."""
    found: dict[str, int] = {}
    for pattern, names in _PLACES:
        m = pattern.search(text)
        if m:
            for name, value in zip(names, m.groups(), strict=True):
                found.setdefault(name, int(value))
    if "line" in found:  # a text file's table rows are known by their line
        found.pop("row", None)
        found.pop("table", None)
    return found
