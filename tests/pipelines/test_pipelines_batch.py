"""`roadmaps ingest`: end-to-end runs over folders with good, broken and crashing files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.batch_pool import CRASH_ENV, HANG_ENV, parse_all, parse_one
from pipelines.batch_walk import collect_files

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


def ingest_process(*args: str, cwd: Path, env: dict[str, str] | None = None
                   ) -> subprocess.CompletedProcess[str]:
    """The console script in its own process (the demo test: what `make demo` runs)."""
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "ingest", *args], capture_output=True,
        text=True, check=False, cwd=cwd, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def ingest(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    """`roadmaps ingest …` in this process (tests/conftest.py)."""
    return lambda *args, cwd=None, env=None: roadmaps_cli("ingest", *args, cwd=cwd, env=env)


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def copy_samples(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(s, folder / s.name)) for s in SAMPLES[:n]]


# The clock counts a file's own work only: it starts when a worker begins the file, after the
# worker's warm-up (batch_warmup: a document read through every stage), and stops while a
# model loads on first use; a small file is ~0.01 CPU-s, so 2 s holds at a load of 20 on 2
# cores (it failed there when a fresh worker's first document built the stages' caches).
TIMEOUT = 2.0


def small_files(folder: Path, n: int) -> list[Path]:
    """Tiny documents: parsed in milliseconds, so only the stuck one can time out."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"small{i}.txt" for i in range(n)]
    for i, p in enumerate(paths):
        p.write_text(f"План мероприятий\n{i}. Семинар для учителей\t2023 г.\n", "utf-8")
    return paths


def snapshot(db: Path, skip: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Every row of every table (as text, sorted): equal snapshots = nothing changed."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {n: sorted(map(str, con.execute(f"SELECT * FROM {n}").fetchall()))
                for n in names if n not in skip}


# The demo's documents (`make demo` ingests samples/): a roadmap and the analysis of its
# execution, each in the renderings samples/ holds that need neither LibreOffice nor OCR
# (DOC/RTF/ODT conversions and scans take seconds each; tests/ingest covers them).
NATIVE = {".docx", ".pdf", ".txt", ".md", ".html", ".htm"}
DEMO = sorted(p for p in SAMPLES[0].parent.iterdir()
              if p.name.startswith(("000_", "002_")) and p.suffix in NATIVE
              and ".scan." not in p.name)


