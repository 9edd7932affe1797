"""Helpers for the document-fact tests: documents built as each reader gives them."""

from __future__ import annotations

from pathlib import Path

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Cell, Paragraph, Provenance, Row, SourceDocument, Table
from ingest.registry import read_document
from normalize.deadlines import parse_date
from normalize.lemmas import get_lemmatizer


def table(*rows: tuple[str, ...]) -> Table:
    """A table of text cells."""
    return Table(index=1, n_cols=max(len(r) for r in rows), rows=tuple(
        Row(cells=tuple(Cell(text=t, col=k) for k, t in enumerate(r))) for r in rows))


def lines_doc(text: str) -> SourceDocument:
    """One paragraph per non-blank line (a text reader's blocks)."""
    blocks = tuple(Paragraph(text=line.strip(), source=Provenance(line=i))
                   for i, line in enumerate(text.splitlines(), 1) if line.strip())
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


def pdf_doc(*lines: str, bold: tuple[int, ...] = ()) -> SourceDocument:
    """One paragraph per printed line, no line numbers (a PDF reader's blocks)."""
    blocks = tuple(Paragraph(text=t, source=Provenance(page=1), bold=i in bold)
                   for i, t in enumerate(lines))
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)


def docx_doc(*blocks: str | Table, bold: tuple[int, ...] = ()) -> SourceDocument:
    """Paragraphs (line breaks inside kept) and tables, as the DOCX reader gives them."""
    out = tuple(b if isinstance(b, Table) else Paragraph(text=b, bold=i in bold)
                for i, b in enumerate(blocks))
    return SourceDocument(file="t.docx", sha256="0", format="docx", blocks=out)


def full_tools() -> ExtractTools:
    """The extractor's tools with every lemmatizer service the facts rules may ask for."""
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation, nominative=lem.nominative,
                        is_known=lem.is_known, tag=lem.tag, is_done=lem.is_done,
                        reads_nominative=lem.reads_nominative,
                        locative_nominative=lem.nominative_of_locative)


def iso_date(text: str | None) -> str | None:
    """An order's date as the record writes it ("12.03.2024" → "2024-03-12"), None if unread."""
    got = parse_date(text) if text else None
    return got.isoformat() if got else None


def facts_of(doc: SourceDocument, tools: ExtractTools) -> Found:
    """The document facts the header rules find in `doc`."""
    return extract(doc, Found(), tools)


def txt_doc(tmp_path: Path, text: str) -> SourceDocument:
    """`text` saved as a .txt file and read back by the text reader."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def grif_facts(doc_text: str, tools: ExtractTools, tmp_path: Path) -> tuple[object, ...]:
    """What a plain-text document's grifs give: signatories as (name, position), the order's
    number and ISO date."""
    doc = extract(txt_doc(tmp_path, doc_text), Found(), tools).document
    return ([(s.name, s.position) for s in doc.signatories], doc.order_number,
            iso_date(doc.order_date_text))


def page_summary(text: str, tmp_path: Path) -> dict[str, object]:
    """A page's text run through the whole pipeline: its kind, title, issuer, period years and
    order (number, ISO date), the fields a site page's rules decide."""
    from pipelines.run import process_file  # the whole pipeline, for the end-to-end cases

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    return {"kind": doc.kind, "title": doc.title, "issuer": doc.issuer,
            "period": (doc.period.start_year, doc.period.end_year) if doc.period else None,
            "order": (doc.order.number, doc.order.date) if doc.order else None}
