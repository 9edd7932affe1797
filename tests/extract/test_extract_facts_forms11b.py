"""Document facts in forms of the tenth real set (written again with invented bodies, places
and people): a legal site's plan heading with its "(далее - Программа)" and "(утв. …)" notes
and change-date lines under it, a passport name row whose value opens with a dash, and an
amending act's subject broken over short lines up to the amended act's requisites."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, pdf_doc

_ACT = ("Постановление Администрации города Ольховска\nот 3 марта 2016 г. N 118\n"
        "\"Об утверждении муниципальной программы\"\n"
        "Администрация города постановляет:\n"
        "1. Утвердить прилагаемую муниципальную программу.\n"
        "2. Постановление вступает в силу с 1 января 2017 года.\n"
        "Глава города |\nП.С. Ветров |\n")

# (text export of a legal site's page, title)
SITE_HEADINGS = [
    (_ACT + "Муниципальная программа\n\"Чистый берег\"\n"
     "(утв. постановлением Администрации города Ольховска от 3 марта 2016 г. N 118)\n"
     "12 мая, 9 ноября 2017 г.\n"
     "Постановлением Администрации города от 9 ноября 2017 г. N 640 в паспорт настоящей "
     "Программы внесены изменения\nПаспорт муниципальной программы\n1. Общие положения\n",
     "Муниципальная программа \"Чистый берег\""),
    (_ACT + "Ведомственная программа\n\"Школьный автобус\" на 2017 год\n(далее - Программа)\n"
     "(утв. постановлением Администрации города Ольховска от 3 марта 2016 г. N 118)\n"
     "Паспорт Программы\nНаименование Программы |\n"
     "- ведомственная программа \"Школьный автобус\" на 2017 год |\n"
     "Заказчик Программы |\n- Администрация города Ольховска |\n",
     "Ведомственная программа \"Школьный автобус\" на 2017 год"),
]


@pytest.mark.parametrize(("text", "title"), SITE_HEADINGS)
def test_a_site_heading_ends_at_its_notes(tools: ExtractTools, text: str, title: str,
                                         tmp_path: Path) -> None:
    """"(утв. …)", "(далее - …)", change dates and the amendment note under a heading with no
    years are a site's apparatus; a passport row's "- …" value loses to the printed heading."""
    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.title == title


# (printed lines of an amending act, title)
AMENDING_SUBJECTS = [
    (("АДМИНИСТРАЦИЯ", "ОЛЬХОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "12.05.2021 № 77-п",
      "О внесении изменений в", "постановление администрации", "Ольховского района от",
      "14.10.2019 № 512-п", "В целях уточнения объёмов финансирования программы "
      "администрация Ольховского района постановляет:"),
     "О внесении изменений в постановление администрации Ольховского района от 14.10.2019 "
     "№ 512-п"),
    (("АДМИНИСТРАЦИЯ", "ОЛЬХОВСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "12.05.2021 № 78-п",
      "О внесении изменений в", "распоряжение главы", "района от 01.02.2020", "№ 15-р",
      "Администрация Ольховского района постановляет:"),
     "О внесении изменений в распоряжение главы района от 01.02.2020 № 15-р"),
]


@pytest.mark.parametrize(("lines", "title"), AMENDING_SUBJECTS)
def test_an_amending_subject_runs_to_the_amended_acts_requisites(
        tools: ExtractTools, lines: tuple[str, ...], title: str) -> None:
    """A subject naming the act it changes goes on over short lines, a capitalised place line
    and a bare date and number line included, up to that act's requisites."""
    got = extract(pdf_doc(*lines, bold=(0, 1, 2)), Found(), tools).document
    assert (got.kind, got.title) == ("order", title)


_LETTERHEAD = ("Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 12",
               "Ольховского муниципального района", "(МБДОУ д/с № 12 ОМР)",
               "__________________________________________________",
               "612340, п. Лесной, ул. Садовая, д. 4, тел. 2-14-50")

# (printed lines of a kindergarten's order, title, number, date)
DATE_FIRST_ORDERS = [
    ((*_LETTERHEAD, "от «14» марта 2019г.\tПРИКАЗ № 31",
      "«О проведении весеннего субботника»", "В целях благоустройства территории детского сада"),
     "«О проведении весеннего субботника»", "31", "2019-03-14"),
    ((*_LETTERHEAD, "от 05.09.2022 г. ПРИКАЗ № 112-од",
      "О создании бракеражной комиссии", "В целях контроля качества питания"),
     "О создании бракеражной комиссии", "112-од", "2022-09-05"),
]


