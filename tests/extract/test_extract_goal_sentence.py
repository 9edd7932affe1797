"""A goal stated inside a sentence of a school's annual analysis ("Коллектив поставил перед
собой цель : «…»."), the tasks under the sentence that leads into them from it ("Для
достижения которой … решали следующие задачи:"), and captions listed after the tasks word
("Задачи программы, показатели, …") that are no tasks' label."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text


def _doc(text: str) -> SourceDocument:
    blocks = read_text(text.encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


@pytest.mark.parametrize(("text", "goals", "tasks"), [
    # the goal sentence broken over two paragraphs, the goal in guillemets
    ("Анализ работы школы Кедрового за 2023-2024 учебный год\n\n"
     "Педагогический коллектив поставил перед собой\n\n"
     "цель : «Создать условия  для развития одарённых детей».\n\n"
     "Для достижения которой коллектив школы решал следующие задачи:\n\n"
     "1.      Развитие школьного научного общества.\n\n"
     "2.      Участие учащихся в районных конкурсах.",
     ("Создать условия для развития одарённых детей",),
     ("Развитие школьного научного общества", "Участие учащихся в районных конкурсах")),
    # a sentence before it in the same paragraph; the goal unquoted to the sentence's end
    ("В прошлом году школа работала над темой самообразования. Школа определила для себя "
     "цель: повышение качества образования в Лесном. Работа велась по плану.",
     ("повышение качества образования в Лесном",), ()),
    # the goal the sentence's subject, in a page flattened into one paragraph
    ("Школа работает на основании лицензии № 100. Главная цель работы школы определялась "
     "следующим образом: создание условий для успешной социализации учеников Лесного. "
     "Эта цель определила работу педагогов.",
     ("создание условий для успешной социализации учеников Лесного",), ()),
    # "для достижения цели": the goal no subject or object, the list after the colon no goal
    ("Для достижения цели были проведены следующие мероприятия: экскурсии, конкурсы, "
     "выставки.", (), ()),
    # a theme is no goal; a heading's "Цель:" is a label the statement rules read
    ("Коллектив школы работал над темой: «Здоровье школьника».", (), ()),
])
def test_goal_of_a_sentence(tools: ExtractTools, text: str, goals: tuple[str, ...],
                            tasks: tuple[str, ...]) -> None:
    found = extract(_doc(text), Found(), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


def test_captions_after_the_tasks_word_are_no_tasks(tools: ExtractTools) -> None:
    text = ("Показатели подпрограммы\n\nЗадачи подпрограммы, показатели, единицы измерения\n\n"
            "Плановый период")
    assert extract(_doc(text), Found(), tools).tasks == ()
