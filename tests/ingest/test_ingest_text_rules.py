"""The ordered new-row rules of text tables, one (line, open row) → rule name case each."""

from __future__ import annotations

import pytest

from ingest.text.grid_rules import Frag, join_split_phrase, new_row_reason


def _cells(*texts: str) -> list[Frag]:
    return [Frag(t) for t in texts]


@pytest.mark.parametrize(("line", "open_row", "reason"), [
    (("1.2.", "Текст", "2023"), ("1.1.", "Текст", "2022"), "first_cell_filled"),
    (("", "· ·", "но-методичес"), ("2.6.", "Текст", "2022"), "junk_lead"),
    (("", "3. Научное направление", ""), ("2.6.", "Текст", "2022"), "section_heading"),
    (("", "3. Научно", "-методическо"), ("2.6.", "Текст", "2022"), "section_heading"),
    (("", "Доля педагогов", "10"), ("1.", "Группа", ""), "own_values"),
    (("", "Доля педагогов", "72"), ("", "Доля школ", "10"), "own_values"),
    (("", "Новый пункт", "Март"), ("1.", "Текст", ""), "fills_empty_column"),
    (("", "Семинар", "Март"), ("1.", "Текст", "Май"), "refills_row"),
    (("", "Выставка работ", "май 2024", "ИМЦ"), ("2", "Конкурс", "апрель 2024", "УО"),
     "refills_row"),
    (("", "Семинар", "Март", ""), ("1.", "Текст", "Май", "УО"), "all_capitalised"),
    (("", "молодых педагогов", "апреля", "УО"), ("1", "Семинар для", "до 1", "ИМЦ"), None),
    (("", "продолжение текста", ""), ("1.", "Текст", ""), None),
    (("", "продолжение", "года"), ("1.", "Текст", "2022-2026"), None),
    (("", "продолжение", "Январь 2023"), ("1.", "Текст", ""), None),
    (("", "", "мониторингах уровня"), ("3.1.", "Текст", "Участие в"), None),
    (("", "«Сердце отдаю детям».", ""), ("14.", "Конкурсы", ""), None),
    (("", "", ""), ("1.", "Текст", ""), None),
])
def test_new_row_rules(line: tuple[str, ...], open_row: tuple[str, ...],
                       reason: str | None) -> None:
    assert new_row_reason(_cells(*line), list(open_row)) == reason


def test_first_line_opens_a_row() -> None:
    assert new_row_reason(_cells("", "текст"), None) == "no_open_row"


@pytest.mark.parametrize(("parts", "joined"), [
    (["3. Научно", "-методическо", "е направление"], "3. Научно-методическое направление"),
    (["Обеспечение подхода к его методи", "кому сопровождению"],
     "Обеспечение подхода к его методикому сопровождению"),
    (["Раздел", "Второй"], "Раздел Второй"),
    (["Итог:", "100"], "Итог: 100"),
])
def test_join_split_phrase(parts: list[str], joined: str) -> None:
    assert join_split_phrase(parts) == joined
