"""The words of document kinds (extract/vocab/doc_kinds.yaml): report and plan openers, act
nouns, table headers. The base of FactsVocab (extract/facts/vocab.py), kept apart so that each
module holds the words of one YAML file and the facts vocabulary stays readable."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

Lemmas = tuple[str, ...]


@dataclass(frozen=True)
class KindsVocab:
    """Document-kind word lists every FactsVocab carries (doc_kinds.yaml)."""

    report_openers: tuple[Lemmas, ...]
    assessed_openers: tuple[Lemmas, ...]  # "Показатели деятельности … самообследованию"
    review_openers: frozenset[str]
    review_objects: tuple[Lemmas, ...]
    progress_openers: tuple[Lemmas, ...]
    plan_nouns: tuple[tuple[Lemmas, str], ...]
    plan_adjectives: frozenset[str]
    order_words: frozenset[str]
    approve_words: frozenset[str]
    amend_openers: tuple[Lemmas, ...]
    restate_clauses: tuple[Lemmas, ...]
    new_edition: tuple[Lemmas, ...]
    approved_lists: tuple[tuple[Lemmas, str], ...]
    activity_headers: tuple[Lemmas, ...]
    report_headers: tuple[Lemmas, ...]
    report_form_captions: tuple[Lemmas, ...]
    programme_words: frozenset[str]
    programme_part_labels: frozenset[str]
    plan_adjective_kinds: dict[str, str]
    curriculum_adjectives: frozenset[str]
    task_titles: tuple[Lemmas, ...]
    plan_sections: frozenset[str]
    events_plan_openers: tuple[Lemmas, ...]  # "Программа мероприятий …, посвященных …"
    plan_parts: tuple[Lemmas, ...]  # "План-график … программы": a part of the plan named next
    report_parts: tuple[Lemmas, ...]
    report_printed_plurals: frozenset[str]  # "сведения": a heading's genre word as printed
    held_subjects: frozenset[str]  # "О проведении месячника …": an act holding an event

    @cached_property
    def report_openers_by_word(self) -> dict[str, tuple[Lemmas, ...]]:
        """`report_openers` by their first lemma, in their order (a heading's first word picks
        the few that may follow it)."""
        out: dict[str, list[Lemmas]] = {}
        for seq in self.report_openers:
            out.setdefault(seq[0], []).append(seq)
        return {word: tuple(seqs) for word, seqs in out.items()}


def _report_notes(notes: dict[str, list[str]]) -> list[Lemmas]:
    """Each genre, preposition and execution word of `report_notes` as a report opener."""
    return [(genre, prep, obj) for genre in notes["genres"] for prep in notes["prepositions"]
            for obj in notes["objects"]]


def kinds_fields(k: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's fields read from doc_kinds.yaml (words there are already lemmas)."""
    return dict(
        report_openers=tuple(dict.fromkeys([*(tuple(x) for x in k["report_openers"]),
                                            *_report_notes(k["report_notes"])])),
        report_printed_plurals=frozenset(k["report_notes"]["printed"]),
        assessed_openers=tuple(tuple(x) for x in k["assessed_openers"]),
        review_openers=frozenset(k["review_openers"]),
        review_objects=tuple(tuple(x) for x in k["review_objects"]),
        progress_openers=tuple(tuple(x) for x in k["progress_openers"]),
        report_qualifiers=frozenset(k["report_qualifiers"]),
        plan_nouns=tuple((tuple(x["lemmas"]), x["kind"]) for x in k["plan_nouns"]),
        plan_adjectives=frozenset(k["plan_adjectives"]),
        order_words=frozenset(k["order_words"]),
        approve_words=frozenset(k["approve_words"]),
        amend_openers=tuple(tuple(x) for x in k["amend_openers"]),
        restate_clauses=tuple(tuple(x) for x in k["restate_clauses"]),
        new_edition=tuple(tuple(x) for x in k["new_edition"]),
        approved_lists=tuple((tuple(x["lemmas"]), x["kind"]) for x in k["approved_lists"]),
        amend_clauses=tuple(tuple(x) for x in k["amend_clauses"]),
        amend_headings=tuple(tuple(x) for x in k["amend_headings"]),
        activity_headers=tuple(tuple(x) for x in k["activity_headers"]),
        report_headers=tuple(tuple(x) for x in k["report_headers"]),
        report_form_captions=tuple(tuple(x) for x in k["report_form_captions"]),
        programme_words=frozenset(k["programme_words"]),
        programme_part_labels=frozenset(k["programme_part_labels"]),
        plan_adjective_kinds=dict(k["plan_adjective_kinds"]),
        curriculum_adjectives=frozenset(k["curriculum_adjectives"]),
        task_titles=tuple(tuple(x) for x in k["task_titles"]),
        plan_sections=frozenset(k["plan_sections"]),
        plan_parts=tuple(tuple(x) for x in k["plan_parts"]),
        events_plan_openers=tuple(tuple(x) for x in k["events_plan_openers"]),
        report_parts=tuple(tuple(x) for x in k["report_parts"]),
        list_headings=frozenset(k["list_headings"]),
        measures_heads=frozenset(k["measures_heads"]),
        financing_headers=tuple(tuple(x) for x in k["financing_headers"]),
        programme_measure_headers=tuple(tuple(x) for x in k["programme_measure_headers"]),
        approved_rules=frozenset(k["approved_rules"]),
        held_subjects=frozenset(k["held_subjects"]),
    )
