"""Plan tables as schools print them: groups and persons listed in one responsibles cell with
nothing but spaces between them, shortened role words, and a date typed with a space after
its first dot."""

from __future__ import annotations

import pytest

from normalize.deadlines import parse_deadline
from normalize.lemmas import get_lemmatizer
from normalize.party_split import split_responsibles, split_with


@pytest.mark.parametrize(("text", "parties"), [
    ("Классные руководители Петрова А.С.", ["Классные руководители", "Петрова А.С."]),
    ("Воспитатели Орлова Н.К.", ["Воспитатели", "Орлова Н.К."]),
    ("Орлова Н.К. Классные руководители Лесное отделение РОО «Ветераны»",
     ["Орлова Н.К.", "Классные руководители", "Лесное отделение РОО «Ветераны»"]),
    ("Кл. руководители Организатор", ["Кл. руководители", "Организатор"]),
    ("Кл. руководители Педагог-организатор Библиотекарь",
     ["Кл. руководители", "Педагог-организатор", "Библиотекарь"]),
    ("Зам. директора по УВР Кл. руководители", ["Зам. директора по УВР", "Кл. руководители"]),
    ("Заведующий Медицинская сестра", ["Заведующий", "Медицинская сестра"]),
])
def test_groups_and_persons_listed_with_spaces_are_parties(text: str,
                                                          parties: list[str]) -> None:
    assert split_responsibles(text) == parties


@pytest.mark.parametrize("text", [
    "Руководители ШМО",  # the group's body, by its abbreviation
    "Специалисты Управления образования",  # whose group: genitive
    "Члены Совета отцов",
    "Старшая медицинская сестра",
    "Заместитель директора Орлова Н.К.",  # a position with its holder: one party
])
def test_a_group_with_its_body_stays_one_party(text: str) -> None:
    assert split_responsibles(text) == [text]


def test_debug_names_the_rule() -> None:
    why: list[str] = []
    split_with("Классные руководители Петрова А.С.", get_lemmatizer(), why)
    assert why == ["party_after_group"]


@pytest.mark.parametrize(("text", "end"), [
    ("До 15. 12.2023", "2023-12-15"),  # a space after the day's dot: one date
    ("до 3. 04.2024 г.", "2024-04-03"),
    ("до 12 .05.2024 г.", "2024-05-12"),  # a space before it (read before)
    ("до 15.12.2023", "2023-12-15"),
])
def test_a_date_with_a_stray_space_is_one_day(text: str, end: str) -> None:
    found = parse_deadline(text, None)
    assert (found.start, found.end) == (None, end)


def test_month_and_year_alone_stay_a_month() -> None:
    found = parse_deadline("12.2023", None)
    assert (found.start, found.end) == ("2023-12-01", "2023-12-31")
