"""Hostile input II (issue 14), the store: --db pointing at a SQLite file or at another
program's DuckDB database, compare/export/report on a read-only file and beside another reader,
and a full disk."""

from __future__ import annotations

import ctypes
import hashlib
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from store.db import CONFIG, connect

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus2 import foreign_duckdb, sqlite_db
from test_hostile_cli import assert_no_partial_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))


def roadmaps(*args: str, cwd: Path, preexec: Callable[[], None] | None = None
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False, cwd=cwd, preexec_fn=preexec)


def _files(folder: Path) -> dict[str, str]:
    """name → sha256 of every file in `folder`."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _one_line(r: Any) -> str:
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
    return r.stderr.rstrip("\n")


# --- 9: not our database ---------------------------------------------------------------------

@pytest.mark.parametrize(("make", "what"), [
    (sqlite_db, "база SQLite, а не хранилище roadmaps (DuckDB): отказано, ничего не записано"),
    (foreign_duckdb, "база DuckDB другой программы (таблицы: sales), а не хранилище roadmaps: "
                     "отказано, ничего не записано"),
])
def test_a_database_that_is_not_ours_is_refused_untouched(
        roadmaps_cli: Callable[..., Any], tmp_path: Path, make: Callable[[Path], Path],
        what: str) -> None:
    db = make(tmp_path / "other.db")
    doc = tmp_path / "plan.txt"
    shutil.copy(TEXTS[0], doc)
    before = _files(tmp_path)
    for args in (("ingest", str(doc), "--db", str(db)), ("compare", "overview", "--db", str(db)),
                 ("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db))):
        r = roadmaps_cli(*args, cwd=tmp_path)
        assert r.returncode == 2
        assert _one_line(r) == f"roadmaps: {db}: не удалось открыть базу: {what}"
    assert _files(tmp_path) == before


def test_connections_never_load_or_install_extensions(tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    settings = dict(con.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name IN "
        "('autoload_known_extensions', 'autoinstall_known_extensions')").fetchall())
    assert settings == {"autoload_known_extensions": "false",
                        "autoinstall_known_extensions": "false"}
    con.close()
    # what DuckDB does with a SQLite file under this configuration: an error, no download
    with pytest.raises(duckdb.Error):
        duckdb.connect(str(sqlite_db(tmp_path / "x.sqlite")), config=CONFIG)


# --- 10: read-only -----------------------------------------------------------------------------

_CAP_VERSION_3 = 0x20080522
_PR_SET_SECUREBITS = 28
_SECBIT_NOROOT = 1 | 2  # NOROOT and NOROOT_LOCKED: exec does not give root its capabilities


def _without_privileges() -> None:
    """preexec_fn: root without capabilities (file permissions then bind it, as any user)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(_PR_SET_SECUREBITS, _SECBIT_NOROOT, 0, 0, 0) == 0
    header = (ctypes.c_uint32 * 2)(_CAP_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable (two words each): none
    assert libc.capset(header, data) == 0


def _stored(cli: Callable[..., Any], tmp_path: Path, stale: bool) -> Path:
    """A folder holding a store of two samples; with `stale`, a third document written by an
    ingest killed before its refresh (its WAL not merged)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "r.duckdb"
    r = cli("ingest", *map(str, TEXTS[:2]), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    if stale:
        from pipelines.run import process_file

        record = tmp_path / "third.json"
        record.write_text(process_file(TEXTS[2]).model_dump_json(), "utf-8")
        script = (f"import os\nfrom normalize.models import Record\nfrom store.db import "
                  f"connect\nfrom store.load import load_record\ncon = connect({str(db)!r})\n"
                  f"load_record(con, Record.model_validate_json(open({str(record)!r}).read()))"
                  "\nos._exit(9)\n")
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
        assert done.returncode == 9, done.stderr
        assert Path(f"{db}.wal").exists()
    return db


@pytest.fixture
def read_only(roadmaps_cli: Callable[..., Any], tmp_path: Path) -> Iterator[Path]:
    """A store whose file and folder are read-only (mode 444/555, and for root no capability
    to ignore that), with a stale WAL of a killed ingest."""
    db = _stored(roadmaps_cli, tmp_path, stale=True)
    for p in db.parent.iterdir():
        p.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        yield db
    finally:
        db.parent.chmod(0o755)


def test_compare_and_export_work_on_a_read_only_store(read_only: Path, tmp_path: Path) -> None:
    before = _files(read_only.parent)
    probe = roadmaps("ingest", str(TEXTS[3]), "--db", str(read_only), cwd=tmp_path,
                     preexec=_without_privileges)
    assert probe.returncode == 2  # the file is really read-only for these processes
    r = roadmaps("compare", "overview", "--db", str(read_only), "--format", "csv",
                 cwd=tmp_path, preexec=_without_privileges)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1 + 3  # header, the 3 documents (WAL included)
    assert "вычислены только для этого запуска" in _one_line(r)  # stale derived tables, not written
    out = tmp_path / "out"
    r = roadmaps("export", "--format", "xlsx", "--out", str(out), "--db", str(read_only),
                 cwd=tmp_path, preexec=_without_privileges)
    assert r.returncode == 0, r.stderr
    assert (out / "roadmaps.xlsx").stat().st_size > 0
    for name in ("report.html", "report.docx"):
        r = roadmaps("report", "--db", str(read_only), "--out", str(out / name), "--no-review",
                     cwd=tmp_path, preexec=_without_privileges)
        assert r.returncode == 0, r.stderr
        assert (out / name).stat().st_size > 0
    assert _files(read_only.parent) == before


def test_compare_and_export_work_while_another_process_reads(
        roadmaps_cli: Callable[..., Any], tmp_path: Path) -> None:
    db = _stored(roadmaps_cli, tmp_path, stale=False)
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time\ncon = duckdb.connect({str(db)!r}, "
         "read_only=True)\nprint(con.execute('SELECT count(*) FROM documents').fetchone()[0], "
         "flush=True)\ntime.sleep(120)\n"], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "2"
        r = roadmaps_cli("compare", "overview", "--db", str(db), "--format", "json",
                         cwd=tmp_path)
        assert r.returncode == 0 and r.stderr == "", r.stderr
        r = roadmaps_cli("export", "--format", "csv", "--out", str(tmp_path / "o"), "--db",
                         str(db), cwd=tmp_path)
        assert r.returncode == 0 and r.stderr == "", r.stderr
        r = roadmaps_cli("report", "--db", str(db), "--out", str(tmp_path / "o" / "report.html"),
                         "--no-review", cwd=tmp_path)
        assert r.returncode == 0 and r.stderr == "", r.stderr
        assert reader.poll() is None
    finally:
        reader.kill()
        reader.wait()


def test_read_only_store_of_an_older_schema_asks_for_an_ingest(
        roadmaps_cli: Callable[..., Any], tmp_path: Path) -> None:
    db = _stored(roadmaps_cli, tmp_path, stale=False)
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM "
                    "schema_version)")
    r = roadmaps_cli("compare", "overview", "--db", str(db), cwd=tmp_path)
    assert r.returncode == 2
    assert _one_line(r).endswith(f"старше схемы этой программы ({_latest()}): выполните "
                                 "`roadmaps ingest` один раз, чтобы обновить её")


def _latest() -> int:
    from store.db import migrations

    return migrations()[-1].version


# --- 11: a full disk ---------------------------------------------------------------------------

def _mount_tmpfs(folder: Path, size: str) -> bool:
    """A tmpfs of `size` at `folder` when this process may mount (root with CAP_SYS_ADMIN)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture(params=["256k", "1m"], ids=["commit-fails", "checkpoint-fails"])
def small_disk(request: pytest.FixtureRequest, tmp_path: Path
               ) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """(folder, preexec_fn): a folder on a tiny tmpfs when mounting is allowed, else an
    ordinary folder and a file-size limit (RLIMIT_FSIZE) for the process writing there. Either
    way the writes fail for real: ENOSPC or EFBIG. 256k: the first commit fails; 1m: the
    write-ahead log fits, merging it into the database does not."""
    folder = tmp_path / "disk"
    folder.mkdir()
    size = request.param
    if _mount_tmpfs(folder, size):
        try:
            yield folder, None
        finally:
            subprocess.run(["umount", str(folder)], check=False)
        return
    limit = int(size[:-1]) * 1024 * (1024 if size.endswith("m") else 1)
    yield folder, lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_full_disk_is_a_clear_failure_and_a_later_run_completes(
        roadmaps_cli: Callable[..., Any], small_disk: tuple[Path, Callable[[], None] | None],
        tmp_path: Path) -> None:
    folder, preexec = small_disk
    db = folder / "full.duckdb"
    docs = [*map(str, TEXTS), *map(str, sorted(SAMPLES.glob("*.docx")))]
    r = roadmaps("ingest", *docs, "--db", str(db), cwd=tmp_path, preexec=preexec)
    assert r.returncode == 2, r.stdout + r.stderr
    line = _one_line(r)
    assert line.startswith(f"roadmaps: {db}: не удалось записать в базу: ")
    assert "на устройстве не осталось места" in line or "файл слишком большой" in line
    assert "(диск заполнен?)" in line
    # with room again, the next run stores what is missing and merges its log
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    for p in folder.iterdir():
        shutil.copy(p, roomy / p.name)
    again = roadmaps_cli("ingest", *docs, "--db", str(roomy / db.name), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert assert_no_partial_document(roomy / db.name) == len(docs)
    assert not Path(f"{roomy / db.name}.wal").exists()
