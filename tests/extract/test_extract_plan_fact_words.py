"""A report's plan and fact written in words beside an indicator's name
(extract/plan_fact_words.py), also when a PDF's text export interleaved the note's columns line
by line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.found import Found
from extract.models import DraftDocument
from extract.plan_fact_words import extract

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import doc, para, tools

REPORT = Found(document=DraftDocument(kind="report", period_text="за 9 месяцев 2025 года"))

Item = tuple[str, str | None, list[tuple[str, float]]]


@pytest.mark.parametrize(("text", "items"), [
    # prose: one indicator a line
    ("Посещаемость по плану – 75%, выполнено – 70%.\n"
     "Число воспитанников по плану – 120, выполнено – 118.",
     [("Посещаемость", "%", [("plan", 75), ("fact", 70)]),
      ("Число воспитанников", None, [("plan", 120), ("fact", 118)])]),
    # columns interleaved: the service's words before the name, the reasons' phrase after the
    # values, a name over lines without values between two pairs
    ("Присмотр и уход за детьми\nфизические лица, 1 - Число детей по плану – 120\n"
     "3 года, группа полного дня\nвыполнено – 118\nотклонение,\nпревышающее\nдопустимое\n"
     "значение\nДоля\nобоснованных\nжалоб 0%\nродителей\nПосещаемость по\nплану – 75%\n"
     "выполнено – 70%\nДоля\nпедагогов,\nпрошедших отклонения,\nкурсы повышения\n"
     "превышающее\nдопустимое значение –\n0%\nпо плану –90%\nвыполнено – 95%\n"
     "отклонения – 0\n\nфизические лица, 3 - 7 лет\nДоля",
     [("Число детей", None, [("plan", 120), ("fact", 118)]),
      ("Доля обоснованных жалоб родителей", None, []),
      ("Посещаемость", "%", [("plan", 75), ("fact", 70)]),
      ("Доля педагогов, прошедших курсы повышения", "%", [("plan", 90), ("fact", 95)])]),
])
def test_plan_and_fact_in_words(text: str, items: list[Item]) -> None:
    found = extract(doc(para(text)), REPORT, tools())
    assert [(i.name, i.unit, [(v.kind, v.value) for v in i.values]) for i in found.indicators] \
        == items
    assert all(v.year == 2025 for i in found.indicators for v in i.values)


@pytest.mark.parametrize(("text", "found"), [
    # one pair only: no table of deviations
    ("Посещаемость по плану – 75%, выполнено – 70%.", REPORT),
    # a plan's document: no report
    ("Посещаемость по плану – 75%, выполнено – 70%.\nЧисло детей по плану – 12, выполнено – 12.",
     Found(document=DraftDocument(kind="roadmap", period_text="на 2025 год"))),
    # numbers without a dash are no values ("план 2025 года выполнен")
    ("План 2025 года выполнен. План 2024 года выполнен.", REPORT),
])
def test_no_plan_and_fact_in_words(text: str, found: Found) -> None:
    assert extract(doc(para(text)), found, tools()).indicators == ()
