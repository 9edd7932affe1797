"""facts61 (written again with invented schools): a school programme's page run into one line
— the grif's opener after an attachment note in capitals, the approving act inline before the
director's position, the capitals title after the name signed on the blank, the contents in
normal case after the title; a kindergarten's cover whose heading goes on over its owner in
the prepositional case ("В Муниципальном … учреждении" / "«Детском саду № 7»") to its years,
under a letterhead with its requisites below a site's card."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.grif_cell_lines import unflattened
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table
from facts_helpers import facts_of, lines_doc


def _cut_texts(ctx: Ctx, text: str) -> list[str]:
    rules = (*ctx.vocab.flat_cuts, *ctx.vocab.flat_line_cuts)
    cuts = sorted({m.start("cut") for rx in rules for m in rx.finditer(text)})
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in pairwise(bounds)
            if text[a:b].strip()]


@pytest.mark.parametrize(("text", "part"), [
    # the grif's opener after a note in capitals
    ("Приложение к ООП НОО Утверждаю: приказ от 30.08.2024 № 88 Директор", "Утверждаю:"),
    ("Приложение к АООП УТВЕРЖДЕНО приказом от 30.08.2024 № 88", "УТВЕРЖДЕНО приказом"),
    # the title in capitals after the name signed on the blank
    ("Директор МБОУ СОШ № 5 _______В.Н. Рябова ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5 г. Лесного",
     "ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5 г. Лесного"),
    # the contents in normal case before its first item
    ("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5 г. Лесного Содержание Пояснительная записка "
     "Раздел 1", "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5 г. Лесного"),
])
def test_flat_line_parts(text: str, part: str, ctx: Ctx) -> None:
    assert any(p.startswith(part) for p in _cut_texts(ctx, text))


@pytest.mark.parametrize("text", [
    # "Содержание" opening a sentence, not a contents page
    "Работа строится по плану. Содержание работы включает беседы и игры с детьми",
    # the opener inside a sentence in normal case is no grif's
    "План работы школы Утверждение плана на педагогическом совете в августе",
])
def test_no_new_cut(text: str, ctx: Ctx) -> None:
    rules = ctx.vocab.flat_line_cuts[-3:]
    assert not [m for rx in rules for m in rx.finditer(text)]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Утверждаю: приказ от 30.08.2024 № 88 Директор МБОУ СОШ № 5 _______В.Н. Рябова",
     ["Утверждаю:", "приказ от 30.08.2024 № 88", "Директор МБОУ СОШ № 5", "_______В.Н. Рябова"]),
    ("УТВЕРЖДАЮ приказ № 12-о от 01.09.2023 г. Заведующий МБДОУ № 3 ____ Е.Е. Зайцева",
     ["УТВЕРЖДАЮ", "приказ № 12-о от 01.09.2023 г.", "Заведующий МБДОУ № 3", "____ Е.Е. Зайцева"]),
])
def test_act_before_position(cell: str, expected: list[str], ctx: Ctx) -> None:
    assert list(unflattened(ctx, (cell,))) == expected


_RUN = ("Приложение к ООП ООО Утверждаю: приказ от 30.08.2024 № 88 Директор МБОУ СОШ № 5 "
        "_______В.Н. Рябова РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5 Содержание Пояснительная "
        "записка Раздел 1. Целевой 1.1. Цель воспитания. Раздел 2. Содержательный. "
        "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА Программа воспитания помогает детям войти в жизнь общества, "
        "найти друзей и выбрать дело по душе. Её пишут учителя вместе с родителями и детьми, "
        "а обсуждают на совете школы каждый год в августе перед началом занятий.")


def test_programme_run(tools: ExtractTools) -> None:
    got = facts_of(lines_doc(_RUN), tools).document
    assert (got.kind, got.title) == ("programme", "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 5")
    assert (got.order_number, got.order_date_text) == ("88", "от 30.08.2024")
    assert [(s.name, s.position) for s in got.signatories] == [
        ("В.Н. Рябова", "Директор МБОУ СОШ № 5")]


_COVER = """Программа Солнышко

Муниципальное бюджетное дошкольное образовательное учреждение

«Детский сад № 7»