@pytest.mark.parametrize(("lines", "title", "number", "date"), DATE_FIRST_ORDERS)
def test_an_order_line_with_its_date_first(tools: ExtractTools, lines: tuple[str, ...],
                                           title: str, number: str, date: str) -> None:
    """"от «14» марта 2019г. ПРИКАЗ № 31" on one line is the order's header: an order, its
    number and date, its subject the title (the quotes the act prints around it kept), the
    letterhead above the "____" rule the issuer."""
    got = extract(pdf_doc(*lines, bold=(0, 1, 2, 6)), Found(), tools).document
    assert (got.kind, got.title, got.order_number, iso_date(got.order_date_text)) == (
        "order", title, number, date)
    assert got.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение детский"
                          " сад № 12 Ольховского муниципального района")


# (text export of a kindergarten's page, title, kind, order number, order date)
TITLE_PAGES = [
    ("План работы с родителями на 2024-2025 уч.год\n\n"
     "План работы с родителями воспитанников\nна 2024-2025 учебный год\n"
     "на основе образовательной программы\nмуниципального бюджетного дошкольного "
     "образовательного\nучреждения «Детский сад № 4 «Ромашка»\n"
     "(Приказ № 77-од от 29 августа 2024г.)\n\nп. Лесной\n2024 г.\n\n"
     "Сентябрь:\n5 сентября: Родительское собрание\n",
     "План работы с родителями воспитанников на 2024-2025 учебный год", "roadmap", "77-од",
     "2024-08-29"),
    ("Программа воспитания школы\n\nМуниципальное бюджетное общеобразовательное учреждение\n"
     "«Основная школа № 8»\n\nРАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ\nМБОУ ОШ № 8\n\nЛесной, 2023\n\n"
     "Пояснительная записка\nРабочая программа воспитания составлена на основе закона.\n",
     "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ ОШ № 8", "programme", None, None),
]


