"""Document facts in forms of the school and kindergarten documents of the ninth real set
(written again with invented bodies, places and people): a municipal task form under its
founder's УТВЕРЖДАЮ (its number left blank, its years printed "20 25"), a grif whose head
names a kindergarten with a number and whose order's date stands under the order's line, a
report title going on in the owner's "№5 «…»" line, a report heading closing on a bare year,
and a letterhead whose nested quotes are closed once over a town and region line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, pdf_doc, table


def _task_form(heading: str, years: str) -> SourceDocument:
    return pdf_doc(
        "УТВЕРЖДАЮ", "Руководитель", "(уполномоченное лицо)",
        "Управление образования администрации Ольховского муниципального",
        "округа", "(наименование органа, осуществляющего функции",
        "и полномочия учредителя, главного распорядителя бюджетных средств)",
        "(должность)\t(подпись)", "\"___\" января 20__ г.", heading, years,
        "Часть 1. Сведения об оказываемых муниципальных услугах", bold=(9, 10))


# (document, title, period)
TASK_FORMS = [
    (_task_form("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №",
                "на 20 25 год и на плановый период 20 26 и 20 27 годов"),
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № на 20 25 год и на плановый период 20 26 и 20 27 годов",
     (2025, 2027)),
    (_task_form("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 4", "на 2024 год"),
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 4 на 2024 год", (2024, 2024)),
]


@pytest.mark.parametrize(("doc", "title", "period"), TASK_FORMS)
def test_a_task_form_under_its_founders_grif(tools: ExtractTools, doc: SourceDocument,
                                             title: str, period: tuple[int, int]) -> None:
    """The heading is the title, the task an order, its founder over the caption the issuer
    (the municipality read from the founder's name broken over two lines)."""
    got = extract(doc, Found(), tools)
    d = got.document
    assert (d.kind, d.title) == ("order", title)
    parsed = parse_period(d.period_text or "")
    assert parsed is not None and (parsed.start_year, parsed.end_year) == period
    assert d.issuer == "Управление образования администрации Ольховского муниципального округа"
    assert d.municipality_text == "Ольховского муниципального округа"
    assert {"header.title:task_caps_heading", "header.kind:task_title",
            "header.issuer:founder_caption", "header.municipality:issuer"} <= set(got.trace)


@pytest.mark.parametrize(("text", "years"), [
    ("на 20 23 год", "2023"),
    ("на 20 24 - 20 26 годы", "2024-2026"),
])
def test_a_forms_printed_20_and_its_filled_blank_are_one_year(
        tools: ExtractTools, text: str, years: str) -> None:
    got = extract(docx_doc("ПЛАН РАБОТЫ ШКОЛЫ", text, bold=(0, 1)), Found(), tools)
    parsed = parse_period(got.document.period_text or "")
    assert parsed is not None
    assert "-".join(dict.fromkeys((str(parsed.start_year), str(parsed.end_year)))) == years


# (grif cell, order number, order date)
GRIFS = [
    ("Утверждаю:\nЗаведующий МБДОУ –\nдетский сад\nкомбинированного вида №\n214\n"
     "__________ (К.Л.Петрова)\nПриказ № 2-15\nот 29.08.2024", "2-15", "2024-08-29"),
    ("УТВЕРЖДЕНО\nЗаведующий МАДОУ детский сад общеразвивающего вида № 41\n"
     "__________ О.П. Лесная\nПриказ № 77-о\nот 30.08.2023", "77-о", "2023-08-30"),
]


@pytest.mark.parametrize(("cell", "number", "date"), GRIFS)
def test_a_kindergartens_number_is_not_its_orders(tools: ExtractTools, cell: str,
                                                   number: str, date: str) -> None:
    doc = docx_doc("Муниципальное бюджетное дошкольное образовательное учреждение",
                   table(("Принято на педагогическом\nсовете\nПротокол № 1 от 28.08.2024", cell)),
                   "ГОДОВОЙ ПЛАН", "на 2024-2025 учебный год", bold=(2, 3))
    d = extract(doc, Found(), tools).document
    assert (d.order_number, iso_date(d.order_date_text)) == (number, date)


def test_a_form_joined_to_its_type_by_a_dash_is_one_name(tools: ExtractTools) -> None:
    """"МБДОУ – детский сад … № 214" in the grif: the letterhead names the same body in full."""
    doc = docx_doc("Муниципальное бюджетное дошкольное образовательное учреждение – детский сад",
                   "комбинированного вида № 214",
                   table(("Принято на педагогическом\nсовете", GRIFS[0][0])),
                   "ГОДОВОЙ ПЛАН", "на 2024-2025 учебный год", bold=(3, 4))
    assert extract(doc, Found(), tools).document.issuer == (
        "Муниципальное бюджетное дошкольное образовательное учреждение – детский сад "
        "комбинированного вида № 214")


def test_a_report_title_goes_on_in_the_owners_number_and_name(tools: ExtractTools) -> None:
    doc = pdf_doc("Отчет о результатах самообследования деятельности муниципального "
                  "бюджетного дошкольного образовательного учреждения", "№5 «Ромашка»",
                  "за 2023 год", "Содержание", bold=(0, 1, 2, 3))
    d = extract(doc, Found(), tools).document
    assert d.title == ("Отчет о результатах самообследования деятельности муниципального "
                       "бюджетного дошкольного образовательного учреждения №5 «Ромашка» "
                       "за 2023 год")


@pytest.mark.parametrize(("heading", "year"), [
    ("ОТЧЕТ О САМООБСЛЕДОВАНИИ 2024", 2024),
    ("Отчет о результатах самообследования МБДОУ «Ромашка» 2022 г.", 2022),
])
def test_a_report_heading_closing_on_a_bare_year(tools: ExtractTools, heading: str,
                                                 year: int) -> None:
    got = extract(pdf_doc(heading, "Общие сведения", bold=(0,)), Found(), tools)
    parsed = parse_period(got.document.period_text or "")
    assert parsed is not None and (parsed.start_year, parsed.end_year) == (year, year)
    assert "header.period:report_year" in got.trace


def test_a_dates_year_closing_a_report_heading_is_no_period(tools: ExtractTools) -> None:
    got = extract(pdf_doc("Отчет директора школы от 12 мая 2024", "Общие сведения",
                          bold=(0,)), Found(), tools)
    assert "header.period:report_year" not in got.trace


def test_a_letterhead_closing_nested_quotes_once_over_its_town(tools: ExtractTools) -> None:
    doc = pdf_doc("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД "
                  "№ 5 «РОМАШКА»", "г.Заречный, Ольховская область",
                  "Отчет о результатах самообследования", "за 2023 год", bold=(0, 1, 2, 3))
    assert extract(doc, Found(), tools).document.issuer == (
        "Муниципальное казенное дошкольное образовательное учреждение «Детский сад № 5 "
        "«Ромашка»")


def _report_under_grif(grif: str) -> SourceDocument:
    return docx_doc("Муниципальное бюджетное дошкольное образовательное учреждение Ольховский "
                    "детский сад комбинированного вида «Ромашка» Ольховского района\n"
                    "МБДОУ детский сад «Ромашка»", grif,
                    "Отчет о результатах самообследования\nМБДОУ детский сад «Ромашка»\n"
                    "за 2023 год", bold=(2,))


def test_a_reports_letterhead_keeps_the_full_name_over_its_short_line(
        tools: ExtractTools) -> None:
    """The short name's line under the full one, then a grif: a report names the full body;
    neither the grif's word nor its signature is part of it."""
    d = extract(_report_under_grif("УТВЕРЖДЕНО\nПриказ № 7-о от 12.04.2024г\n"
                                   "______________ О.П.Лесная"), Found(), tools).document
    assert d.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение "
                        "Ольховский детский сад комбинированного вида «Ромашка» Ольховского "
                        "района")


