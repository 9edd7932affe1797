"""An indicator table whose header holds only its year captions, plan and fact in one cell
under a "план/факт" caption, and the unit given once for the table by a line above it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import para, run, table, tools, tsv
from facts_helpers import full_tools

from extract.cells import unit_line
from extract.facts.header import extract as facts
from extract.found import Found
from extract.header_rows import value_pair
from extract.vocab import get_vocab
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text

# the number and name columns without captions; years with "план/факт" or "план" under them
YEARS_ONLY = tsv(r"""
| | 2025 год\nплан/факт | 2026 год\nплан/факт | 2027 год\nплан
1. | Доля учащихся, получающих горячее питание | 81/83 | 85/84,5 | 90
2. | Уровень оснащённости кабинетов информатики | 60/55 | 70 | 80
""")


@pytest.mark.parametrize(("caption", "pair"), [
    ("2025 год\nплан/факт", ("plan", "fact")),
    ("факт / план", ("fact", "plan")),
    ("2024 г. Плановое значение/Фактическое значение", ("plan", "fact")),
    ("2025 год\nплан", None),
    ("2025 год", None),
    ("Значение/единица измерения", None),
])
def test_value_pair(caption: str, pair: tuple[str, str] | None) -> None:
    assert value_pair(caption, get_vocab(tools()), tools()) == pair


@pytest.mark.parametrize(("line", "unit"), [
    ("(проценты)", "проценты"),
    ("( в процентах )", "процентах"),
    ("(тыс. рублей)", "тыс. рублей"),
    ("(%)", "%"),
    ("(2025-2027 годы)", None),
    ("(далее - Программа)", None),
    ("(в редакции от 12.03.2025)", None),
    ("проценты", None),
])
def test_unit_line(line: str, unit: str | None) -> None:
    assert unit_line(line, get_vocab(tools()), tools()) == unit


def test_years_only_header_with_plan_fact_cells() -> None:
    found = run(para("(процентов)"), table(YEARS_ONLY, first_line=3))
    inds = found.indicators
    assert [(i.number, i.name, i.unit) for i in inds] == [
        ("1", "Доля учащихся, получающих горячее питание", "процентов"),
        ("2", "Уровень оснащённости кабинетов информатики", "процентов"),
    ]
    assert [(v.year, v.kind, v.value) for v in inds[0].values] == [
        (2025, "plan", 81), (2025, "fact", 83), (2026, "plan", 85), (2026, "fact", 84.5),
        (2027, "plan", 90)]
    # a lone number under "план/факт" is the plan (the fact not yet known)
    assert [(v.year, v.kind, v.value) for v in inds[1].values] == [
        (2025, "plan", 60), (2025, "fact", 55), (2026, "plan", 70), (2027, "plan", 80)]
    assert any("plan_fact_pair" in t for t in found.trace)


def test_unit_line_not_right_above_gives_no_unit() -> None:
    found = run(para("(процентов)"), para("Значения показателей"), table(YEARS_ONLY))
    assert {i.unit for i in found.indicators} == {None}


def _text_doc(*paragraphs: str) -> SourceDocument:
    """A text file's blocks: paragraphs parted by blank lines (the year captions and rows of a
    table printed a cell a paragraph after them)."""
    cells = ["2026 год", "2027 год", "1.", "Доля детей, охваченных отдыхом", "40", "45",
             "2.", "Доля лагерей с новым оборудованием", "10", "20"]
    text = "\n\n".join([*paragraphs, *cells])
    blocks = read_text(text.encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


# (paragraphs over the table, title): a unit line over the table is no part of the appendix's
# heading above it; a parenthesis that is words of the title still joins it
UNIT_UNDER_TITLE = [
    (["Приложение № 4\nк муниципальной программе",
      "Показатели подпрограммы «Летний отдых»\n(2026-2027 годы)", "(процентов)"],
     "Показатели подпрограммы «Летний отдых» (2026-2027 годы)"),
    (["Приложение № 2\nк подпрограмме", "Целевые индикаторы подпрограммы «Летний отдых»",
      "(в процентах)"],
     "Целевые индикаторы подпрограммы «Летний отдых»"),
    (["Приложение № 1\nк постановлению", "План мероприятий",
      "(дорожная карта) по развитию детского отдыха"],
     "План мероприятий (дорожная карта) по развитию детского отдыха"),
]


@pytest.mark.parametrize(("paragraphs", "title"), UNIT_UNDER_TITLE)
def test_unit_line_ends_a_title(paragraphs: list[str], title: str) -> None:
    assert facts(_text_doc(*paragraphs), Found(), full_tools()).document.title == title
