"""Progress of `roadmaps ingest`: plain lines when stderr is not a terminal (every few seconds;
the interval set to 0 here, a line per event), the rich bar with time left and current file."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from pipelines.batch_progress import INTERVAL_ENV, PlainProgress, progress
from tests.conftest import Run

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NAMES = ("103_kamennoozersky_mentoring_plan_2024.txt", "361_lesnogorsk_indicators_box_2025.txt")


def test_ingest_prints_plain_progress_lines_when_stderr_is_no_terminal(
        roadmaps_cli: Callable[..., Run], tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, docs / name)
    (docs / "empty.txt").write_bytes(b"")
    r = roadmaps_cli("ingest", str(docs), "--db", str(tmp_path / "p.duckdb"), "--workers", "1",
                     env={INTERVAL_ENV: "0"})
    assert r.returncode == 1
    lines = [x for x in r.stderr.splitlines() if x.startswith("разбор: ")]
    assert any(f"сейчас: {NAMES[0]}" in x for x in lines)
    assert any(re.search(r"1/3 файлов, с ошибкой [01], [\d.]+ док\./с, осталось около 0:00:\d\d",
                         x) for x in lines)
    assert re.fullmatch(r"разбор: 3/3 файлов, с ошибкой 1, [\d.]+ док\./с, осталось около "
                        r"0:00:00", lines[-1])


def test_plain_lines_wait_for_the_interval() -> None:
    out = io.StringIO()
    prog = PlainProgress(3, lambda: 0, out, every=3600)
    prog.started("a.docx")
    prog.finished()
    prog.finished()
    prog.finished()
    assert out.getvalue() == ""  # a run shorter than the interval says nothing


def test_the_bar_shows_time_left_and_the_current_file() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=160)
    with progress(4, lambda: 1, console=console) as prog:
        prog.started("/some/folder/plan_2025.docx")
        prog.finished()
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", console.file.getvalue())  # type: ignore[attr-defined]
    last = text.replace("\r", "\n").strip().splitlines()[-1]
    assert re.search(r"1/4 с ошибкой 1 [\d.]+ док\./с 0:00:\d\d осталось (\d:\d\d:\d\d|-:--:--) "
                     r"plan_2025\.docx", last), last
