"""Shared helpers of the study-A samples (301…312): a python-docx grid with merged cells, the
PDF conversion and the expected-record writer of the blind samples. See make_real_a_samples.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from blind_common import Act, doc_facts, new_doc, para, save_pdf, write_expected
from docx.document import Document as DocxDocument
from docx_build import mark_header, save_deterministic, set_cell_lines, set_widths

Cell = str | list[str]
Span = tuple[int, int, int, int]  # first row, first column, last row, last column

__all__ = ["Act", "Cell", "Span", "doc_facts", "grid", "new_doc", "para", "save", "write_txt"]


def _lines(cell: Cell) -> list[str]:
    return cell.split("\n") if isinstance(cell, str) else list(cell)


def grid(d: DocxDocument, rows: Sequence[Sequence[Cell]], spans: Sequence[Span] = (),
         header: int = 1, widths: Sequence[float] | None = None, borders: bool = True,
         bold_rows: Sequence[int] = (), size: float | None = None) -> None:
    """A table from a full grid of cell texts; `spans` merge rectangles (text of their first
    cell kept), the first `header` rows are bold and repeated on each page."""
    n_cols = max(len(r) for r in rows)
    table = d.add_table(rows=len(rows), cols=n_cols)
    if borders:
        table.style = "Table Grid"

    def bold(r: int) -> bool:
        return borders and (r < header or r in bold_rows)

    for r, row in enumerate(rows):
        for c in range(n_cols):
            set_cell_lines(table.cell(r, c), _lines(row[c] if c < len(row) else ""),
                           bold=bold(r), size=size)
    for r1, c1, r2, c2 in spans:
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        set_cell_lines(merged, _lines(rows[r1][c1]), bold=bold(r1), size=size)
    if borders:
        for r in range(header):
            mark_header(table.rows[r])
    if widths:
        set_widths(table, widths)
    d.add_paragraph()


def write_txt(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _pages(pdf: Path) -> int:
    import pypdfium2  # only the sample builder needs it

    return len(pypdfium2.PdfDocument(str(pdf)))


def save(d: DocxDocument | None, path: Path, document: dict[str, object], acts: list[Act]
         ) -> Path:
    """Write the sample (DOCX, or PDF through LibreOffice when `path` ends in .pdf; a text
    sample is already written) and its expected record."""
    fmt = path.suffix.lstrip(".")
    if d is not None and fmt == "pdf":
        save_pdf(d, path)
    elif d is not None:
        save_deterministic(d, path)
    write_expected(path, fmt, _pages(path) if fmt == "pdf" else None, document, acts, [])
    return path
