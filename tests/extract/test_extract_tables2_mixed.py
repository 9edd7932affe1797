"""Plan tables that mix activities and indicators (each row an activity with its deadline and
responsibles, its indicator with unit and values beside it), value cells listing each year's
value, header words a typesetter hyphenated, words a narrow PDF column broke and glued."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.hyphens import join_hyphenated
from extract.indicator_rows import year_values

_MIXED = """
№ | Мероприятие | Срок исполнения | Показатель | Ед. изм. | Значение по годам | Ответственный
1 | 2 | 3 | 4 | 5 | 6 | 7
Задача 1. Расширение сети групп кратковременного пребывания | | | | | |
1.1 | Открытие групп кратковременного пребывания при школах | 2015-2017 гг. | Число детей в группах кратковременного пребывания | человек | 2015 г. 40; 2016 г. 55; 2017 г. 70 | Отдел образования администрации Кедрового района
1.2 | Проведение семинаров для воспитателей групп | ежегодно | Доля воспитателей, прошедших обучение | % | 2015 г. 30; 2016 г. 60; 2017 г. 100 | Методический кабинет
"""  # noqa: E501

_RESULT_ONLY = """
№ | Мероприятие | Срок | Ответственный | Показатель результата
1 | Проведение конкурса чтецов | март | Отдел образования | Число участников конкурса
2 | Организация летнего лагеря | июнь | Школа № 2 | Охват детей отдыхом
"""


@pytest.mark.parametrize(("text", "activities", "indicators"), [
    # an indicator measured by a unit and values: both the activity and the indicator
    (_MIXED, ["Открытие групп кратковременного пребывания при школах",
              "Проведение семинаров для воспитателей групп"],
     ["Число детей в группах кратковременного пребывания",
      "Доля воспитателей, прошедших обучение"]),
    # an indicator cell with no unit or value: the activity's expected result only
    (_RESULT_ONLY, ["Проведение конкурса чтецов", "Организация летнего лагеря"], []),
])
def test_plan_table_with_indicators(text: str, activities: list[str],
                                    indicators: list[str]) -> None:
    found = run(table(tsv(text)))
    assert [a.title for a in found.activities] == activities
    assert [i.name for i in found.indicators] == indicators


def test_mixed_rows_keep_their_own_fields() -> None:
    found = run(table(tsv(_MIXED)))
    first, second = found.activities
    assert first.responsibles_text == "Отдел образования администрации Кедрового района"
    assert first.result_text is None and second.result_text is None
    ind = found.indicators[0]
    assert ind.number is None and ind.unit == "человек"
    assert [(v.year, v.value) for v in ind.values] == [(2015, 40), (2016, 55), (2017, 70)]
    assert found.tasks == ("Расширение сети групп кратковременного пребывания",)
    assert not any("has no year" in w for w in found.warnings)


@pytest.mark.parametrize(("text", "pairs"), [
    ("2015 г. 40,5; 2016 г. 45,0", [(2015, "40,5"), (2016, "45,0")]),
    ("2020 год - 12; 2021 год - 14; 2022 год - 16", [(2020, "12"), (2021, "14"), (2022, "16")]),
    ("2019: 5 %, 2020: 7 %", [(2019, "5"), (2020, "7")]),
    ("2019 г. 5", []),  # one year: the column's, not a listing
    ("45,0", []),
    ("рост к 2016 г. до 45 и к 2017 г. до 50", []),  # words between: a sentence
])
def test_year_values(text: str, pairs: list[tuple[int, str]]) -> None:
    assert year_values(text) == pairs


@pytest.mark.parametrize(("text", "joined"), [
    ("Факти-ческое значение за отчетный финан-совый год",
     "Фактическое значение за отчетный финансовый год"),
    ("Значение, утвержден-ное в муници-пальном задании",
     "Значение, утвержденное в муниципальном задании"),
    ("научно-методический центр", "научно-методический центр"),  # a compound stays
    ("Северо-западный округ", "Северо-западный округ"),
])
def test_typeset_hyphens_in_header(text: str, joined: str) -> None:
    assert join_hyphenated(text, tools().is_known) == joined


_REPORT_FORM = """
Наименование показателя | Единица измерения | Значение, утвержден-ное в муници-пальном задании на отчетный финан-совый год | Факти-ческое значение за отчетный финан-совый год | Характе-ристика причин отклонения
Число посещений выставок музея | человек | 1200 | 1150 | ремонт зала
"""  # noqa: E501


def test_report_form_with_hyphenated_header() -> None:
    from extract_tables_helpers import para
    found = run(para("Отчет об исполнении муниципального задания за 2019 год", line=1),
                table(tsv(_REPORT_FORM), first_line=2))
    ind, = found.indicators
    assert ind.name == "Число посещений выставок музея"
    assert sorted((v.year, v.kind, v.value) for v in ind.values) == [
        (2019, "fact", 1150), (2019, "plan", 1200)]


@pytest.mark.parametrize(("text", "joined"), [
    # a narrow PDF column broke two words and its text layer lost the space between them
    ("Отдел\nкультурыгород\nа", "Отдел\nкультуры города"),
    ("Плановые\nцелев\nыепоказател\nи:", "Плановые\nцелевые показатели:"),
    # lines of whole words stay as they are
    ("Отдел\nобразования\nи\nспорта", "Отдел\nобразования\nи\nспорта"),
])
def test_glued_words_of_a_narrow_pdf_column(text: str, joined: str) -> None:
    from extract.cells import rejoin
    assert rejoin(text, tools()) == joined


def test_year_values_broken_after_decimal_comma() -> None:
    assert year_values("2018 г.\n12,\n5;\n2019 г.\n14,\n0") == [(2018, "12,5"), (2019, "14,0")]
