"""A school's news of a past year's results: "по итогам <years> учебного года" says a report
and the years it reports on (extract/vocab/kinds_body.yaml, facts.yaml `period_intro_patterns`).
Invented wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_TAIL = ("\nНа празднике директор вручила грамоты ученикам и поблагодарила родителей за помощь."
         "\nОтдельно отметили участников научной конференции и их наставников.")

CASES = [
    ("\nРезультаты школы по итогам 2023-2024 учебного года: 120 победителей школьного этапа "
     "олимпиады и 14 призеров муниципального этапа." + _TAIL, ("report", (2023, 2024))),
    ("Гимназия подвела итоги: по итогам 2024 года наши ученики получили 35 дипломов "
     "конкурсов разного уровня." + _TAIL, ("report", (2024, 2024))),
    # no year after "по итогам": no period, and no report told by it
    ("Классные руководители по итогам четверти провели беседы с родителями учеников, "
     "которым нужна помощь в учебе." + _TAIL, (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_results_news(text: str, expected: tuple[object, object], tmp_path: Path) -> None:
    got = page_summary(text, tmp_path)
    assert (got["kind"], got["period"]) == expected
