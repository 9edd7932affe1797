"""Language knowledge of table extraction: extract/vocab/*.yaml, lemmatized once per lemmatizer.

Phrases are matched on lemmas (any inflection, any case) as contiguous word sequences; the YAML
files hold the words, this module only loads and compiles them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from extract.tools import ExtractTools
from ingest.yaml_data import load_yaml as parse_yaml

VOCAB_DIR = Path(__file__).parent / "vocab"

Phrase = tuple[str, ...]


@cache
def load_yaml(name: str) -> dict[str, Any]:
    """The parsed YAML file `extract/vocab/<name>.yaml`."""
    with (VOCAB_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        return parse_yaml(fh.read()) or {}


def contains(lemmas: list[str] | tuple[str, ...], phrase: Phrase) -> bool:
    """True when `phrase` occurs in `lemmas` as a contiguous sequence."""
    n = len(phrase)
    if n == 0 or n > len(lemmas) or phrase[0] not in lemmas:
        return False
    if n == 1:
        return True
    return any(tuple(lemmas[i : i + n]) == phrase for i in range(len(lemmas) - n + 1))


@dataclass(frozen=True)
class PhraseSet:
    """A named set of lemma phrases (and raw-text patterns), scored by `best_match`."""

    name: str
    phrases: tuple[Phrase, ...]
    patterns: tuple[re.Pattern[str], ...] = ()
    # Phrases that name the role less surely than the others ("Участники" beside "Ответственные")
    weak: frozenset[Phrase] = frozenset()
    # Phrases by their first lemma: a text is compared only with phrases that can start in it.
    by_first: dict[str, tuple[Phrase, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        self.by_first.update((k, tuple(v)) for k, v in index.items())


def best_match(
    sets: tuple[PhraseSet, ...], lemmas: list[str], lowered: str
) -> list[tuple[str, int]]:
    """(name, score) of every matching set, best first; ties keep the order of `sets`.

    A set scores the length of its longest phrase found in `lemmas`; without one, a pattern
    found in `lowered` counts as one word. One pass over the lemmas serves all sets (the roles
    are ~20 sets: a pass for each cost more than the matching)."""
    best = [0] * len(sets)
    by_first = _joint_index(sets)
    for i, first in enumerate(lemmas):
        for k, p in by_first.get(first, ()):
            n = len(p)
            if n > best[k] and tuple(lemmas[i : i + n]) == p:
                best[k] = n
    for k, s in enumerate(sets):
        if best[k] == 0 and any(p.search(lowered) for p in s.patterns):
            best[k] = 1
    hits = sorted((k for k in range(len(sets)) if best[k]), key=lambda k: -best[k])  # stable
    return [(sets[k].name, best[k]) for k in hits]


JointIndex = dict[str, tuple[tuple[int, Phrase], ...]]
# By the identity of a tuple of sets (the vocabulary's, built once per lemmatizer; the tuple is
# kept with its index so that its id is not reused): hashing the sets' phrases costs more
# than a match.
_joint: dict[int, tuple[tuple[PhraseSet, ...], JointIndex]] = {}


def _joint_index(sets: tuple[PhraseSet, ...]) -> JointIndex:
    """(position of the set, phrase) by first lemma, over every set of `sets`."""
    got = _joint.get(id(sets))
    if got is not None and got[0] is sets:
        return got[1]
    index: dict[str, list[tuple[int, Phrase]]] = {}
    for k, s in enumerate(sets):
        for first, phrases in s.by_first.items():
            index.setdefault(first, []).extend((k, p) for p in phrases)
    if len(_joint) >= 32:
        _joint.clear()
    _joint[id(sets)] = (sets, {first: tuple(v) for first, v in index.items()})
    return _joint[id(sets)][1]


@dataclass(frozen=True)
class Vocab:
    """All table vocabularies, compiled for one lemmatizer."""

    roles: tuple[PhraseSet, ...]
    value_kind: dict[str, frozenset[str]]
    value_kind_not: tuple[Phrase, ...]
    section_words: frozenset[str]
    section_label: re.Pattern[str]
    stage_section: str
    passport_fields: tuple[PhraseSet, ...]
    deadline_words: frozenset[str]
    month_words: frozenset[str]
    status_words: frozenset[str]
    org_words: frozenset[str]
    name_units: tuple[tuple[Phrase, str], ...]
    kinds: tuple[PhraseSet, ...]
    generic_heads: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    year_start_dates: tuple[re.Pattern[str], ...] = ()
    report_periods: frozenset[str] = frozenset()
    count_heads: frozenset[str] = frozenset()
    shifted_heads: frozenset[str] = frozenset()
    person_heads: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    measure_words: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    cohort_words: frozenset[str] = frozenset()
    remark_words: frozenset[str] = frozenset()
    total_words: frozenset[str] = frozenset()
    unit_line_lead: frozenset[str] = frozenset()
    unit_rate: re.Pattern[str] = re.compile("(?!)")
    goal_task_label: re.Pattern[str] = re.compile("(?!)")
    goal_words: frozenset[str] = frozenset()
    # "… детей. Задачи:" inside a goal cell, its list on the lines below
    task_label_inside: re.Pattern[str] = re.compile("(?!)")
    position_words: frozenset[str] = frozenset()
    task_captions: tuple[Phrase, ...] = ()
    name_code: re.Pattern[str] = re.compile("(?!)")


def _phrases(tools: ExtractTools, items: list[str]) -> tuple[Phrase, ...]:
    return tuple(p for p in (tuple(tools.lemmas(s)) for s in items) if p)


def _words(tools: ExtractTools, items: list[str]) -> frozenset[str]:
    return frozenset(w for s in items for w in tools.lemmas(s))


def _label_pattern(words: list[str]) -> re.Pattern[str]:
    """"Раздел 1.", "Направление II:" … at the start of a section title (never matches if the
    list is empty)."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"^\s*(?:{alt})\s+(?:\d{{1,3}}(?:\.\d{{1,3}})*|[IVXLC]{{1,6}})\s*[.:)]?"
                      r"\s*[-–—:.]?\s+(?=[\w«\"„“])", re.I)


