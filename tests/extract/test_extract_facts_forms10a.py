"""Document facts in forms of acts of the ninth real-document study (written again with
invented bodies, places and people): acts that approve a list of changes, a form whose act's
word is not printed (its date and number a table row, its subject a one-cell table), a legal
site's heading with its date line under the body, a capitals subject carrying a broken "№"
("в„–"), a passport printed as plain lines without separators."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import issuer_renamed

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, pdf_doc, table


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


_PREAMBLE = ("В целях уточнения мероприятий муниципальной программы «Развитие культуры» на "
             "2022 - 2026 годы Администрация города Заречного постановляет:")
_HEADING_OF_CHANGES = ("Изменения,\nкоторые вносятся в муниципальную программу города Заречного "
                       "«Развитие культуры» на 2022 - 2026 годы")

# (document, kind)
KINDS = [
    # a page starting at the preamble; the act approves the changes, then prints them
    (docx_doc(_PREAMBLE,
              "1. Утвердить прилагаемые изменения, которые вносятся в муниципальную программу "
              "города Заречного «Развитие культуры» на 2022 - 2026 годы.",
              "2. Опубликовать настоящее постановление.",
              "Утверждены\nпостановлением\nАдминистрации города Заречного\nот 3 мая 2024 года "
              "N 415", _HEADING_OF_CHANGES), "order"),
    # the approved changes' heading alone names the document
    (docx_doc("Утверждены\nпостановлением Администрации города Заречного\nот 3 мая 2024 года "
              "N 415", _HEADING_OF_CHANGES,
              "1. В паспорте муниципальной программы строку «Сроки реализации» изложить в "
              "новой редакции."), "order"),
    # a letterhead act whose subject approves changes to another act
    (lines_doc("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 12.02.2023 № 77\n"
               "Об утверждении изменений в муниципальную программу «Спорт Лесного района»\n"
               "Администрация Лесного района постановляет:\n1. Утвердить изменения (прилагаются)."),
     "order"),
    # a programme whose text says how changes are made stays a programme
    (lines_doc("МУНИЦИПАЛЬНАЯ ПРОГРАММА\n«Развитие культуры города Заречного» на 2022 - 2026 "
               "годы\n\nИзменения в муниципальную программу вносятся постановлением "
               "администрации.\n"), "programme"),
]


@pytest.mark.parametrize(("doc", "kind"), KINDS)
def test_kind(tools: ExtractTools, doc: SourceDocument, kind: str) -> None:
    assert extract(doc, Found(), tools).document.kind == kind


_SUBJECT = ("О внесении изменений в государственную программу Луговской области «Развитие "
            "культуры в Луговской области на 2021-2027 годы», утвержденную постановлением "
            "Правительства Луговской области от 20.11.2020 № 501-П")
_DATED_FORM = docx_doc(
    table(("14.03.2022", "№", "118-П")), "г. Луговск", table((_SUBJECT,)),
    "ПРАВИТЕЛЬСТВО ПОСТАНОВЛЯЕТ:",
    "1. Внести в государственную программу Луговской области «Развитие культуры в Луговской "
    "области на 2021-2027 годы» изменения согласно приложению.",
    "Приложение к постановлению Правительства Луговской области\nот 14.03.2022 № 118-П",
    "1. В Программе:",
    "1) в наименовании слова «на 2021-2024 годы» заменить словами «на 2021-2027 годы»;")

# (document, (kind, title, number, date as the record writes it, period as written))
DATED_FORMS = [
    # the requisites a table row cell by cell, the subject in a one-cell table
    (_DATED_FORM, ("order", _SUBJECT, "118-П", "2022-03-14")),
    # the same printed as lines, the date and number on separate lines
    (pdf_doc("05.10.2021", "№ 64-п", "г. Луговск",
             "О внесении изменений в муниципальную программу «Спорт» на 2020-2025 годы",
             "Администрация Лесного района постановляет:",
             "1. Внести в муниципальную программу изменения согласно приложению."),
     ("order", "О внесении изменений в муниципальную программу «Спорт» на 2020-2025 годы",
      "64-п", "2021-10-05")),
]


@pytest.mark.parametrize(("doc", "expected"), DATED_FORMS)
def test_act_without_its_word(tools: ExtractTools, doc: SourceDocument,
                              expected: tuple[str, str, str, str]) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title, d.order_number, iso_date(d.order_date_text)) == expected


_APPENDIX_OF_CHANGES = docx_doc(
    "Приложение к постановлению Правительства Луговской области\nот 14.03.2022 № 118-П",
    "1. В Программе:",
    "1) в наименовании слова «на 2021-2024 годы» заменить словами «на 2021-2027 годы»;",
    "2) в паспорте строку «Этапы» изложить в новой редакции.")


# (document, period as written): the replaced words («на 2021-2024 годы») are not the plan's term
NEW_WORDING = [
    (_DATED_FORM, "на 2021-2027 годы"),  # the subject's years
    (_APPENDIX_OF_CHANGES, "на 2021-2027 годы"),  # the new words of the item, not the old
]


@pytest.mark.parametrize(("doc", "period"), NEW_WORDING)
def test_period_is_the_new_wording(tools: ExtractTools, doc: SourceDocument,
                                   period: str) -> None:
    assert extract(doc, Found(), tools).document.period_text == period


# (document, (issuer, number, date as the record writes it))
HEADINGS = [
    # a site's heading printed a line a paragraph: body / date and number / quoted subject
    (pdf_doc("Постановление Администрации Кедровского городского округа Лесного края",
             "от 14 ноября 2019 г. N 830-па",
             '"Об утверждении муниципальной программы "Развитие образования" на 2020-2024 '
             'годы"', "На основании Устава Кедровского городского округа администрация "
                      "Кедровского городского округа", "постановляет:",
             "1. Утвердить прилагаемую муниципальную программу.", bold=(0, 1, 2)),
     ("Администрация Кедровского городского округа", "830-па", "2019-11-14")),
    # the same lines of one paragraph (a DOCX line break)
    (docx_doc("Постановление Администрации Кедровского городского округа Лесного края\n"
              "от 2 марта 2020 г. N 115-па\n"
              '"О внесении изменений в муниципальную программу "Развитие образования""',
              "Администрация Кедровского городского округа постановляет:"),
     ("Администрация Кедровского городского округа", "115-па", "2020-03-02")),
]


@pytest.mark.parametrize(("doc", "expected"), HEADINGS)
def test_heading_over_lines(tools: ExtractTools, doc: SourceDocument,
                            expected: tuple[str, str, str]) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.issuer, d.order_number, iso_date(d.order_date_text)) == expected


# (document, title)
BROKEN_SIGNS = [
    # the subject's second line in capitals carries the broken "№" and opens with a body word
    (lines_doc("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 20 мая 2023 г. в„– 301\n"
               "О ВНЕСЕНИИ ИЗМЕНЕНИЯ В ПРИЛОЖЕНИЕ К ПОСТАНОВЛЕНИЮ\n"
               "АДМИНИСТРАЦИИ РАЙОНА ОТ 10.01.2020 в„– 12\n\n"
               "Администрация района постановляет:\n1. Внести изменение в приложение."),
     "О ВНЕСЕНИИ ИЗМЕНЕНИЯ В ПРИЛОЖЕНИЕ К ПОСТАНОВЛЕНИЮ АДМИНИСТРАЦИИ РАЙОНА ОТ 10.01.2020 "
     "в„– 12"),
    # a line in lower case still ends a subject printed in capitals
    (lines_doc("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 20 мая 2023 г. № 301\n"
               "ОБ УТВЕРЖДЕНИИ ПОРЯДКА\nв соответствии с уставом района администрация района "
               "постановляет:\n1. Утвердить порядок."),
     "ОБ УТВЕРЖДЕНИИ ПОРЯДКА"),
]


@pytest.mark.parametrize(("doc", "title"), BROKEN_SIGNS)
def test_subject_with_broken_number_sign(tools: ExtractTools, doc: SourceDocument,
                                         title: str) -> None:
    assert extract(doc, Found(), tools).document.title == title


_PASSPORT_LINES = (
    "Приложение к постановлению от 30.12.2016 г № 512\n\n"
    "МУНИЦИПАЛЬНАЯ ПРОГРАММА\n"
    "\"РАЗВИТИЕ КУЛЬТУРЫ ЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА (2017 - 2021 ГГ.)\"\n"
    "Паспорт муниципальной программы \"Развитие культуры Лесного муниципального района\"\n"
    "Ответственный исполнитель Отдел культуры и молодежной политики\n"
    "Соисполнители Отдел образования администрации Лесного муниципального района\n"
    "Сроки реализации Программы 2017 - 2021 годы\n"
    "Цель Программы Сохранение культурного наследия района и доступ жителей\n"
    "к библиотекам и музеям\n"
    "Задачи Программы Поддержка сельских домов культуры\n")

# (document, (goals, issuer, period as written))
PASSPORT_LINES = [
    # label and value in one line, no separator; a value wrapped onto a line in lower case
    (lines_doc(_PASSPORT_LINES),
     (("Сохранение культурного наследия района и доступ жителей к библиотекам и музеям",),
      "Отдел культуры и молодежной политики")),
    # an act's signer: the administration signs, the passport's executor is not the issuer
    (lines_doc(_PASSPORT_LINES + "\nГлава администрации Лесного муниципального района "
                                 "И.И. Петров\n"),
     (("Сохранение культурного наследия района и доступ жителей к библиотекам и музеям",),
      "Администрация Лесного муниципального района")),
    # one line opening with "Цель" is a sentence, not a row: no "Состоит в …" value; the
    # statement after its link is the goal (facts.yaml statement_links; facts67: a linked
    # label opening its line is read as "Цели … являются …" is)
    (lines_doc("ПРОГРАММА РАЗВИТИЯ ШКОЛЫ\nна 2024-2028 годы\n"
               "Цель Программы Состоит в создании условий для обучения\n"
               "и воспитания детей района\n"),
     (("создании условий для обучения и воспитания детей района",), None)),
]


@pytest.mark.parametrize(("doc", "expected"), PASSPORT_LINES)
def test_passport_lines(tools: ExtractTools, doc: SourceDocument,
                        expected: tuple[tuple[str, ...], str | None]) -> None:
    found = extract(doc, Found(), tools)
    assert (found.goals, found.document.issuer) == expected


# A plan amended after its municipality was transformed carries the new name in its own title;
# the act that first approved it, the old one. An amending act's subject quotes older acts.
@pytest.mark.parametrize(("municipality", "issuer", "title", "renamed"), [
    ("Лесной муниципальный округ", "Администрация Лесного района",
     "Муниципальная программа Лесного муниципального округа «Молодежь»", None),
    ("Лесной муниципальный округ", "Администрация Лесного района", None, "Лесной район"),
    ("Ольховский городской округ", "Администрация Ольховского муниципального округа",
     "Муниципальная программа «Спорт»", "Ольховский муниципальный округ"),
])
def test_own_title_keeps_the_new_name(municipality: str, issuer: str, title: str | None,
                                      renamed: str | None, lem: Lemmatizer) -> None:
    assert issuer_renamed(municipality, issuer, lem, title) == renamed
