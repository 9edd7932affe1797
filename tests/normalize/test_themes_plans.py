"""Pairwise precision and recall of themes across the invented plans of data/theme_plans.yaml:
two indicators of different plans are a true pair when a person judged them the same concept,
a predicted pair when they got the same theme. The issue's target: F1 ≥ 0.8 at precision
≥ 0.9 on plans of new municipalities."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import yaml

from normalize.lemmas import get_lemmatizer
from normalize.themes import default_matcher

PLANS = Path(__file__).parent / "data" / "theme_plans.yaml"


def _items() -> list[tuple[int, str, str]]:
    plans = yaml.safe_load(PLANS.read_text(encoding="utf-8"))["plans"]
    out = []
    for d, plan in enumerate(plans):
        for line in plan["indicators"]:
            name, concept = (x.strip() for x in line.rsplit("|", 1))
            out.append((d, name, concept))
    return out


def test_pairwise_precision_and_f1_across_plans() -> None:
    matcher = default_matcher(get_lemmatizer())
    items = [(d, c, matcher.match(n)) for d, n, c in _items()]
    tp = fp = fn = 0
    for (da, ca, ga), (db, cb, gb) in combinations(items, 2):
        if da == db:
            continue
        same = ca == cb
        together = ga is not None and gb is not None and ga.code == gb.code
        tp += same and together
        fp += together and not same
        fn += same and not together
    assert tp + fn >= 25, "the plans must share concepts for the measure to mean something"
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.9 and f1 >= 0.8, (tp, fp, fn)
