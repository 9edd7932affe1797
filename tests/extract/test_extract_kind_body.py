"""The last word on a document's kind (extract/kind_body.py): the genre phrases of its whole
text vote when no rule read a kind; texts written in our own words."""

from __future__ import annotations

import pytest

from extract.kind_body import body_vote


@pytest.mark.parametrize(("text", "kind"), [
    # a section page of a self-examination report, no heading of its own
    ("2. Оценка системы управления. В отчетном периоде детский сад работал в режиме "
     "пятидневки.", "report"),
    ("Результаты самообследования показали, что кадровый состав стабилен.", "report"),
    # a table of a programme's target indicators under a school's card
    ("Целевые показатели\nДоля учащихся, занятых в кружках | 45 | 50 | 55", "programme"),
    # an amending act's operative sentence
    ("Администрация района постановляет: 1. Внести изменения в программу.", "order"),
    # a plan's table caption
    ("План мероприятий | Срок исполнения | Ответственный", "roadmap"),
    # nothing of the genre, or two genres named alike: no vote
    ("Сведения о здании: кирпичное, два этажа.", None),
    ("План работы на год. Публичный доклад директора.", None),
])
def test_body_vote(text: str, kind: str | None) -> None:
    assert body_vote(text)[0] == kind
