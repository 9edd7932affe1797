"""Chunks of whole documents per transaction: same database as loading them one by one,
duplicates and replacements inside a chunk, all-or-nothing, fallback to one per document."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from normalize.models import Record
from store.db import connect
from store.load import (
    LoadOutcome,
    load_chunk,
    load_record,
    load_records,
    read_record,
    table_counts,
)

NOW = datetime(2024, 5, 1, 12, 0)


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every row of every table but the bookkeeping ones, sorted."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE table_name NOT IN "
        "('schema_version', 'ingest_runs') ORDER BY 1").fetchall()]
    return {n: sorted(map(repr, con.execute(f"SELECT * FROM {n}").fetchall())) for n in names}


def changed(rec: Record, sha: str, **update: object) -> Record:
    """The same file with other bytes (a new sha256) and possibly other content."""
    return rec.model_copy(update={"source": rec.source.model_copy(update={"sha256": sha}),
                                  **update})


def bad(rec: Record) -> Record:
    """A record the store refuses: an impossible deadline date (ValueError in the rows)."""
    act = rec.activities[0]
    wrong = act.model_copy(update={"deadline": act.deadline.model_copy(
        update={"start": "2023-02-30"})})
    return rec.model_copy(update={"activities": [wrong, *rec.activities[1:]]})


@pytest.fixture
def items(make) -> list[tuple[Record, str | None]]:
    """A chunk with every case: new files, a copy of an earlier one (same bytes, other path:
    a file of its own), the same file twice, a changed file replacing a stored one, a path seen
    twice in the chunk, a record without a path, a copy of a document that an earlier record of
    the chunk replaced, and a path given the bytes another path holds."""
    full = make.full()
    stored_a = make.plan("Аский район", [make.indicator("A", "a", plan_2022=1)], name="a.docx")
    second = make.plan("Бский район", [make.indicator("B", "b", fact_2022=2)], name="b.docx")
    return [
        (changed(full, make.sha("full v2"), activities=full.activities[:2]), "/in/full.docx"),
        (second, "/in/b.docx"),
        (second, "/in/copy-of-b.docx"),  # same bytes within the chunk, another path
        (second, "/in/copy-of-b.docx"),  # the same file again
        (changed(stored_a, make.sha("a v2"), indicators=[]), "/in/a.docx"),
        (changed(second, make.sha("b v2")), "/in/b.docx"),  # the same path again
        (make.plan("Вский район", [], name="no-path.txt"), None),
        (make.full(), "/in/revived.docx"),  # bytes of the version replaced above
        (changed(stored_a, make.sha("a v3")), "/in/a.docx"),
        (make.full(), "/in/full.docx"),  # its first bytes again, also held by revived.docx
    ]


def stored_before(con: duckdb.DuckDBPyConnection, make) -> None:
    load_record(con, make.full(), "/in/full.docx", NOW)
    load_record(con, make.plan("Аский район", [make.indicator("A", "a", plan_2022=1)],
                               name="a.docx"), "/in/a.docx", NOW)


def test_a_chunk_gives_the_database_and_outcomes_of_single_loads(make, items) -> None:
    one, chunked = connect(), connect()
    stored_before(one, make)
    stored_before(chunked, make)
    singles = [load_record(one, rec, path, NOW) for rec, path in items]
    outcomes = load_chunk(chunked, items, NOW)
    assert outcomes == singles
    assert snapshot(chunked) == snapshot(one)
    assert [o.status for o in outcomes] == [
        "replaced", "loaded", "loaded", "unchanged", "replaced", "replaced", "loaded", "loaded",
        "replaced", "replaced"]
    alive = {i for (i,) in chunked.execute("SELECT id FROM documents").fetchall()}
    for (rec, _), out in zip(items, outcomes, strict=True):
        if out.status != "unchanged" and out.document_id in alive:
            assert read_record(chunked, out.document_id) == rec


def test_two_files_with_the_same_bytes_in_one_chunk_are_one_logical_document(con, make) -> None:
    rec = make.full()
    first, copy, again = load_chunk(con, [(rec, "/a/plan.docx"), (rec, "/b/plan-copy.docx"),
                                          (rec, "/a/plan.docx")])
    assert (first.status, copy.status) == ("loaded", "loaded")
    assert again == LoadOutcome("unchanged", first.document_id)
    assert con.execute("SELECT id, path FROM documents ORDER BY id").fetchall() == [
        (first.document_id, "/a/plan.docx"), (copy.document_id, "/b/plan-copy.docx")]
    assert table_counts(con)["activities"] == 2 * len(rec.activities)
    assert con.execute("SELECT count(*) FROM logical_documents").fetchone() == (1,)


def test_a_failing_chunk_writes_nothing_and_keeps_what_was_stored(con, make) -> None:
    load_record(con, make.full(), "/in/full.docx")
    before = snapshot(con)
    good = make.plan("Аский район", [make.indicator("A", "a", plan_2022=1)])
    with pytest.raises(ValueError):
        load_chunk(con, [(good, "/in/a.docx"), (bad(make.full("x.docx")), "/in/x.docx")])
    assert snapshot(con) == before


def test_load_records_falls_back_to_one_transaction_per_document(con, make) -> None:
    good = [make.plan(f"{c}ский район", [make.indicator(c, c, plan_2022=1)]) for c in "АБВ"]
    broken = bad(make.full("broken.docx"))
    items = [(good[0], "/in/0"), (broken, "/in/broken"), (good[1], "/in/1"), (good[2], None)]
    results = load_records(con, items)
    assert isinstance(results[1], ValueError)
    stored = [r for r in results if isinstance(r, LoadOutcome)]
    assert [r.status for r in stored] == ["loaded"] * 3
    for rec, res in zip(good, stored, strict=True):
        assert read_record(con, res.document_id) == rec
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    assert con.execute("SELECT count(*) FROM activities WHERE document_id NOT IN "
                       "(SELECT id FROM documents)").fetchone() == (0,)


def test_load_records_reports_a_single_bad_record(con, make) -> None:
    (res,) = load_records(con, [(bad(make.full()), "/in/x")])
    assert isinstance(res, ValueError)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_killed_process_mid_chunk_leaves_no_document_of_the_chunk(tmp_path: Path) -> None:
    db = tmp_path / "crash.duckdb"
    script = textwrap.dedent(f"""
        import os
        import store.load as load
        from normalize.models import Record, SourceInfo, Indicator
        from store.db import connect
        con = connect({str(db)!r})
        def rec(c):
            return Record(source=SourceInfo(file=c + ".txt", sha256=c * 64, format="txt"),
                          indicators=[Indicator(name=c)])
        load.load_chunk(con, [(rec("a"), "/a.txt"), (rec("b"), "/b.txt")])  # stored
        def die(*a, **k):
            os._exit(9)  # the chunk's documents rows are written, their children are not
        load._insert_children = die
        load.load_chunk(con, [(rec("c"), "/c.txt"), (rec("d"), "/d.txt"), (rec("e"), None)])
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 9, r.stderr
    con = connect(db)
    assert con.execute("SELECT path FROM documents ORDER BY 1").fetchall() == [
        ("/a.txt",), ("/b.txt",)]
    assert con.execute("SELECT count(*) FROM indicators").fetchone() == (2,)
    con.close()
