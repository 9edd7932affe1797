"""A dated list whose line breaks a site export lost: "<date>: name. Participants" items run
together in one paragraph after the plan's heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import doc, para, tools

from extract.dated_runs import read_runs

RUN = ("ПЛАН МЕРОПРИЯТИЙ ДЕТСКОГО САДА № 3 КО ДНЮ ГОРОДА 2019 г. Март – апрель: Прогулки по "
       "улицам посёлка. Подготовительная группа Май: Выставка поделок «Мой посёлок» Все группы, "
       "персонал детского сада С 01.04.2019 по окончание праздника: Оформление стенда о "
       "городе. Средний возраст 12.06.2019: Праздник на площадке. Песни и танцы для жителей.")


@pytest.mark.parametrize(("text", "expected"), [
    (RUN, [
        ("Прогулки по улицам посёлка", "Март – апрель"),
        ("Выставка поделок «Мой посёлок»", "Май"),
        ("Оформление стенда о городе", "С 01.04.2019 по окончание праздника"),
        # the last phrase names no participants: it stays in the name
        ("Праздник на площадке. Песни и танцы для жителей", "12.06.2019"),
    ]),
    # two dates before a colon do not make a list
    ("Срок: май. Ответственный: Иванова И.И. Июнь: отчёт.", []),
    # words before a colon that are no dates are no items
    ("Место: зал. Участники: дети. Форма: концерт. Итог: фото.", []),
])
def test_read_runs(text: str, expected: list[tuple[str, str]]) -> None:
    got = read_runs(doc(para(text)), tools())
    assert [(a.title, a.deadline_text) for a in got] == expected
