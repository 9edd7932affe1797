"""A programme's title page and a card over its contents page (CONTRACT `title`, `issuer`,
`period`): a labelled term in capitals under the title ends it, a legal form in normal case
over the kind and number in capitals is one name in normal case, a contents table (section |
page) is no passport. Invented wording."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from tests.extract.facts_helpers import docx_doc, pdf_doc, table


@pytest.mark.parametrize(("owner", "kind", "label", "issuer", "years"), [
    ("Муниципальное автономное дошкольное образовательное учреждение", "ДЕТСКИЙ САД № 9",
     "СРОК РЕАЛИЗАЦИИ: 2024 - 2027гг.",
     "Муниципальное автономное дошкольное образовательное учреждение детский сад № 9",
     "2024 - 2027"),
    ("Муниципальное бюджетное общеобразовательное учреждение",
     "СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 12", "ПЕРИОД РЕАЛИЗАЦИИ: 2025-2030 годы",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа № 12", "2025-2030"),
])
def test_title_page_in_two_cases(tools: ExtractTools, owner: str, kind: str, label: str,
                                 issuer: str, years: str) -> None:
    doc = docx_doc(owner, kind, "623000 г. Лесной, ул. Сосновая, 3", "ПРОГРАММА РАЗВИТИЯ",
                   label, "ПРИНЯТО", "На Педагогическом совете", "г. Лесной", "2024",
                   bold=(1, 3, 4))
    got = extract(doc, Found(), tools).document
    assert got is not None
    assert (got.title, got.issuer) == ("ПРОГРАММА РАЗВИТИЯ", issuer)
    assert years in (got.period_text or "")


def test_contents_table_is_no_passport(tools: ExtractTools) -> None:
    contents = table(("1.", "Паспорт Программы развития", "3"), ("2.", "Введение", "5"),
                     ("3.", "Основные цели и задачи Программы развития", "11"),
                     ("4.", "Сроки и этапы реализации Программы развития", "14"),
                     ("5.", "Целевые показатели и индикаторы Программы развития", "19"))
    doc = docx_doc("ПРОГРАММА РАЗВИТИЯ", "СОДЕРЖАНИЕ", contents, bold=(0, 1))
    draft = extract_document(doc, tools)
    assert not draft.indicators


@pytest.mark.parametrize(("label", "title"), [
    # a bare genre label in plain print over the bold passport heading: the heading
    ("Программа развития школы", "Паспорт программы развития"),
    # a line naming the owner and the years is the document's own heading, no label
    ("Программа развития МБОУ СОШ 3 на 2024-2028 годы",
     "Программа развития МБОУ СОШ 3 на 2024-2028 годы"),
])
def test_label_over_passport_heading(tools: ExtractTools, label: str, title: str) -> None:
    passport = table(("Полное наименование организации", "МБОУ СОШ 3"),
                     ("Разработчики программы", "Рабочая группа"))
    doc = docx_doc(label, "Паспорт программы развития", passport, bold=(1,))
    got = extract(doc, Found(), tools).document
    assert got is not None and got.title == title


@pytest.mark.parametrize("founder", [
    "КОМИТЕТ ПО ОБРАЗОВАНИЮ ЛЕСНОГО РАЙОНА",
    "Отдел образования администрации Заречного района",
])
def test_task_stamp_blank_is_no_title(tools: ExtractTools, founder: str) -> None:
    """The approval stamp of a task form fills the founder's name in over its caption: a
    blank of the stamp, not the heading under it."""
    doc = pdf_doc("УТВЕРЖДАЮ", "Руководитель", "(уполномоченное лицо)", founder,
                  "(наименование органа, осуществляющего функции и полномочия учредителя)",
                  "Председатель комитета", "(должность) (подпись) (расшифровка подписи)",
                  "« 28 » декабря 20 24 г.", "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 7",
                  "на 2025 год и на плановый период 2026 и 2027 годов",
                  "Наименование муниципального учреждения",
                  "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ЛЕСНАЯ ШКОЛА",
                  bold=(8, 9))
    got = extract(doc, Found(), tools).document
    assert got is not None
    assert got.title == "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 7 на 2025 год и на плановый период 2026 и 2027 " \
                        "годов"


def test_report_heading_over_contents_keeps_its_year(tools: ExtractTools) -> None:
    # a report's own heading over its contents: the year is the one it reports on
    doc = docx_doc("Отчет о результатах самообследования за 2024 г.", "2", "СОДЕРЖАНИЕ",
                   "Общие сведения ........................ 3", "Общие сведения", bold=(2, 4))
    got = extract(doc, Found(), tools).document
    assert got.title == "Отчет о результатах самообследования за 2024 г."
    assert got.period_text
