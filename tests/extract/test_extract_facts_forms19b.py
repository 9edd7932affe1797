"""Document facts of school and kindergarten documents (study-Zf): order numbers of unusual
shape, an order "по школе" naming no institution, form grifs with captions under their blanks.
Invented bodies, places, numbers and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table

# (text, number, date): numbers as school offices print them
NUMBERS = [
    ("Приказ от 14.02.2023 № 41 о-д", "41 о-д", "от 14.02.2023"),
    ("от 14.02.2023 № 41 О-Д", "41 О-Д", "от 14.02.2023"),
    ("от 02.09.2020 № К7-21-114/2", "К7-21-114/2", "от 02.09.2020"),
    ("введен приказом по школе № 17/3-Б от 03.09.2019г.", "17/3-Б", "от 03.09.2019г."),
    ("утвержден приказом по учреждению № 56 от 30.08.2022", "56", "от 30.08.2022"),
    # the scope names the institution numbered: the act's own number comes after
    ("приказом по школе № 5 от 30.08.2022 № 118", "118", "от 30.08.2022"),
    # the institution's number stays its own
    ("к приказу МБОУ СОШ № 12 от 30.08.2022", None, "от 30.08.2022"),
]


@pytest.mark.parametrize(("text", "number", "date"), NUMBERS)
def test_school_order_numbers(ctx: Ctx, text: str, number: str | None, date: str) -> None:
    got = rq.read(ctx, text)
    assert (got.number, got.date) == (number, date)


# an order "по школе" names no body: no issuer is read from it
def test_scope_of_an_order_is_no_issuer(tools: ExtractTools) -> None:
    doc = lines_doc("Утвержден приказом по школе № 17/3-Б от 03.09.2019г.\n"
                    "ПЛАН\nработы комиссии по охране труда\n"
                    "Мероприятия | Сроки | Ответственные |\n")
    got = extract(doc, Found(), tools).document
    assert got.issuer is None
    assert got.order_number == "17/3-Б"


# (grif cell, position, number): captions printed under a form's blanks
GRIFS = [
    ("УТВЕРЖДАЮ\nзаведующий\n(должность)\n__________ О.П. Сизова\n(подпись) (Ф. И. О.)\n"
     "Приказ от 11.01.2024 № 9 о-д", "заведующий", "9 о-д"),
    ("УТВЕРЖДАЮ\nДиректор (должность)\n__________ О.П. Сизова\n(подпись)\n"
     "Приказ от 11.01.2024 № 9", "Директор", "9"),
]


@pytest.mark.parametrize(("cell", "position", "number"), GRIFS)
def test_form_grif_captions(tools: ExtractTools, cell: str, position: str, number: str) -> None:
    doc = docx_doc(table(("ПРИНЯТО\nПедагогическим советом\nпротокол от 10.01.2024 № 3", cell)),
                   "Отчет", "о результатах самообследования школы", "за 2023 год",
                   "Общие сведения об учреждении приведены ниже.")
    got = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in got.signatories] == [("О.П. Сизова", position)]
    assert got.order_number == number


# (heading, title, period): a public report's heading under the letterhead, its years spaced
REPORT_HEADINGS = [
    ("Публичный отчет за 2021 - 2022 учебный год",
     "Публичный отчет за 2021 - 2022 учебный год", (2021, 2022)),
    ("Ежегодный отчет за 2022–2023 учебный год",
     "Ежегодный отчет за 2022–2023 учебный год", (2022, 2023)),
]


@pytest.mark.parametrize(("heading", "title", "period"), REPORT_HEADINGS)
def test_public_report_heading(tools: ExtractTools, heading: str, title: str,
                               period: tuple[int, int]) -> None:

    doc = docx_doc("Муниципальное бюджетное общеобразовательное учреждение\n"
                   "основная общеобразовательная школа д. Ясенки Ольховского района\n"
                   "(МБОУ ООШ д. Ясенки)", heading, "ОБЩИЕ ПОЛОЖЕНИЯ",
                   "Анализ работы за учебный год выполнен по плану работы школы.",
                   "Цель анализа: оценить итоги года, определить задачи на следующий год.",
                   bold=(1, 2))
    found = extract(doc, Found(), tools)
    got = found.document
    assert got.title == title
    assert got.issuer == ("Муниципальное бюджетное общеобразовательное учреждение основная "
                          "общеобразовательная школа д. Ясенки Ольховского района")
    p = parse_period(got.period_text or "")
    assert p is not None and (p.start_year, p.end_year) == period
    assert list(found.goals) == ["оценить итоги года, определить задачи на следующий год"]


# a school's report: capitals letterhead with its short name in brackets, a grif naming no body,
# the title broken after a compound's hyphen and its year on the last line
def test_report_under_a_letterhead_with_its_short_name(tools: ExtractTools) -> None:
    doc = pdf_doc("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ",
                  "ГИМНАЗИЯ № 7 ОЛЬХОВСКОГО РАЙОНА САНКТ-ПЕТЕРБУРГА",
                  "(ГБОУ гимназия № 7 Ольховского района Санкт-Петербурга)",
                  "190000, Санкт-Петербург, улица Садовая, д. 1, к. 2, тел/факс: 123-45-67 "
                  "e-mail: school7@example.ru ОКПО 12345678 ОГРН 1234567890123",
                  "ПРИНЯТО", "Педагогическим советом", "протокол от 10.03.2023 № 4",
                  "УТВЕРЖДАЮ", "директор", "(должность)", "_______ В.С. Ракитина",
                  "(подпись) (Ф. И. О.)", "Приказ от 15.03.2023 № 21 о-д",
                  "Отчет", "о результатах самообследования",
                  "гимназии № 7 Ольховского района Санкт-",
                  "Петербурга", "2022 год", "Общие сведения",
                  "Гимназия работает в здании, построенном по типовому проекту.",
                  bold=(0, 1, 2, 13, 14, 15, 16, 17))
    got = extract(doc, Found(), tools).document
    assert got.issuer == ("Государственное бюджетное общеобразовательное учреждение гимназия № 7 "
                          "Ольховского района Санкт-Петербурга")
    assert got.title == ("Отчет о результатах самообследования гимназии № 7 Ольховского района "
                         "Санкт-Петербурга 2022 год")
    assert got.order_number == "21 о-д"
    assert [(s.name, s.position) for s in got.signatories] == [("В.С. Ракитина", "директор")]


# (grif cell, issuer): a blank form's approval with the head's position under the act's line,
# the institution in the genitive over two lines
BLANK_GRIFS = [
    ("УТВЕРЖДЕН:\nПриказ № от г.\nЗаведующий МБДОУ детского сада\n№ 14 «Ласточка»\n"
     "______________ ФИО", "МБДОУ детский сад № 14 «Ласточка»"),
    ("УТВЕРЖДАЮ:\nПриказ № ___ от ______ г.\nДиректор МКОУ средней школы\n№ 3\n"
     "______________ ФИО", "МКОУ средняя школа № 3"),
]


@pytest.mark.parametrize(("cell", "issuer"), BLANK_GRIFS)
def test_blank_grif_names_the_institution(tools: ExtractTools, cell: str, issuer: str) -> None:
    doc = docx_doc(table(("Рассмотрен\nна педагогическом совете\nПротокол № от года", cell)),
                   "План летней оздоровительной работы\nв дошкольном учреждении.",
                   "Ст. Ольховская, 2019 год", "Пояснительная записка.", bold=(1,))
    got = extract(doc, Found(), tools).document
    assert got.issuer == issuer
    assert got.order_number is None


# a site's header line: the department's name, then its postal address on the same line
def test_department_name_before_its_postal_index(tools: ExtractTools) -> None:
    doc = lines_doc("Отдел образования администрации муниципального образования Ольховский район "
                    "123456, Лесная область, Ольховский р-н, ст-ца Ольховская, ул Садовая, д. 5 "
                    "ОТДЕЛ\nТЕЛЕФОН(-Ы): +7 (800) 100-20-30\n\n"
                    "План мероприятий отдела образования к Дню защиты детей\n\n"
                    "Мероприятие | Срок | Ответственные |\n"
                    "Конкурс рисунков на асфальте | 01.06.2021 | руководители ОУ |\n")
    got = extract(doc, Found(), tools).document
    assert got.issuer == ("Отдел образования администрации муниципального образования "
                          "Ольховский район")


# (genre word as printed, title): a text export's one paragraph — the approval line, the
# letter-spaced genre word, its subject in lower case over several lines
SPACED_GENRE = [
    ("П Л А Н", "ПЛАН работы комиссии по охране труда и технике безопасности"),
    ("П Р О Г Р А М М А", "ПРОГРАММА работы комиссии по охране труда и технике безопасности"),
]


@pytest.mark.parametrize(("genre", "title"), SPACED_GENRE)
def test_letter_spaced_genre_word_under_a_stamp(tools: ExtractTools, genre: str,
                                                title: str) -> None:
    doc = lines_doc(f"Утвержден приказом по школе № 12/1-Б от 02.09.2020г.\n{genre}\n"
                    "работы комиссии по охране труда\nи технике безопасности\n"
                    "Мероприятия | Сроки | Ответственные |\n"
                    "Проверка кабинетов | сентябрь | комиссия |\n")
    assert extract(doc, Found(), tools).document.title == title