@pytest.mark.parametrize(("text", "title", "kind", "number", "date"), TITLE_PAGES)
def test_a_title_page_under_a_sites_card(tools: ExtractTools, text: str, title: str, kind: str,
                                         number: str | None, date: str | None,
                                         tmp_path: Path) -> None:
    """A site's card title on the first line loses to the document's own heading (joined up to
    its years); "Рабочая программа" names a programme; "(Приказ № … от …)" closing the heading
    is the approving order."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    got = extract(read_document(path), Found(), tools).document
    assert (got.title, got.kind, got.order_number, iso_date(got.order_date_text)) == (
        title, kind, number, date)


def test_a_card_over_the_bodys_sentence_stays(tools: ExtractTools, tmp_path: Path) -> None:
    """A first line naming the plan over a sentence that opens with the same words ("План
    работы разработан …") is the title itself: a sentence is no heading."""
    path = tmp_path / "plan.txt"
    path.write_text("План работы по профилактике травматизма в МБОУ СОШ № 3\n\n"
                    "План работы разработан в соответствии с положением\n"
                    "о профилактике детского травматизма в школе.\n\n"
                    "Сентябрь | Инструктаж учащихся | Классные руководители |\n", encoding="utf-8")
    got = extract(read_document(path), Found(), tools).document
    assert got.title == "План работы по профилактике травматизма в МБОУ СОШ № 3"


# (text export: a letterhead packed with requisites, then the report's heading, title)
REPORT_LINES = [
    ("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ОЛЬХОВСКОГО РАЙОНА\nМУНИЦИПАЛЬНОЕ КАЗЁННОЕ "
     "ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ЛЕСНОВСКАЯ ОСНОВНАЯ ШКОЛА» (МКОУ «ЛЕСНОВСКАЯ ООШ») "
     "ИНН 1234567890 КПП 123401001 ОГРН 1021234567890 612340, Ольховский район, п. Лесной, "
     "ул. Школьная, д. 2, тел. 2-11-40 № 48 от 12.06.2024г. |\n"
     "Информационно-аналитическая справка\nо работе школьного спортивного клуба\n"
     "в МКОУ «Лесновская ООШ»\nза 2023-2024 учебный год\n"
     "В течение учебного года клуб проводил соревнования и занятия секций.\n",
     "Информационно-аналитическая справка о работе школьного спортивного клуба в МКОУ "
     "«Лесновская ООШ» за 2023-2024 учебный год"),
]


@pytest.mark.parametrize(("text", "title"), REPORT_LINES)
def test_a_report_heading_inside_a_long_paragraph(tools: ExtractTools, text: str, title: str,
                                                 tmp_path: Path) -> None:
    """"Информационно-аналитическая справка" / "о …" / "за … учебный год" under a letterhead the
    export joined into one paragraph: a report, its heading's lines the title."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    got = extract(read_document(path), Found(), tools).document
    assert (got.kind, got.title) == ("report", title)


def test_a_flattened_passports_name_label(tools: ExtractTools, tmp_path: Path) -> None:
    """A text export's passport whose label and value words share lines ("Наименование
    Заказчика – Управление образования и …"): the name after "Наименование программы" up to
    its years is the title; the blank "от «____»____ №___" of the row under it is no order."""
    path = tmp_path / "passport.txt"
    path.write_text(
        "Приложение\nк постановлению администрации\nрайона\nот «15» ноября 2018 № 731\n"
        "Паспорт муниципальной программы «Здоровый школьник» на 2019-2021 годы\n"
        "Наименование Заказчика – Управление образования и\nответственного исполнителя "
        "спорта администрации\nОльховского района\nНаименование программы\n"
        "Муниципальная программа\n«Здоровый школьник» на 2019-2021 годы\nДата\nи\nномер\n"
        "правового Постановление администрации района\nакта от «____»_______2018 №_______\n"
        "Цели и задачи программы\nЦели:\n Сохранение здоровья школьников.\n",
        encoding="utf-8")
    got = extract(read_document(path), Found(), tools).document
    assert (got.title, got.order_number, iso_date(got.order_date_text)) == (
        "Муниципальная программа «Здоровый школьник» на 2019-2021 годы", "731", "2018-11-15")


# (printed lines of an act, title)
BRACKETED_SUBJECTS = [
    (("ПРАВИТЕЛЬСТВО", "ОЛЬХОВСКОЙ ОБЛАСТИ", "РАСПОРЯЖЕНИЕ", "от 3 апреля 2024 г. № 12-р",
      "Об утверждении плана мероприятий по развитию школьного спорта на среднесрочный период\n"
      "(до 2028 года) в Ольховской области",
      "В целях развития физической культуры в общеобразовательных организациях:"),
     "Об утверждении плана мероприятий по развитию школьного спорта на среднесрочный период "
     "(до 2028 года) в Ольховской области"),
    (("ПРАВИТЕЛЬСТВО", "ОЛЬХОВСКОЙ ОБЛАСТИ", "РАСПОРЯЖЕНИЕ", "от 3 апреля 2024 г. № 12-р",
      "Об утверждении плана мероприятий по развитию школьного спорта\n"
      "(в редакции распоряжения от 9 июня 2024 г. № 40-р)",
      "В целях развития физической культуры в общеобразовательных организациях:"),
     "Об утверждении плана мероприятий по развитию школьного спорта"),
]


@pytest.mark.parametrize(("lines", "title"), BRACKETED_SUBJECTS)
def test_a_bracket_inside_a_subject(tools: ExtractTools, lines: tuple[str, ...],
                                    title: str) -> None:
    """A bracket with years that the subject's words follow on its line is part of the subject;
    a note of amendments under it is not (the subject one paragraph broken into lines)."""
    doc = docx_doc(*lines, bold=(0, 1, 2, 4))
    assert extract(doc, Found(), tools).document.title == title


# (text export of an act, period text's years): a report's deadline and the day the act takes
# effect are no plan's term
NOT_PERIODS = [
    ("Постановление Правительства Ольховской области\nот 2 марта 2020 г. N 75\n"
     "\"О целевой программе \"Школьный автобус\" в 2020 году\"\n"
     "Правительство области постановляет:\n"
     "1. Утвердить прилагаемую целевую программу \"Школьный автобус\" в 2020 году.\n"
     "Справку о выполнении постановления представить к 15 февраля 2021 года.\n"
     "Губернатор области |\nА.А. Белов |\n", (2020, 2020)),
    (_ACT + "Муниципальная программа\n\"Чистый берег\"\n"
     "(утв. постановлением Администрации города Ольховска от 3 марта 2016 г. N 118)\n"
     "Паспорт муниципальной программы\n1. Общие положения\n", None),
]


@pytest.mark.parametrize(("text", "years"), NOT_PERIODS)
def test_deadlines_of_an_act_are_no_period(tools: ExtractTools, text: str,
                                           years: tuple[int, int] | None,
                                           tmp_path: Path) -> None:
    """"Справку … представить к 15 февраля 2021 года" and "вступает в силу с 1 января 2017
    года" state no plan's term: the title's years or none."""
    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    got = parse_period(extract(read_document(path), Found(), tools).document.period_text or "")
    assert ((got.start_year, got.end_year) if got else None) == years
