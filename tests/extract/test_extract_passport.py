"""Passport tables (field | value) and stage tables (Этап | Содержание | Результаты)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tsv

from extract.passport import list_items
from extract.stages import split_stage
from extract.statements import statement_like

PROGRAMME = tsv("""
Наименование программы | Программа развития методической службы на 2021-2025 гг.
Основные разработчики Программы | МКУ ИМДЦ
Исполнитель (соисполнители) Программы | Управление образования, МКУ ИМДЦ
Сроки реализации Программы | 2021 – 2025 гг.
Цель Программы | Модернизация модели единого методического пространства
| методического сопровождения педагогов
Задачи Программы | <ul> <li>- спроектировать модель;</li> <li>- обеспечить рост.</li> </ul>
Объемы и источники финансирования | За счет средств бюджета
""")


def test_two_column_passport() -> None:
    found = run(table(PROGRAMME))
    assert found.goals == (
        "Модернизация модели единого методического пространства методического сопровождения "
        "педагогов",
    )
    assert found.tasks == ("спроектировать модель", "обеспечить рост")
    d = found.document
    assert (d.period_text, d.title, d.developer) == (
        "2021 – 2025 гг.",
        "Программа развития методической службы на 2021-2025 гг.",
        "МКУ ИМДЦ",
    )
    assert found.activities == () and found.indicators == ()


def test_passport_with_number_column_and_indicator_items() -> None:
    rows = tsv(r"""
1 | Цели | Обеспечение функционирования системы сопровождения
2 | Ожидаемые результаты | - наличие системы, - позитивная динамика
3 | Показатели реализации дорожной карты | Показатели: В соответствии с целями - наличие \
документов -\nучастие в диагностиках компетенций
| | <p>педагогов</p> <ul> <li>- проведено не менее 2 заседаний (ежегодно)</li> </ul>
4 | Мониторинг | <ul><li>- опрос педагогов</li></ul>
""".replace("\\\n", ""))
    found = run(table(rows))
    assert found.goals == ("Обеспечение функционирования системы сопровождения",)
    assert [(i.name, i.section, i.values) for i in found.indicators] == [
        ("наличие документов", "Показатели реализации дорожной карты", ()),
        ("участие в диагностиках компетенций педагогов", "Показатели реализации дорожной карты",
         ()),
        ("проведено не менее 2 заседаний (ежегодно)", "Показатели реализации дорожной карты", ()),
    ]
    assert found.indicators[0].source.line == 3


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Одна цель без списка", ["Одна цель без списка"]),
        ("- первая,\n- вторая;", ["первая", "вторая"]),
        ("Задачи: - первая - вторая", ["первая", "вторая"]),
        ("• первая\nпродолжение\n• вторая", ["первая продолжение", "вторая"]),
        ("Вводная фраза - первая - вторая", ["Вводная фраза", "первая", "вторая"]),
    ],
)
def test_list_items(text: str, items: list[str]) -> None:
    assert list_items(text) == items


def test_stage_table_gives_activities() -> None:
    rows = tsv("""
