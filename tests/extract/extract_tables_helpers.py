"""Helpers for the table-extraction tests: hand-built tables and the shared tools."""

from __future__ import annotations

from functools import cache

from extract.found import Found
from extract.tables import extract
from extract.tools import ExtractTools
from ingest.models import Block, Cell, Paragraph, Provenance, Row, SourceDocument, Table


@cache
def tools() -> ExtractTools:
    from normalize.lemmas import get_lemmatizer

    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation, tag=lem.tag, is_known=lem.is_known,
                        knows_compound=lem.knows_compound, knows_prefixed=lem.knows_prefixed)


def table(
    rows: list[list[str] | list[Cell]], index: int = 1, first_line: int = 1, lines: bool = True
) -> Table:
    """A table from rows of texts ("" for an empty cell) or of Cells; rows carry their line
    (as from a text file) unless `lines` is False (as from DOCX/PDF, located by row)."""
    built = []
    for i, row in enumerate(rows):
        cells = tuple(
            c if isinstance(c, Cell) else Cell(text=c, col=j) for j, c in enumerate(row)
        )
        src = Provenance(line=first_line + i) if lines else Provenance()
        built.append(Row(cells=cells, source=src))
    n_cols = max(max(c.col + c.col_span for c in r.cells) for r in built)
    return Table(index=index, n_cols=n_cols, rows=tuple(built))


def tsv(text: str, sep: str = "|") -> list[list[str]]:
    """Rows from lines of cells separated by `sep` (cells stripped; outer blank lines ignored;
    a literal backslash-n inside a cell is a line break of the cell)."""
    lines = text.strip("\n").split("\n")
    return [[c.strip().replace("\\n", "\n") for c in line.split(sep)] for line in lines]


def doc(*blocks: Block) -> SourceDocument:
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


def para(text: str, line: int = 1) -> Paragraph:
    return Paragraph(text=text, source=Provenance(line=line))


def run(*blocks: Block, found: Found | None = None) -> Found:
    return extract(doc(*blocks), found or Found(), tools())
