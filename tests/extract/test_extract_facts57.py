"""Institutions' own documents (session facts57): a school's order a site ran into one line; a
school's распоряжение whose date in digits stands left of the act's word on one row; an order's
date and number printed at the end of the letterhead's address lines over "ПРИКАЗ", under a
site's label; a building note and a quoted district after the letterhead's name; a plan of
measures whose numbered items print no term; a site's bare genre heading over the report's own
line; an address's region abbreviation after its postal code; a foreign state is no region."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract import paragraph_plans
from extract.found import Found
from extract.models import DraftDocument
from extract.tools import ExtractTools
from normalize import deadlines
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, lines_doc, txt_doc

_FLAT = ("Муниципальное бюджетное общеобразовательное учреждение «Школа № 9» ПРИКАЗ «03» марта "
         "2023 г. № 14 {subject} {preamble} приказа отдела образования от 01.03.2023г. № 40 "
         "“О мерах по профилактике простудных заболеваний», в целях охраны здоровья учащихся "
         "ПРИКАЗЫВАЮ: 1. Заместителю директора по воспитательной работе Орловой Т.В.: 1.1. "
         "составить план профилактических мероприятий в срок до 06.03.2023г; 1.2. провести "
         "инструктаж учителей о признаках простудных заболеваний у детей; 2. Классным "
         "руководителям провести беседы с родителями о профилактике гриппа и простуды; 3. "
         "Контроль за исполнением приказа оставляю за собой.")


@pytest.mark.parametrize(("subject", "preamble", "title"), [
    ("О не отложных мерах по профилактике гриппа", "На основании",
     "О не отложных мерах по профилактике гриппа"),
    ("О мерах по профилактике гриппа в школе", "Во исполнение",
     "О мерах по профилактике гриппа в школе"),
], ids=["negated-subject", "execution-preamble"])
def test_order_flattened_onto_one_line(tools: ExtractTools, tmp_path: Path, subject: str,
                                       preamble: str, title: str) -> None:
    doc = facts_of(txt_doc(tmp_path, _FLAT.format(subject=subject, preamble=preamble) + "\n"),
                   tools).document
    assert (doc.kind, doc.title, doc.order_number, iso_date(doc.order_date_text)) == (
        "order", title, "14", "2023-03-03")
    assert doc.issuer == "Муниципальное бюджетное общеобразовательное учреждение «Школа № 9»"


_ROW = ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ЛЕСНАЯ СРЕДНЯЯ ШКОЛА»\n"
        "ЛЕСНОГО РАЙОНА (учебный корпус №3)\n"
        "{row}\n"
        "О проведении дня здоровья\n"
        "В целях пропаганды здорового образа жизни среди учащихся:\n"
        "1.Учителям физической культуры:\n"
        "-провести спортивные соревнования;\n")


@pytest.mark.parametrize(("row", "act", "number", "date"), [
    ("05.04.2022 Распоряжение №21", "распоряжение", "21", "2022-04-05"),
    # a site's garbled date: no date, the act and its number still read
    ("5 4.202 г Приказ №21", "приказ", "21", None),
    # the act's word in normal case alone, with no date before it: no letterhead row
    ("Распоряжение", None, None, None),
], ids=["date-first", "garbled-date", "bare-word"])
def test_date_first_act_row(tools: ExtractTools, row: str, act: str | None, number: str | None,
                            date: str | None) -> None:
    doc = facts_of(lines_doc(_ROW.format(row=row)), tools).document
    assert (doc.act_type, doc.order_number, iso_date(doc.order_date_text)) == (act, number, date)
    if act:
        assert doc.issuer == ("Муниципальное бюджетное общеобразовательное учреждение «Лесная "
                              "средняя школа» Лесного района")


@pytest.mark.parametrize(("address", "contacts", "number", "date"), [
    ("368300, с. Лесное, ул. Мира, 3\n«09» 02 .2023 г.",
     "тел.: 8-900-000-00-00 E-mail: lesnoe@example.ru\n№ 12", "12", "2023-02-09"),
    # the requisites printed under the act's word: those are read, the address gives none
    ("368300, с. Лесное, ул. Мира, 3", "тел.: 8-900-000-00-00", None, None),
], ids=["among-address-lines", "none-above"])
def test_requisites_among_letterhead_lines(tools: ExtractTools, address: str, contacts: str,
                                           number: str | None, date: str | None) -> None:
    under = "" if number else "от 10.02.2023 № 13"
    doc = facts_of(docx_doc(
        "Самообследование МБОУ _Лесная СОШ_ 10.02.23",
        "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n«ЛЕСНАЯ СРЕДНЯЯ ШКОЛА»\n"
        "«Лесной район»", address, contacts, f"ПРИКАЗ {under}".strip(),
        "О проведении самообследования\nМБОУ «Лесная СОШ» за 2022 год",
        "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в "
        "Российской Федерации»", "ПРИКАЗЫВАЮ:", "1. Провести самообследование."), tools).document
    assert (doc.kind, doc.title) == ("order",
                                     "О проведении самообследования МБОУ «Лесная СОШ» за 2022 год")
    assert (doc.order_number, iso_date(doc.order_date_text)) == (
        (number, date) if number else ("13", "2023-02-10"))
    # neither the act's number on its own line nor the quoted district is part of the name
    assert doc.issuer == "Муниципальное казенное общеобразовательное учреждение «Лесная средняя " \
        "школа»"


_PLAN = "{heading}\nВ МБДОУ \"Детский сад № 2\"\nI. Работа с персоналом\n{items}\n"


@pytest.mark.parametrize(("heading", "items", "titles"), [
    ("ЕЖЕГОДНЫЙ ПЛАН АНТИТЕРРОРИСТИЧЕСКИХ МЕРОПРИЯТИЙ",
     "1. Обход территории детского сада перед началом работы.\n"
     "2. Инструктаж сотрудников о действиях при угрозе теракта.",
     ["Обход территории детского сада перед началом работы",
      "Инструктаж сотрудников о действиях при угрозе теракта"]),
    # one numbered line under a heading is no list of measures
    ("ПЛАН АНТИТЕРРОРИСТИЧЕСКИХ МЕРОПРИЯТИЙ", "1. Обход территории детского сада.", []),
    # a plan that does not name its items as measures: its numbered lines need a field
    ("ПЛАН РАБОТЫ", "1. Обход территории детского сада.\n2. Инструктаж сотрудников.", []),
], ids=["measures", "one-item", "not-measures"])
def test_bare_items_of_plan_of_measures(tools: ExtractTools, heading: str, items: str,
                                        titles: list[str]) -> None:
    doc = lines_doc(_PLAN.format(heading=heading, items=items))
    found = facts_of(doc, tools)
    found = Found(document=found.document.model_copy(update={"kind": "roadmap"}))
    got = paragraph_plans.extract_bare(doc, found, tools)
    assert [a.title for a in got.activities] == titles
    assert all(a.section == "Работа с персоналом" for a in got.activities)


def test_bare_items_not_in_an_order(tools: ExtractTools) -> None:
    doc = lines_doc(_PLAN.format(heading="ПЛАН МЕРОПРИЯТИЙ",
                                 items="1. Обход территории.\n2. Инструктаж сотрудников."))
    order = DraftDocument(kind="roadmap", title="План мероприятий", act_type="приказ")
    assert not paragraph_plans.extract_bare(doc, Found(document=order), tools).activities


@pytest.mark.parametrize(("card", "own", "title"), [
    ("Публичный отчет", "Отчет о результатах самообследования ДОУ за 2022 год",
     "Отчет о результатах самообследования ДОУ за 2022 год"),
    # the genre's word going on below: one heading
    ("Публичный отчет", "о результатах деятельности детского сада за 2022 год",
     "Публичный отчет о результатах деятельности детского сада за 2022 год"),
], ids=["bare-genre-card", "heading-goes-on"])
def test_genre_card_over_own_report_line(tools: ExtractTools, card: str, own: str,
                                         title: str) -> None:
    doc = facts_of(docx_doc(card, own, "Общие сведения об учреждении.",
                            "Детский сад работает с 2010 года."), tools).document
    assert (doc.kind, doc.title) == ("report", title)


@pytest.mark.parametrize(("address", "region"), [
    ("Адрес: 368300, РД, Лесной район, с. Лесное, ул. Мира, 3", "Республика Дагестан"),
    ("Адрес: 423000, РТ, Лесной район, с. Лесное", "Республика Татарстан"),
    # "РБ" is printed so in two republics' addresses: no reading
    ("Адрес: 671300, РБ, Лесной район, с. Лесное", None),
], ids=["dagestan", "tatarstan", "ambiguous"])
def test_region_abbreviation_after_postal_code(tools: ExtractTools, address: str,
                                               region: str | None) -> None:
    doc = facts_of(docx_doc("Отчет о результатах самообследования школы за 2022 год",
                            "Общие сведения", address), tools).document
    assert doc.region_text == region


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


@pytest.mark.parametrize(("text", "region"), [
    ("встреча с воинами, служившими в Республике Афганистан", None),
    ("гости из Республики Беларусь приняли участие в фестивале", None),
    ("школы Республики Дагестан приняли участие в фестивале", "Республика Дагестан"),
], ids=["afghanistan", "belarus", "own-republic"])
def test_foreign_state_is_no_region(lem: Lemmatizer, text: str, region: str | None) -> None:
    assert find_place([text], lem, ner=False).region == region


@pytest.mark.parametrize(("title", "text", "span"), [
    # a month-long campaign's plan: its "в течение месяца" is the campaign, the plan's span
    ("План мероприятий месячника оборонно-массовой работы", "В течение месяца",
     ("2021-01-01", "2021-12-31", "continuous")),
    ("План мероприятий месячника оборонно-массовой работы", "в ходе проведения месячника",
     ("2021-01-01", "2021-12-31", "continuous")),
    # any other plan: a month counted from an event, no dates
    ("План мероприятий по профилактике гриппа", "В течение месяца", (None, None, "once")),
], ids=["campaign-month", "campaign-named", "other-plan"])
def test_campaign_month_deadline(lem: Lemmatizer, title: str, text: str,
                                 span: tuple[str | None, str | None, str]) -> None:
    read = deadlines.campaign_text(text, frozenset(lem.lemmas(title)))
    got = deadlines.parse_deadline(read, deadlines.parse_period("2021 год"))
    assert (got.start, got.end, got.recurrence) == span


@pytest.mark.parametrize(("tail", "issuer"), [
    # the quotes close on the next printed line: the honoured name goes on there
    ("Лесной области имени Героя\n\nРоссии А.А. Петрова».",
     "Муниципальное общеобразовательное учреждение «Лесная средняя общеобразовательная школа "
     "Лесной области имени Героя России А.А. Петрова»"),
    # the quotes closed: the next field's line is no part of the name
    ("Лесной области»\n\nЮридический адрес: 300000, Лесная область.",
     "Муниципальное общеобразовательное учреждение «Лесная средняя общеобразовательная школа "
     "Лесной области»"),
], ids=["quotes-open", "quotes-closed"])
def test_form_field_name_over_quote_break(tools: ExtractTools, tmp_path: Path, tail: str,
                                          issuer: str) -> None:
    text = ("1. Аналитическая часть\n\nПолное наименование образовательного учреждения\n\n"
            "учреждения: Муниципальное общеобразовательное учреждение «Лесная средняя\n\n"
            f"общеобразовательная школа {tail}\n\nРежим работы: пятидневная неделя.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


_PAGE = ("Публичный отчет {grif} ________________ ПУБЛИЧНЫЙ ОТЧЕТ Муниципального бюджетного "
         "дошкольного образовательного учреждения «Детский сад № 6 города Лесного» за 2022-2023 "
         "учебный год 2023 год Задачами публичного отчета являются: 1) информирование родителей "
         "о работе детского сада, о его образовательных программах и о достижениях воспитанников; "
         "2) привлечение родителей к участию в жизни детского сада и к обсуждению его планов; 3) "
         "развитие сотрудничества детского сада с учреждениями культуры и спорта города.")


@pytest.mark.parametrize(("grif", "signer"), [
    ("Утверждаю Заведующий МБДОУ № 6 ГЛ А.Б. Орлова", ("А.Б. Орлова", "Заведующий МБДОУ № 6 ГЛ")),
    ("УТВЕРЖДАЮ Заведующий МБДОУ № 6 ГЛ А.Б. Орлова", ("А.Б. Орлова", "Заведующий МБДОУ № 6 ГЛ")),
], ids=["opener-normal-case", "opener-capitals"])
def test_report_page_run_into_one_line(tools: ExtractTools, tmp_path: Path, grif: str,
                                       signer: tuple[str, str]) -> None:
    doc = facts_of(txt_doc(tmp_path, _PAGE.format(grif=grif) + "\n"), tools).document
    assert (doc.kind, doc.title) == ("report", "ПУБЛИЧНЫЙ ОТЧЕТ Муниципального бюджетного "
                                     "дошкольного образовательного учреждения «Детский сад № 6 "
                                     "города Лесного» за 2022-2023 учебный год")
    assert [(s.name, s.position) for s in doc.signatories] == [signer]