ИНН 1234567890, КПП 123401001

612345 Заречная область, г. Лесной, ул. Садовая, д. 5

тел. 8(000)11-22-33, e-mail: ds7@example.ru

ПРОГРАММА

«Солнышко»

по физическому развитию детей

В Муниципальном бюджетном дошкольном

образовательном учреждении

«Детском саду № 7»

на 2024 - 2027 гг.

Программа помогает детям расти здоровыми, её выполняют воспитатели всех групп."""


def test_cover_owner_in_prepositional(tools: ExtractTools) -> None:
    got = facts_of(lines_doc(_COVER), tools).document
    assert got.title == ("ПРОГРАММА «Солнышко» по физическому развитию детей В Муниципальном "
                         "бюджетном дошкольном образовательном учреждении «Детском саду № 7» "
                         "на 2024 - 2027 гг.")
    assert got.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение "
                          "«Детский сад № 7»")


# --- a staff roster under a methodical association's plan (no plan's rows) ---

def _roster(head: str) -> list[list[str]]:
    return [["№", head, "Категория", "Стаж", "Классы", "Авторы учебников, УМК"],
            ["1", "Сорокина\nАнна\nПетровна", "высшая", "21 год", "4", "УМК «Школа России»"],
            ["2", "Михеева\nОльга\nИвановна", "1", "15 лет", "3", "УМК «Школа России»"],
            ["3", "Голубева\nЕлена\nСергеевна", "б\\к", "2 года", "1", "УМК «Школа России»"]]


@pytest.mark.parametrize("head", ["Фамилия, имя, отчество учителя", "ФИО педагога"])
def test_roster_is_no_plan(head: str) -> None:
    assert run(table(_roster(head))).activities == ()


def test_plan_rows_still_named() -> None:
    # a plan table whose header names no title column: its worded column names the rows
    rows = [["№", "", "Сроки", "Ответственные"],
            ["1", "Заседание МО по плану на год", "сентябрь", "Сорокина А.П."],
            ["2", "Открытые уроки учителей", "ноябрь", "Михеева О.И."]]
    assert [a.title for a in run(table(rows)).activities] == [
        "Заседание МО по плану на год", "Открытые уроки учителей"]


# --- a goal's label qualified by its term ---

@pytest.mark.parametrize(("label", "goal"), [
    ("II.Цель на текущий учебный год:", "развитие профессиональных умений учителей"),
    ("Цель на 2024-2025 учебный год:", "развитие профессиональных умений учителей"),
])
def test_goal_label_with_term(label: str, goal: str, tools: ExtractTools) -> None:
    text = (f"План работы методического объединения учителей\n\n{label}\n\n{goal}\n\n"
            "Тема работы МО:\n\n«Урок в начальной школе»")
    assert list(facts_of(lines_doc(text), tools).goals) == [goal]


# --- tasks each under a numbered singular label; a passport's labels printed before values ---

@pytest.mark.parametrize(("text", "tasks"), [
    ("Программа развития школы на 2024-2028 годы\n\nЗадача 1. Обновление содержания "
     "образования.\n\nЗадача 2. Развитие кадрового потенциала.",
     ["Обновление содержания образования", "Развитие кадрового потенциала"]),
    # the statement wrapped over lines of one paragraph, going on in lower case
    ("Программа развития школы на 2024-2028 годы\n\nсоздание условий для развития;\n"
     "Задача 1. Повышение качества образования через\nобновление форм и методов обучения.",
     ["Повышение качества образования через обновление форм и методов обучения"]),
])
def test_numbered_task_labels(text: str, tasks: list[str], tools: ExtractTools) -> None:
    from facts_helpers import docx_doc
    blocks = text.split("\n\n")
    assert list(facts_of(docx_doc(*blocks), tools).tasks) == tasks


def test_stacked_labels_give_no_label_as_goal(tools: ExtractTools) -> None:
    from facts_helpers import docx_doc
    doc = docx_doc("Программа развития школы на 2024-2028 годы", "Цель\nпрограммы",
                   "Задачи\nпрограммы", "Паспорт Программы развития")
    assert list(facts_of(doc, tools).goals) == []
