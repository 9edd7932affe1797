"""Blocks with provenance: what every reader produces, whatever the input format."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    """Base for models that cross a stage boundary: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Provenance(Frozen):
    """Where a piece of text was found, enough for a person to find it again (all 1-based)."""

    page: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    line: int | None = None


class Cell(Frozen):
    """One table cell. Merged cells appear once, at their top-left slot, with their span.

    `text` keeps line breaks as "\\n" (visual or logical lines of the cell); readers turn
    inline markup into plain text.
    """

    text: str
    col: int = Field(ge=0, description="0-based grid column where the cell starts")
    col_span: int = Field(default=1, ge=1)
    row_span: int = Field(default=1, ge=1)
    bold: bool = False
    source: Provenance = Provenance()
    confidence: float | None = Field(
        default=None, description="OCR: mean word confidence 0..100; None for a text layer")
    box: tuple[float, float, float, float] | None = Field(
        default=None, description="PDF: the cell's box on its page (source.page) in points, "
                                  "displayed page, y down: x0, top, x1, bottom")


class Row(Frozen):
    """One logical table row (wrapped continuation lines already merged back)."""

    cells: tuple[Cell, ...]
    source: Provenance = Provenance()
    header: bool = False
    cut: bool = Field(default=False, description="the text ends inside this row: a reader "
                      "that prints a mark after every cell found none after the last one")

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


class Table(Frozen):
    """A table in reading order; a table broken across pages is one table."""

    kind: Literal["table"] = "table"
    index: int = Field(ge=1, description="1-based table number in the document")
    n_cols: int = Field(ge=0)
    rows: tuple[Row, ...]
    source: Provenance = Provenance()
    pages: tuple[int, ...] = ()
    confidence: float | None = Field(
        default=None, description="OCR: mean word confidence 0..100; None for a text layer")

    def grid(self) -> list[list[Cell | None]]:
        """Rows × n_cols matrix; a merged cell is placed in every slot it covers."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in self.rows]
        for r, row in enumerate(self.rows):
            for cell in row.cells:
                for dr in range(cell.row_span):
                    for dc in range(cell.col_span):
                        rr, cc = r + dr, cell.col + dc
                        if rr < len(out) and cc < self.n_cols:
                            out[rr][cc] = cell
        return out


class Paragraph(Frozen):
    """A paragraph of running text (or a heading, or a list item)."""

    kind: Literal["paragraph"] = "paragraph"
    text: str
    heading: int | None = Field(default=None, description="outline level 1..9, None for body")
    list_number: str | None = Field(default=None, description='rendered number: "1.", "2.3", "-"')
    bold: bool = False
    source: Provenance = Provenance()
    confidence: float | None = Field(
        default=None, description="OCR: mean word confidence 0..100; None for a text layer")

    @property
    def full_text(self) -> str:
        """The text with its list number in front, as a reader of the page sees it."""
        return f"{self.list_number} {self.text}" if self.list_number else self.text


Block = Annotated[Paragraph | Table, Field(discriminator="kind")]

Format = Literal["docx", "pdf", "txt", "md", "html", "doc", "rtf", "odt"]


class SourceDocument(Frozen):
    """A file turned into blocks in reading order."""

    file: str
    sha256: str
    format: Format
    pages: int | None = None
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


class ReadResult(Frozen):
    """What a reader returns; `read_document` adds file name, hash and format."""

    blocks: tuple[Block, ...]
    pages: int | None = None
    warnings: tuple[str, ...] = ()
