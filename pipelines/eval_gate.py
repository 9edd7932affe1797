"""The QA gate of `roadmaps evaluate`: every field of every file against its --min-f1 floor.

A field is gated in a file when that file has something to score in it (items expected or
extracted: its F1 is not None) — so a spurious target in a record that expects none fails too.
`--min-f1 X` sets the floor of every field; `--min-f1 FIELD=X` overrides one field, and
`--min-f1 FILE:FIELD=X` one field of one file (a known gap, e.g. a scanned rendering's OCR),
most specific first. Because every file of a field reaches its floor, so does the sum over files.

`themes` is pairwise (eval_themes.py): a file's theme counts are the pairs of its indicators
with the indicators of every other sample.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipelines.eval_score import METRICS, Counts, Score
from pipelines.eval_themes import ThemedItem, pairs_with

# Field codes in report order: the scored metrics, then the pairwise themes.
FIELDS = (*METRICS, "themes")


class Scored(Protocol):
    """What the gate needs of a file's result (pipelines.evaluate.FileResult)."""

    @property
    def file(self) -> str: ...
    @property
    def score(self) -> Score | None: ...
    @property
    def themes(self) -> list[ThemedItem] | None: ...


@dataclass(frozen=True)
class Gate:
    """Floors of F1: one for every field, overridden per field and per (file, field)."""

    default: float = 0.0
    fields: dict[str, float] = field(default_factory=dict)
    files: dict[tuple[str, str], float] = field(default_factory=dict)

    def floor(self, file: str, name: str) -> float:
        """The floor of `name` in `file`: the most specific setting wins."""
        return self.files.get((file, name), self.fields.get(name, self.default))


@dataclass(frozen=True)
class Failure:
    """One field of one file below its floor."""

    file: str
    field: str
    f1: float
    floor: float


def parse_floor(text: str) -> tuple[str | None, str | None, float]:
    """'0.95' → (None, None, 0.95); 'deadline.start=0.9'; 'a.pdf:results=0.8' (argparse type)."""
    key, _, value = text.rpartition("=")
    file, _, name = key.rpartition(":")
    try:
        floor = float(value)
    except ValueError:
        floor = -1.0
    if not 0.0 <= floor <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r}: порог — число от 0 до 1 (X, ПОЛЕ=X или "
                                         "ФАЙЛ:ПОЛЕ=X)")
    if key and name not in FIELDS:
        raise argparse.ArgumentTypeError(f"{text!r}: нет поля {name!r}; поля: "
                                         + ", ".join(FIELDS))
    return (file or None, name or None, floor)


def make_gate(floors: list[tuple[str | None, str | None, float]]) -> Gate:
    """The gate of the --min-f1 options given (a later one of the same key wins)."""
    default = 0.0
    fields: dict[str, float] = {}
    files: dict[tuple[str, str], float] = {}
    for file, name, floor in floors:
        if name is None:
            default = floor
        elif file is None:
            fields[name] = floor
        else:
            files[(file, name)] = floor
    return Gate(default, fields, files)


def theme_counts(results: Sequence[Scored]) -> dict[str, Counts]:
    """Per file that carries themes: the pairs of its indicators with other samples'."""
    out = {}
    for r in results:
        if r.themes is None:
            continue
        others = [t for o in results if o is not r for t in o.themes or []]
        out[r.file] = pairs_with(r.themes, others)
    return out


def file_counts(r: Scored, themes: dict[str, Counts]) -> dict[str, Counts]:
    """Every field's counts in one scored file (themes only where the record gives them)."""
    assert r.score is not None
    counts = dict(r.score.counts)
    if r.file in themes:
        counts["themes"] = themes[r.file]
    return counts


def failures(results: Sequence[Scored], gate: Gate) -> list[Failure]:
    """Fields of files whose F1 is below their floor, in file then field order."""
    themes = theme_counts(results)
    out = []
    for r in results:
        if r.score is None:
            continue
        counts = file_counts(r, themes)
        for name in FIELDS:
            f1 = counts[name].f1 if name in counts else None
            floor = gate.floor(r.file, name)
            if f1 is not None and f1 < floor:
                out.append(Failure(r.file, name, f1, floor))
    return out


def render_failures(fails: list[Failure]) -> list[str]:
    """The table's closing lines: which field of which file failed (Russian for users)."""
    if not fails:
        return []
    width = max(len(f.file) for f in fails)
    lines = ["", f"Ниже порога --min-f1: {len(fails)} (файл, поле, F1, порог)"]
    lines += [f"  {f.file:<{width}}  {f.field:<19} {f.f1:4.2f} < {f.floor:4.2f}" for f in fails]
    return lines
