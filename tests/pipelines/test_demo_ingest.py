"""`make demo`'s import (samples/demo_ingest.py) on a machine without LibreOffice and Tesseract:
the samples that need them are skipped with one line saying how to add them, the rest stored."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
NAMES = ("003_77383952ae1721a5.doc", "004_6ed2ca5933120da2.rtf", "000_c4cf482d7bba7efc.odt",
         "000_c4cf482d7bba7efc.scan.pdf", "000_c4cf482d7bba7efc.pdf",
         "103_kamennoozersky_mentoring_plan_2024.txt")


def test_demo_skips_what_needs_missing_programs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, docs / name)
    db = tmp_path / "demo.duckdb"
    env = {**os.environ, "SOFFICE": str(tmp_path / "no-soffice"),
           "TESSERACT": str(tmp_path / "no-tesseract")}
    r = subprocess.run([sys.executable, str(SAMPLES / "demo_ingest.py"), str(docs), "--db",
                        str(db)], capture_output=True, text=True, env=env, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == [
        "demo: 4 samples skipped, 3 need LibreOffice (000_c4cf482d7bba7efc.odt, "
        "003_77383952ae1721a5.doc, 004_6ed2ca5933120da2.rtf); 1 need Tesseract "
        "(000_c4cf482d7bba7efc.scan.pdf): `make sysdeps` installs LibreOffice and Tesseract "
        "(root or sudo), then `make demo` reads them too"]
    with duckdb.connect(str(db), read_only=True) as con:
        stored = sorted(f for (f,) in con.execute("SELECT file FROM documents").fetchall())
    assert stored == ["000_c4cf482d7bba7efc.pdf", "103_kamennoozersky_mentoring_plan_2024.txt"]


def test_demo_reads_everything_when_the_programs_are_there() -> None:
    spec = importlib.util.spec_from_file_location("demo_ingest", SAMPLES / "demo_ingest.py")
    assert spec and spec.loader
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    files = [SAMPLES / n for n in NAMES]
    keep, skipped = demo.split(files)  # make test installs LibreOffice and Tesseract
    assert (keep, skipped) == (files, {})
