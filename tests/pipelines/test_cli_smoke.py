"""End-to-end CLI runs of the basics: help, a sample, a missing file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def roadmaps(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True, check=False
    )


def test_help_lists_commands() -> None:
    r = roadmaps("--help")
    assert r.returncode == 0
    for cmd in ("blocks", "extract", "evaluate", "ingest", "compare", "export"):
        assert cmd in r.stdout


def test_extract_prints_contract_json() -> None:
    sample = next(SAMPLES.glob("004_*.txt"))
    r = roadmaps("extract", str(sample))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["schema_version"] == "1"
    assert rec["source"]["file"] == sample.name
    assert rec["source"]["format"] == "txt"
    assert len(rec["source"]["sha256"]) == 64


def test_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    r = roadmaps("extract", str(tmp_path / "nope.docx"))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1
    assert "nope.docx" in r.stderr and "Traceback" not in r.stderr
