"""Group rows of an indicator table that name a goal or a task by its label and its quoted
wording, with no colon or dash ('Цель "Снижение …"', 'Задача «…»'): the wording without its
quotes is the goal or task; a wording whose quote never closes is cut at the page's end and
is none (session facts72)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.activities import goal_or_task
from extract.layout import Ctx
from extract.vocab import get_vocab
from ingest.models import Table

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools


@pytest.mark.parametrize(("text", "expected"), [
    ('Цель "Рост числа детей, занятых спортом в Лесногорске"',
     ("goal", "Рост числа детей, занятых спортом в Лесногорске")),
    ("Задача «Обновление спортивных залов школ»", ("task", "Обновление спортивных залов школ")),
    ("Задача 2: обновление спортивных залов школ.", ("task", "обновление спортивных залов школ")),
    ('Задача "Обновление спортивных залов шк', None),  # cut: the quote never closes
    ("Целевые показатели программы", None),
])
def test_goal_or_task_after_its_label(extract_ctx: Ctx, text: str,
                                      expected: tuple[str, str] | None) -> None:
    assert goal_or_task(text, extract_ctx) == expected


@pytest.fixture(scope="module")
def extract_ctx() -> Ctx:
    """A table context over an empty table: goal_or_task reads only its vocabulary and tools."""
    tools = full_tools()
    return Ctx(table=Table(index=1, n_cols=1, rows=()), rows=[], header=None,
               vocab=get_vocab(tools), tools=tools)
