"""`roadmaps extract` of several files and folders (JSON Lines, --out DIR, bad files on the way),
`roadmaps schema` against the committed docs/record.schema.json and the model, `--version`."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from normalize.models import Record
from pipelines.cmd_schema import record_schema, render
from tests.conftest import Run

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
A = "103_kamennoozersky_mentoring_plan_2024.txt"
B = "361_lesnogorsk_indicators_box_2025.txt"
C = "101_beloklyuchevsky_mentoring_2024.docx"

Cli = Callable[..., Run]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """docs/: two text samples, sub/ with a DOCX sample and a broken PDF."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / A, docs / A)
    shutil.copy(SAMPLES / B, docs / B)
    shutil.copy(SAMPLES / C, docs / "sub" / C)
    (docs / "sub" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage\n")
    return docs


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def _files(records: list[dict[str, object]]) -> list[str]:
    return [r["source"]["file"] for r in records]  # type: ignore[index]


def test_folder_and_files_give_json_lines_in_order_and_go_on_after_a_bad_file(
        roadmaps_cli: Cli, folder: Path, tmp_path: Path) -> None:
    r = roadmaps_cli("extract", "--workers", "1", str(folder), str(folder / A),
                     str(tmp_path / "missing.docx"))
    assert r.returncode == 1
    # a record a line, walked in name order; the file named again is not repeated
    assert _files(_lines(r.stdout)) == [A, B, C]
    errors = r.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0] == f"roadmaps: {tmp_path / 'missing.docx'}: нет такого файла или папки"
    assert errors[1].startswith(f"roadmaps: {folder / 'sub' / 'broken.pdf'}: ")
    assert all(Record.model_validate(rec) for rec in _lines(r.stdout))


def test_the_pool_gives_the_same_lines_as_one_process(roadmaps_cli: Cli, folder: Path) -> None:
    one = roadmaps_cli("extract", "--workers", "1", str(folder))
    two = roadmaps_cli("extract", "--workers", "2", str(folder))
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)


def test_out_dir_writes_one_json_per_file_mirroring_folders(
        roadmaps_cli: Cli, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = roadmaps_cli("extract", "--workers", "1", str(folder), str(SAMPLES / C), "--out",
                     str(out))
    assert r.returncode == 1 and r.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    # a file named directly lands at the top, files of a folder where they are in it
    assert written == sorted([f"{A}.json", f"{B}.json", f"{C}.json", f"sub/{C}.json"])
    rec = json.loads((out / "sub" / f"{C}.json").read_text("utf-8"))
    assert rec["source"]["file"] == C and rec["activities"]


def test_two_files_of_the_same_name_are_both_kept(roadmaps_cli: Cli, tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        shutil.copy(SAMPLES / A, tmp_path / d / "plan.txt")
    out = tmp_path / "out"
    r = roadmaps_cli("extract", "--workers", "1", str(tmp_path / "a" / "plan.txt"),
                     str(tmp_path / "b" / "plan.txt"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["plan.txt.json", "plan.txt~2.json"]


def test_nothing_readable_is_exit_2(roadmaps_cli: Cli, folder: Path) -> None:
    r = roadmaps_cli("extract", str(folder / "sub" / "broken.pdf"), str(folder / "nope.txt"))
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 2


def test_one_file_is_indented_json_as_before(roadmaps_cli: Cli) -> None:
    r = roadmaps_cli("extract", str(SAMPLES / A))
    assert r.returncode == 0
    assert r.stdout.startswith("{\n") and json.loads(r.stdout)["source"]["file"] == A


def test_schema_command_prints_the_committed_schema(roadmaps_cli: Cli) -> None:
    r = roadmaps_cli("schema")
    assert r.returncode == 0
    committed = (ROOT / "docs" / "record.schema.json").read_text("utf-8")
    assert r.stdout == render()
    assert committed == r.stdout, "docs/record.schema.json is stale: roadmaps schema > it"


def test_schema_matches_the_model_and_validates_records() -> None:
    schema = record_schema()
    assert schema["$defs"]["Indicator"]["properties"]["theme_source"]
    assert set(schema["properties"]) == set(Record.model_fields)
    # the excluded helper field is not part of the exchange format
    assert "school_year" not in schema["$defs"]["Period"]["properties"]


def _schema_fields(schema: dict[str, object]) -> set[str]:
    names: set[str] = set()
    defs = schema["$defs"]
    assert isinstance(defs, dict)
    for part in [schema, *defs.values()]:
        names |= set(part["properties"])  # type: ignore[index]
    return names


def test_contract_names_every_field_of_the_record() -> None:
    contract = (ROOT / "docs" / "CONTRACT.md").read_text("utf-8")
    quoted = set(re.findall(r'"(\w+)"\s*:', contract)) | set(re.findall(r"`[\w.\[\]]*?(\w+)`",
                                                                          contract))
    missing = _schema_fields(record_schema()) - quoted
    assert not missing, f"docs/CONTRACT.md does not describe {sorted(missing)}"


def test_version(roadmaps_cli: Cli) -> None:
    r = roadmaps_cli("--version")
    assert r.returncode == 0
    assert re.fullmatch(r"roadmaps \d+\.\d+\.\d+\S* \(схема записи 1\)\n", r.stdout)
