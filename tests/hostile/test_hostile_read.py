"""Hostile and broken files at the reader level: every bad one is a DocumentLoadError with a
reason a person understands, refused before anything big is inflated; odd but valid ones read."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pytest

from ingest import DEFAULT_LIMITS, DocumentLoadError, Limits, read_document
from ingest.models import SourceDocument
from ingest.safe_xml import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import (
    SAMPLE_DOCX,
    SAMPLE_PDF,
    SECRET,
    Case,
    build,
    cases,
    document_xml,
    para,
    pdf_bytes,
)

BAD = [c for c in cases() if c.reason is not None]
GOOD = [c for c in cases() if c.reason is None]
# Python-heap ceiling while refusing a bad file: a zip bomb inflated even once would pass it.
MAX_HEAP_BYTES = 16 * 1024 * 1024
ROWS = [["№", "Мероприятие", "Срок", "Ответственный"],
        ["1.", "Провести семинар для педагогов", "декабрь 2024", "методист"]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    build(folder)
    return folder


def _texts(doc: SourceDocument) -> list[str]:
    out = [p.text for p in doc.paragraphs]
    out += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return out


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.name)
def test_bad_file_is_one_clear_load_error(corpus: Path, case: Case) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(DocumentLoadError) as err:
            read_document(corpus / case.name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert case.reason in err.value.reason
    assert str(err.value) == f"{case.name}: {err.value.reason}"
    assert "\n" not in err.value.reason
    assert "Traceback" not in err.value.reason and "Error:" not in err.value.reason
    assert peak < MAX_HEAP_BYTES, f"{peak / 1e6:.0f} MB of Python heap for {case.name}"


def _read(corpus: Path, name: str) -> SourceDocument:
    return read_document(corpus / name)


def test_pdf_with_empty_user_password_opens(corpus: Path) -> None:
    doc = _read(corpus, "empty_password.pdf")
    assert doc.format == "pdf" and doc.pages == 1
    assert _texts(doc) == ["Plan of activities for 2024"]


def test_nul_bytes_are_dropped(corpus: Path) -> None:
    doc = _read(corpus, "nul.txt")
    assert not any("\0" in t for t in _texts(doc))
    assert [r.texts for r in doc.tables[0].rows] == ROWS
    assert doc.tables[0].rows[1].source.line == 4


def test_mixed_line_endings_are_lines(corpus: Path) -> None:
    doc = _read(corpus, "mixed_endings.txt")
    assert [(p.text, p.source.line) for p in doc.paragraphs] == [
        ("Приказ\nОб утверждении\nдорожной карты", 1), ("Пункт 2", 5)]


@pytest.mark.parametrize("name", ["utf16_bom.txt", "utf16_nobom.txt", "utf16_truncated.txt"])
def test_utf16_with_and_without_bom(corpus: Path, name: str) -> None:
    doc = _read(corpus, name)
    assert doc.paragraphs[0].text == "Дорожная карта"
    assert [r.texts for r in doc.tables[0].rows] == ROWS
    truncated = name == "utf16_truncated.txt"
    assert any("replaced" in w for w in doc.warnings) == truncated


@pytest.mark.parametrize(("name", "fmt", "like"), [
    ("really_pdf.txt", "pdf", SAMPLE_PDF),
    ("really_docx.pdf", "docx", SAMPLE_DOCX),
])
def test_wrong_extension_is_sniffed(corpus: Path, name: str, fmt: str, like: Path) -> None:
    doc = _read(corpus, name)
    assert doc.format == fmt
    assert doc.blocks == read_document(like).blocks


def test_text_named_docx_reads_as_text(corpus: Path) -> None:
    doc = _read(corpus, "really_text.docx")
    assert doc.format == "txt"
    assert doc.paragraphs[0].text == "Дорожная карта"


def test_huge_single_line_is_one_paragraph(corpus: Path) -> None:
    doc = _read(corpus, "huge_line.txt")
    (block,) = doc.blocks
    assert len(block.text) > 5_000_000 and block.text.startswith("семинар семинар")


def test_deeply_nested_html_in_a_cell_is_plain_text(corpus: Path) -> None:
    doc = _read(corpus, "nested_html.txt")
    (table,) = doc.tables
    assert [r.texts for r in table.rows] == [
        ["Мероприятие", "Срок"], ["Провести семинар", "май 2024"]]


@pytest.mark.parametrize(("limits", "path", "reason"), [
    (Limits(max_file_bytes=10_000), SAMPLE_PDF, "file too large"),
    (Limits(max_zip_member_bytes=10_000), SAMPLE_DOCX, "would unpack to"),
    (Limits(max_zip_total_bytes=50_000), SAMPLE_DOCX, "zip container would unpack to"),
    (Limits(max_pages=3), SAMPLE_PDF, "too many pages (5 > 3)"),
])
def test_limits_are_configurable(limits: Limits, path: Path, reason: str) -> None:
    assert read_document(path, DEFAULT_LIMITS).blocks  # within the defaults it reads
    with pytest.raises(DocumentLoadError) as err:
        read_document(path, limits)
    assert reason in err.value.reason


def test_page_limit_is_checked_before_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([f"Activity number {i}" for i in range(1, 61)]))
    assert read_document(path).pages == 60
    with pytest.raises(DocumentLoadError) as err:
        read_document(path, Limits(max_pages=50))
    assert err.value.reason == "too many pages (60 > 50)"


def test_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Мероприятие\n" * 1000, "utf-8")
    with pytest.raises(DocumentLoadError) as err:
        read_document(path, Limits(max_text_chars=5000))
    assert "text too long" in err.value.reason


@pytest.mark.parametrize("prolog", [
    f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{SECRET}">]>',
    '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY xxe "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
])
def test_xml_entities_are_never_expanded_even_when_a_dtd_is_allowed(prolog: str) -> None:
    root = parse_xml(document_xml(para("&xxe;"), prolog), "x.docx", "part", allow_dtd=True)
    text = "".join(root.itertext())
    assert "root:" not in text and "aaaa" not in text
