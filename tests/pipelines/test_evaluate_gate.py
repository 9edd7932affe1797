"""The --min-f1 options of `roadmaps evaluate`: floors per field and per file, which wins, and
what the gate fails on (hand-made scores; the command end to end is in
test_evaluate_gate_mutations.py)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import pytest

from pipelines.eval_gate import FIELDS, Gate, failures, make_gate, parse_floor
from pipelines.eval_score import Counts, Score
from pipelines.eval_themes import ThemedItem


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("0.95", (None, None, 0.95)),
        ("deadline.start=0.5", (None, "deadline.start", 0.5)),
        ("a.scan.pdf:results=0.8", ("a.scan.pdf", "results", 0.8)),
        ("themes=1", (None, "themes", 1.0)),
    ],
)
def test_parse_floor(text: str, parsed: tuple) -> None:
    assert parse_floor(text) == parsed


@pytest.mark.parametrize("text", ["1.5", "x", "deadline.day=0.9", "results=", "a.pdf:foo=0.1"])
def test_parse_floor_refuses(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse_floor(text)


def test_most_specific_floor_wins() -> None:
    gate = make_gate([(None, None, 0.9), (None, "wording", 0.8), ("a.pdf", "wording", 0.5),
                      (None, None, 0.95)])
    assert gate.floor("b.txt", "results") == 0.95  # the last plain X
    assert gate.floor("b.txt", "wording") == 0.8
    assert gate.floor("a.pdf", "wording") == 0.5
    assert gate.floor("a.pdf", "results") == 0.95


@dataclass
class _R:
    file: str
    score: Score | None
    themes: list[ThemedItem] | None = None


def _score(**f1s: tuple[int, int, int]) -> Score:
    s = Score()
    for name, (tp, fp, fn) in f1s.items():
        s.counts[name.replace("__", ".")] = Counts(tp, fp, fn)
    return s


def test_failures_per_file_and_field() -> None:
    results = [
        _R("a.txt", _score(results=(9, 1, 1), deadline__end=(10, 0, 0))),
        _R("b.txt", _score(targets=(0, 1, 0))),  # a spurious target where none is expected
        _R("c.txt", None),  # unreadable: an error, not a gate failure
    ]
    fails = failures(results, Gate(0.95))
    assert [(f.file, f.field, round(f.f1, 2)) for f in fails] == [
        ("a.txt", "results", 0.9), ("b.txt", "targets", 0.0)]
    assert failures(results, Gate(0.95, {"results": 0.9, "targets": 0.0})) == []
    assert [f.file for f in failures(results, Gate(0.95, files={("b.txt", "targets"): 0.0}))
            ] == ["a.txt"]
    assert failures(results, Gate()) == []  # no --min-f1: nothing fails


def test_themes_gated_per_file_over_pairs_with_other_samples() -> None:
    def items(sample: str, *codes: tuple[str, str]) -> list[ThemedItem]:
        return [ThemedItem(sample, f"{sample}{i}", e, g) for i, (e, g) in enumerate(codes)]

    results = [_R("a.txt", Score(), items("a", ("x", "x"), ("y", "y"))),
               _R("b.txt", Score(), items("b", ("x", "x"), ("y", "x"))),  # y read as x
               _R("c.txt", Score())]
    fails = failures(results, Gate(0.95))
    assert {(f.file, f.field) for f in fails} == {("a.txt", "themes"), ("b.txt", "themes")}
    assert "themes" in FIELDS
