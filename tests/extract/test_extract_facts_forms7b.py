"""Document facts in forms of the seventh real-document study (school papers and acts written
again with invented bodies, places and people): a letterhead's short name in parentheses, a
settlement in a grif's short name, a form's name line above its bare legal form, a stamp's
body without its town, order numbers with a register code or a bracketed digit, a patron's
names after "им." in a signature block, initials in a capitals name, two-word city names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.case import restore_case
from extract.facts.header import extract
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table

_GRIF = table(("Согласовано\nПротокол педагогического совета\n№ 2 от 14.01.2025",
               "Утверждена\nприказом директора\n№ 15-од от 20.01.2025"))

# (document, issuer)
ISSUERS = [
    # the short name closes the letterhead's last name line; tax numbers and an address follow
    (docx_doc("Муниципальное автономное общеобразовательное учреждение\nОльховского "
              "городского округа «Средняя общеобразовательная школа № 14\nс углубленным "
              "изучением отдельных предметов» (МАОУ СОШ № 14)\nИНН 1234567890 КПП 123401001\n"
              "ул. Полевая, 3, г. Ольховский, 600100", _GRIF,
              "Рабочая программа воспитания\n2024-2025 учебный год", bold=(2,)),
     "МАОУ СОШ № 14"),
    # a letterhead of two levels: the education body above the kindergarten, the short name
    # alone on its line
    (pdf_doc("УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ", "ЛЕСНОГОРСКОГО ГОРОДСКОГО ОКРУГА",
             "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад "
             "комбинированного вида № 12»", "Лесногорского городского округа",
             "(детский сад № 12)", "ПРОГРАММА РАЗВИТИЯ",
             "Муниципального бюджетного дошкольного образовательного учреждения",
             "«Детский сад комбинированного вида № 12»", "на 2024-2028 гг.",
             bold=(0, 1, 5, 6, 7, 8)),
     "детский сад № 12"),
    # the same letterhead over a self-assessment report: a report names its institution in full
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение\n«Средняя "
              "общеобразовательная школа № 9»\n(МБОУ СОШ № 9)",
              table(("УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 9\n________ К.Л. Петрова\n"
                     "Приказ № 70 от 14.04.2025",)),
              "Отчет о результатах самообследования\nза 2024 год", bold=(2,)),
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 9»"),
    # a grif's short name without a number goes on with its settlement
    (docx_doc("УТВЕРЖДАЮ\nДиректор МБОУ ООШ с. Верхняя Ольховка\n__________ И.И. Сомова\n"
              "Приказ № 9 от 10.01.2025", "ПРОГРАММА РАЗВИТИЯ\nна 2025-2029 годы", bold=(1,)),
     "МБОУ ООШ с. Верхняя Ольховка"),
    (docx_doc("УТВЕРЖДАЮ\nДиректор МАОУ СОШ пос. Лесной\n__________ И.И. Сомова\n"
              "Приказ № 9 от 10.01.2025", "ПРОГРАММА РАЗВИТИЯ\nна 2025-2029 годы", bold=(1,)),
     "МАОУ СОШ пос. Лесной"),
    # a report form: the quoted name on the value line, the bare legal form under it
    (lines_doc("Отчет о выполнении муниципального задания за 2024 год\n"
               "Наименование муниципального учреждения\n"
               "МО Ольховский округ «Березовская основная школа»\n"
               "Муниципальное казенное общеобразовательное учреждение\n"
               "Часть 1. Сведения об оказываемых муниципальных услугах"),
     "Муниципальное казенное общеобразовательное учреждение МО Ольховский округ "
     "«Березовская основная школа»"),
    # a stamp naming "Администрации города" and a lone dot after its date's year: the town
    # comes from the heading
    (pdf_doc("Приложение N 1", "к постановлению Администрации города",
             "от 12.03.2014. N 210", "Паспорт",
             "муниципальной программы города Заречинска \"Чистый город\"", bold=(3, 4)),
     "Администрация города Заречинска"),
]


@pytest.mark.parametrize(("doc", "issuer"), ISSUERS)
def test_issuer(tools: ExtractTools, doc: SourceDocument, issuer: str) -> None:
    assert extract(doc, Found(), tools).document.issuer == issuer


NUMBERS = [
    ("Приказ № 12 од от 10.01.2025", "12 од"),
    ("Приказ № 31 лс от 10.01.2025", "31 лс"),
    ("Приказ № 302-ОД от 10.01.2025", "302-ОД"),
    ("Приказ № 5 от 10.01.2025", "5"),
    ("приказом от 3 марта 2025 г. № 88 (1)", "88 (1)"),
    # the number under its sign, on the next line of the stamp
    ("приказом от 3 марта 2025 г. №\n88 (1)", "88 (1)"),
    ("приказом от 3 марта 2025 г. №\n88", "88"),
]


@pytest.mark.parametrize(("stamp", "number"), NUMBERS)
def test_order_number_forms(tools: ExtractTools, stamp: str, number: str) -> None:
    doc = lines_doc(f"УТВЕРЖДЕНО\n{stamp}\nПрограмма развития МБОУ СОШ № 3 на 2025-2029 годы\n"
                    "Текст программы.")
    assert extract(doc, Found(), tools).document.order_number == number


def test_a_patrons_names_after_im_stay_in_the_position(tools: ExtractTools) -> None:
    doc = docx_doc(table(("Принято на\nпедагогическом совете\nПротокол № 6 от 01.06.2023",
                          "«Утверждаю»\nДиректор МБОУ СОШ №3 им.\nВ. Кедрова и Г.Лосева\n"
                          "Иванова А.Б.\nПриказ №45/2 от 01.09.2023")),
                   "ПРОГРАММА ВОСПИТАНИЯ\nна 2023-2024", bold=(1,))
    got = [(s.name, s.position) for s in extract(doc, Found(), tools).document.signatories]
    assert got == [("Иванова А.Б.", "Директор МБОУ СОШ №3 им. В. Кедрова и Г.Лосева")]


CAPITALS = [
    ("«СРЕДНЯЯ ШКОЛА №2 ИМ. А.КЕДРОВА И Б.ЛОСЕВА»", "«Средняя школа №2 им. А.Кедрова и Б.Лосева»"),
    ("СРЕДНЯЯ ШКОЛА ИМЕНИ В. П. СОМОВА", "Средняя школа имени В. П. Сомова"),
    # a village's abbreviation is no initial
    ("ОСНОВНАЯ ШКОЛА С.ЛУГОВОЕ", "Основная школа с.Луговое"),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_initials_stay_capitals(tools: ExtractTools, text: str, expected: str) -> None:
    assert restore_case(text, tools, facts_vocab()) == expected


PLACES = [
    # a city of two words, a plural adjective and a noun
    ("Муниципальное автономное общеобразовательное учреждение города Верхние Ключи «Гимназия "
     "№ 3»", "Верхние Ключи"),
    ("Адрес: 600200, Заречная область, г. Верхние Ключи, ул. Садовая, 4", "Верхние Ключи"),
    ("Администрация г. Старый Оскол", "Старый Оскол"),
    # a one-word city before the region stays one word
    ("Администрация г. Заречный Луговской области", "Заречный"),
    # an adjective and a bare "округ"
    ("МО Ольховский округ «Березовская основная школа»", "Ольховский округ"),
]


@pytest.mark.parametrize(("text", "municipality"), PLACES)
def test_municipality_as_written_and_normalised(tools: ExtractTools, text: str,
                                                municipality: str) -> None:
    d = extract(lines_doc(f"{text}\nПрограмма развития на 2025-2029 годы\nТекст."),
                Found(), tools).document
    texts = [t for t in (d.municipality_text, d.title, *d.context_texts) if t]
    assert find_place(texts, get_lemmatizer(), settlements=False).municipality == municipality


_AMENDING_TITLE = ("О внесении изменений в постановление Правительства Луговской области от "
                   "12.03.2010 № 77-ПП/4")
# (document, issuer, order number, order date)
AMENDED = [
    # a plan's appendix under a site's title amending the act that approved the plan
    (lines_doc(f"Действующий\n{_AMENDING_TITLE}\nПриложение № 3\nк Программе\n"
               "Перечень мероприятий Программы\n1. | Ремонт котельных |"),
     "Правительство Луговской области", "77-ПП/4", "12.03.2010"),
    # the amending act's own text: its own requisites, the amended act is only cited
    (lines_doc(f"{_AMENDING_TITLE}\nПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n"
               "от 01.02.2015 № 31-ПП\nПравительство Луговской области постановляет:\n"
               "1. Внести в постановление изменения согласно приложению."),
     "Правительство Луговской области", "31-ПП", "01.02.2015"),
    # an appendix stamp with requisites of its own: the title's act is not asked
    (lines_doc(f"{_AMENDING_TITLE}\nПриложение № 3\nк постановлению Правительства Луговской "
               "области\nот 20.05.2012 № 240-ПП\nПеречень мероприятий Программы"),
     "Правительство Луговской области", "240-ПП", "20.05.2012"),
]


@pytest.mark.parametrize(("doc", "issuer", "number", "date"), AMENDED)
def test_an_appendix_under_an_amending_title(tools: ExtractTools, doc: SourceDocument,
                                             issuer: str, number: str, date: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.issuer, d.order_number) == (issuer, number)
    assert d.order_date_text is not None and date in d.order_date_text
