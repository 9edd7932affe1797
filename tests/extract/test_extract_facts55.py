"""Acts and programmes of municipal and regional bodies (session facts55): tasks printed as
plain capitalised paragraphs under a sentence leading into them; a plan table's task row whose
label restates its number; a programme's plan-graph; a network schedule; an amending act that
restates the act's appendix with the programme's passport printed after it; an act a legal site
ran into one line with the plan it approves; a one-initial signature with its whole position
on its line; an appendix stamp naming the body in the genitive, no act word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import Cell

sys.path.insert(0, str(Path(__file__).parent))
import extract_tables_helpers as tables_
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, txt_doc

_SECTION = ("Раздел 2. Цели и задачи подпрограммы, срок реализации\n\n"
            "Целью подпрограммы является - повышение доступности дополнительного образования "
            "детей.\n\n{lead}\n\n{items}\n")


@pytest.mark.parametrize(("lead", "items", "tasks"), [
    ("Для достижения поставленной цели необходимо решение следующих задач:",
     "Развитие сети кружков и секций в сельских школах района.\n\n"
     "Обновление материально-технической базы учреждений дополнительного образования.\n\n"
     "Организация летнего отдыха детей.",
     ["Развитие сети кружков и секций в сельских школах района",
      "Обновление материально-технической базы учреждений дополнительного образования",
      "Организация летнего отдыха детей"]),
    # sentences saying what was done are no task list
    ("Для достижения поставленной цели необходимо решение следующих задач:",
     "В районе работают двенадцать кружков.\n\nШколы получили новое оборудование.", []),
], ids=["aim-paragraphs", "sentences"])
def test_tasks_as_capitalised_paragraphs_under_lead_in(tools: ExtractTools, tmp_path: Path,
                                                       lead: str, items: str,
                                                       tasks: list[str]) -> None:
    found = facts_of(txt_doc(tmp_path, _SECTION.format(lead=lead, items=items)), tools)
    assert list(found.tasks) == tasks


def _span(number: str, text: str) -> list[Cell]:
    return [Cell(text=number, col=0), Cell(text=text, col=1, col_span=4)]


@pytest.mark.parametrize(("row", "tasks", "activities"), [
    # the task's row restates its number; no item under it survives
    (_span("1.1", "Задача 1.1. Расширение сети семейных групп при детских садах"),
     ("Расширение сети семейных групп при детских садах",), []),
    # an item numbered "1.1" with no label stays an activity
    (["1.1", "Открытие семейных групп при детских садах", "Управление образования", "2013 год",
      ""], (), ["Открытие семейных групп при детских садах"]),
], ids=["task-row", "item-row"])
def test_task_row_restating_its_number(row: list[str] | list[Cell], tasks: tuple[str, ...],
                                       activities: list[str]) -> None:
    found = tables_.run(tables_.table([
        ["N", "Наименование цели, задачи, мероприятия", "Исполнитель", "Срок реализации",
         "Объем финансирования"],
        _span("1", "Цель 1. Доступность дошкольного образования для детей от 1,5 до 7 лет"),
        row,
    ], lines=False))
    assert found.goals == ("Доступность дошкольного образования для детей от 1,5 до 7 лет",)
    assert found.tasks == tasks
    assert [a.title for a in found.activities] == activities


@pytest.mark.parametrize(("heading", "kind"), [
    ('долгосрочной целевой программы "Доступный детский сад" на 2013 год', "programme"),
    ("мероприятий по подготовке школ к новому учебному году", "roadmap"),
], ids=["of-programme", "of-measures"])
def test_plan_graph_kind(tools: ExtractTools, heading: str, kind: str) -> None:
    doc = pdf_doc("Приложение 2", "администрации города Заречного", "от 5 марта 2013 г. N 88",
                  "План-график", heading, bold=(3, 4))
    d = facts_of(doc, tools).document
    assert d.kind == kind
    assert d.issuer == "Администрация города Заречного"
    assert d.order_number == "88"


def test_network_schedule_is_a_roadmap(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ЗАРЕЧНОЙ ОБЛАСТИ\n\nРАСПОРЯЖЕНИЕ\n\n"
            "12.02.2015                                   N 41\n\n"
            "Об утверждении Сетевого графика по введению федерального государственного "
            "образовательного стандарта в 2015 году\n\n"
            "Утвердить прилагаемый Сетевой график по введению стандарта в 2015 году.\n\n"
            "Министр образования Заречной области          В.П.Орлов\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.kind == "roadmap"


@pytest.mark.parametrize(("item", "kind"), [
    ("1. Внести в приложение к постановлению администрации Лесного района от 10 октября 2013 "
     "года N 301 изменения, изложив приложение к постановлению в новой редакции:", "programme"),
    # one appendix of the programme restated: the act amends it
    ("1. Внести в постановление администрации Лесного района от 10 октября 2013 года N 301 "
     "изменения, изложив приложение 2 к программе в новой редакции:", "order"),
], ids=["act-appendix", "programme-appendix"])
def test_restated_appendix_with_passport(tools: ExtractTools, item: str, kind: str) -> None:
    doc = docx_doc(
        "Постановление администрации Лесного района от 12 января 2018 г. N 7",
        '"О внесении изменений в постановление администрации Лесного района от 10 октября '
        '2013 года N 301 "Об утверждении муниципальной программы "Развитие образования в '
        'Лесном районе на 2014 - 2020 годы"',
        item, '"Приложение\nк постановлению администрации\nЛесного района\nот 10.10.2013 N 301',
        "Паспорт муниципальной программы", bold=(0, 1, 4))
    assert facts_of(doc, tools).document.kind == kind


_ONE_LINE = (
    "Постановление Правительства Заречной области от 14.10.2012 № 512ЗАРЕЧНАЯ ОБЛАСТЬ "
    "ПРАВИТЕЛЬСТВО ПОСТАНОВЛЕНИЕ от 14 октября 2012 г. N 512 г. Заречный Утратило силу - "
    "Постановление Правительства Заречной области от 20.03.2014 г. N 99 О долгосрочной "
    'областной целевой программе "Здоровый ребенок (2013-2016 годы)" (В редакции '
    "Постановлений Правительства Заречной области от 21.12.2012 г. N 650; от 15.05.2013 г. "
    "N 201) Правительство Заречной области постановляет: 1. Утвердить долгосрочную областную "
    'целевую программу "Здоровый ребенок (2013-2016 годы)" согласно приложению. 2. Контроль '
    "за исполнением настоящего постановления возложить на заместителя Губернатора Заречной "
    "области Лесова П.П. Губернатор Заречной области А. Сосновский УТВЕРЖДЕНА постановлением "
    "Правительства Заречной области от 14 октября 2012 г. N 512 (приложение) Долгосрочная "
    'областная целевая программа "Здоровый ребенок (2013-2016 годы)" (В редакции '
    "Постановлений Правительства Заречной области от 21.12.2012 г. N 650; от 15.05.2013 г. "
    "N 201)\n")


def test_act_run_into_one_line(tools: ExtractTools, tmp_path: Path) -> None:
    d = facts_of(txt_doc(tmp_path, _ONE_LINE), tools).document
    assert d.kind == "programme"
    assert d.title == 'Долгосрочная областная целевая программа "Здоровый ребенок (2013-2016 годы)"'
    assert d.issuer == "Правительство Заречной области"
    assert (d.order_number, iso_date(d.order_date_text)) == ("512", "2012-10-14")
    assert [(s.name, s.position) for s in d.signatories] == [
        ("А. Сосновский", "Губернатор Заречной области")]


@pytest.mark.parametrize(("line", "signed"), [
    ("Глава Лесного района В. Кедров", [("В. Кедров", "Глава Лесного района")]),
    # a sentence naming a person is no signature
    ("Контроль возложить на заместителя главы В. Кедрова.", []),
], ids=["signature", "sentence"])
def test_one_initial_signature_on_its_line(tools: ExtractTools, tmp_path: Path, line: str,
                                           signed: list[tuple[str, str]]) -> None:
    text = ("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\nот 3 марта 2016 г. N 45\n\n"
            "О муниципальной программе\n\n1. Утвердить программу согласно приложению.\n\n"
            f"{line}\n")
    d = facts_of(txt_doc(tmp_path, text), tools).document
    assert [(s.name, s.position) for s in d.signatories] == signed
