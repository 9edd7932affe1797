"""Regional acts of a sixteenth study set (issue 11): an amending act restating the whole plan
in a new edition, an act approving a list of measures, a long subject wrapped at a dangling
conjunction, a stamp citing an act by its quoted name, a section of a plan's measures printed
alone with its money split over the years."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, table


def _restating(item: str, heading: tuple[str, ...]) -> SourceDocument:
    return pdf_doc("ПРАВИТЕЛЬСТВО", "ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 03.03.2012 N 15-ПП",
                   "О внесении изменений в областную целевую программу \"Здоровый ребенок\" "
                   "на 2010-2012 годы",
                   "Правительство Заречной области постановляет:", item,
                   "Губернатор", "Заречной области\tИ.П. Соколов",
                   "Приложение", "к постановлению Правительства", "Заречной области",
                   "от 03.03.2012 N 15-ПП", *heading)


_HEADING = ("\"ОБЛАСТНАЯ ЦЕЛЕВАЯ ПРОГРАММА", "\"ЗДОРОВЫЙ РЕБЕНОК\" НА 2010-2012 ГОДЫ\"")

RESTATED = [
    # the whole plan restated and appended: its heading (the replaced text's stray quote
    # dropped) is the title, the plan's kind
    (_restating("внести в областную целевую программу \"Здоровый ребенок\" на 2010-2012 годы, "
                "утвержденную постановлением от 01.02.2010 N 5-ПП, изменения, изложив ее в "
                "новой редакции (прилагается).", _HEADING),
     "programme", 'ОБЛАСТНАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЗДОРОВЫЙ РЕБЕНОК" НА 2010-2012 ГОДЫ', "restates"),
    (_restating("внести изменения в областную целевую программу и изложить ее в новой редакции "
                "согласно приложению.", _HEADING),
     "programme", 'ОБЛАСТНАЯ ЦЕЛЕВАЯ ПРОГРАММА "ЗДОРОВЫЙ РЕБЕНОК" НА 2010-2012 ГОДЫ', "restates"),
    # one item restated: an amending act, its subject the title
    (_restating("1. Раздел 4 программы изложить в новой редакции:",
                ("\"4. Ресурсное обеспечение",)),
     "order", 'О внесении изменений в областную целевую программу "Здоровый ребенок" на '
     "2010-2012 годы", "amends"),
    # restated but not printed with it: the subject stays, an amending act
    (pdf_doc("ПРАВИТЕЛЬСТВО", "ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 03.03.2012 N 15-ПП",
             "О внесении изменений в областную целевую программу \"Здоровый ребенок\"",
             "Правительство Заречной области постановляет:",
             "внести изменения в программу, изложив ее в новой редакции (прилагается).",
             "Губернатор", "Заречной области\tИ.П. Соколов"),
     "order", 'О внесении изменений в областную целевую программу "Здоровый ребенок"', "amends"),
]


@pytest.mark.parametrize(("doc", "kind", "title", "rule"), RESTATED)
def test_amending_act_restating_the_plan(tools: ExtractTools, doc: SourceDocument, kind: str,
                                         title: str, rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert (got.document.kind, got.document.title) == (kind, title)
    assert f"header.kind:{rule}" in got.trace


def _approving(subject: tuple[str, ...]) -> SourceDocument:
    return pdf_doc("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 5 мая 2021 года N 77-пп",
                   *subject, "В целях поддержки семей с детьми Правительство Заречной области "
                   "постановляет:", "1. Утвердить перечень согласно приложению.",
                   bold=(0, 1, 3, 4))


LISTS = [
    # a list of measures is a plan of activities
    (("Об утверждении перечня мероприятий по поддержке семей, воспитывающих детей",),
     "roadmap"),
    # the plan named right after the list gives its kind
    (("Об утверждении перечня мероприятий областной программы \"Семья\"",), "programme"),
    # a list of anything else is no plan
    (("Об утверждении перечня документов для получения выплаты",), "order"),
]


@pytest.mark.parametrize(("subject", "kind"), LISTS)
def test_act_approving_a_list_of_measures(tools: ExtractTools, subject: tuple[str, ...],
                                          kind: str) -> None:
    assert extract(_approving(subject), Found(), tools).document.kind == kind


SUBJECTS = [
    # a long line after a dangling conjunction goes on the subject
    (("Об утверждении перечня мероприятий по обеспечению питанием детей, посещающих "
      "дошкольные группы в государственных и",
      "муниципальных организациях, расположенных в сельской местности и в малых городах "
      "Заречной области, на очередной учебный год"),
     "Об утверждении перечня мероприятий по обеспечению питанием детей, посещающих дошкольные "
     "группы в государственных и муниципальных организациях, расположенных в сельской "
     "местности и в малых городах Заречной области, на очередной учебный год"),
    # a closed subject: a long lower-case line after it is not its part
    (("Об утверждении перечня мероприятий по поддержке семей",
      "настоящим постановлением определяется порядок и сроки выполнения мероприятий по "
      "поддержке семей, воспитывающих детей, на территории области"),
     "Об утверждении перечня мероприятий по поддержке семей"),
]


@pytest.mark.parametrize(("subject", "title"), SUBJECTS)
def test_long_subject_line_after_dangling_word(tools: ExtractTools, subject: tuple[str, ...],
                                               title: str) -> None:
    assert extract(_approving(subject), Found(), tools).document.title == title


STAMPS = [
    # stacked stamps citing the acts by their quoted names: the body ends at the name, the
    # region after the district goes
    ("Приложение\nк постановлению\nадминистрации Заречного\nмуниципального района\n"
     "Северной области\n\"Об утверждении муниципальной\nпрограммы \"Развитие культуры\n"
     "Заречного муниципального района\"",
     "Администрация Заречного муниципального района"),
    ("Приложение\nк приказу управления образования\nадминистрации города Лесного\n"
     "«О внесении изменений в приказ\nот 1 марта 2015 года N 40»",
     "Управление образования администрации города Лесного"),
]


@pytest.mark.parametrize(("stamp", "issuer"), STAMPS)
def test_stamp_citing_an_act_by_its_name(tools: ExtractTools, stamp: str, issuer: str) -> None:
    doc = docx_doc(stamp, "Паспорт муниципальной программы \"Развитие культуры\"",
                   table(("Ответственный исполнитель", "Отдел культуры администрации района")),
                   bold=(1,))
    assert extract(doc, Found(), tools).document.issuer == issuer


def _measures(heading: str, group: str) -> SourceDocument:
    return docx_doc(
        "Постановление Правительства Заречной области от 10.10.2016 № 101",
        "Приложение N 4\nк Постановлению\nПравительства Заречной области\nот 10 октября 2016 г. "
        "N 101", heading,
        table(("N", "Мероприятия", "Исполнители", "Объем финансирования (тыс. руб.)", "", "", ""),
              ("", "", "", "всего", group, "", ""),
              ("", "", "", "", "2017", "2018", "2019"),
              ("1", "Задача 1. Поддержка летнего отдыха детей, в том числе:", "", "300", "100",
               "100", "100")), bold=(2,))


MEASURES = [
    # a programme's section of measures printed alone: the plan's kind, its money split "по
    # годам" over the term's years
    (_measures("\"3. Система программных мероприятий", "в том числе по годам"),
     "programme", (2017, 2019)),
    # the years under a header that says nothing of a split: no period
    (_measures("\"3. Система программных мероприятий", "из них"), "programme", None),
]


@pytest.mark.parametrize(("doc", "kind", "years"), MEASURES)
def test_section_of_measures_printed_alone(tools: ExtractTools, doc: SourceDocument, kind: str,
                                           years: tuple[int, int] | None) -> None:
    got = extract(doc, Found(), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert (got.kind, (parsed.start_year, parsed.end_year) if parsed else None) == (kind, years)
