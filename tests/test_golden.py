"""Golden test: every sample document (samples/<name>.<ext>, any format) has an expected record
(samples/expected/<stem>.json) and extraction scores at least the F1 per metric recorded in
samples/expected/thresholds.json — every metric the sample has something to score in: one with
no recorded threshold is held at 1.0, and a recorded one with nothing left to score fails too.

`pytest --update-golden` rewrites thresholds.json from the current scores (never the expected
records, which are written by reading the documents). It never lowers a threshold silently: a
score below its threshold (or below 1.0 where none is recorded), or a threshold whose metric
is gone, makes it refuse and say what would move, unless `--allow-lower` is given too (then it
writes and warns what moved)."""

from __future__ import annotations

import fcntl
import json
import warnings
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


def _moves(old: dict[str, float], new: dict[str, float]) -> tuple[list[str], list[str]]:
    """(lowered, raised) thresholds going from `old` (1.0 where absent) to `new` scores."""
    down, up = [], []
    for m in sorted(set(old) | set(new)):
        before, after = old.get(m, 1.0), new.get(m)
        if after is None:
            down.append(f"{m}: {before} → нечего оценивать (порог снят)")
        elif after < before - EPS:
            down.append(f"{m}: {before} → {after}")
        elif m in old and after > before + EPS:
            up.append(f"{m}: {before} → {after}")
    return down, up


def _update(name: str, scores: dict[str, float], allow_lower: bool, path: Path = THRESHOLDS
            ) -> list[str]:
    """Record `scores` for `name` (locked: parallel workers update the same file); returns what
    moved. Refuses (fails, writes nothing) to lower a threshold unless `allow_lower`."""
    path.touch()
    with path.open("r+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        text = fh.read()
        data = json.loads(text) if text.strip() else {}
        down, up = _moves(data.get(name, {}), scores)
        if down and not allow_lower:
            pytest.fail(f"{name}: --update-golden понизил бы пороги (чтобы принять, добавьте "
                        f"--allow-lower): {'; '.join(down)}")
        data[name] = dict(sorted(scores.items()))
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(dict(sorted(data.items())), ensure_ascii=False, indent=2) + "\n")
    return [f"понижен {m}" for m in down] + [f"повышен {m}" for m in up]


def _below(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple]:
    """Metrics under their floor (1.0 when none is recorded), and floors with no score."""
    low: dict[str, tuple] = {m: (s, floors.get(m, 1.0)) for m, s in scores.items()
                             if s < floors.get(m, 1.0) - EPS}
    low.update({m: (None, f) for m, f in floors.items() if m not in scores})
    return low


@pytest.mark.parametrize("path", sample_files(SAMPLES), ids=lambda p: p.name)
def test_sample_reaches_its_thresholds(path: Path, tools: Tools, update_golden: bool,
                                       allow_lower: bool) -> None:
    scores = _scores(path, tools)
    if update_golden:
        moved = _update(path.name, scores, allow_lower)
        if moved:
            warnings.warn(f"{path.name}: пороги: {', '.join(moved)}", stacklevel=1)
        return
    floors = json.loads(THRESHOLDS.read_text(encoding="utf-8")).get(path.name)
    assert floors is not None, f"{path.name}: нет порогов, запустите pytest --update-golden"
    low = _below(scores, floors)
    assert not low, f"{path.name}: F1 ниже порога (получено, порог): {low}"


@pytest.mark.parametrize("path", sorted(EXPECTED.glob("[0-9]*.json")), ids=lambda p: p.name)
def test_expected_record_is_a_contract_record(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    record = Record.model_validate(data)
    assert record.schema_version == "1"
    stems = {p.name.split(".", 1)[0] for p in sample_files(SAMPLES)}
    assert path.stem in stems, f"{path.name} has no sample document"


def test_update_golden_refuses_to_lower_and_says_what_moves(tmp_path: Path) -> None:
    path = tmp_path / "thresholds.json"
    before = {"a.txt": {"results": 0.9, "targets": 1.0, "deadline": 1.0}}
    path.write_text(json.dumps(before), encoding="utf-8")
    lower = {"results": 0.95, "targets": 0.5, "goals": 0.8}  # deadline gone, goals new at 0.8
    with pytest.raises(pytest.fail.Exception) as refused:
        _update("a.txt", lower, False, path)
    assert "--update-golden понизил бы пороги (чтобы принять, добавьте --allow-lower)" in str(
        refused.value)
    for moved in ("targets: 1.0 → 0.5", "goals: 1.0 → 0.8", "deadline: 1.0 → нечего"):
        assert moved in str(refused.value)
    assert "results" not in str(refused.value)  # raised, not lowered
    assert json.loads(path.read_text(encoding="utf-8")) == before  # nothing written
    moved = _update("a.txt", lower, True, path)
    assert "повышен results: 0.9 → 0.95" in moved and len(moved) == 4
    assert "понижен targets: 1.0 → 0.5" in moved
    assert json.loads(path.read_text(encoding="utf-8"))["a.txt"] == lower
    assert _update("a.txt", {**lower, "targets": 0.6}, False, path) == [
        "повышен targets: 0.5 → 0.6"]


def test_unrecorded_metrics_are_held_at_one_and_vanished_ones_fail() -> None:
    assert _below({"results": 0.99, "goals": 1.0}, {"goals": 1.0}) == {"results": (0.99, 1.0)}
    assert _below({"results": 0.9}, {"results": 0.9, "targets": 1.0}) == {
        "targets": (None, 1.0)}
    assert _below({"results": 0.9}, {"results": 0.8}) == {}
