"""Institutions' plan tables in Word: a lead-in row ending in a colon over rows with their own
dates and executors (the rows are the activities, the lead-in none), a second row that
captions the columns again, list dashes of rows of their own, an aim column beside the
activity column."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.headphrase import reads_as_caption

_LEAD_IN = """
№ | Мероприятие | Сроки | Ответственные
1. | Организация диагностики: | |
 | анкетирование родителей о безопасности детей на дорогах | сентябрь | старший воспитатель
 | наблюдение за играми детей на площадке ПДД | октябрь | воспитатели групп
2. | Развлечение «Светофорик в гостях у ребят» | ноябрь | музыкальный руководитель
"""

_LEAD_IN_DASHES = """
Мероприятие | Сроки | Ответственные
Смотр кабинетов: | |
- проверка готовности кабинетов к учебному году; | август | комиссия
- проверка состояния спортивного зала; | август | учитель физкультуры
Родительское собрание «Безопасное лето» | май | классные руководители
"""

# the dash list written inside the lead-in's own rows, with one date and executor: one activity
_LEAD_IN_ONE = """
№ | Мероприятие | Сроки | Ответственные
1. | Провести совещания: | январь, май | заведующий
 | - о готовности к летнему периоду; | |
 | - об итогах учебного года | |
2. | Выставка рисунков «Огонь — друг и враг» | март | воспитатели
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_LEAD_IN, [("анкетирование родителей о безопасности детей на дорогах", "сентябрь"),
                ("наблюдение за играми детей на площадке ПДД", "октябрь"),
                ("Развлечение «Светофорик в гостях у ребят»", "ноябрь")]),
    (_LEAD_IN_DASHES, [("проверка готовности кабинетов к учебному году", "август"),
                       ("проверка состояния спортивного зала", "август"),
                       ("Родительское собрание «Безопасное лето»", "май")]),
    (_LEAD_IN_ONE, [("Провести совещания: - о готовности к летнему периоду; - об итогах "
                     "учебного года", "январь, май"),
                    ("Выставка рисунков «Огонь — друг и враг»", "март")]),
])
def test_lead_in_rows(text: str, expected: list[tuple[str, str]]) -> None:
    acts = run(table(tsv(text))).activities
    assert [(a.title, a.deadline_text) for a in acts] == expected


_CAPTION_ROW = """
№ п/п | Наименование мероприятий | Сроки | Ответственные
 | Наименование мероприятий | |
1. | Педсовет «Итоги летней оздоровительной работы» | август | заведующий
2. | Смотр-конкурс уголков безопасности | сентябрь | старший воспитатель
"""

_CAPTION_PARTS = """
Мероприятие | Цель мероприятия | Сроки | Участники мероприятия | Ответственные
1 | 2 | 3 | 4 | 5
Беседа «Один дома» | научить не открывать дверь | октябрь | старшая группа | воспитатели
 | | | Участники мероприятия | Ответственные
Квест «Пожарные спешат на помощь» | закрепить правила | ноябрь | дети | инструктор
"""

# a section row of its own words stays a section, though its words name activities
_SECTION_KEPT = """
№ | Наименование мероприятий | Сроки | Ответственные
 | Основные мероприятия | |
1. | Акция «Внимание, дети!» | май | заместитель директора
"""


@pytest.mark.parametrize(("text", "titles", "sections"), [
    (_CAPTION_ROW, ["Педсовет «Итоги летней оздоровительной работы»",
                    "Смотр-конкурс уголков безопасности"], [None, None]),
    (_CAPTION_PARTS, ["Беседа «Один дома»", "Квест «Пожарные спешат на помощь»"], [None, None]),
    (_SECTION_KEPT, ["Акция «Внимание, дети!»"], ["Основные мероприятия"]),
])
def test_caption_rows(text: str, titles: list[str], sections: list[str | None]) -> None:
    acts = run(table(tsv(text))).activities
    assert [a.title for a in acts] == titles
    assert [a.section for a in acts] == sections
    assert all(not a.result_text for a in acts)


_AIM_FIRST = """
Направление / Цель | Мероприятие | Сроки | Ответственные
Любовь к родному краю | Экскурсия в краеведческий музей посёлка | сентябрь | учителя
Уважение к труду | Встреча с мастерами лесхоза | октябрь | заместитель директора
"""


def test_aim_column_is_no_activity() -> None:
    acts = run(table(tsv(_AIM_FIRST))).activities
    assert [(a.title, a.deadline_text, a.result_text) for a in acts] == [
        ("Экскурсия в краеведческий музей посёлка", "сентябрь", None),
        ("Встреча с мастерами лесхоза", "октябрь", None)]


@pytest.mark.parametrize(("text", "caption"), [
    ("Сроки", True),
    ("Участники мероприятия", True),
    ("Ответственные", True),
    ("Обучить персонал порядку действий", False),
    ("Создание условий для безопасного пребывания детей", False),
])
def test_header_captions_are_no_goal_values(text: str, caption: bool) -> None:
    """A row "Мероприятие | Цель мероприятия | Сроки | …" is a table's header: the cells after
    "Цель" are captions, no goal (extract/facts/goals.py reads passport rows)."""
    assert reads_as_caption(text, tools()) is caption


_DATED_TITLES = """
Мероприятие | Сроки | Ответственные
1 сентября – День знаний | сентябрь | классные руководители
3 сентября – День солидарности в борьбе с терроризмом | сентябрь | педагог-организатор
"""

_NUMBERED_TITLES = """
Мероприятие | Сроки | Ответственные
1 Линейка «Здравствуй, школа!» | сентябрь | классные руководители
2 Осенний кросс | октябрь | учитель физкультуры
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_DATED_TITLES, [(None, "1 сентября – День знаний"),
                     (None, "3 сентября – День солидарности в борьбе с терроризмом")]),
    (_NUMBERED_TITLES, [("1", "Линейка «Здравствуй, школа!»"), ("2", "Осенний кросс")]),
])
def test_day_and_month_open_the_title(text: str, expected: list[tuple[str | None, str]]) -> None:
    """A calendar's "1 сентября – День знаний" keeps its date: no item number 1."""
    acts = run(table(tsv(text))).activities
    assert [(a.number, a.title) for a in acts] == expected
