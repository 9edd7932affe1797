"""Golden test: every sample document (samples/<name>.<ext>, any format) has an expected record
(samples/expected/<stem>.json) and extraction scores at least the F1 per metric recorded in
samples/expected/thresholds.json. `pytest --update-golden` rewrites thresholds.json from the
current scores (never the expected records, which are written by reading the documents)."""

from __future__ import annotations

import fcntl
import json
from pathlib import Path

import pytest

from normalize.models import Record
from normalize.record import Tools, default_tools
from pipelines.evaluate import sample_files, score_file
from store.labels import OTHER, explain

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = SAMPLES / "expected"
THRESHOLDS = EXPECTED / "thresholds.json"
EPS = 1e-6


@pytest.fixture(scope="module")
def tools() -> Tools:
    return default_tools()


def _scores(path: Path, tools: Tools) -> dict[str, float]:
    result = score_file(path, EXPECTED, tools)
    assert result.error is None, f"{path.name}: {result.error}"
    assert result.score is not None
    # people read warnings in Russian: each one the stages wrote needs a catalogue entry
    # (store/warnings_ru.yaml) — a new kind of warning fails here until it has one
    unknown = [w for w in result.warnings if explain(w).code == OTHER]
    assert not unknown, f"{path.name}: warnings without a Russian text: {unknown}"
    return {m: round(c.f1, 4) for m, c in result.score.counts.items() if c.f1 is not None}


def _update(name: str, scores: dict[str, float]) -> None:
    """Record `scores` for `name` (locked: parallel workers update the same file)."""
    THRESHOLDS.touch()
    with THRESHOLDS.open("r+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        text = fh.read()
        data = json.loads(text) if text.strip() else {}
        data[name] = dict(sorted(scores.items()))
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(dict(sorted(data.items())), ensure_ascii=False, indent=2) + "\n")


@pytest.mark.parametrize("path", sample_files(SAMPLES), ids=lambda p: p.name)
def test_sample_reaches_its_thresholds(path: Path, tools: Tools, update_golden: bool) -> None:
    scores = _scores(path, tools)
    if update_golden:
        _update(path.name, scores)
        return
    floors = json.loads(THRESHOLDS.read_text(encoding="utf-8")).get(path.name)
    assert floors is not None, f"no thresholds for {path.name}: run pytest --update-golden"
    low = {m: (scores.get(m), f) for m, f in floors.items()
           if scores.get(m) is not None and scores[m] < f - EPS}
    assert not low, f"{path.name}: F1 below its threshold (got, threshold): {low}"


@pytest.mark.parametrize("path", sorted(EXPECTED.glob("[0-9]*.json")), ids=lambda p: p.name)
def test_expected_record_is_a_contract_record(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    record = Record.model_validate(data)
    assert record.schema_version == "1"
    stems = {p.name.split(".", 1)[0] for p in sample_files(SAMPLES)}
    assert path.stem in stems, f"{path.name} has no sample document"
