"""Record → DB → Record, idempotent loads, replacement, atomicity, migrations."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from store.db import StoreError, connect, migrations, schema_version
from store.load import load_record, read_record, stored_record, table_counts

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_round_trip_rebuilds_an_equal_record_from_rows(con, make) -> None:
    rec = make.full()
    out = load_record(con, rec, "/data/plan.docx")
    assert out.status == "loaded"
    assert read_record(con, out.document_id) == rec
    assert stored_record(con, out.document_id) == rec


def test_round_trip_field_level(con, make) -> None:
    rec = make.full()
    doc_id = load_record(con, rec).document_id
    doc = con.execute("SELECT municipality, order_number, order_date, period_start, pages, kind "
                      "FROM documents WHERE id = ?", [doc_id]).fetchone()
    assert doc == ("Тестовский район", "18", date(2022, 12, 9), 2023, 3, "roadmap")
    act = con.execute(
        "SELECT number, deadline_start, deadline_end, recurrence, target_op, target_value, "
        "target_unit, status_done, status_years, src_page, src_table, src_row, src_line "
        "FROM activities WHERE document_id = ? AND ordinal = 1", [doc_id]).fetchone()
    assert act == ("1.1", date(2023, 8, 1), date(2023, 8, 31), "annual", ">=", 200.0,
                   "участник", True, [2020, 2021], 2, 1, 5, None)
    parties = con.execute(
        "SELECT ordinal, text, org, role, person FROM activity_responsibles "
        "WHERE document_id = ? AND activity_ordinal = 1 ORDER BY ordinal", [doc_id]).fetchall()
    assert parties == [(1, "Специалисты МКУ «ИМЦ»", "ИМЦ", "специалисты", None),
                       (2, "Руководители РМО", "РМО", "руководители", "Иванова Н.П.")]
    values = con.execute(
        "SELECT year, kind, value FROM indicator_values WHERE document_id = ? "
        "ORDER BY indicator_ordinal, ordinal", [doc_id]).fetchall()
    assert values == [(2023, "plan", 50.0), (2023, "fact", 47.5), (2024, "plan", None)]
    assert con.execute("SELECT count(*) FROM warnings").fetchone() == (1,)


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_round_trip_of_real_pipeline_records(con, sample: Path) -> None:
    from pipelines.run import process_file

    rec = process_file(sample)
    doc_id = load_record(con, rec, str(sample)).document_id
    # the record as the CONTRACT has it: fields excluded from output (Period.school_year, a
    # hint for normalising deadlines of a school-year plan) are not stored
    assert read_record(con, doc_id).model_dump() == rec.model_dump()


def test_same_file_again_is_unchanged_and_writes_nothing(con, make) -> None:
    first = load_record(con, make.full(), "/a/plan.docx")
    before = table_counts(con)
    again = load_record(con, make.full(), "/a/plan.docx")
    assert (again.status, again.document_id) == ("unchanged", first.document_id)
    assert table_counts(con) == before
    copy = load_record(con, make.full(), "/b/copy-of-plan.docx")  # a file of its own
    assert copy.status == "loaded" and copy.document_id != first.document_id
    assert con.execute("SELECT count(*) FROM logical_documents").fetchone() == (1,)


def test_path_given_the_bytes_another_path_holds_is_replaced(con, make) -> None:
    """Overwriting a.docx with the bytes of b.docx (also stored): a.docx's old document goes,
    whatever other path holds the new bytes (it used to stay, "unchanged")."""
    a = make.plan("Аский район", [make.indicator("A", "a", plan_2022=1)], name="a.docx")
    b = make.plan("Бский район", [make.indicator("B", "b", fact_2022=2)], name="b.docx")
    old_a = load_record(con, a, "/in/a.docx").document_id
    load_record(con, b, "/in/b.docx")
    out = load_record(con, b, "/in/a.docx")
    assert (out.status, out.replaced_ids) == ("replaced", (old_a,))
    rows = con.execute("SELECT path, sha256, municipality FROM documents ORDER BY path").fetchall()
    assert rows == [("/in/a.docx", b.source.sha256, "Бский район"),
                    ("/in/b.docx", b.source.sha256, "Бский район")]
    assert con.execute("SELECT count(*) FROM indicators WHERE document_id = ?",
                       [old_a]).fetchone() == (0,)


def test_changed_file_at_same_path_replaces_old_version(con, make) -> None:
    old = make.full()
    load_record(con, old, "/data/plan.docx")
    load_record(con, make.plan("Другой район", [make.indicator("x", "x")]), "/data/other.docx")
    new = old.model_copy(update={
        "source": old.source.model_copy(update={"sha256": make.sha("v2")}),
        "activities": old.activities[:1], "indicators": [],
    })
    out = load_record(con, new, "/data/plan.docx")
    assert out.status == "replaced" and len(out.replaced_ids) == 1
    rows = con.execute("SELECT id, sha256 FROM documents WHERE path = '/data/plan.docx'").fetchall()
    assert rows == [(out.document_id, make.sha("v2"))]
    assert read_record(con, out.document_id) == new
    old_id = out.replaced_ids[0]
    for table in ("activities", "activity_responsibles", "indicators", "indicator_values",
                  "warnings", "document_texts", "signatories"):
        n = con.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [old_id]).fetchone()
        assert n == (0,), table
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_failed_load_leaves_nothing_behind(con, make) -> None:
    good = make.full()
    bad_activity = good.activities[0].model_copy(update={
        "deadline": good.activities[0].deadline.model_copy(update={"start": "2023-02-30"})})
    bad = good.model_copy(update={"activities": [*good.activities[1:], bad_activity]})
    with pytest.raises(ValueError):
        load_record(con, bad, "/x.docx")
    assert all(n == 0 for t, n in table_counts(con).items() if t != "schema_version")


def test_killed_process_mid_load_leaves_no_partial_document(tmp_path: Path) -> None:
    db = tmp_path / "crash.duckdb"
    script = textwrap.dedent(f"""
        import os
        import store.load as load
        from normalize.models import Record, SourceInfo, Indicator
        from store.db import connect
        con = connect({str(db)!r})
        def die(*a, **k):
            os._exit(9)  # the documents row is written, the children are not yet
        load._insert_children = die
        rec = Record(source=SourceInfo(file="a.txt", sha256="a" * 64, format="txt"),
                     indicators=[Indicator(name="x")])
        load.load_record(con, rec, "/a.txt")
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 9, r.stderr
    con = connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    connect(db).close()
    con = connect(db)
    assert schema_version(con) == migrations()[-1].version
    versions = con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert versions == [(m.version,) for m in migrations()]
    con.close()


def test_not_a_database_is_refused_before_duckdb_opens_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        connect(bad)
    assert str(err.value) == "не база DuckDB: отказано, ничего не записано"
    assert bad.read_bytes() == b"this is not a database" * 100

