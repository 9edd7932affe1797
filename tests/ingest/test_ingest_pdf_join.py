"""Joining page tables: column grids, repeated headers, rows cut by a page break (synthetic)."""

from __future__ import annotations

from ingest.pdf.join import column_map, join_pages
from ingest.pdf.lattice import GridCell, PageTable
from ingest.pdf.layout import Line, Word
from ingest.pdf.text_tables import find_text_tables

XS = (50.0, 90.0, 300.0, 400.0, 550.0)


def _row(*texts: str) -> list[GridCell]:
    return [GridCell(t, k, 1, 1, False) for k, t in enumerate(texts)]


def _table(page: int, rows: list[list[GridCell]], xs: tuple[float, ...] = XS) -> PageTable:
    return PageTable(page, 60.0, 780.0, xs, rows, [page] * len(rows))


HEAD = _row("№", "Мероприятие", "Срок", "Ответственные")


def test_repeated_header_dropped_and_cut_row_merged() -> None:
    first = _table(1, [HEAD, _row("1.", "Начало\nтекста", "2024 г.", "ИМЦ")])
    second = _table(2, [HEAD, _row("", "конец текста", "", "ОО"), _row("2.", "Б", "2025 г.", "УО")])
    [joined] = join_pages([[first], [second]])
    assert joined.header_rows == 1 and joined.pages == (1, 2)
    assert [[c.text for c in r] for r in joined.rows] == [
        ["№", "Мероприятие", "Срок", "Ответственные"],
        ["1.", "Начало\nтекста\nконец текста", "2024 г.", "ИМЦ\nОО"],
        ["2.", "Б", "2025 г.", "УО"],
    ]
    assert joined.row_pages == [1, 1, 2]


def test_header_repeated_with_ocr_noise_is_still_dropped() -> None:
    # OCR of a repeated header: a stray dot, a misread letter — still the same header.
    noisy = _row("№", "Мероприятие.", "Срок", "Ответствениые,")
    first = _table(1, [HEAD, _row("1.", "А", "2024 г.", "ИМЦ")])
    second = _table(2, [noisy, _row("2.", "Б", "2025 г.", "УО")])
    [joined] = join_pages([[first], [second]])
    assert joined.header_rows == 1
    assert [r[0].text for r in joined.rows] == ["№", "1.", "2."]


def test_a_different_first_row_is_not_taken_for_a_header() -> None:
    first = _table(1, [HEAD, _row("1.", "А", "2024 г.", "ИМЦ")])
    second = _table(2, [_row("2.", "Мероприятие другое", "2025 г.", "УО")])
    [joined] = join_pages([[first], [second]])
    assert [r[0].text for r in joined.rows] == ["№", "1.", "2."]
    assert joined.header_rows == 0


def test_unnumbered_row_with_new_values_is_not_a_cut_row() -> None:
    # a section-like row ends page 1; page 2 starts with an indicator row (empty № cell)
    first = _table(1, [HEAD, _row("2.", "Раздел", "", "")])
    second = _table(2, [_row("", "Показатель", "2024 г.", "ИМЦ")])
    [joined] = join_pages([[first], [second]])
    assert [r[1].text for r in joined.rows] == ["Мероприятие", "Раздел", "Показатель"]


def test_text_between_tables_prevents_a_join() -> None:
    first = _table(1, [HEAD, _row("1.", "А", "Б", "В")])
    second = _table(2, [HEAD, _row("2.", "Г", "Д", "Е")])
    items = join_pages([[first, "paragraph"], [second]])
    assert len(items) == 3


def test_column_map_tolerates_shifted_margins_and_coarser_grids() -> None:
    prev = _table(1, [HEAD])
    shifted = _table(2, [HEAD], tuple(x + 20 for x in XS))
    assert column_map(prev, shifted) == [0, 1, 2, 3, 4]
    coarser = _table(2, [HEAD], (50.0, 90.0, 400.0, 550.0))
    assert column_map(prev, coarser) == [0, 1, 3, 4]
    other = _table(2, [HEAD], (50.0, 200.0, 550.0))
    assert column_map(prev, other) is None


def _line(top: float, *words: tuple[float, str]) -> Line:
    ws = tuple(Word(x, x + 6.0 * len(t), t, 12.0) for x, t in words)
    return Line(" ".join(w.text for w in ws), ws[0].x0, top, ws[-1].x1, top + 12, 12.0, False, ws)


def test_two_column_signature_block_is_not_a_table() -> None:
    lines = [_line(100 + 14 * i, (60, "Начальник"), (400, "И.И. Иванов")) for i in range(4)]
    assert find_text_tables(1, lines) == []


def test_running_text_crossing_column_edges_is_not_a_table() -> None:
    table = [_line(100 + 14 * i, (60, f"{i}."), (100, "Текст"), (300, "2024"), (400, "ИМЦ"))
             for i in range(1, 4)]
    prose = _line(100 + 14 * 4, (60, "Обычный"), (110, "абзац"), (160, "текста"),
                  (210, "через"), (260, "всю"), (290, "ширину"), (340, "страницы"))
    [found] = find_text_tables(1, [*table, prose])
    assert [[c.text for c in r] for r in found.rows] == [
        [f"{i}.", "Текст", "2024", "ИМЦ"] for i in range(1, 4)]
    assert found.bottom < prose.top
