"""Document facts in forms of acts of the eleventh real study (written again with invented
bodies, places and numbers): a site's text export of a letterhead whose act's word lost its
capitals ("Постановление" over "16.11.2020г. № 1017"), a portal page printing an amending act's
subject with no header and its letter-spaced operative verb inside one paragraph, a page whose
own act prints no number while an item lists the acts it repeals, a site's quotes around a
subject whose last quote also closes the programme's name, a capitals letterhead naming a
"муниципальный район" in a document that writes "Муниципальный совет", a goals list going on
in paragraphs without its label."""

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

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, pdf_doc

_SITE_FRAME = ("Основная информация\nТип документа: Постановления\nПринявший орган: "
               "Администрация Лесного района Луговской области\nТекущая редакция документа\n")
_AMEND_SUBJECT = ("О внесении изменений в постановление администрации Лесного района от "
                  "03.03.2021г. № 45 «Об утверждении муниципальной программы «Развитие школ»")

# (document, (kind, title, issuer, number, date as the record writes it))
PLAIN_ACT_WORD = [
    (lines_doc(f"{_SITE_FRAME}\nАдминистрация Лесного района Луговской области\n\n"
               f"Постановление\n\n12.10.2022г. № 812\n\n{_AMEND_SUBJECT}\n\n"
               "В связи с уточнением расходов администрация Лесного района Луговской области "
               "постановляет:\n"),
     ("order", _AMEND_SUBJECT, "Администрация Лесного района", "812", "2022-10-12")),
    (lines_doc("Администрация Кедровского округа\n\nРаспоряжение\n\nот 5 марта 2023 г. № 17-р\n\n"
               "Об утверждении плана мероприятий по подготовке школ к учебному году\n\n"
               "1. Утвердить прилагаемый план мероприятий.\n"),
     ("roadmap", "Об утверждении плана мероприятий по подготовке школ к учебному году",
      "Администрация Кедровского округа", "17-р", "2023-03-05")),
]


@pytest.mark.parametrize(("doc", "expected"), PLAIN_ACT_WORD)
def test_a_normal_case_act_word_over_its_requisites(
        tools: ExtractTools, doc: SourceDocument,
        expected: tuple[str, str, str, str, str]) -> None:
    got = extract(doc, Found(), tools)
    d = got.document
    assert (d.kind, d.title, d.issuer, d.order_number, iso_date(d.order_date_text)) == expected


@pytest.mark.parametrize("text", [
    # the word alone with no requisites under it: a list's heading, no act
    "Постановление\n\nО порядке работы комиссии\n\nТекст порядка.\n",
    # a sentence under the word, not the act's date and number
    "Решение\n\nпринято комиссией по делам несовершеннолетних на заседании 12.10.2022 "
    "(протокол № 5) и доведено до школ\n",
])
def test_an_act_word_without_its_requisites_is_no_letterhead(
        tools: ExtractTools, text: str) -> None:
    assert extract(lines_doc(text), Found(), tools).document.order_number is None


_PORTAL = "Лесной муниципальный округ Луговской области Лесной округ (второй язык)"

# (document, (kind, issuer))
PORTAL_AMENDMENTS = [
    (lines_doc(f"{_PORTAL}\n\nО внесении изменений в постановление администрации Лесного района "
               "от 4 мая 2012 года № 210\n\nВ связи с ремонтом школ администрация Лесного района "
               "п о с т а н о в л я е т: 1. Внести в постановление администрации Лесного района "
               "от 04.05.2012 № 210 следующее изменение: пункт 3 изложить в новой редакции.\n"),
     ("order", "Администрация Лесного района")),
    (lines_doc("О внесении изменений в муниципальную программу «Спорт»\n\nВ целях уточнения "
               "финансирования администрация Кедровского района ПОСТАНОВЛЯЕТ: 1. Внести "
               "изменения в программу.\n"),
     ("order", "Администрация Кедровского района")),
]


@pytest.mark.parametrize(("doc", "expected"), PORTAL_AMENDMENTS)
def test_a_portal_amending_act_without_header(
        tools: ExtractTools, doc: SourceDocument, expected: tuple[str, str]) -> None:
    got = extract(doc, Found(), tools)
    assert (got.document.kind, got.document.issuer) == expected
    assert "header.kind:amending_title" in got.trace
    assert "header.issuer:operative" in got.trace


def test_a_subject_without_an_operative_verb_is_no_act(tools: ExtractTools) -> None:
    """A note about changes, no act's verb: not an order by its title alone."""
    doc = lines_doc("О внесении изменений в расписание занятий\n\nЗанятия переносятся на среду.\n")
    assert "header.kind:amending_title" not in extract(doc, Found(), tools).trace


