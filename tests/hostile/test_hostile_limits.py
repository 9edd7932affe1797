"""Hostile input II (issue 14), reader level: table grids, PDF decompression bombs, damaged zips,
NUL-padded text, the address-space limit of `extract` and of the ingest workers, and the
fuzzing of the DOCX/zip and PDF readers (tests/hostile/fuzz.py)."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ingest import DEFAULT_LIMITS, DocumentLoadError, Limits, read_document
from ingest.guards import address_space, memory_limit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import SAMPLE_DOCX
from make_corpus2 import RU_NUL_TEXT, nul_text, pdf_bomb, span_docx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MB = 1024 * 1024


def _refusal(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(DocumentLoadError) as err:
        read_document(path, limits)
    return err.value.reason


@pytest.mark.parametrize(("limits", "reason"), [
    (Limits(max_table_columns=6), "table 2 has 7 columns (limit 6)"),
    (Limits(max_table_cells=100), "table 2 has 15 rows × 7 columns = 105 cells (limit 100)"),
])
def test_table_caps_are_configurable(limits: Limits, reason: str) -> None:
    assert read_document(SAMPLE_DOCX).tables  # within the defaults it reads
    assert reason in _refusal(SAMPLE_DOCX, limits)


def test_span_of_a_billion_columns_is_refused_before_any_grid(tmp_path: Path) -> None:
    path = tmp_path / "span.docx"
    path.write_bytes(span_docx())
    assert _refusal(path) == ("table 1 has 1,000,000,000 columns (limit 2,000): refused, a "
                              "merged cell spans too far")
    path.write_bytes(span_docx(3))  # an honest span reads
    (table,) = read_document(path).tables
    assert table.n_cols == 4 and table.rows[0].cells[0].col_span == 3


def test_pdf_stream_limits_are_configurable(tmp_path: Path) -> None:
    one, split = tmp_path / "one.pdf", tmp_path / "split.pdf"
    one.write_bytes(pdf_bomb(8 * MB))
    split.write_bytes(pdf_bomb(8 * MB, parts=4))
    for path in (one, split):  # within the defaults both read: 8 MB of spaces is no bomb
        assert [p.text for p in read_document(path).paragraphs] == ["Plan of activities 2024"]
    assert "PDF stream (object 5) inflates to more than 4 MB" in _refusal(
        one, Limits(max_stream_bytes=4 * MB))
    assert "PDF content inflates to more than 5 MB" in _refusal(
        split, Limits(max_content_bytes=5 * MB))
    a85 = tmp_path / "a85.pdf"
    a85.write_bytes(pdf_bomb(8 * MB, ascii85=True))
    assert [p.text for p in read_document(a85).paragraphs] == ["Plan of activities 2024"]
    assert "PDF stream (object 5) inflates to more than 4 MB" in _refusal(
        a85, Limits(max_stream_bytes=4 * MB))


def test_nul_padded_utf8_text_reads_without_the_nuls(tmp_path: Path) -> None:
    path = tmp_path / "padded.txt"
    data = nul_text(0.10)
    assert data.count(0) >= 0.09 * len(data)
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.warnings == (f"padded.txt: {data.count(0)} NUL bytes dropped",)
    lines = RU_NUL_TEXT.splitlines()
    assert doc.paragraphs[0].text == lines[0]
    assert [r.texts for r in doc.tables[0].rows] == [ln.split("\t") for ln in lines[2:]]


def test_mostly_nul_file_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    path.write_bytes(bytes(4000) + "Дорожная карта".encode())
    assert _refusal(path) == "binary data, not text"


def test_memory_limit_is_on_top_of_what_the_process_holds_and_restored() -> None:
    before = resource.getrlimit(resource.RLIMIT_AS)
    now = address_space()
    assert now is not None and now > 10 * MB
    with memory_limit(Limits(max_memory_bytes=256 * MB), "x.txt"):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        assert hard == before[1] and now + 200 * MB < soft < now + 300 * MB
        with pytest.raises(DocumentLoadError) as err, memory_limit(
                Limits(max_memory_bytes=256 * MB), "big.txt"):
            bytearray(512 * MB)
        assert err.value.reason.startswith("out of memory: reading it needs more than 256 MB")
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def _roadmaps(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True,
                          text=True, check=False, cwd=cwd, env={**os.environ, **env})


def _hungry(folder: Path) -> Path:
    """A legitimate 10 MB one-line text: extracting it takes ~200 MB."""
    path = folder / "hungry.txt"
    path.write_text("семинар " * (10 * MB // 15), "utf-8")
    return path


def test_extract_over_the_memory_limit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = _hungry(tmp_path)
    r = _roadmaps("extract", "--compact", str(path), cwd=tmp_path,
                  env={"ROADMAPS_MAX_MEMORY_MB": "40"})
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == (f"roadmaps: {path}: не хватает памяти: для чтения нужно больше 40 МБ "
                        "(предел; его поднимает ROADMAPS_MAX_MEMORY_MB)\n")


def test_ingest_worker_over_the_memory_limit_records_the_file_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hungry = _hungry(folder)
    small = folder / "plan.txt"
    small.write_text("План мероприятий\n1. Семинар для учителей\t2024 г.\n", "utf-8")
    db = tmp_path / "m.duckdb"
    r = _roadmaps("ingest", str(folder), "--db", str(db), "--workers", "1", cwd=tmp_path,
                  env={"ROADMAPS_MAX_MEMORY_MB": "40"})
    assert r.returncode == 1, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT file FROM documents").fetchall() == [("plan.txt",)]
        (row,) = con.execute("SELECT path, reason, error_type FROM ingest_errors").fetchall()
    assert row[0] == str(hungry) and row[2] == "load"
    assert row[1].startswith("out of memory: reading it needs more than 40 MB")


# The readers against mutations of every sample (fuzz.py): ≥ 1,000 cases, about 20 s each
# part on a quiet core; `make fuzz` runs many more.
FUZZ_PARTS = [("docx", 0, 800), ("pdf", 0, 150), ("pdf", 150, 150)]


@pytest.mark.parametrize(("kind", "start", "cases"), FUZZ_PARTS,
                         ids=[f"{k}-{s}" for k, s, _ in FUZZ_PARTS])
def test_readers_read_or_refuse_every_mutated_sample(kind: str, start: int, cases: int) -> None:
    r = subprocess.run([sys.executable, str(HERE / "fuzz.py"), "--kind", kind, "--seed", "14",
                        "--start", str(start), "--cases", str(cases)],
                       capture_output=True, text=True, check=False, cwd=ROOT, timeout=900)
    summary = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-300:]
    assert f"{cases} cases" in summary and summary.endswith("; 0 internal errors")
    # mutations that reach past the container: a good share of them still reads
    read = re.search(rf"{kind} read: (\d+)", summary)
    assert read is not None and int(read.group(1)) > cases // 10, summary
