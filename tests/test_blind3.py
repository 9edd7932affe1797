"""The blind set samples/blind3/ (docs/blind-scores.md): every metric of every file stays at or
above its first-contact score (samples/blind3/first_contact.json), and its expected records are
CONTRACT records of its documents. The floors are never raised to new scores: the set is a
measure, not a target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalize.models import Record
from normalize.record import Tools, default_tools
from pipelines.evaluate import sample_files, score_file

BLIND = Path(__file__).resolve().parent.parent / "samples" / "blind3"
EXPECTED = BLIND / "expected"
FLOORS = json.loads((BLIND / "first_contact.json").read_text(encoding="utf-8"))
EPS = 1e-6


@pytest.fixture(scope="module")
def tools() -> Tools:
    return default_tools()


def test_every_blind_document_has_a_floor_and_a_record() -> None:
    names = [p.name for p in sample_files(BLIND)]
    assert len(names) >= 8
    assert sorted(FLOORS) == names
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == [Path(n).stem for n in names]


@pytest.mark.parametrize("path", sample_files(BLIND), ids=lambda p: p.name)
def test_blind_document_keeps_its_first_contact_scores(path: Path, tools: Tools) -> None:
    result = score_file(path, EXPECTED, tools)
    assert result.error is None, f"{path.name}: {result.error}"
    assert result.score is not None
    scores = {m: round(c.f1, 4) for m, c in result.score.counts.items() if c.f1 is not None}
    floors = FLOORS[path.name]
    # a metric scored at first contact is scored now, at least as well
    low = {m: (scores.get(m), f) for m, f in floors.items()
           if scores.get(m) is None or scores[m] < f - EPS}
    assert not low, f"{path.name}: below first contact (now, first contact): {low}"


@pytest.mark.parametrize("path", sorted(EXPECTED.glob("*.json")), ids=lambda p: p.name)
def test_blind_record_is_a_contract_record_of_its_document(path: Path) -> None:
    record = Record.model_validate(json.loads(path.read_text(encoding="utf-8")))
    assert record.source.file == f"{path.stem}.{record.source.format}"
    assert (BLIND / record.source.file).is_file()
