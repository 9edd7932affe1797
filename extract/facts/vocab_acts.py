"""The words of acts and task forms in extract/vocab/facts.yaml that single rules read: a legal
site's amendment note, an institution's kind abbreviated as a bare issuer, a passport's approval
row, a body's statute cited before the operative verb, a task form's heading scattered or run
into its fields, a task report's date cell, a task report's explanatory note. A base of
FactsVocab (extract/facts/vocab.py), kept apart so that the facts vocabulary stays readable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extract.facts.vocab_kinds import Lemmas


@dataclass(frozen=True)
class ActsVocab:
    """Act and task form word lists and patterns every FactsVocab carries (facts.yaml)."""

    amendment_dates: re.Pattern[str]  # "С изменениями и дополнениями от: …" over an act
    generic_institution_abbr: frozenset[str]  # "приказом ОУ от …": no institution's name
    passport_approval_labels: tuple[Lemmas, ...]  # a passport's row naming its approving act
    statute_body: re.Pattern[str]  # "… Положения о министерстве образования …, приказываю:"
    task_form_head: re.Pattern[str]  # a task form's heading scattered over its lines: its name
    task_form_first_year: re.Pattern[str]  # "на 2024": the first year on a line of its own
    task_form_rest: re.Pattern[str]  # "год и на плановый период 2025 и 2026 годов"
    task_form_number: re.Pattern[str]  # the form's number on a line of its own
    task_note_heading: re.Pattern[str]  # "Пояснительная записка к отчету об исполнении …"
    task_note_task_years: tuple[re.Pattern[str], ...]  # the task's own term in the note
    task_note_reported_year: re.Pattern[str]  # "за 2023 год": the year the note reports on
    task_heading_in_run: re.Pattern[str]  # "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на …" in a flattened run
    task_report_form_date: re.Pattern[str]  # "от «__» ____ 20__ г": a report form's date
    task_report_split_date: re.Pattern[str]  # "ОТЧЕТ от «9» об исполнении … января 2023 года"
    act_extract_prefix: re.Pattern[str]  # "ВЫПИСКА ИЗ" before the act's word of a letterhead
    grif_chairs: frozenset[str]  # "Председатель": a council's chair signing its grif's minutes


def acts_fields(f: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's act and task form fields read from facts.yaml."""
    scatter, note = f["task_form_scatter"], f["task_note"]
    return dict(
        amendment_dates=re.compile(str(f["amendment_dates_pattern"]), re.IGNORECASE),
        generic_institution_abbr=frozenset(f["generic_institution_abbr"]),
        passport_approval_labels=tuple(tuple(x) for x in f["passport_approval_labels"]),
        statute_body=re.compile(f["statute_body"]),
        task_form_head=re.compile(scatter["head"]),
        task_form_first_year=re.compile(scatter["first_year"]),
        task_form_rest=re.compile(scatter["rest"]),
        task_form_number=re.compile(scatter["number"]),
        task_note_heading=re.compile(note["heading"]),
        task_note_task_years=tuple(re.compile(x) for x in note["task_years"]),
        task_note_reported_year=re.compile(note["reported_year"]),
        task_heading_in_run=re.compile(f["task_heading_in_run"]),
        task_report_form_date=re.compile(f["task_report_form_date"]),
        task_report_split_date=re.compile(f["task_report_split_date"]),
        act_extract_prefix=re.compile(f["act_extract_prefix"], re.IGNORECASE),
        grif_chairs=frozenset(f["grif_chairs"]),
    )
