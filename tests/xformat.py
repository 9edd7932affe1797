"""A DOCX written out as a legal or municipal site's text export: a line per paragraph, a table
row as "| cell | cell |" with a cell's paragraphs joined by spaces and a merged cell printed once.

Sites publish the same acts and plans this way; a fact read from the DOCX must be read from its
export too, so the cross-format test (tests/test_cross_format.py) scores every sample DOCX again
in this form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def _rows(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # python-docx repeats a horizontally merged cell per grid column; a site prints it once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        yield "| " + " | ".join(cells) + " |"


def site_text(src: Path) -> str:
    """The text export of the DOCX at `src`, body order kept."""
    document = docx.Document(str(src))
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            lines.extend(_rows(Table(element, document)))
    return "\n".join(lines) + "\n"
