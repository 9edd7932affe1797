"""Text reader on the seed documents: tables found, wrapped rows merged, sections spanning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import read_document
from ingest.models import Row, SourceDocument, Table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ACTIVITY_NUMBER = re.compile(r"^\d+\.\d+\.?$")


def _doc(stem: str) -> SourceDocument:
    return read_document(next(SAMPLES.glob(f"{stem}_*.txt")))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _table_with(doc: SourceDocument, header_word: str) -> Table:
    return next(t for t in doc.tables if any(header_word in c.text for c in t.rows[0].cells))


def _cell(row: Row, col: int) -> str:
    return next((c.text for c in row.cells if c.col == col), "")


def _by_number(table: Table) -> dict[str, Row]:
    return {r.cells[0].text: r for r in table.rows if r.cells and r.cells[0].col == 0}


def _assert_provenance(doc: SourceDocument) -> None:
    for t in doc.tables:
        for r, row in enumerate(t.rows, 1):
            assert row.source.table == t.index and row.source.row == r and row.source.line
            for cell in row.cells:
                assert cell.source.line and cell.source.row == r
                assert cell.source.col == cell.col + 1 and cell.source.table == t.index
    assert all(p.source.line for p in doc.paragraphs)


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_every_seed_has_tables_with_provenance(stem: str) -> None:
    doc = _doc(stem)
    assert doc.format == "txt"
    assert doc.tables and doc.paragraphs
    _assert_provenance(doc)
    lines = [b.source.line for b in doc.blocks]
    assert lines == sorted(lines), "blocks are in reading order"


def test_seed000_activity_table_is_one_table_with_merged_rows() -> None:
    doc = _doc("000")
    table = _table_with(doc, "Мероприятие")
    activities = [r for r in table.rows if ACTIVITY_NUMBER.match(r.cells[0].text)]
    assert len(activities) == 14
    rows = _by_number(table)
    assert _norm(_cell(rows["1.1."], 1)) == (
        "Информационное сопровождение Интернет-ресурсов структур всех уровней, "
        "обеспечивающих методическую работу")
    assert _norm(_cell(rows["1.1."], 2)) == "2022-2026 годы"
    assert _norm(_cell(rows["1.1."], 3)) == "МБОУ ДПО «НМЦ», методические службы школ"
    # 1.4 continues after a page break (blank line) with empty leading cells
    assert _norm(_cell(rows["1.4."], 1)).endswith("через издательскую деятельность")
    assert "раздела: деятельность/ мероприятия" in _norm(_cell(rows["1.4."], 4))
    assert "мониторингах различного уровня" in _norm(_cell(rows["3.1."], 4))
    assert _cell(rows["3.4."], 1).endswith("к конкурсам")


def test_seed000_header_and_section_rows() -> None:
    table = _table_with(_doc("000"), "Мероприятие")
    header = table.rows[0]
    assert header.header and not table.rows[1].header
    assert _cell(header, 2) == "Сроки\nреализации"
    sections = [r for r in table.rows if len(r.cells) == 1]
    assert [r.cells[0].col_span for r in sections] == [table.n_cols] * 3
    assert _norm(sections[0].cells[0].text) == "1. Информационно-методическое направление"
    assert sections[1].cells[0].text.endswith("ское направление")
    assert _norm(sections[2].cells[0].text) == "3. Научно-методическое направление"


def test_seed000_indicator_rows_are_not_continuations() -> None:
    table = _table_with(_doc("000"), "Наименование показателя")
    named = [r for r in table.rows if _cell(r, 1).startswith("Доля")]
    assert len(named) == 9
    first = named[0]
    assert [_cell(first, c) for c in range(2, 7)] == ["10", "10", "15", "15", "20"]
    assert "\n" not in _cell(first, 1)
    # after the page break the leading cells are lost: text goes back to the name column
    wrapped = next(r for r in named if "участвующих в методических" in _cell(r, 1))
    assert _cell(wrapped, 1).endswith("мероприятиях муниципального, регионального и "
                                      "федерального уровня")
    assert _cell(wrapped, 6) == "25"


def test_seed000_split_phrase_group_row_is_joined() -> None:
    table = _table_with(_doc("000"), "Наименование показателя")
    group = next(r for r in table.rows if r.cells[0].text == "1.")
    assert len(group.cells) == 2
    assert group.cells[1].col == 1 and group.cells[1].col_span == table.n_cols - 1
    assert group.cells[1].text.endswith("сопровождению")


def test_seed000_warns_about_ragged_rows() -> None:
    doc = _doc("000")
    assert any("cells for" in w for w in doc.warnings)


def test_seed003_numbered_rows_merged_with_their_continuations() -> None:
    table = _table_with(_doc("003"), "Исполнители")
    assert table.n_cols == 6
    numbered = [r for r in table.rows if re.fullmatch(r"\d+\.", r.cells[0].text)]
    assert [r.cells[0].text for r in numbered] == [f"{i}." for i in range(1, 17)]
    rows = _by_number(table)
    assert _cell(rows["2."], 1).endswith("наставничестве в муниципальной системе образования.")
    assert "педагогов-наставников" in _cell(rows["5."], 1)
    assert _norm(_cell(rows["5."], 4)).endswith("методологического обеспечения "
                                               "образовательных учреждений» г. Пензы")
    assert _cell(rows["8."], 1).endswith("повышения качества образования».")
    assert "диалоговой площадки" in _cell(rows["11."], 1)
    assert _norm(_cell(rows["11."], 4)).endswith("образовательных учреждений» г. Пензы")
    assert _cell(rows["14."], 1).endswith("«Сердце отдаю детям».")
    assert _cell(rows["14."], 5) == "Выполнено"


def test_seed003_spurious_empty_cell_does_not_shift_executors() -> None:
    doc = _doc("003")
    rows = _by_number(_table_with(doc, "Исполнители"))
    for number in ("12.", "13.", "14."):
        assert _cell(rows[number], 4).startswith("Управление образования"), number
    assert any("line 26" in w for w in doc.warnings)


def test_seed004_passport_and_activity_tables() -> None:
    doc = _doc("004")
    passport = doc.tables[0]
    assert passport.n_cols == 3 and len(passport.rows) == 7
    indicators = _cell(passport.rows[2], 2)
    assert "педагогов\n- результаты аттестации педагогов" in indicators
    assert indicators.endswith("- осуществление в полном объеме мероприятий «дорожной карты».")
    assert "<" not in indicators
    monitoring = _cell(passport.rows[4], 2).split("\n")
    assert monitoring[0] == "Виды мониторингов:" and len(monitoring) == 5

    table = _table_with(doc, "Мероприятия")
    assert table.n_cols == 6 and table.rows[0].header
    sections = [r for r in table.rows if len(r.cells) == 1]
    assert len(sections) == 7
    assert all(r.cells[0].bold and r.cells[0].col_span == 6 for r in sections)
    assert sections[1].cells[0].text == "II. Показатели. Методы сбора информации"
    activities = [r for r in table.rows if ACTIVITY_NUMBER.match(r.cells[0].text)]
    assert len(activities) == 20
    first = _by_number(table)["1.1"]
    assert _norm(_cell(first, 1)).endswith("школьных методических объединений муниципального "
                                          "образования Северский район")
    assert _cell(first, 4) == "Специалисты МКУ «ИМЦ»\nРуководители РМО учителей-предметников"


def test_seed004_bold_multiline_title_is_one_paragraph() -> None:
    doc = _doc("004")
    title = next(p for p in doc.paragraphs if p.text.startswith("МУНИЦИПАЛЬНОЕ"))
    assert title.bold and title.source.line == 3
    assert title.text.split("\n")[-1] == "«ИНФОРМАЦИОННО-МЕТОДИЧЕСКИЙ ЦЕНТР»"
    assert "**" not in title.text
    items = [p for p in doc.paragraphs if p.list_number in {"1.", "2."}]
    assert items[0].text.startswith("Утвердить Дорожную карту")
    heading = next(p for p in doc.paragraphs if p.heading == 3)
    assert heading.full_text == "1. Мероприятия"
    assert any(p.text == "ИМЦ" for p in doc.paragraphs)


def test_seed002_indicator_table() -> None:
    table = _doc("002").tables[0]
    assert table.n_cols == 3 and table.rows[0].header
    numbered = [r for r in table.rows if r.cells[0].col == 0 and r.cells[0].text]
    assert [r.cells[0].text for r in numbered][:4] == ["I", "1", "21", "3"]
    assert _cell(numbered[1], 2) == "10"
    assert "<i>" not in _cell(numbered[0], 1)


def test_seed001_tables_found() -> None:
    doc = _doc("001")
    assert len(doc.tables) >= 4
    passport = doc.tables[0]
    assert passport.n_cols == 2
    goal = next(r for r in passport.rows if _cell(r, 0) == "Цель Программы")
    assert _cell(goal, 1).endswith("методического сопровождения профессионального роста "
                                  "педагогов города.")
    spanning = [r for t in doc.tables for r in t.rows if r.cells[0].col_span == t.n_cols]
    assert any(r.cells[0].text == "На муниципальном уровне" for r in spanning)