# (grif paragraph, signatories as (name, position))
UNPOSITIONED = [
    ("УТВЕРЖДЕНО\nПриказ № 7-о от 12.04.2024г\n______________ О.П.Лесная",
     [("О.П.Лесная", None)]),
    # a position printed above the name: it is read
    ("УТВЕРЖДЕНО\nЗаведующий МБДОУ детский сад «Ромашка»\n______________ О.П.Лесная",
     [("О.П.Лесная", "Заведующий МБДОУ детский сад «Ромашка»")]),
    # a name alone under no grif is a responsible person, not a signature
    ("Ответственный за отчет\n______________ О.П.Лесная", []),
]


@pytest.mark.parametrize(("grif", "signed"), UNPOSITIONED)
def test_a_name_on_the_grifs_underscores_signs_without_a_position(
        tools: ExtractTools, grif: str, signed: list[tuple[str, str | None]]) -> None:
    d = extract(_report_under_grif(grif), Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == signed


_HEADING = "План мероприятий празднования 50-й годовщины со дня основания города Ольховска"


def _card_page(card: str, owner: str) -> str:
    """A portal's page as its text export gives it: a paragraph a line, blank lines between."""
    return "\n\n".join([f"{card} Россия, Заречная область, город Ольховск", _HEADING,
                        "1 — 10 сентября", f"{_HEADING}.", owner]) + "\n"


# (a portal's page, issuer)
CARDS = [
    # the card's address after the name; the owner in the genitive under the heading
    (_card_page("МБДОУ Детский сад №12 «Ласточка»",
                "Муниципального бюджетного дошкольного образовательного учреждения\n\n"
                "Детского сада № 12 «Ласточка»"),
     "Муниципальное бюджетное дошкольное образовательное учреждение Детский сад № 12 "
     "«Ласточка»"),
    # the card alone: its short name without the address
    (_card_page("МБОУ СОШ №3 «Лесная»", "Содержание работы"), "МБОУ СОШ №3 «Лесная»"),
    # an owner under the heading naming another school leaves the card's name
    (_card_page("МБДОУ Детский сад №12 «Ласточка»",
                "Муниципального бюджетного общеобразовательного учреждения\n\n"
                "Средней школы № 7"), "МБДОУ Детский сад №12 «Ласточка»"),
]


@pytest.mark.parametrize(("text", "issuer"), CARDS)
def test_a_portals_card_line_and_the_owner_under_the_heading(
        tools: ExtractTools, text: str, issuer: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.issuer == issuer
