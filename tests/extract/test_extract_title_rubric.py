"""Lines under a title that are no part of it: a site's rubric under a news headline that
closed its quoted name (extract/facts/title_rubric.py) and the plan's goal or tasks printed as
a field right under its name (facts.yaml title_audience_notes, read by title_notes)."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.title_ends import ends_title
from extract.facts.title_rubric import rubric_after_name


@pytest.mark.parametrize(("kept", "line", "expected"), [
    # a rubric in the nominative under a headline closing its quoted name
    ("Итоги конкурса «Зелёный двор»", "Внеучебная и творческая деятельность", True),
    ('Итоги акции "Книга в подарок"', "Воспитательная работа", True),
    ("Итоги смотра «Юный пешеход»", "Дополнительное образование", True),
    # a genitive goes on the headline
    ("Итоги конкурса «Зелёный двор»", "Лесной средней школы", False),
    # the headline has not closed its name: the line goes on it
    ("План работы методического", "Объединения учителей", False),
    # a quoted name, a number or a year under it is the owner's or the period's
    ("Итоги конкурса «Зелёный двор»", "МБОУ «Школа № 3»", False),
    ("Итоги конкурса «Зелёный двор»", "Сезон 2024 года", False),
    # lower case goes on the title
    ("Отчет о работе «Точки роста»", "за первое полугодие", False),
])
def test_rubric_after_name(ctx: Ctx, kept: str, line: str, expected: bool) -> None:
    assert rubric_after_name(ctx, [kept], line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Цель: повышение качества образования в МБОУ Лесной ООШ", True),
    ("Цели программы: создание условий для развития детей", True),
    ("Задачи:", True),
    ("ЦЕЛЬ: развитие кадрового потенциала", True),
    # a title's own words
    ("по достижению целевых показателей", False),
    ("«Цели устойчивого развития в школе»", False),
])
def test_goal_field_ends_title(ctx: Ctx, line: str, expected: bool) -> None:
    assert ends_title(ctx, line) is expected
