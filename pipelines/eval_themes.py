"""Pairwise precision and recall of indicator themes across documents (`roadmaps evaluate`).

Only samples whose expected record gives indicators a `theme` ({code, label} or null) take
part. Each expected indicator is paired with the extracted one of the same name (as the
indicators metric pairs them); an expected indicator nobody extracted has no theme. Over every
two indicators of DIFFERENT samples: a true pair has the same expected theme, a predicted pair
the same extracted theme (codes need not be the taxonomy's: only togetherness is scored).
Renderings of one sample (DOCX, PDF, text …) are scored each, so a pair of samples counts once
per pair of their renderings.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from pipelines.eval_diff import ThemeMismatch, machine
from pipelines.eval_score import Counts, Rec, match_items


@dataclass(frozen=True)
class ThemedItem:
    """One expected indicator of a sample: its expected and extracted theme codes."""

    sample: str
    name: str
    expected: str | None
    got: str | None


def _code(ind: Rec | None) -> str | None:
    theme = (ind or {}).get("theme")
    return theme.get("code") if isinstance(theme, dict) else None


def carries_themes(expected: Rec) -> bool:
    """True when the expected record says what its indicators' themes are."""
    return any("theme" in ind for ind in expected.get("indicators") or [])


def themed_items(sample: str, expected: Rec, got: Rec) -> list[ThemedItem]:
    """The expected indicators of one sample with their extracted themes."""
    exp, ext = expected.get("indicators") or [], got.get("indicators") or []
    pairs, _, _ = match_items(exp, ext, lambda r: r.get("name") or "")
    extracted: dict[int, Any] = {i: ext[j] for i, j in pairs}
    return [ThemedItem(sample, e.get("name") or "", _code(e), _code(extracted.get(i)))
            for i, e in enumerate(exp)]


def _count(a: ThemedItem, b: ThemedItem, c: Counts, diffs: list[ThemeMismatch]) -> None:
    """Add one pair of indicators of different samples to `c` (and its error to `diffs`)."""
    same = a.expected is not None and a.expected == b.expected
    together = a.got is not None and a.got == b.got
    if same and together:
        c.tp += 1
    elif together:
        c.fp += 1
        diffs.append(ThemeMismatch(a.name[:50], b.name[:50], True, (a.expected, b.expected),
                                   (a.got, b.got)))
    elif same:
        c.fn += 1
        diffs.append(ThemeMismatch(a.name[:50], b.name[:50], False, (a.expected, b.expected),
                                   (a.got, b.got)))


def pairwise(items: list[ThemedItem]) -> tuple[Counts, list[ThemeMismatch]]:
    """Pair counts over indicators of different samples, and the wrong pairs (for --diff)."""
    c = Counts()
    diffs: list[ThemeMismatch] = []
    for a, b in combinations(items, 2):
        if a.sample != b.sample:
            _count(a, b, c, diffs)
    return c, sorted(set(diffs), key=machine)  # in the order the JSON has always had


def pairs_with(mine: list[ThemedItem], others: list[ThemedItem]) -> Counts:
    """Pair counts of one file's indicators with those of the other samples (the gate's
    per-file share of `pairwise`)."""
    c: Counts = Counts()
    diffs: list[ThemeMismatch] = []
    for a in mine:
        for b in others:
            if a.sample != b.sample:
                _count(a, b, c, diffs)
    return c