def _goal_task_pattern(goals: list[str], tasks: list[str],
                       owners: Sequence[str] = ()) -> re.Pattern[str]:
    """"Цель: …", "Задача 1: …", "Задача № 2. …" ("N 2." with a Latin N), "Задача 1.1. …",
    "Цели подпрограммы: …" at the start of a group row (`owners`: the plan named after the
    label)."""
    alt = "|".join(re.escape(w) for w in [*goals, *tasks]) or "(?!)"
    own = "|".join(re.escape(w) for w in owners)
    owner = rf"(?:\s+(?:{own}))?" if own else ""
    # "Задача 1.1. …": a task numbered under its goal keeps its whole number in the label
    # 'Цель "Создание …"': the label before the quoted wording, no mark between
    number = r"(?:(?:№|N(?=\s*\d))\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?)?"
    return re.compile(rf"^\s*({alt}){owner}\s*{number}"
                      rf"(?:\s*[:.)–—-]\s*|\s+(?P<quote>[«\"“„]))(?=\w)",
                      re.I)


def _inner_task_label(tasks: list[str], owners: Sequence[str]) -> re.Pattern[str]:
    """"Задачи:" / "Задачи программы –" where a goal cell goes on into its tasks (matched at a
    sentence's start inside the cell; the list may open on the next line with a dash)."""
    alt = "|".join(re.escape(w) for w in tasks) or "(?!)"
    own = "|".join(re.escape(w) for w in owners)
    owner = rf"(?:\s+(?:{own}))?" if own else ""
    return re.compile(rf"(?:{alt}){owner}\s*[:–—-]\s*", re.I)


@lru_cache(maxsize=8)
def get_vocab(tools: ExtractTools) -> Vocab:
    """The vocabularies lemmatized with `tools` (cached per tools object)."""
    headers, sections, passport = load_yaml("headers"), load_yaml("sections"), load_yaml("passport")
    content, indicators, kinds = load_yaml("content"), load_yaml("indicators"), load_yaml("kinds")
    roles = tuple(
        PhraseSet(
            name,
            _phrases(tools, spec.get("phrases", [])),
            tuple(re.compile(p) for p in spec.get("patterns", [])),
            frozenset(_phrases(tools, spec.get("weak", []))),
        )
        for name, spec in headers["roles"].items()
    )
    return Vocab(
        roles=roles,
        value_kind={k: _words(tools, v) for k, v in headers["value_kind"].items()},
        value_kind_not=_phrases(tools, headers["value_kind_not"]),
        section_words=_words(tools, sections["section_words"]),
        section_label=_label_pattern(sections.get("section_labels", [])),
        stage_section=sections["stage_section"],
        passport_fields=tuple(
            PhraseSet(name, _phrases(tools, items)) for name, items in passport["fields"].items()
        ),
        deadline_words=_words(tools, content["deadline_words"]),
        month_words=_words(tools, content["month_words"]),
        status_words=_words(tools, content["status_words"]),
        org_words=_words(tools, content["org_words"]),
        name_units=tuple(
            (tuple(tools.lemmas(" ".join(u["words"]))), u["unit"]) for u in indicators["name_units"]
        ),
        kinds=tuple(PhraseSet(k, _phrases(tools, v)) for k, v in kinds.items()),
        generic_heads=_words(tools, headers.get("generic_heads", [])),
        group_heads=_words(tools, headers.get("group_heads", [])),
        year_start_dates=tuple(re.compile(p) for p in headers.get("year_start_dates", [])),
        report_periods=_words(tools, headers.get("report_periods", [])),
        count_heads=_words(tools, headers.get("count_heads", [])),
        shifted_heads=_words(tools, headers.get("shifted_heads", [])),
        person_heads=_words(tools, headers.get("person_heads", [])),
        clause_words=_words(tools, headers.get("clause_words", [])),
        measure_words=_words(tools, indicators.get("measure_words", [])),
        unit_words=_words(tools, indicators.get("unit_words", [])),
        cohort_words=_words(tools, content.get("cohort_words", [])),
        remark_words=_words(tools, indicators.get("remark_words", [])),
        total_words=_words(tools, indicators.get("total_words", [])),
        unit_line_lead=_words(tools, indicators.get("unit_line_lead", [])),
        unit_rate=re.compile(indicators.get("unit_rate", "(?!)"), re.I),
        goal_task_label=_goal_task_pattern(sections.get("goal_labels", []),
                                           sections.get("task_labels", []),
                                           sections.get("label_owners", [])),
        goal_words=_words(tools, sections.get("goal_labels", [])),
        task_label_inside=_inner_task_label(sections.get("task_labels", []),
                                            sections.get("label_owners", [])),
        position_words=_words(tools, content.get("position_words", [])),
        task_captions=_phrases(tools, headers.get("task_captions", [])),
        name_code=re.compile(indicators.get("name_code", "(?!)")),
    )
