"""Document facts in forms of the fourteenth real set (written again with invented bodies,
places, people and wording): a school passport opening with its column headings, a region's
abbreviation closing a school's name, a republic's district called кожуун or улус, a bilingual
letterhead table, a settlement's body in the genitive under a repeated act word, a letterhead in
lower case, a council's capitalised name, a site's cell border after a title, nested quotes
closed by one mark, an act's number in two forms, a heading repeated by the passport's row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place, region_name

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, table

_SCHOOL = ("Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
           "школа с.Луговое Заречного муниципального района")


def _passport(heading_value: str, label: str, abbr: str) -> SourceDocument:
    return docx_doc(
        "Паспорт Программы развития",
        table(("Наименование", heading_value),
              (label, f"{_SCHOOL} {abbr}"),
              ("Цель Программы", "Создание условий для роста каждого ученика"),
              ("Задачи Программы", "- обновить кабинеты;\n- обучить учителей"),
              ("Сроки реализации", "2024-2028 годы")),
        bold=(0,))


# (the heading row's value cell, the name row's label, the region's abbreviation, region)
PASSPORTS = [
    ("Содержание", "Полное наименование ОО", "РСО-А", "Республика Северная Осетия-Алания"),
    ("Характеристика", "Полное\nнаименование ОО", "РСО-А", "Республика Северная Осетия-Алания"),
    ("Описание", "Наименование образовательной организации", "КБР",
     "Кабардино-Балкарская Республика"),
    ("Содержание", "Полное наименование ОО", "РС(Я)", "Республика Саха (Якутия)"),
    ("Содержание", "Полное наименование ОО", "ЕАО", "Еврейская автономная область"),
]


@pytest.mark.parametrize(("value", "label", "abbr", "region"), PASSPORTS)
def test_passport_heading_row_and_region_abbreviation(tools: ExtractTools, value: str,
                                                      label: str, abbr: str,
                                                      region: str) -> None:
    draft = extract_document(_passport(value, label, abbr), tools)
    assert draft.document.title == "Паспорт Программы развития"
    assert draft.document.issuer == _SCHOOL
    assert draft.document.region_text == region


# (text naming the place, municipality in the nominative)
PLACES = [
    ("Администрация Ореховского кожууна", "Ореховский кожуун"),
    ("о развитии школ в Ореховском кожууне", "Ореховский кожуун"),
    ("администрации Ореховского улуса", "Ореховский улус"),
    ("сельского поселения Луговской сельсовет Заречного района", "Луговской сельсовет"),
]


@pytest.mark.parametrize(("text", "municipality"), PLACES)
def test_republic_and_council_place_names(text: str, municipality: str) -> None:
    assert find_place([text], get_lemmatizer(), ner=False).municipality == municipality


def test_bilingual_letterhead_table(tools: ExtractTools) -> None:
    doc = docx_doc(
        table(("РЕСПУБЛИКА ТЫВА\nАДМИНИСТРАЦИЯ ОРЕХОВСКОГО\nКОЖУУНА",
               "ТЫВА РЕСПУБЛИКА\nОРЕХОВ КОЖУУН ЧАГЫРГАЗЫ")),
        "ПОСТАНОВЛЕНИЕ", "от «3» мая 2023 г № 12", "с. Орехово",
        "Об утверждении муниципальной программы «Развитие школ в Ореховском кожууне на "
        "2024-2026 годы»",
        "В целях развития образования администрация Ореховского кожууна ПОСТАНОВЛЯЕТ:",
        bold=(1, 4))
    got = extract_document(doc, tools).document
    assert region_name(got.region_text or "", get_lemmatizer()) == "Республика Тыва"
    assert find_place([got.municipality_text or ""], get_lemmatizer(),
                      ner=False).municipality == "Ореховский кожуун"


_SETTLEMENT_ACT = """ПОСТАНОВЛЕНИЕ от 01.02.2024 № 5

Дата публикации: 05.02.2024г.

П О С Т А Н О В Л Е Н И Е

АДМИНИСТРАЦИИ СЕЛЬСКОГО ПОСЕЛЕНИЯ

ЛУГОВСКОЙ СЕЛЬСОВЕТ

ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА

ЛЕСНОЙ ОБЛАСТИ РОССИЙСКОЙ ФЕДЕРАЦИИ

