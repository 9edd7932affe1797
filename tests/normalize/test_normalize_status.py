"""Execution marks → Status(text, done, years)."""

from __future__ import annotations

import pytest

from normalize.models import Status
from normalize.status import parse_status, status_class

MARKS = [
    ("Выполнено 2020 г. 2021 г.", True, [2020, 2021]),
    ("Выполнено Выполнено", True, []),
    ("Выполнено", True, []),
    ("выполнено", True, []),
    ("Исполнено", True, []),
    ("реализовано", True, []),
    ("Проведено 15.03.2023", True, [2023]),
    ("Выполнено в полном объеме", True, []),
    ("Выполнено в 2020-2022 гг.", True, [2020, 2021, 2022]),
    ("Выполнено (2022 г.)", True, [2022]),
    ("Завершено", True, []),
    ("+", True, []),
    ("да", True, []),
    ("не выполнено", False, []),
    ("Не выполнено", False, []),
    ("Не выполнено в 2021 г.", False, [2021]),
    ("не было проведено", False, []),
    ("Не проведено в связи с карантином", False, []),
    ("Мероприятие отменено", False, []),
    ("нет", False, []),
    ("выполнено частично", False, []),
    ("частично выполнено", False, []),
    ("Частично", False, []),
    ("Выполнено не в полном объеме", False, []),
    ("перенесено на 2024 г.", False, [2024]),
    ("Перенесено", False, []),
    ("Не выполнено (перенесено)", False, []),
    ("Выполнено 2023 г.", True, [2023]),
    ("отложено до 2025 года", False, [2025]),
    ("в процессе", None, []),
    ("В процессе выполнения", None, []),
    ("в работе", None, []),
    ("выполняется", None, []),
    ("реализуется в 2023 году", None, [2023]),
    ("Приказ от 12.03.2023 № 45", None, [2023]),
    ("Выполнено\n2020 г.\n2021 г.", True, [2020, 2021]),
]


def test_table_is_large() -> None:
    assert len(MARKS) >= 30


@pytest.mark.parametrize(("text", "done", "years"), MARKS)
def test_status(text: str, done: bool | None, years: list[int]) -> None:
    assert parse_status(text) == Status(text=" ".join(text.split()), done=done, years=years)


@pytest.mark.parametrize("text", ["", "   ", "\n", "-", "—", "…"])
def test_empty_mark_is_none(text: str) -> None:
    assert parse_status(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Выполнено", "done"),
    ("частично", "partial"),
    ("перенесено", "postponed"),
    ("в работе", "in_progress"),
    ("не выполнено", "not_done"),
    ("Приказ № 5", None),
])
def test_status_class_names(text: str, name: str | None) -> None:
    assert status_class(text)[0] == name
