"""Document facts of acts met in the nineteenth real set (issue 11, helper facts23a), written
again with invented bodies, places and wording: a legal database's amendment note over an
appendix ("Постановлением … от … N … в настоящее приложение внесены изменения"), an appendix's
label stacked over its approval stamp with the body's name broken mid-way, and an oblast's
two-letter abbreviation after a city okrug's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc, table

_PLAN = table(("N п/п", "Мероприятие", "Срок исполнения", "Исполнители"),
              ("1.", "Проведение смотра спортивных площадок школ", "2016", "Отдел образования"))

# (note over the appendix, issuer): the note names the amending act — its body is the
# document's issuer, its number and date never the document's own order
AMENDMENT_NOTES = [
    ("Постановлением администрации города Луговска от 12 мая 2016 г. N 310 "
     "в настоящее приложение внесены изменения", "Администрация города Луговска"),
    ("Распоряжением главы Ольховского района от 3 марта 2017 г. N 45-р "
     "в настоящий план внесены изменения", "Глава Ольховского района"),
]


@pytest.mark.parametrize(("note", "issuer"), AMENDMENT_NOTES)
def test_an_amendment_note_is_not_the_documents_act(tools: ExtractTools, note: str,
                                                    issuer: str) -> None:
    doc = pdf_doc(note, "Приложение 2", "План мероприятий по развитию школьного спорта")
    found = extract(doc, Found(), tools)
    assert found.document.order_number is None
    assert found.document.order_date_text is None
    assert found.document.issuer == issuer
    assert "header.issuer:amendment_note" in found.trace


# (stamp as printed, issuer, order number): "Приложение" over "Утвержден" is one stamp in one
# column, whatever line the body's name breaks at
STACKED_STAMPS = [
    ("Приложение\nУтвержден\nпостановлением\nадминистрации Луговского\nмуниципального округа\n"
     "от 12.02.2024 N 15", "Администрация Луговского муниципального округа", "15"),
    ("Приложение\nУТВЕРЖДЕНА\nпостановлением администрации\nОльховского городского\n"
     "округа\nот 3 апреля 2023 г. N 208", "Администрация Ольховского городского округа", "208"),
]


@pytest.mark.parametrize(("stamp", "issuer", "number"), STACKED_STAMPS)
def test_an_appendix_label_over_its_approval_is_one_stamp(tools: ExtractTools, stamp: str,
                                                          issuer: str, number: str) -> None:
    doc = docx_doc(stamp, "Муниципальная программа\n\"Развитие физической культуры\"",
                   "Паспорт\nмуниципальной программы")
    found = extract(doc, Found(), tools)
    assert found.document.issuer == issuer
    assert found.document.order_number == number


# (amendment note in a plan's table, issuer, municipality as written): "МО", "ЛО" after a
# city okrug's name are the oblast's, not the body's; the okrug's name follows its marker
REGION_TAILS = [
    ("(в ред. постановления главы городского округа Луговое МО от 04.10.2012 N 512-ПГ)",
     "Глава городского округа Луговое", "городского округа Луговое"),
    ("(в ред. постановления администрации городского округа Ольховка ЛО от 11.03.2013 N 77)",
     "Администрация городского округа Ольховка", "городского округа Ольховка"),
]


@pytest.mark.parametrize(("note", "issuer", "place"), REGION_TAILS)
def test_an_oblast_abbreviation_after_an_okrug_leaves_the_issuer(
        tools: ExtractTools, note: str, issuer: str, place: str) -> None:
    plan = table(("N п/п", "Наименование мероприятия", "Срок выполнения", "Ответственный"),
                 ("1.", "Сбор заявок на участие в конкурсе", "Ежегодно", "Отдел по спорту"),
                 (note,),
                 ("2.", "Подведение итогов конкурса", "Ежегодно", "Отдел по спорту"))
    doc = docx_doc("Приложение к Постановлению от 20.05.2010 г № 301-ПГ", plan)
    found = extract(doc, Found(), tools)
    assert found.document.issuer == issuer
    assert found.document.municipality_text == place


def test_a_plan_table_under_the_note_keeps_no_order(tools: ExtractTools) -> None:
    doc = docx_doc(AMENDMENT_NOTES[0][0], "Приложение 2", _PLAN)
    assert extract(doc, Found(), tools).document.order_number is None
