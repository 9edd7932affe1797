"""Goals and tasks of a programme's section page as legal sites and school sites print it:
amendment notes between the items, bare lower-case items ending with ";", a list under a
sentence instead of a label, loose numbers of a PDF's text layer, a qualified label with its
dash list on its line, a singular "Задача -" statement."""

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


_NOTE = "(в ред. Постановления Администрации города Заречного от 12.03.2019 N 214)"


@pytest.mark.parametrize(("text", "goals", "tasks"), [
    # a note after the label and after each numbered item (one line per paragraph)
    ("\n".join(("Цель - доступность дошкольного образования в Заречном.", "Задачи:", _NOTE,
                "1) открытие новых групп в детских садах;", _NOTE,
                "2) подготовка воспитателей;", _NOTE)),
     ("доступность дошкольного образования в Заречном",),
     ("открытие новых групп в детских садах", "подготовка воспитателей")),
    # bare lower-case items ending with ";", a note between them (blank lines between)
    ("\n\n".join(("Цель Программы - качественное образование в Сосновском районе.",
                  "Задачи Программы:", "обновление содержания общего образования;", _NOTE,
                  "развитие сети сельских школ;", "поддержка молодых учителей")),
     ("качественное образование в Сосновском районе",),
     ("обновление содержания общего образования", "развитие сети сельских школ",
      "поддержка молодых учителей")),
    # no label: a sentence about the goal leads into the list
    ("\n\n".join(("Целью Подпрограммы является рост охвата детей дошкольным образованием.",
                  "Достижение этой цели обеспечивается решением следующих задач:",
                  "строительство детского сада в поселке Лесном;",
                  "оснащение групп игровым оборудованием.")),
     ("рост охвата детей дошкольным образованием",),
     ("строительство детского сада в поселке Лесном", "оснащение групп игровым оборудованием")),
    # a text layer's loose numbers: "1.Xxx" (no space), "2 Xxx" (no dot), then "3. Xxx"
    ("\n\n".join(("Задачи Программы развития:", "1.Обновление развивающей среды групп.",
                  "2 Формирование готовности детей к школе.",
                  "3. Повысить открытость детского сада.")),
     (),
     ("Обновление развивающей среды групп", "Формирование готовности детей к школе",
      "Повысить открытость детского сада")),
    # a qualified label with its run-on dash list on its line, the goal on the line above
    ("Цель - рост мастерства учителей школы.\nЗадачи методической работы: - изучить "
     "затруднения учителей; - организовать наставничество; - обобщить опыт лучших учителей.",
     ("рост мастерства учителей школы",),
     ("изучить затруднения учителей", "организовать наставничество",
      "обобщить опыт лучших учителей")),
    # the singular labels, one statement each
    ("\n\n".join(("Цель - безопасные здания школ Кедрового.",
                  "Задача - ремонт кровель и систем отопления школьных зданий.")),
     ("безопасные здания школ Кедрового",),
     ("ремонт кровель и систем отопления школьных зданий",)),
])
def test_section_goals_and_tasks(tools: ExtractTools, text: str, goals: tuple[str, ...],
                                 tasks: tuple[str, ...]) -> None:
    found = extract(_doc(text), Found(), tools)
    assert (found.goals, found.tasks) == (goals, tasks)


@pytest.mark.parametrize("text", [
    # one lower-case paragraph after a label is a sentence, not a list
    "Задачи:\n\nпроведение конкурса чтецов в мае.\n\nОтветственные: учителя литературы.",
    # "Задача 1." numbers a section: no statement of its own
    "Задача 1. Развитие кадров\n\n1.1. Курсы повышения квалификации",
    # a singular "Задача:" inside a section, no goal beside it, is the section's
    "3. Самообразование учителей\n\nТекст раздела.\n\nЗадача: создать условия для "
    "самообразования учителей.",
])
def test_no_tasks_from_a_single_paragraph_or_numbered_heading(tools: ExtractTools,
                                                              text: str) -> None:
    assert extract(_doc(text), Found(), tools).tasks == ()


@pytest.mark.parametrize(("text", "kind", "title"), [
    # a section page naming its programme only in the goal's sentence
    ("Целью Подпрограммы является рост охвата детей дошкольным образованием.\n\n"
     "Задачи:\n\n1) строительство детского сада;\n\n2) оснащение групп.", "programme", None),
    # "Описание Программы развития …": the page's heading names the plan it describes
    ("Описание Программы развития МБДОУ на 2022-2027 гг.\n\nЗадачи Программы развития:\n\n"
     "1. Обновить среду групп.\n\n2. Повысить открытость детского сада.", "programme",
     "Описание Программы развития МБДОУ на 2022-2027 гг."),
    # an act ordering a programme drafted is an order, not the programme
    ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\nот 12 марта 2018 года N 45\n\n"
     "О разработке муниципальной программы \"Развитие образования Заречного района на "
     "2019-2023 годы\"\n\nАдминистрация района постановляет:\n\n1. Разработать программу.",
     "order", None),
])
def test_section_page_kind(tools: ExtractTools, text: str, kind: str,
                           title: str | None) -> None:
    doc = extract(_doc(text), Found(), tools).document
    assert doc.kind == kind
    if title:
        assert doc.title == title


@pytest.mark.parametrize(("note", "issuer"), [
    # the note's body as it writes it: no place added from the title's quoted name
    ("(в ред. Постановления Правительства области от 14.05.2020 N 318)",
     "Правительство области"),
    # "Исполкома …" (a Tatarstan municipality's executive committee) in the nominative
    ("(в ред. Постановления Исполкома муниципального образования г. Заречного от 14.05.2020 "
     "N 318)", "Исполком муниципального образования г. Заречного"),
])
def test_issuer_of_amendment_note(tools: ExtractTools, note: str, issuer: str) -> None:
    text = "\n\n".join(("Действующий", 'О ПРОГРАММЕ "РАЗВИТИЕ ОБРАЗОВАНИЯ В КЕДРОВСКОЙ ОБЛАСТИ '
                        'НА 2020-2024 ГОДЫ"', "Задачи Программы:", "обновление школ;", note,
                        "подготовка учителей"))
    assert extract(_doc(text), Found(), tools).document.issuer == issuer
