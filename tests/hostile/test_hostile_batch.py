"""Hostile input II (issue 14), `roadmaps ingest`: file names that are not UTF-8 or hold a
newline, a path overwritten with another stored file's bytes, the importer SIGKILLed, a
LibreOffice conversion that hangs under --timeout, FIFOs and broken symlinks met while walking,
and --prune."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.batch_pool import HANG_ENV
from store.paths import stored_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus2 import BAD_NAME, NEWLINE_NAME, hanging_soffice, odd_entries, odd_names

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PLAN = SAMPLES / "002_37c3af1ea0d4163f.txt"
REPORT = SAMPLES / "000_c4cf482d7bba7efc.txt"
MARK = "ROADMAPS_TEST_MARK"


def roadmaps(*args: str, cwd: Path, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False, cwd=cwd, env={**os.environ, **(env or {})})


@pytest.fixture
def cli(roadmaps_cli: Callable[..., Any]) -> Callable[..., Any]:
    """`roadmaps …` in this process (tests/conftest.py): no interpreter start per call."""
    return lambda *args, cwd: roadmaps_cli(*args, cwd=cwd)


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


# --- 4: file names ---------------------------------------------------------------------------

def test_names_that_are_not_utf8_or_hold_a_newline_are_stored_losslessly(
        cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files = odd_names(folder, PLAN.read_bytes())
    empty = folder / "empty\nroadmaps: all good.txt"
    empty.write_bytes(b"")
    db = tmp_path / "n.duckdb"
    r = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1, r.stderr  # the empty file failed; the run finished
    assert "Traceback" not in r.stderr and "внутренняя ошибка" not in r.stderr
    # one line per failure: the name's newline is shown as \n, it starts no line of its own
    assert r.stderr.splitlines() == [
        f"не загружен: {folder}/empty\\nroadmaps: all good.txt: пустой файл"]
    stored = query(db, "SELECT path, path_bytes, file FROM documents ORDER BY file")
    assert sorted(str(stored_path(p, raw)) for p, raw, _ in stored) == sorted(map(str, files))
    assert sorted(f for _, _, f in stored) == sorted(
        [BAD_NAME.decode("utf-8", "backslashreplace"), NEWLINE_NAME.replace("\n", "\\n")])
    (bad_path,) = [p for p, raw, _ in stored if raw is not None]
    assert bad_path == f"{folder}/plan-\\xff\\xfe-\\xe9t\\xe9.txt"
    assert query(db, "SELECT path, reason, error_type FROM ingest_errors") == [
        (str(empty), "empty file", "load")]
    assert query(db, "SELECT count(*) FROM ingest_runs WHERE finished_at IS NOT NULL") == [(1,)]
    again = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert "загружено: 0; без изменений: 2; с ошибкой: 1" in again.stdout


def test_extract_shows_an_odd_name_escaped_on_one_line(tmp_path: Path) -> None:
    bad, newline = odd_names(tmp_path, PLAN.read_bytes())
    empty = tmp_path / "x\nroadmaps: fine.txt"
    empty.write_bytes(b"")
    r = roadmaps("extract", "--compact", str(empty), cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr == f"roadmaps: {tmp_path}/x\\nroadmaps: fine.txt: пустой файл\n"
    r = roadmaps("extract", "--compact", str(bad), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"file":"plan-\\\\xff\\\\xfe-\\\\xe9t\\\\xe9.txt"' in r.stdout
    r = roadmaps("extract", "--compact", str(newline), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"file":"plan\\\\nroadmaps: forged line.txt"' in r.stdout


# --- 6: a path given the bytes another stored path holds ------------------------------------

def test_path_overwritten_with_another_stored_files_bytes_is_read_again(
        cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    a, b = folder / "A.txt", folder / "B.txt"
    shutil.copy(REPORT, a)
    shutil.copy(PLAN, b)
    db = tmp_path / "s.duckdb"
    assert cli("ingest", str(folder), "--db", str(db), cwd=tmp_path).returncode == 0
    old = query(db, f"SELECT sha256, title FROM documents WHERE path = '{a}'")
    a.write_bytes(b.read_bytes())
    r = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "загружено: 1 (txt 1), из них заменили прежнюю версию: 1; без изменений: 1" in r.stdout
    rows = query(db, "SELECT path, sha256, title FROM documents ORDER BY path")
    assert [p for p, _, _ in rows] == [str(a), str(b)]
    assert rows[0][1:] == rows[1][1:] != old[0]  # A holds B's document now, not its old one
    again = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert "загружено: 0; без изменений: 2" in again.stdout


# --- 7: the importer killed -------------------------------------------------------------------

def _marked(mark: str) -> list[str]:
    """Live processes (not zombies) whose environment holds MARK=mark."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            env = (proc / "environ").read_bytes().split(b"\0")
            state, ppid = (proc / "stat").read_text().rsplit(")", 1)[1].split()[:2]
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if f"{MARK}={mark}".encode() in env and state != "Z":
            # state and parent name what kept it alive when a test fails (a rare flake once)
            found.append(f"{proc.name} {state} ppid={ppid} {cmd[:120]}")
    return found


