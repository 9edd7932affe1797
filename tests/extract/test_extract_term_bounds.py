"""Columns naming the start and the end of a term: the caption decides against a deadline when
the dates speak for both alike ("Срок начала" beside "Срок окончания")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.header_rows import find_header
from extract.layout import grid_rows
from extract.vocab import get_vocab

BOUNDS = [
    ("Срок начала | Срок окончания", "март 2024 | июнь 2025", "март 2024 - июнь 2025"),
    ("Дата начала | Дата окончания", "01.02.2024 | 30.11.2024", "01.02.2024 - 30.11.2024"),
    ("Срок начала реализации | Срок завершения", "2024 | 2026", "2024 - 2026"),
    ("Год начала | Год окончания", "2023 | 2025", "2023 - 2025"),
]


@pytest.mark.parametrize(("captions", "dates", "deadline"), BOUNDS)
def test_start_and_end_captions_make_one_ranged_deadline(captions: str, dates: str,
                                                         deadline: str) -> None:
    rows = tsv(f"""
№ | Наименование мероприятия | {captions} | Ответственный исполнитель
1 | Оснащение кабинетов физики цифровыми лабораториями | {dates} | Отдел образования
2 | Курсы для учителей физики по работе с лабораториями | {dates} | Методический кабинет
""")
    acts = run(table(rows)).activities
    assert [a.deadline_text for a in acts] == [deadline, deadline]


@pytest.mark.parametrize(("captions", "roles"), [
    ("Срок начала | Срок окончания", ["start", "end"]),
    ("Срок исполнения | Срок окончания", ["deadline", "end"]),
    ("Сроки | Ответственные", ["deadline", "responsibles"]),
])
def test_debug_names_the_bound_caption_rule(captions: str, roles: list[str]) -> None:
    t = table(tsv(f"""
Мероприятие | {captions}
Создание рабочей группы | май 2024 | сентябрь 2024
Проведение собрания | октябрь 2024 | декабрь 2024
"""))
    h = find_header(grid_rows(t), t.n_cols, get_vocab(tools()), tools())
    assert h is not None
    assert [h.col(r) for r in roles] == [1, 2]
    for k, role in enumerate(roles, start=1):
        assert (role in ("start", "end")) == h.notes[k].endswith("; bound_caption)")
