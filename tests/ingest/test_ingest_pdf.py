"""PDF reader on committed fixtures (made by fixtures_pdf/make_fixtures.py)."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import SourceDocument, Table
from ingest.registry import read_document

FIXTURES = Path(__file__).parent / "fixtures_pdf"


def _read(name: str, limits: Limits | None = None) -> SourceDocument:
    return read_document(FIXTURES / name, limits or Limits())


def _numbers(table: Table) -> list[str]:
    return [r.cells[0].text for r in table.rows if r.cells[0].col_span == 1]


def test_table_across_pages_is_one_table_without_repeated_header() -> None:
    doc = _read("table_pages.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    [table] = doc.tables
    assert table.pages == (1, 2) and table.n_cols == 5
    assert table.rows[0].header and not any(r.header for r in table.rows[1:])
    assert table.rows[0].texts == ["№\nп/п", "Мероприятие", "Срок\nисполнения", "Ответственные",
                                   "Ожидаемый\nрезультат"]
    expected = ["№\nп/п"] + [f"1.{k}." for k in range(1, 10)] + [f"2.{k}." for k in range(1, 9)]
    assert _numbers(table) == expected
    assert sum("Ответственные" in r.texts for r in table.rows) == 1


def test_section_rows_span_the_whole_width() -> None:
    [table] = _read("table_pages.pdf").tables
    sections = [r for r in table.rows if len(r.cells) == 1]
    assert [r.cells[0].text for r in sections] == [
        "1. Организационное направление", "2. Методическое направление"]
    assert all(r.cells[0].col_span == 5 and r.cells[0].bold for r in sections)


def test_row_split_by_page_break_is_merged() -> None:
    [table] = _read("table_pages.pdf").tables
    row = next(r for r in table.rows if r.cells[0].text == "1.9.")
    title = row.cells[1].text
    assert title.startswith("Мероприятие 1.9: проведение\nсеминара")
    stages = re.findall(r"этап (\d+):", title)
    assert stages == [str(k) for k in range(1, 13)]
    assert row.source.page == 1
    assert row.cells[2].text == "2024-2026\nгоды"
    assert row.cells[4].text == "Не менее 90\nучастников"


def test_provenance_of_rows_and_cells() -> None:
    [table] = _read("table_pages.pdf").tables
    assert table.source.page == 1 and table.source.table == 1
    for n, row in enumerate(table.rows, 1):
        assert row.source.row == n and row.source.table == 1
        assert all(c.source.col == c.col + 1 and c.source.row == n for c in row.cells)
    pages = {r.cells[0].text: r.source.page for r in table.rows}
    assert pages["1.1."] == 1 and pages["2.1."] == 2


def test_paragraphs_around_the_table_in_reading_order() -> None:
    doc = _read("table_pages.pdf")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph"] * 3 + ["table", "paragraph"]
    first, second, third = doc.paragraphs[:3]
    assert first.text == "ДОРОЖНАЯ КАРТА" and first.bold
    assert second.text.startswith("по развитию муниципальной") and not second.bold
    assert second.text.endswith("ответственных исполнителей.")
    assert third.text == "Второй абзац вводной части после пустой строки."
    last = doc.paragraphs[-1]
    assert last.source.page == 2 and "И.И. Иванов" in last.text
    # bare page numbers in the footer are not content
    assert not any(re.fullmatch(r"\d+", p.text) for p in doc.paragraphs)


def test_continuation_without_repeated_header() -> None:
    doc = _read("no_repeat.pdf")
    [table] = doc.tables
    assert table.pages == (1, 2)
    assert _numbers(table) == ["№\nп/п"] + [f"1.{k}." for k in range(1, 25)]
    assert not any(r.header for r in table.rows)


@pytest.mark.parametrize("name", ["landscape.pdf", "rotated.pdf"])
def test_landscape_and_rotated_pages(name: str) -> None:
    doc = _read(name)
    [table] = doc.tables
    assert _numbers(table) == ["№\nп/п", "1.1.", "1.2.", "1.3.", "1.4."]
    assert table.rows[1].texts == [
        "1.1.", "Мероприятие 1.1: проведение семинара для\nпедагогов по теме 1", "2024-2026 годы",
        "МКУ «ИМЦ»,\nруководители ОО", "Не менее 10 участников"]
    assert "Приложение: план на альбомной странице." in [p.text for p in doc.paragraphs]


def test_text_paragraphs_list_numbers_and_bold() -> None:
    doc = _read("text_only.pdf")
    assert doc.tables == []
    got = [(p.list_number, p.text[:25], p.bold) for p in doc.paragraphs]
    assert got == [
        (None, "ПРИКАЗ", True),
        (None, "от 15.01.2024 № 12", False),
        ("1.", "Пункт приказа номер 1, до", False),
        ("2.", "Пункт приказа номер 2, до", False),
        ("3.", "Пункт приказа номер 3, до", False),
    ]
    assert doc.paragraphs[2].text.endswith("по вертикальным промежуткам.")


def test_encrypted_with_empty_user_password_opens() -> None:
    doc = _read("encrypted_owner.pdf")
    assert doc.paragraphs[0].text == "ПРИКАЗ"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("encrypted_user.pdf", "encrypted PDF (password required)"),
        ("truncated.pdf", "corrupt PDF: data format error"),
        ("garbage.pdf", "corrupt PDF: data format error"),
        ("scanned.pdf", "no text layer — scanned? OCR needed"),
    ],
)
def test_bad_input_is_a_one_line_error(name: str, reason: str) -> None:
    with pytest.raises(DocumentLoadError) as err:
        _read(name, Limits(ocr=False))  # OCR reads scanned.pdf: tests/ingest/test_ingest_ocr.py
    assert str(err.value) == f"{name}: {reason}"


def test_page_limit_refuses_long_documents() -> None:
    with pytest.raises(DocumentLoadError, match=r"too many pages \(2 > 1\)"):
        _read("table_pages.pdf", Limits(max_pages=1))


def test_borderless_table_from_text_alignment() -> None:
    doc = _read("borderless.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    [table] = doc.tables
    assert table.n_cols == 5
    assert table.rows[0].texts == ["№\nп/п", "Мероприятие", "Срок\nисполнения", "Ответственные",
                                   "Ожидаемый\nрезультат"]
    assert _numbers(table) == ["№\nп/п", "1.1.", "1.2.", "1.3.", "1.4.", "1.5."]
    assert table.rows[2].texts == [
        "1.2.", "Мероприятие 1.2: проведение\nсеминара для педагогов по\nтеме 2",
        "Ежегодно,\nмарт", "МКУ «ИМЦ»,\nруководители\nОО", "Не менее 20\nучастников"]


def _pdf_bytes(*sources: tuple[str, int] | None) -> bytes:
    """A PDF made of pages of the fixtures; None adds a blank page (no text layer)."""
    import io

    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for src in sources:
        if src is None:
            out.new_page(595, 842)
        else:
            out.import_pages(pdfium.PdfDocument(FIXTURES / src[0]), [src[1]])
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_pages_without_text_are_reported_not_fatal() -> None:
    from ingest.pdf.reader import read_pdf

    result = read_pdf(_pdf_bytes(("text_only.pdf", 0), None), "mixed.pdf", Limits())
    assert result.pages == 2
    assert result.warnings == ("page 2 has no text layer (scanned image?)",)
    assert result.blocks[0].text == "ПРИКАЗ"


def test_document_without_pages_and_too_much_text_are_refused() -> None:
    from ingest.pdf.reader import read_pdf

    with pytest.raises(DocumentLoadError, match=r"^empty\.pdf: corrupt PDF: "):
        read_pdf(_pdf_bytes(), "empty.pdf", Limits())
    with pytest.raises(DocumentLoadError, match=r"text too large"):
        read_pdf(_pdf_bytes(("text_only.pdf", 0)), "big.pdf", Limits(max_text_chars=100))


def test_overprinted_bold_thin_rect_rules_and_offset_media_box() -> None:
    doc = _read("handwritten.pdf")
    title, body = doc.paragraphs
    assert (title.text, title.bold) == ("Fake bold title", True)  # printed twice, read once
    assert (body.text, body.bold) == ("Plain body text, first line", False)
    [table] = doc.tables
    assert table.pages == (2,) and table.n_cols == 3
    assert [[(c.col, c.col_span, c.text) for c in r.cells] for r in table.rows] == [
        [(0, 1, "No"), (1, 1, "Name"), (2, 1, "Term")],
        [(0, 1, "1."), (1, 1, "Alpha"), (2, 1, "2024")],
        [(0, 1, "2."), (1, 2, "Beta merged across")],
    ]


def test_running_page_header_kept_once_and_table_still_joined() -> None:
    doc = _read("running_header.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "table"]
    assert [p.text for p in doc.paragraphs] == [
        "Приложение 2 к приказу от 15.01.2024 № 12", "План работы на 2024 год."]
    [table] = doc.tables
    assert table.pages == (1, 2)
    assert _numbers(table) == ["№\nп/п"] + [f"1.{k}." for k in range(1, 25)]


def test_page_full_of_lines_is_read_as_text_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.pdf.reader

    monkeypatch.setattr(ingest.pdf.reader, "MAX_SEGMENTS", 10)
    doc = read_document(FIXTURES / "table_pages.pdf")
    assert doc.warnings == (
        "page 1: 22 ruling lines (a drawing?), tables not read",
        "page 2: 22 ruling lines (a drawing?), tables not read",
    )
    # the text is still there (the rows' alignment may even still make a borderless table)
    texts = [p.full_text for p in doc.paragraphs] + [
        c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert all(any(t.startswith(f"1.{k}.") for t in texts) for k in range(1, 10))


def test_vertical_header_cells_read_in_their_direction() -> None:
    [table] = _read("vertical_header.pdf").tables
    # "Срок исполнения" written bottom-to-top, "Ответственные" top-to-bottom
    assert table.rows[0].texts == ["№\nп/п", "Мероприятие", "Срок\nисполнения", "Ответственные",
                                   "Ожидаемый\nрезультат"]
    assert table.rows[1].texts[0] == "1.1."



@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("name", ["table_pages.pdf", "truncated.pdf"])
def test_reading_leaves_the_garbage_collector_as_it_was(name: str, enabled: bool) -> None:
    """The reader pauses the cyclic GC while it reads (speed); a read, good or refused,
    gives it back on or off as the caller had it."""
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        if name == "truncated.pdf":
            with pytest.raises(DocumentLoadError):
                _read(name)
        else:
            assert _read(name).tables
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(("data", "starts"), [
    (b"stream\nx", [0]),
    (b"endstream stream\r\nab", [10]),
    (b"endstreamstream\n", []),
    (b"Xstream 1stream\r", [9]),
    (b"\xe9stream\n", [1]),  # only ASCII letters make an "…stream" word
    (b"<< >>stream\nendstream\n", [5]),
])
def test_stream_keywords_are_found_without_endstream(data: bytes, starts: list[int]) -> None:
    """Where the bomb check starts inflating: each stream keyword, never "endstream"."""
    from ingest.pdf.streams import _streams

    assert [m.start() for m in _streams(data)] == starts