def _wait_until(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def test_sigkilled_ingest_leaves_no_process_behind(tmp_path: Path) -> None:
    """Workers, the forkserver and the resource tracker die with the importer."""
    folder = tmp_path / "in"
    folder.mkdir()
    for s in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(s, folder / s.name)
    (folder / "zz_stuck.txt").write_text("Дорожная карта\n", "utf-8")
    mark = uuid.uuid4().hex
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "ingest", str(folder), "--db",
         str(tmp_path / "k.duckdb"), "--workers", "2"], cwd=tmp_path,
        env={**os.environ, HANG_ENV: "zz_stuck.txt", MARK: mark},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # importer, resource tracker, forkserver and two workers, one stuck on its file
        assert _wait_until(lambda: len(_marked(mark)) >= 5, 120), _marked(mark)
        assert _wait_until(lambda: proc.poll() is None and len(_marked(mark)) >= 5, 1)
    finally:
        proc.kill()  # SIGKILL the importer only: its children get no word from it
        proc.wait()
    # a loaded 2-core machine (a full test run beside other work) takes well over 15 s to let
    # the forkserver and the resource tracker see their pipes close; orphans never go
    assert _wait_until(lambda: not _marked(mark), 60), _marked(mark)


# --- 8: LibreOffice stuck under --timeout -----------------------------------------------------

def test_timed_out_conversion_leaves_no_converter_and_no_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.rtf").write_text("{\\rtf1\\ansi Дорожная карта}", "utf-8")
    shutil.copy(PLAN, folder / PLAN.name)
    # short: the pool's forkserver puts its socket in TMPDIR (108 bytes at most for its path)
    temp = Path(tempfile.mkdtemp(prefix="rm-t-"))
    mark = uuid.uuid4().hex
    soffice = hanging_soffice(tmp_path / "bin")
    r = roadmaps("ingest", str(folder), "--db", str(tmp_path / "c.duckdb"), "--timeout", "4",
                 cwd=tmp_path, env={"SOFFICE": str(soffice), "TMPDIR": str(temp), MARK: mark})
    assert r.returncode == 1, r.stderr
    assert f"не загружен: {folder}/letter.rtf: не прочитан за 4 с" in r.stderr
    # a loaded 2-core machine (a full test run beside other work) takes well over 15 s to let
    # the forkserver and the resource tracker see their pipes close; orphans never go
    assert _wait_until(lambda: not _marked(mark), 60), _marked(mark)
    assert _wait_until(lambda: not list(temp.glob("roadmaps-lo-*")), 5), list(temp.iterdir())
    shutil.rmtree(temp)


