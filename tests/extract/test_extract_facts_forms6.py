"""Document facts in forms of the sixth real-document study (acts and school papers written
again with invented bodies, places and people): an act's page that opens at its preamble, a
legal site's "(утв. постановлением … от … N …)" bracket under an appendix's heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, pdf_doc, table

# (document, issuer, order number, order date)
ACTS = [
    # the page starts at the preamble: the operative sentence names the body
    (lines_doc("В целях уточнения объемов финансирования, Администрация Заречного района "
               "постановляет:\n"
               "1. Внести в муниципальную программу \"Доступная среда\", утвержденную "
               "постановлением администрации Заречного района от 01.02.2019 г. N 55, "
               "следующие изменения:\n"
               "1.1. Пункт 2 паспорта программы изложить в следующей редакции:"),
     "Администрация Заречного района", None, None),
    # the body is named by the bracket under the appendix's heading
    (pdf_doc("Приложение", "Муниципальная программа",
             "муниципального образования Луговской район \"Развитие культуры\"",
             "(утв. постановлением администрации муниципального",
             "образования Луговской район от 12 мая 2021 г. N 604)",
             "Паспорт", bold=(1, 2, 3, 4, 5)),
     "Администрация муниципального образования Луговской район", "604", "2021-05-12"),
]


@pytest.mark.parametrize(("doc", "issuer", "number", "date"), ACTS)
def test_issuer_and_order_of_acts(tools: ExtractTools, doc: SourceDocument, issuer: str,
                                  number: str | None, date: str | None) -> None:
    d = extract(doc, Found(), tools).document
    assert d.issuer == issuer
    assert (d.order_number, iso_date(d.order_date_text)) == (number, date)


def test_a_quoted_preamble_further_down_names_no_issuer(tools: ExtractTools) -> None:
    """Without the act's header only the first paragraph may be the act's own preamble."""
    doc = pdf_doc("Пояснительная записка к отчету за 2019 год",
                  "Отчет составлен по данным отделов администрации.",
                  "В тексте решения сказано: Администрация Заречного района постановляет:",
                  bold=(0,))
    assert extract(doc, Found(), tools).document.issuer is None


# (document, order number, ISO date): two appendix stamps stacked, the amending act's over the
# original's, the quote mark that marks the repeated one lost
STACKED = [
    (docx_doc("Приложение N 2\nк постановлению\nадминистрации\nмуниципального образования -\n"
              "Ольховское сельское поселение\nот 14 апреля 2023 г. N 41",
              "Приложение N 2\nк постановлению\nадминистрации\nмуниципального образования -\n"
              "Ольховское сельское поселение\nот 3 ноября 2015 г. N 120",
              "Муниципальная программа \"Чистая вода\"", bold=(2,)),
     "120", "2015-11-03"),
    # a newer act below: no amendment, the first stamp stays the document's own
    (docx_doc("Приложение N 2\nк постановлению администрации Ольховского района\n"
              "от 3 ноября 2015 г. N 120",
              "Приложение N 1\nк постановлению администрации Ольховского района\n"
              "от 14 апреля 2023 г. N 41",
              "Муниципальная программа \"Чистая вода\"", bold=(2,)),
     "120", "2015-11-03"),
]


@pytest.mark.parametrize(("doc", "number", "date"), STACKED)
def test_stacked_stamps_give_the_original_act(tools: ExtractTools, doc: SourceDocument,
                                              number: str, date: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.order_number, iso_date(d.order_date_text)) == (number, date)


@pytest.mark.parametrize(("text", "place"), [
    # a dash after the container
    ("Приложение к постановлению администрации муниципального образования - Ольховское "
     "сельское поселение от 01.02.2020 N 5",
     "муниципального образования - Ольховское сельское поселение"),
    # the settlement-level formation named before the district it lies in
    ("Муниципальная программа Ольховского сельского поселения Заречного муниципального района "
     "\"Чистая вода\"", "Ольховского сельского поселения"),
    ("Муниципальная программа Заречного муниципального района \"Чистая вода\"",
     "Заречного муниципального района"),
])
def test_settlement_municipalities_as_written(tools: ExtractTools, text: str, place: str) -> None:
    doc = pdf_doc(text, bold=(0,))
    assert extract(doc, Found(), tools).document.municipality_text == place


# (document, order number, ISO date, signatories)
SCANNED_ORDERS = [
    # the date typed with commas; the e-signature's certificate block between position and name
    (lines_doc("КОМИТЕТ ОБРАЗОВАНИЯ\n\nПРИКАЗ\n05,09,2023\n\n№ 112\n\nО проведении олимпиады\n\n"
               "ПРИКАЗЫВАЮ:\n1. Провести олимпиаду.\n\nПредседатель комитета\n\nСВЕДЕНИЯ\n\n"
               "о СЕРТИФИКАТЕ\n\nэп\n\nСертификат: 11AA22BB\nВладелец: КЛЁНОВ ИВАН ПЕТРОВИЧ\n"
               "Действителен с 01-01-2023 до 01-04-2024\n\nИ.П. Клёнов"),
     "112", "2023-09-05", [("И.П. Клёнов", "Председатель комитета")]),
    # the document system's footer gives the act's number where the scan misread it
    (lines_doc("КОМИТЕТ ОБРАЗОВАНИЯ\n\nПРИКАЗ\n05.09.2023\n\n№ 8l-02:11\n\n"
               "О проведении олимпиады\n\nПРИКАЗЫВАЮ:\n1. Провести олимпиаду.\n\n"
               "Председатель комитета\nИ.П. Клёнов\n"
               "Документ создан в электронной форме. № 81-02-11 от 05.09.2023. "
               "Исполнитель: Петров А.А."),
     "81-02-11", "2023-09-05", [("И.П. Клёнов", "Председатель комитета")]),
]


@pytest.mark.parametrize(("doc", "number", "date", "signed"), SCANNED_ORDERS)
def test_scanned_orders(tools: ExtractTools, doc: SourceDocument, number: str, date: str,
                        signed: list[tuple[str, str]]) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.order_number, iso_date(d.order_date_text)) == (number, date)
    assert [(s.name, s.position) for s in d.signatories] == signed


@pytest.mark.parametrize(("title", "issuer"), [
    # a kindergarten's second «…» name after its short designation
    ("Программа развития\nМуниципального казенного дошкольного образовательного учреждения\n"
     "«Центр развития ребенка» д/с №3 «Ромашка»\nна 2024-2026 годы",
     "Муниципальное казенное дошкольное образовательное учреждение «Центр развития ребенка» "
     "д/с №3 «Ромашка»"),
    # one closing quote for both of a nested name, the town after it
    ("ПРОГРАММА РАЗВИТИЯ\nмуниципального дошкольного образовательного бюджетного учреждения\n"
     "«Центр развития ребенка - детский сад «Ручеёк» г. Заречногорска на 2025 - 2030 гг.",
     "Муниципальное дошкольное образовательное бюджетное учреждение «Центр развития ребенка - "
     "детский сад «Ручеёк» г. Заречногорска"),  # the town printed after the name: its name's
])
def test_school_names_in_titles(tools: ExtractTools, title: str, issuer: str) -> None:
    doc = docx_doc(title, "Паспорт программы", bold=(0,))
    assert extract(doc, Found(), tools).document.issuer == issuer


@pytest.mark.parametrize(("grif", "issuer"), [
    # the head's grif names the kindergarten by its short type in lower case: the grif wins over
    # the full name the title gives
    ("УТВЕРЖДАЮ\nЗаведующий МБДОУ д/с «Калинка»\n__________ А.А. Орлова\nПриказ № 7 от "
     "01.09.2024", "МБДОУ д/с «Калинка»"),
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Лесная СОШ»\n__________ Б.Б. Ершов", "МБОУ «Лесная СОШ»"),
])
def test_grif_of_the_head_names_the_issuer(tools: ExtractTools, grif: str, issuer: str) -> None:
    doc = docx_doc(grif, "ПРОГРАММА РАЗВИТИЯ\nмуниципального бюджетного дошкольного "
                   "образовательного учреждения «Детский сад «Калинка»\nна 2024 - 2028 гг.",
                   bold=(1,))
    assert extract(doc, Found(), tools).document.issuer == issuer


def test_grif_cells_name_the_municipality(tools: ExtractTools) -> None:
    """The grifs of a title page set in a table are read for the place downstream."""
    grif = table(("СОГЛАСОВАНО:\nНачальник управления образования\nЗаречногорского\n"
                  "городского округа\n________", "УТВЕРЖДАЮ:\nна заседании педагогического "
                  "совета\nпротокол № 1"))
    doc = docx_doc(grif, "ПРОГРАММА РАЗВИТИЯ детского сада г. Заречногорска", bold=(1,))
    texts = extract(doc, Found(), tools).document.context_texts
    assert any("Заречногорского городского округа" in t for t in texts)


@pytest.mark.parametrize(("text", "signed"), [
    # a region's act: the one-initial name ends the position's second line
    ("ПОСТАНОВЛЕНИЕ\nот 01.02.2024 № 12-ПП\nОб утверждении порядка\n"
     "Правительство Заречной области постановляет:\n1. Утвердить порядок.\n"
     "Врио Губернатора\nЗаречной области Д. Орлов",
     [("Д. Орлов", "Врио Губернатора Заречной области")]),
    # a sentence ending in a one-initial name under no position is no signature
    ("ПОСТАНОВЛЕНИЕ\nот 01.02.2024 № 12-ПП\nОб утверждении порядка\n"
     "1. Утвердить порядок.\nКонтроль возложить на министра спорта\nЗаречной области Д. Орлова",
     []),
])
def test_wrapped_positions_of_regional_acts(tools: ExtractTools, text: str,
                                            signed: list[tuple[str, str]]) -> None:
    got = extract(lines_doc(text), Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == signed


def test_letterhead_between_two_act_words(tools: ExtractTools) -> None:
    """A form that prints the letter-spaced act word above the letterhead and under it."""
    doc = pdf_doc("П О С Т А Н О В Л Е Н И Е", "АДМИНИСТРАЦИЯ", "ОЛЬХОВСКОГО ГОРОДСКОГО ОКРУГА",
                  "ЗАРЕЧНОГО КРАЯ", "П О С Т А Н О В Л Е Н И Е", "12.03.2021 № 210",
                  "Об утверждении муниципальной программы «Здоровый город»",
                  bold=(0, 1, 2, 3, 4, 6))
    d = extract(doc, Found(), tools).document
    assert d.issuer == "Администрация Ольховского городского округа"
    assert d.order_number == "210"
