"""Plan tables of real exports: parallel unnumbered rows under one executor, words a narrow
PDF column broke (a dictionary compound at its hyphen, a word's last letter that reads like the
conjunction "а"), and a legal form on its own line before the organisation's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.cells import rejoin
from normalize.party_split import split_responsibles


@pytest.mark.parametrize(("text", "joined"), [
    # a compound the dictionary knows with its hyphen keeps it (it is also a word joined)
    ("центров естественно-\nнаучного профиля", "центров естественно-научного профиля"),
    # a word broken at a hyphen it does not have: the hyphen goes
    ("обще-\nобразовательной школы", "общеобразовательной школы"),
    ("вза-\nимодействия", "взаимодействия"),
    # a lone "а" after no comma: the last letter of the word above, not a conjunction
    ("Решение\nСовет\nа депутатов", "Решение\nСовета депутатов"),
    ("Приказ\nотдел\nа образования", "Приказ\nотдела образования"),
    # the conjunction after a comma stays a word
    ("Отдел образования,\nа также школы", "Отдел образования,\nа также школы"),
])
def test_narrow_column_breaks(text: str, joined: str) -> None:
    assert rejoin(text, tools()) == joined


@pytest.mark.parametrize(("text", "parties"), [
    ("Управление\nобразования, ГБУДО\nОблСЮТ,\nРайонный ДДТ",
     ["Управление образования", "ГБУДО ОблСЮТ", "Районный ДДТ"]),
    ("Комитет по спорту, ГУДО\nОблЦДТ", ["Комитет по спорту", "ГУДО ОблЦДТ"]),
    ("МУДО\nДЮСШ № 2, МБОУ СОШ № 1", ["МУДО ДЮСШ № 2", "МБОУ СОШ № 1"]),
])
def test_legal_form_before_name_on_next_line(text: str, parties: list[str]) -> None:
    assert split_responsibles(text) == parties


_PARALLEL = """
№ | Наименование мероприятия | Срок | Организатор
 | Районные соревнования по волейболу среди юношей | Октябрь | Отдел образования
 | Районные соревнования по волейболу среди девушек | Октябрь | Отдел образования
 | Районный центр «Юность», в том числе: | | Отдел образования
"""


def test_parallel_unnumbered_rows_are_activities() -> None:
    """A row that opens like the row above is an activity of its own; a row that does not and
    repeats the executor stays a detail of it."""
    acts = run(table(tsv(_PARALLEL))).activities
    assert [(a.title, a.deadline_text) for a in acts] == [
        ("Районные соревнования по волейболу среди юношей", "Октябрь"),
        ("Районные соревнования по волейболу среди девушек", "Октябрь")]


@pytest.mark.parametrize(("sentence", "goal"), [
    ("Цель настоящего доклада — познакомить родителей с итогами года.",
     "познакомить родителей с итогами года"),
    ("Цель публичного доклада: показать результаты работы школы.",
     "показать результаты работы школы"),
    ("Цель настоящего публичного доклада - рассказать о планах развития лицея.",
     "рассказать о планах развития лицея"),
])
def test_goal_of_a_public_report(sentence: str, goal: str) -> None:
    """A school's public report states its goal naming itself ("настоящего доклада")."""
    from facts_helpers import docx_doc, facts_of

    doc = docx_doc("Муниципальное бюджетное общеобразовательное учреждение «Лицей № 4»",
                   "Публичный доклад за 2024-2025 учебный год", "1. Общие сведения",
                   sentence, "Лицей работает с 1990 года.", bold=(1, 2))
    assert list(facts_of(doc, tools()).goals) == [goal]