def test_conversion_over_its_own_timeout_kills_the_group_and_removes_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest import DocumentLoadError
    from ingest.convert.reader import convert_to_docx

    mark = uuid.uuid4().hex
    monkeypatch.setenv("SOFFICE", str(hanging_soffice(tmp_path / "bin")))
    monkeypatch.setenv(MARK, mark)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    with pytest.raises(DocumentLoadError, match="did not finish converting in 2 s"):
        convert_to_docx(b"{\\rtf1 x}", "x.rtf", timeout=2)
    assert _wait_until(lambda: not _marked(mark), 10), _marked(mark)
    assert not list(tmp_path.glob("roadmaps-lo-*"))


def test_converter_guard_dies_with_its_parent(tmp_path: Path) -> None:
    """The worker is SIGKILLed mid-conversion: the guard kills LibreOffice and cleans up."""
    mark = uuid.uuid4().hex
    soffice = hanging_soffice(tmp_path / "bin")
    work = tmp_path / "roadmaps-lo-x"
    work.mkdir()
    script = ("import sys\nfrom ingest.convert.reader import _run\nfrom pathlib import Path\n"
              f"_run([{str(soffice)!r}], Path({str(work)!r}), 3600)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT,
                              env={**os.environ, MARK: mark})
    try:
        assert _wait_until(lambda: (work / "fake-converter-was-here").exists(), 30)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    assert _wait_until(lambda: not _marked(mark), 10), _marked(mark)
    assert not work.exists()


# --- 12: odd folder entries, --prune ----------------------------------------------------------

def test_fifos_and_broken_links_met_while_walking_are_reported(
        cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    odd_entries(folder)
    shutil.copy(PLAN, folder / PLAN.name)
    db = tmp_path / "w.duckdb"
    r = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert query(db, "SELECT file FROM documents") == [(PLAN.name,)]
    assert sorted(query(db, "SELECT path, reason, error_type FROM ingest_errors")) == [
        (str(folder / "gone.pdf"), "broken symbolic link: its target does not exist", "io"),
        (str(folder / "loop.docx"), "symbolic link loop (it points back at itself)", "io"),
        (str(folder / "pipe.txt"), "not a regular file (a pipe, socket or device)", "io")]
    assert ("найдено файлов: 4; загружено: 1 (txt 1); без изменений: 0; с ошибкой: 3"
            in r.stdout)


def test_prune_removes_documents_whose_files_are_gone(cli: Callable[..., Any], tmp_path: Path
                                                      ) -> None:
    folder, elsewhere = tmp_path / "in", tmp_path / "other"
    (folder / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    kept, gone = folder / "plan.txt", folder / "sub" / "report.txt"
    shutil.copy(PLAN, kept)
    shutil.copy(REPORT, gone)
    outside = elsewhere / "outside.txt"
    outside.write_bytes(REPORT.read_bytes() + b"\n")
    db = tmp_path / "p.duckdb"
    assert cli("ingest", str(folder), str(outside), "--db", str(db), cwd=tmp_path).returncode == 0
    gone.unlink()
    outside.unlink()  # named as a file, not inside a walked folder: not pruned
    r = cli("ingest", str(folder), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert ("документов в базе, чьих файлов больше нет в этих папках: 1; "
            "`roadmaps ingest --prune` удалит их") in r.stdout
    assert len(query(db, "SELECT id FROM documents")) == 3
    r = cli("ingest", str(folder), "--db", str(db), "--prune", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert ("найдено файлов: 1; загружено: 0; без изменений: 1, удалено (файлов больше нет): 1; "
            "с ошибкой: 0") in r.stdout
    assert sorted(p for (p,) in query(db, "SELECT path FROM documents")) == [
        str(kept), str(outside)]
    assert query(db, "SELECT count(*) FROM activities WHERE document_id NOT IN "
                     "(SELECT id FROM documents)") == [(0,)]