Этап | Содержание деятельности | Результаты деятельности
Подготовительный этап (ноябрь-декабрь 2020 г.) | Разработка локальных актов | Положения
| работы в режиме функционирования | обновлённые планы
<p>Заключительный этап (2025 г.)</p> | Мониторинг | Единое методическое пространство
""")
    acts = run(table(rows)).activities
    assert [(a.title, a.deadline_text, a.result_text, a.section) for a in acts] == [
        ("Подготовительный этап", "ноябрь-декабрь 2020 г.", "Положения обновлённые планы",
         "Этапы реализации"),
        ("Заключительный этап", "2025 г.", "Единое методическое пространство", "Этапы реализации"),
    ]
    assert [a.source.line for a in acts] == [2, 4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Основной этап реализации Программы (2021-2025 гг.)",
         ("Основной этап реализации Программы", "2021-2025 гг.")),
        ("Первый этап", ("Первый этап", None)),
        ("Этап (подготовка) 2022 г.", ("Этап (подготовка) 2022 г.", None)),
    ],
)
def test_split_stage(text: str, expected: tuple[str, str | None]) -> None:
    assert split_stage(text) == expected


def _passport(tasks: str) -> list[list[str]]:
    return [["Наименование программы", "Программа развития образования Озёрного округа"],
            ["Цель программы", "Повышение качества образования в\nОзёрном округе"],
            ["Задачи программы", tasks],
            ["Сроки реализации программы", "2026-2030 годы"]]


@pytest.mark.parametrize(("tasks", "items"), [
    # one item a paragraph, lines wrapped by a narrow PDF column
    ("Обновление инфраструктуры школьных\nбиблиотек\nРазвитие кадрового потенциала",
     ["Обновление инфраструктуры школьных библиотек", "Развитие кадрового потенциала"]),
    # items ended by ";", lower case
    ("обновление инфраструктуры;\nразвитие кадрового\nпотенциала;\nподдержка одарённых детей",
     ["обновление инфраструктуры", "развитие кадрового потенциала",
      "поддержка одарённых детей"]),
    # a numbered list is read as numbered
    ("1) обновление инфраструктуры;\n2) развитие кадрового\nпотенциала",
     ["обновление инфраструктуры", "развитие кадрового потенциала"]),
    # items on one line between semicolons
    ("обновление инфраструктуры; развитие кадрового потенциала",
     ["обновление инфраструктуры", "развитие кадрового потенциала"]),
    # one task whose wrapped line starts with a name: one item
    ("Создание условий для обучения детей в\nОзёрном округе",
     ["Создание условий для обучения детей в Озёрном округе"]),
])
def test_unmarked_task_items(tasks: str, items: list[str]) -> None:
    found = run(table(_passport(tasks)))
    assert list(found.tasks) == items
    assert found.goals == ("Повышение качества образования в Озёрном округе",)


def test_numbered_items_on_rows_of_their_own_continue_the_field() -> None:
    rows = [["Цель программы", "Повышение качества образования"],
            ["Целевые показатели программы", "1. Доля школ с библиотечными центрами"],
            ["2. Доля педагогов, прошедших обучение по приоритетным направлениям"],
            ["Сроки реализации программы", "2026-2030 годы"]]
    found = run(table(rows))
    assert [i.name for i in found.indicators] == [
        "Доля школ с библиотечными центрами",
        "Доля педагогов, прошедших обучение по приоритетным направлениям"]


def _goal_passport(goal: str) -> list[list[str]]:
    return [["Наименование программы", "Программа «Умники» Ольховского района"],
            ["Цели и задачи программы", goal],
            ["Сроки реализации программы", "2014-2017 годы"]]


@pytest.mark.parametrize(("goal", "goals", "tasks"), [
    # a combined field: the goal, then "Задачи:" and the tasks in the same cell
    ("Цель: поддержка способных школьников района.\nЗадачи:\n- расширение сети кружков;\n"
     "- помощь учителям, ведущим кружки",
     ["поддержка способных школьников района"],
     ["расширение сети кружков", "помощь учителям, ведущим кружки"]),
    ("поддержка способных школьников района. Задачи программы: расширение сети кружков; "
     "помощь учителям",
     ["поддержка способных школьников района"], ["расширение сети кружков", "помощь учителям"]),
    # "задачи" inside the goal's sentence is the goal's own word
    ("решение задачи поддержки способных школьников района",
     ["решение задачи поддержки способных школьников района"], []),
    # goals each opened by a dash glued to the capital
    ("-Обновление содержания обучения.\n-Развитие сети кружков",
     ["Обновление содержания обучения", "Развитие сети кружков"], []),
    # a wrapped line opening with a quote names the noun above: one goal
    ("Обеспечение реализации программы\n«Умники Ольховского района»",
     ["Обеспечение реализации программы «Умники Ольховского района»"], []),
])
def test_goal_cell_items(goal: str, goals: list[str], tasks: list[str]) -> None:
    found = run(table(_goal_passport(goal)))
    assert (list(found.goals), list(found.tasks)) == (goals, tasks)


@pytest.mark.parametrize(("item", "stated"), [
    ("Обновление содержания обучения", True),
    ("развитие кружков", True),
    ("23", False),  # a page number left in a cell
    ("является:", False),  # a label's remnant
    ("Задачи программы:", False),  # a heading run into the cell
    ("ИКТ", False),
])
def test_statement_like(item: str, stated: bool) -> None:
    assert statement_like(item) is stated