def test_demo_documents_into_default_db_then_rerun_changes_nothing(tmp_path: Path) -> None:
    samples_dir = tmp_path / "samples"
    samples_dir.mkdir()
    for f in DEMO:
        shutil.copy(f, samples_dir / f.name)
    n = len(DEMO)
    assert n >= 4, DEMO  # both documents in at least two formats
    r = ingest_process(str(samples_dir), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    db = tmp_path / "roadmaps.duckdb"
    assert query(db, "SELECT count(*) FROM documents") == [(n,)]
    assert f"загружено: {n}" in r.stdout
    # every rendering is stored, but the summary and the comparisons count two documents
    assert "в базе: 2 документа из 1 муниципалитета" in r.stdout
    assert "дальше: roadmaps compare overview" in r.stdout
    assert query(db, "SELECT kind, versions FROM v_overview ORDER BY kind") == [
        ("report", sum(p.name.startswith("002_") for p in DEMO)),
        ("roadmap", sum(p.name.startswith("000_") for p in DEMO))]
    pf = query(db, "SELECT count(*), count(*) FILTER (fulfilment_pct = 100), "
                   "count(DISTINCT report_file), count(DISTINCT plan_file) FROM v_plan_fact")
    assert pf[0][0] >= 5 and pf[0][1] >= 5 and pf[0][2:] == (1, 1)
    before = snapshot(db, skip=("ingest_runs",))
    r2 = ingest_process(str(samples_dir), "--db", str(db), cwd=tmp_path)
    assert r2.returncode == 0, r2.stderr
    assert f"загружено: 0; без изменений: {n}; с ошибкой: 0" in r2.stdout
    assert snapshot(db, skip=("ingest_runs",)) == before
    assert query(db, "SELECT files, loaded, skipped, failed FROM ingest_runs ORDER BY id") == [
        (n, n, 0, 0), (n, 0, n, 0)]


def test_broken_files_are_recorded_and_good_ones_stored(ingest, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = copy_samples(folder / "sub", 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (folder / "notzip.docx").write_bytes(bytes(range(256)) * 8)
    (folder / ".hidden.txt").write_text("скрытый файл")
    (folder / "~$lock.docx").write_bytes(b"lock")
    (folder / "notes.xyz").write_text("unknown extension")
    db = tmp_path / "b.duckdb"
    r = ingest(str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    files = {f for (f,) in query(db, "SELECT file FROM documents")}
    assert files == {g.name for g in good}, r.stderr
    errors = query(db, "SELECT path, reason, error_type FROM ingest_errors ORDER BY path")
    assert [Path(p).name for p, _, _ in errors] == ["empty.txt", "garbage.pdf", "notzip.docx"]
    assert all(t == "load" and reason for _, reason, t in errors)
    assert errors[0][1] == "empty file"
    failed = [x for x in r.stderr.splitlines() if x.startswith("не загружен: ")]
    for name in ("empty.txt", "garbage.pdf", "notzip.docx"):
        assert any(f"/{name}: " in x for x in failed), r.stderr
    assert any(x.endswith("/empty.txt: пустой файл") for x in failed)  # the reason in Russian
    assert query(db, "SELECT files, loaded, skipped, failed FROM ingest_runs") == [(5, 2, 0, 3)]


def test_killed_worker_loses_only_its_file(ingest, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = copy_samples(folder, 4)
    (folder / "boom.txt").write_text("Дорожная карта\n1. Мероприятие\tежегодно\n", "utf-8")
    db = tmp_path / "c.duckdb"
    r = ingest(str(folder), "--db", str(db), "--workers", "2", cwd=tmp_path,
               env={CRASH_ENV: "boom.txt"})
    assert r.returncode == 1, r.stderr
    files = {f for (f,) in query(db, "SELECT file FROM documents")}
    assert files == {g.name for g in good}, r.stderr
    assert query(db, "SELECT reason, error_type FROM ingest_errors") == [
        ("worker crashed", "crash")]
    assert "boom.txt: процесс разбора аварийно завершился" in r.stderr


def test_changed_file_replaces_its_previous_version(ingest, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (doc,) = copy_samples(folder, 1)
    db = tmp_path / "r.duckdb"
    assert ingest(str(folder), "--db", str(db), cwd=tmp_path).returncode == 0
    doc.write_bytes(doc.read_bytes() + "\nДополнение.\n".encode())
    r = ingest(str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "загружено: 1 (txt 1), из них заменили прежнюю версию: 1" in r.stdout
    rows = query(db, "SELECT path, sha256 FROM documents")
    assert len(rows) == 1 and rows[0][0] == str(doc.resolve())
    import hashlib

    assert rows[0][1] == hashlib.sha256(doc.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", ["no files", "db is a folder", "db is not a database"])
def test_nothing_could_run_is_exit_2(ingest, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    db = tmp_path / "x.duckdb"
    if case != "no files":
        copy_samples(folder, 1)
    if case == "db is a folder":
        db.mkdir()
    if case == "db is not a database":
        db.write_bytes(b"not a database " * 1000)
    r = ingest(str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_missing_argument_is_a_failure_but_the_rest_loads(ingest, tmp_path: Path) -> None:
    (doc,) = copy_samples(tmp_path / "in", 1)
    db = tmp_path / "m.duckdb"
    r = ingest(str(doc), str(tmp_path / "nope.docx"), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1
    assert query(db, "SELECT count(*) FROM documents") == [(1,)]
    assert query(db, "SELECT reason, error_type FROM ingest_errors") == [
        ("no such file or folder", "io")]


def test_collect_files_walks_recursively_and_skips_hidden_and_locks(tmp_path: Path) -> None:
    for rel in ("a.TXT", "b.docx", "sub/c.pdf", "sub/deep/d.htm", ".git/e.txt", ".f.md",
                "~$g.docx", "h.xyz", "sub/i.odt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    explicit = tmp_path / "h.xyz"
    walk = collect_files([tmp_path, explicit, tmp_path / "nope"])
    names = sorted(f.relative_to(tmp_path).as_posix() for f in walk.files)
    assert names == ["a.TXT", "b.docx", "h.xyz", "sub/c.pdf", "sub/deep/d.htm", "sub/i.odt"]
    assert walk.missing == [tmp_path / "nope"]
    assert walk.unreadable == [] and walk.folders == [tmp_path.resolve()]


def test_a_bug_in_a_stage_is_an_internal_outcome(monkeypatch, tmp_path: Path) -> None:
    import pipelines.run

    def broken(path, tools=None, limits=None):
        raise KeyError("bug")

    monkeypatch.setattr(pipelines.run, "process_file", broken)
    out = parse_one(str(SAMPLES[0]))
    assert (out.record, out.error_type, out.reason) == (None, "internal", "KeyError: 'bug'")
    assert "Traceback" in (out.detail or "")


def test_parse_all_retries_innocent_files_after_a_crash(monkeypatch, tmp_path: Path) -> None:
    paths = [str(p) for p in small_files(tmp_path, 3)]
    monkeypatch.setenv(CRASH_ENV, Path(paths[1]).name)
    outs = {Path(o.path).name: o for o in parse_all(paths, workers=2)}
    assert set(outs) == {Path(p).name for p in paths}
    assert outs[Path(paths[1]).name].error_type == "crash"
    assert all(outs[Path(p).name].record is not None for p in (paths[0], paths[2]))


def test_parse_all_gives_up_on_a_stuck_file_only(monkeypatch, tmp_path: Path) -> None:
    paths = [str(p) for p in small_files(tmp_path, 3)]
    monkeypatch.setenv(HANG_ENV, Path(paths[0]).name)
    outs = {Path(o.path).name: o for o in parse_all(paths, workers=2, timeout=TIMEOUT)}
    stuck = outs[Path(paths[0]).name]
    assert (stuck.error_type, stuck.reason) == ("timeout", f"timed out after {TIMEOUT:g} s")
    assert all(outs[Path(p).name].record is not None for p in paths[1:])


def test_stuck_file_is_recorded_and_the_rest_stored(ingest, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = small_files(folder, 2)
    (folder / "stuck.txt").write_text("Дорожная карта\n", "utf-8")
    db = tmp_path / "t.duckdb"
    r = ingest(str(folder), "--db", str(db), "--timeout", f"{TIMEOUT:g}", cwd=tmp_path,
               env={HANG_ENV: "stuck.txt"})
    assert r.returncode == 1, r.stderr
    assert {f for (f,) in query(db, "SELECT file FROM documents")} == {g.name for g in good}
    assert query(db, "SELECT reason, error_type FROM ingest_errors") == [
        (f"timed out after {TIMEOUT:g} s", "timeout")]
    # what the user reads: one line, for the stuck file only (the others were not re-reported)
    failed = [x for x in r.stderr.splitlines() if x.startswith("не загружен: ")]
    assert len(failed) == 1 and failed[0].endswith(f"/stuck.txt: не прочитан за {TIMEOUT:g} с")


def test_a_pipe_named_explicitly_is_refused_not_waited_for(ingest, tmp_path: Path) -> None:
    (doc,) = copy_samples(tmp_path / "in", 1)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    db = tmp_path / "f.duckdb"
    r = ingest(str(doc), str(fifo), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert query(db, "SELECT count(*) FROM documents") == [(1,)]
    assert query(db, "SELECT error_type FROM ingest_errors") == [("io",)]


SCAN = next(SAMPLES[0].parent.glob("*.scan.pdf"), None)  # image-only: needs OCR


def test_parse_one_passes_no_ocr_to_the_reader(monkeypatch) -> None:
    import ingest.ocr.reader
    from ingest.limits import Limits

    def forbidden(*args, **kwargs):
        raise AssertionError("OCR ran although it was switched off")

    monkeypatch.setattr(ingest.ocr.reader, "ocr_missing", forbidden)
    assert SCAN is not None
    out = parse_one(str(SCAN), limits=Limits(ocr=False))
    assert (out.error_type, out.reason) == ("load", "no text layer — scanned? OCR needed")


def test_no_ocr_records_scans_as_failed_and_stores_the_rest(ingest, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = small_files(folder, 1)
    assert SCAN is not None
    shutil.copy(SCAN, folder / SCAN.name)
    db = tmp_path / "o.duckdb"
    r = ingest(str(folder), "--db", str(db), "--no-ocr", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert {f for (f,) in query(db, "SELECT file FROM documents")} == {g.name for g in good}
    assert query(db, "SELECT reason, error_type FROM ingest_errors") == [
        ("no text layer — scanned? OCR needed", "load")]


def test_rerun_rebuilds_derived_tables_left_stale_by_a_killed_run(ingest, tmp_path: Path
                                                                   ) -> None:
    from normalize.models import Activity, Party, Record, SourceInfo
    from store.db import connect
    from store.load import load_record

    folder = tmp_path / "in"
    small_files(folder, 1)
    db = tmp_path / "s.duckdb"
    assert ingest(str(folder), "--db", str(db)).returncode == 0
    con = connect(db)  # a document stored by a run that died before its rebuild
    load_record(con, Record(source=SourceInfo(file="x.txt", sha256="e" * 64, format="txt"),
                            activities=[Activity(title="Семинар", responsibles=["ИМЦ"],
                                                 parties=[Party(text="ИМЦ", org="ИМЦ")])]))
    con.close()
    r = ingest(str(folder), "--db", str(db))
    assert r.returncode == 0 and "загружено: 0; без изменений: 1" in r.stdout
    assert ("ИМЦ",) in query(db, "SELECT key FROM organizations")