01.02.2024 г. с. Луговое №5

О внесении изменений в муниципальную программу «Развитие сельского поселения Луговской \
сельсовет Заречного муниципального района на 2020-2026 годы»

Администрация сельского поселения постановляет:
"""


def test_settlement_body_under_repeated_act_word(tools: ExtractTools) -> None:
    got = extract_document(lines_doc(_SETTLEMENT_ACT), tools, debug=True)
    assert got.document.issuer == ("Администрация сельского поселения Луговской сельсовет "
                                   "Заречного муниципального района")
    assert "header.issuer:below_act_word" in got.trace
    assert find_place([got.document.municipality_text or ""], get_lemmatizer(),
                      ner=False).municipality == "Луговской сельсовет"


# (the letterhead's line as a text export joined it, issuer)
LETTERHEADS = [
    ("российская федерация администрация заречного района лесной области",
     "Администрация Заречного района"),
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА ЛЕСНОЙ ОБЛАСТИ",
     "Администрация Заречного района"),
    ("администрация заречного района", "Администрация Заречного района"),
]


@pytest.mark.parametrize(("line", "issuer"), LETTERHEADS)
def test_letterhead_in_lower_case(tools: ExtractTools, line: str, issuer: str) -> None:
    text = (f"{line}\n\nПОСТАНОВЛЕНИЕ\n\n10.01.2013г. р.п. Луговой №15\n\n"
            "Об утверждении муниципальной программы «Школы района» на 2013-2016 годы\n\n"
            "ПОСТАНОВЛЯЮ:\n")
    assert extract_document(lines_doc(text), tools).document.issuer == issuer


def test_council_keeps_its_capital(tools: ExtractTools) -> None:
    text = ("ЛУГОВСКАЯ ГОРОДСКАЯ ДУМА\n\nРЕШЕНИЕ\n\nот _______ №_______\n\n"
            "О программе развития школ города Луговска до 2030 года\n\n"
            "Рассмотрев проект, Луговская городская Дума решила:\n\n"
            "1. Утвердить программу.\n")
    assert extract_document(lines_doc(text), tools).document.issuer == \
        "Луговская городская Дума"


# (the subject line as the site prints it, title)
SUBJECTS = [
    ("Об утверждении муниципальной программы «Школы поселения» на период 2025-2027 годы |",
     "Об утверждении муниципальной программы «Школы поселения» на период 2025-2027 годы"),
    ('"О внесении изменений в постановление администрации Заречного района от 10.11.2018 '
     'N 300 "О муниципальной программе Заречного района "Развитие школ Заречного района на '
     '2019 - 2023 годы"',
     'О внесении изменений в постановление администрации Заречного района от 10.11.2018 '
     'N 300 "О муниципальной программе Заречного района "Развитие школ Заречного района на '
     '2019 - 2023 годы"'),
    ('"О программе "Школьный двор" на 2019 год"', 'О программе "Школьный двор" на 2019 год'),
]


@pytest.mark.parametrize(("subject", "title"), SUBJECTS)
def test_subject_line_marks(tools: ExtractTools, subject: str, title: str) -> None:
    text = (f"АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2021 № 17\n\n"
            f"{subject}\n\nВ целях развития образования ПОСТАНОВЛЯЮ:\n")
    assert extract_document(lines_doc(text), tools).document.title == title


def test_fuller_number_of_the_same_act(tools: ExtractTools) -> None:
    doc = docx_doc(
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 5»",
        "Дорожная карта (план мероприятий)",
        "по наставничеству педагогов детского сада",
        "Приложение №1 к приказу", "заведующего МБДОУ «Детский сад № 5»",
        "от 03.02.2022 № 17",
        table(("ПРИНЯТО\nПедагогическим советом\n(Протокол от 03.02.2022 № 2)",
               "УТВЕРЖДЕНО\nПриказом заведующего\nМБДОУ «Детский сад № 5»\nот 03.02.2022 №\n"
               "17-ОД")),
        bold=(1, 2))
    got = extract_document(doc, tools, debug=True)
    assert got.document.order_number == "17-ОД"
    assert "header.order:fuller_number" in got.trace


def test_printed_heading_over_the_passport_row(tools: ExtractTools) -> None:
    doc = docx_doc(
        "УТВЕРЖДЕНА\nраспоряжением министерства\nобразования Лесной области\n"
        "от «5» мая 2022 г. № 100",
        "ПРОГРАММА\nразвития школьного спорта в системе образования\nЛесной области на "
        "2022 - 2026 годы",
        "Паспорт программы",
        table(("Наименование\nпрограммы", "Программа развития школьного спорта в системе\n"
               "образования Лесной области на 2022 – 2026 годы\n(далее – программа)"),
              ("Исполнители\nпрограммы", "министерство образования Лесной области;\n"
               "органы местного самоуправления")),
        bold=(1, 2))
    assert extract_document(doc, tools).document.title == (
        "ПРОГРАММА развития школьного спорта в системе образования Лесной области на "
        "2022 - 2026 годы")


# (the lines above the title, issuer): dev13's title pages and letterheads
TOPS = [
    # a legal form broken before its noun in a capitals letterhead
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ\nУЧРЕЖДЕНИЕ «ЛУГОВСКАЯ СРЕДНЯЯ\n"
     "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА»\n(МБОУ «ЛУГОВСКАЯ СОШ»)\n\nПРИКАЗ\n\n"
     "12 сентября 2024 г. № 88\n\nОб организации горячего питания учащихся\n\nПРИКАЗЫВАЮ:\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Луговская средняя "
     "общеобразовательная школа»"),
    # a council's "Обсужден на заседании" grif glued under the letterhead
    ("Муниципальное бюджетное общеобразовательное учреждение\n«Луговская средняя школа»\n"
     "Обсужден на заседании\nпедагогического совета\nМБОУ Луговская СШ\nПротокол\n"
     "от 30.08.2023 № 1\n\nОтчет\nпо самообследованию с. Луговое, 2023\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Луговская средняя школа»"),
]


@pytest.mark.parametrize(("text", "issuer"), TOPS)
def test_letterhead_over_its_grif_or_broken(tools: ExtractTools, text: str,
                                            issuer: str) -> None:
    assert extract_document(lines_doc(text), tools).document.issuer == issuer


def test_capitals_subject_over_several_lines(tools: ExtractTools) -> None:
    doc = docx_doc("ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 3 марта 2016 г. № 21",
                   "О ВНЕСЕНИИ ИЗМЕНЕНИЙ", "В ГОСУДАРСТВЕННУЮ ПРОГРАММУ ЛЕСНОЙ ОБЛАСТИ",
                   '"РАЗВИТИЕ ШКОЛ ЛЕСНОЙ ОБЛАСТИ НА 2015 - 2020 ГОДЫ", УТВЕРЖДЕННУЮ '
                   "ПОСТАНОВЛЕНИЕМ",
                   "ПРАВИТЕЛЬСТВА ЛЕСНОЙ ОБЛАСТИ ОТ 10.07.2014 № 300",
                   "В целях уточнения программы Правительство Лесной области постановляет:",
                   bold=(0, 1, 3, 4, 5, 6))
    assert extract_document(doc, tools).document.title == (
        'О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ГОСУДАРСТВЕННУЮ ПРОГРАММУ ЛЕСНОЙ ОБЛАСТИ "РАЗВИТИЕ ШКОЛ '
        'ЛЕСНОЙ ОБЛАСТИ НА 2015 - 2020 ГОДЫ", УТВЕРЖДЕННУЮ ПОСТАНОВЛЕНИЕМ ПРАВИТЕЛЬСТВА '
        'ЛЕСНОЙ ОБЛАСТИ ОТ 10.07.2014 № 300')


def test_form_name_wrapped_into_its_quoted_name(tools: ExtractTools) -> None:
    doc = docx_doc(
        "ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2024 ГОД",
        "Общие сведения об образовательной организации",
        table(("Наименование\nобразовательной\nорганизации",
               "Муниципальное бюджетное\nдошкольное образовательное\nучреждение детский сад № 3\n"
               "«Ромашка» г. Луговска Лесной\nобласти"),
              ("Тип", "Дошкольное образовательное\nучреждение")),
        bold=(0,))
    assert extract_document(doc, tools).document.issuer == (
        "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 3 "
        "«Ромашка» г. Луговска")
