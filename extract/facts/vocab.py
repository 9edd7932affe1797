"""Vocabulary of document facts (extract/vocab/facts.yaml, doc_kinds.yaml), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.vocab import load_yaml

Lemmas = tuple[str, ...]


@dataclass(frozen=True)
class FactsVocab:
    """Compiled word lists and patterns for the header extractor."""

    report_openers: tuple[Lemmas, ...]
    plan_nouns: tuple[tuple[Lemmas, str], ...]
    order_words: frozenset[str]
    approve_words: frozenset[str]
    position_heads: frozenset[str]
    issuer_heads: frozenset[str]
    org_words: frozenset[str]
    names: tuple[re.Pattern[str], ...]
    appendix: tuple[re.Pattern[str], ...]
    approval: tuple[re.Pattern[str], ...]
    number: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    period_label: tuple[re.Pattern[str], ...]
    period_title: tuple[re.Pattern[str], ...]
    municipality: tuple[re.Pattern[str], ...]
    not_places: frozenset[str]
    region: tuple[re.Pattern[str], ...]
    goal_words: frozenset[str]
    task_words: frozenset[str]
    doc_words: frozenset[str]
    goal_task_split: tuple[re.Pattern[str], ...]
    abbreviations: frozenset[str]
    place_markers: frozenset[str]
    place_marker_adjectives: frozenset[str]
    settlement_words: frozenset[str]
    body_units: frozenset[str]
    parent_genitive: dict[str, str]
    region_nouns: frozenset[str]
    region_heads: frozenset[str]
    municipal_words: frozenset[str]


def _rx(items: list[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in items)


@cache
def facts_vocab() -> FactsVocab:
    """The facts vocabulary (words in the YAML files are already lemmas)."""
    f, k = load_yaml("facts"), load_yaml("doc_kinds")
    return FactsVocab(
        report_openers=tuple(tuple(x) for x in k["report_openers"]),
        plan_nouns=tuple((tuple(x["lemmas"]), x["kind"]) for x in k["plan_nouns"]),
        order_words=frozenset(k["order_words"]),
        approve_words=frozenset(k["approve_words"]),
        position_heads=frozenset(f["position_heads"]),
        issuer_heads=frozenset(f["issuer_heads"]),
        org_words=frozenset(f["org_words"]),
        names=_rx(f["name_patterns"], 0),
        appendix=_rx(f["appendix_patterns"]),
        approval=_rx(f["approval_patterns"], 0),
        number=re.compile(f["number_pattern"]),
        dates=_rx(f["date_patterns"]),
        period_label=_rx(f["period_label_patterns"]),
        period_title=_rx(f["period_title_patterns"]),
        municipality=_rx(f["municipality_patterns"], 0),
        not_places=frozenset(f["not_places"]),
        region=_rx(f["region_patterns"], 0),
        goal_words=frozenset(f["goal_words"]),
        task_words=frozenset(f["task_words"]),
        doc_words=frozenset(f["doc_words"]),
        goal_task_split=_rx(f["goal_task_split"]),
        **{k: frozenset(f[k]) for k in (
            "abbreviations", "place_markers", "place_marker_adjectives", "settlement_words",
            "body_units", "region_nouns", "region_heads", "municipal_words")},
        parent_genitive=dict(f["parent_genitive"]),
    )