_OWN_TITLE = ("Об утверждении муниципальной программы Лесного района «Развитие образования» "
              "на 2016–2022 годы")


@pytest.mark.parametrize("listed", [
    "постановление администрации Лесного района от 14.09.2013 г. № 902 «Об утверждении "
    "муниципальной программы Лесного района «Развитие образования» на 2013–2020 годы»;",
    "распоряжение администрации Лесного района от 02.02.2014г. № 11 «О плане мероприятий»;",
])
def test_a_repealed_act_is_not_the_pages_own(tools: ExtractTools, listed: str) -> None:
    doc = pdf_doc("Лесной муниципальный округ", _OWN_TITLE,
                  "Администрация Лесного района постановляет:",
                  "1. Утвердить прилагаемую муниципальную программу Лесного района «Развитие "
                  "образования» на 2016–2022 годы.", "2.Признать утратившими силу:", listed,
                  bold=(0, 1))
    d = extract(doc, Found(), tools).document
    assert (d.title, d.order_number, d.order_date_text) == (_OWN_TITLE, None, None)


_HEADING = ("Постановление Администрации муниципального района \"Город Лесной\" от 3 мая 2021 г. "
            "N 77")


@pytest.mark.parametrize(("subject", "title"), [
    # the last quote closes the wrapper and the programme's name at once: the name keeps it
    (['"Об утверждении программы "Развитие школ муниципального района "Город',
      'Лесной" Луговской области на 2021 - 2025 годы"'],
     'Об утверждении программы "Развитие школ муниципального района "Город Лесной" Луговской '
     'области на 2021 - 2025 годы"'),
    # every name closed before the last quote: the wrapper goes whole
    (['"О внесении изменений в постановление "Об утверждении программы "Спорт" на 2020 год",',
      'от 02.02.2020 N 5"'],
     'О внесении изменений в постановление "Об утверждении программы "Спорт" на 2020 год", от '
     '02.02.2020 N 5'),
    # a name left open (its closing quote merged into another), the last quote after the
    # amended act's number: the wrapper's, no name's
    (['"О внесении изменений в постановление от 01.02.2019 N 12-ПА "Об утверждении программы '
      '"Спорт', 'на 2020 - 2024 годы" и программу "Спорт", утвержденную постановлением от '
      '01.02.2019 N 12-ПА"'],
     'О внесении изменений в постановление от 01.02.2019 N 12-ПА "Об утверждении программы '
     '"Спорт на 2020 - 2024 годы" и программу "Спорт", утвержденную постановлением от '
     '01.02.2019 N 12-ПА'),
])
def test_a_sites_wrapper_quotes_round_a_named_programme(
        tools: ExtractTools, subject: list[str], title: str) -> None:
    doc = pdf_doc(_HEADING, *subject, "В целях развития образования постановляю:",
                  bold=(0, 1, 2))
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize(("text", "restored"), [
    ('АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА "ЛЕСНОЙ РАЙОН"',
     'Администрация муниципального района "Лесной район"'),
    ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА «ГОРОД ЛЕСНОЙ»",
     "Управление образования администрации городского округа «Город Лесной»"),
    ("МУНИЦИПАЛЬНЫЙ РАЙОН «ЛЕСНОЙ»", "Муниципальный район «Лесной»"),
])
def test_a_place_markers_adjective_stays_lower_case(
        tools: ExtractTools, text: str, restored: str) -> None:
    """The document writes "Муниципального совета", "Городской думы" with a capital: the
    marker's adjective of the letterhead stays in lower case all the same."""
    known = frozenset({"муниципальный", "городской"})
    assert restore_case(text, tools, facts_vocab(), known) == restored


@pytest.mark.parametrize(("paragraphs", "goals", "tasks"), [
    (("Цели: повышение доступности дошкольного образования;",
      "обновление материальной базы детских садов;", "Задачи: строительство новых групп."),
     ("повышение доступности дошкольного образования",
      "обновление материальной базы детских садов"), ("строительство новых групп",)),
    (("Цель: рост охвата детей дополнительным образованием.",
      "создание условий описано в разделе 3.", "Задачи: открытие кружков;",
      "обучение педагогов;", "Ожидаемые результаты"),
     ("рост охвата детей дополнительным образованием",),
     ("открытие кружков", "обучение педагогов")),
])
def test_a_labelled_list_goes_on_in_paragraphs(
        tools: ExtractTools, paragraphs: tuple[str, ...], goals: tuple[str, ...],
        tasks: tuple[str, ...]) -> None:
    doc = docx_doc("Подпрограмма «Детский сад»", "1. Цели и задачи подпрограммы", *paragraphs,
                   bold=(0, 1))
    found = extract(doc, Found(), tools)
    assert (found.goals, found.tasks) == (goals, tasks)
