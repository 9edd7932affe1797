"""Exported files open and hold what the store holds."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl
import pytest

from store.export import (
    EXPORTED,
    XLSX_TABLES,
    export_copy,
    export_csv_excel,
    export_xlsx,
    header,
    headers,
    sheet_name,
)
from store.link import refresh
from store.load import load_record

TOWN = "Город Тест"


@pytest.fixture
def filled(con, make):
    load_record(con, make.full(), "/data/plan.docx")
    load_record(con, make.plan(TOWN, [make.indicator("Доля", "доля", plan_2022=50)]))
    load_record(con, make.plan(TOWN, [make.indicator("Доля", "доля", fact_2022=50)],
                               kind="report", period=(2022, 2022)))
    refresh(con)
    return con


def _count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_copy_exports_read_back_with_duckdb(filled, tmp_path: Path, fmt: str) -> None:
    files = export_copy(filled, tmp_path, fmt)
    assert [f.stem for f in files] == list(EXPORTED)
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    check = duckdb.connect()
    for f in files:
        n = check.execute(f"SELECT count(*) FROM {reader}(?)", [str(f)]).fetchone()[0]
        assert n == _count(filled, f.stem), f.name
    cols = [d[0] for d in check.execute(
        f"SELECT * FROM {reader}(?)", [str(tmp_path / f"documents.{fmt}")]).description]
    assert "record" not in cols and "sha256" in cols
    pf = check.execute(f"SELECT fulfilment_pct FROM {reader}(?)",
                       [str(tmp_path / f"plan_fact_indicators.{fmt}")]).fetchall()
    assert pf == [(100.0,)]


def test_xlsx_sheets_headers_freeze_filter_widths(filled, tmp_path: Path) -> None:
    path, notes = export_xlsx(filled, tmp_path / "out" / "roadmaps.xlsx")
    assert notes == []
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [sheet_name(t) for t in XLSX_TABLES]
    assert wb.sheetnames[0] == "Сводка по документам"  # summaries first
    ws = wb[sheet_name("activities")]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    heads = [c.value for c in ws[1]]
    assert heads[:5] == ["Муниципальное образование",
                         "Муниципальное образование (для сравнения)", "Документ",
                         "Код документа", "Порядковый номер"]
    assert ws.cell(2, 1).value == "Тестовский район" and ws.cell(2, 3).value
    assert "Срок (как в документе)" in heads
    assert ws.max_row == 1 + _count(filled, "activities")
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
    assert all(8 <= w <= 60 for w in widths)
    title_col = heads.index("Наименование") + 1
    assert ws.column_dimensions[ws.cell(1, title_col).column_letter].width >= len("Наименование")
    pf = wb[sheet_name("v_plan_fact")]
    row = dict(zip([c.value for c in pf[1]], [c.value for c in pf[2]], strict=True))
    assert (row["План"], row["Факт"], row["Выполнение, %"]) == (50, 50, 100)
    assert row["Способ сопоставления"] == "по ключу"  # the code key, as people read it
    kinds = {c.value for c in wb[sheet_name("v_overview")]["C"][1:]}
    assert kinds == {"дорожная карта", "отчёт"}


def test_csv_for_excel_has_bom_semicolons_and_russian(filled, tmp_path: Path) -> None:
    files = export_csv_excel(filled, tmp_path)
    assert [f.stem for f in files] == list(EXPORTED)
    raw = (tmp_path / "v_overview.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    head, first = raw.decode("utf-8-sig").splitlines()[:2]
    assert head.split(";")[:3] == ["Муниципальное образование", "Регион", "Вид документа"]
    assert "дорожная карта" in raw.decode("utf-8-sig") and ";" in first


def test_every_exported_column_has_a_russian_header(filled) -> None:
    for table in EXPORTED:
        cols = [d[0] for d in filled.execute(f"SELECT * FROM {table} LIMIT 0").description]
        missing = [c for c in cols if c != "record" and header(table, c) == c]
        assert not missing, (table, missing)
        assert table in headers()["sheets"]
        assert len(sheet_name(table)) <= 31


def test_xlsx_cells_take_lists_and_control_characters(con, make, tmp_path: Path) -> None:
    rec = make.full()
    bad = rec.model_copy(update={"warnings": ["bell\x07 here", "x" * 40000]})
    load_record(con, bad)
    path, _ = export_xlsx(con, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(path)[sheet_name("v_warnings")]
    text = [c.value for c in ws[1]].index("Текст программы (англ.)") + 1
    assert ws.cell(2, text).value == "bell here"
    assert len(ws.cell(3, text).value) == 32767
    acts = openpyxl.load_workbook(path)[sheet_name("activities")]
    years = [c.value for c in acts[1]].index("Годы исполнения") + 1
    assert acts.cell(2, years).value == "2020, 2021"
