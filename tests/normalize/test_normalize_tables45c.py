"""Responsibles cells of school plans: a group after a position with nothing between them, a
group on the next line after a person, a group before a comma and a person, and a role word
typed again after its own start ("Зам Заместитель")."""

from __future__ import annotations

import pytest

from normalize.party_split import split_responsibles


@pytest.mark.parametrize(("text", "parties"), [
    # a group in the nominative plural after one person's position
    ("Заместитель директора по УВР классные руководители",
     ["Заместитель директора по УВР", "классные руководители"]),
    ("Заместитель заведующего по ВМР воспитатели групп",
     ["Заместитель заведующего по ВМР", "воспитатели групп"]),
    # "Учителя" reads first as a genitive singular; at a line's start it is a group
    ("Зам. директора по ВР Сидорова Е.П.\nУчителя музыки",
     ["Зам. директора по ВР Сидорова Е.П.", "Учителя музыки"]),
    ("Учителя начальных классов, Сидорова Е.П.", ["Учителя начальных классов", "Сидорова Е.П."]),
    # a role word typed again after its own start: one party
    ("Зам Заместитель директора по ВР", ["Зам Заместитель директора по ВР"]),
    ("З Заместитель\nдиректора по УВР", ["З Заместитель директора по УВР"]),
])
def test_groups_after_positions_and_typing_restarts(text: str, parties: list[str]) -> None:
    assert split_responsibles(text) == parties


@pytest.mark.parametrize("text", [
    "Директор школы, Сидорова Е.П.",  # a position and its holder
    "Руководитель МО учителей начальных классов",  # whose group: genitive plural
    "Заместитель директора по ВР",
    "Учителя\nфизической культуры",  # a group's field on the next line
])
def test_one_party_stays_whole(text: str) -> None:
    assert split_responsibles(text) == [text.replace("\n", " ")]


@pytest.mark.parametrize(("text", "parties"), [
    # a narrow PDF column breaks a cell at every other word: "Кл." of "классные руководители"
    # goes on with "руководители" on the next line
    ("Кл.\nруководители\nВожатая", ["Кл. руководители", "Вожатая"]),
    ("Зам.\nдиректора по\nУВР Кл.\nруководители", ["Зам. директора по УВР", "Кл. руководители"]),
    # a surname on one line, its initials and the next party on the next
    ("Сомова\nЕ.П., Белов\nК.О.", ["Сомова Е.П.", "Белов К.О."]),
    # a surname broken before its last letter, its initials right after
    ("Сидоренк\nо Е.П.,\nклассные руководители", ["Сидоренко Е.П.", "классные руководители"]),
    ("Лапшин\nа Н.А.", ["Лапшина Н.А."]),
])
def test_narrow_column_breaks_are_mended(text: str, parties: list[str]) -> None:
    assert split_responsibles(text) == parties
