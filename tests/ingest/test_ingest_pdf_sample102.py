"""Sample 102 (a roadmap PDF whose tables cross pages) read back against its source content."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

from ingest.models import SourceDocument, Table
from ingest.registry import read_document

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "fixtures_pdf"))
import sample_102_data as S  # noqa: E402

SAMPLES = HERE.parents[1] / "samples"
PDF = SAMPLES / f"{S.NAME}.pdf"


def norm(text: str) -> str:
    """Whitespace collapsed; a hyphen that ends a visual line joins the word without a space."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "-", text)).strip()


@pytest.fixture(scope="module")
def doc() -> SourceDocument:
    return read_document(PDF)


def _rows(table: Table) -> list[list[str]]:
    return [[norm(c.text) for c in r.cells] for r in table.rows]


def test_activity_table_is_one_table_over_three_pages(doc: SourceDocument) -> None:
    table = doc.tables[0]
    assert table.pages == (2, 3, 4) and table.n_cols == 5
    assert [r.header for r in table.rows][:2] == [True, False]
    expected: list[list[str]] = [["№ п/п", "Наименование мероприятия", "Срок реализации",
                                  "Ответственные исполнители", "Ожидаемый результат"]]
    for s, (section, items) in enumerate(S.SECTIONS, 1):
        expected.append([f"{s}. {section}"])
        for k, item in enumerate(items, 1):
            expected.append([f"{s}.{k}.", item["title"], item["deadline"][0],
                             ", ".join(item["responsibles"]), item["result"]])
    assert _rows(table) == expected


def test_rows_split_by_page_breaks_keep_their_first_page(doc: SourceDocument) -> None:
    table = doc.tables[0]
    pages = {r.cells[0].text: r.source.page for r in table.rows if len(r.cells) == 5}
    assert pages["2.2."] == 2 and pages["2.3."] == 3 and pages["2.5."] == 3
    assert pages["3.1."] == 4


def test_indicator_table_with_two_row_header_and_merged_cells(doc: SourceDocument) -> None:
    table = doc.tables[1]
    assert table.index == 2 and table.n_cols == 6 and table.pages == (4, 5)
    first, second = table.rows[:2]
    assert first.header and second.header and not table.rows[2].header
    assert [(c.col, c.col_span, c.row_span) for c in first.cells] == [
        (0, 1, 2), (1, 1, 2), (2, 1, 2), (3, 3, 1)]
    assert [c.text for c in second.cells] == ["2024 год", "2025 год", "2026 год"]
    assert [c.col for c in second.cells] == [3, 4, 5]
    body = [[f"{i}.", name, unit, *values]
            for i, (name, unit, values) in enumerate(S.INDICATORS, 1)]
    assert _rows(table)[2:] == body


def test_text_before_the_tables(doc: SourceDocument) -> None:
    texts = [p.full_text for p in doc.paragraphs]
    assert "ПРИКАЗ" in texts
    assert f"{S.ORDER_DATE}\t№ {S.ORDER_NUMBER}" in texts
    assert "\t".join(S.SIGNATORY) in texts
    assert S.TITLE in texts
    assert texts[texts.index(S.APPENDIX[0]):][:3] == S.APPENDIX
    assert [p.list_number for p in doc.paragraphs if p.source.page == 2][-3:] == ["1.", "2.", "3."]


def test_expected_record_points_at_this_pdf() -> None:
    record = json.loads((SAMPLES / "expected" / f"{S.NAME}.json").read_text(encoding="utf-8"))
    assert record["source"]["sha256"] == hashlib.sha256(PDF.read_bytes()).hexdigest()
    assert len(record["activities"]) == sum(len(items) for _, items in S.SECTIONS)
    assert {a["source"]["table"] for a in record["activities"]} == {1}
