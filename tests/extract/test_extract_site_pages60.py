"""School and city sites' pages as their engines print them (written again with invented
towns and schools): a city site's list of one body's acts with the date alone over "№… «…»",
uCoz's and obr.site's chrome over an order or a plan (a crawl line, a greeting, a menu naming
another plan's years, counters, a breadcrumb, a post's time or views), a date typed with a
space before its year, an act whose subject approves a schedule and whose second item a plan,
a table's captions exported one a paragraph under a plan's heading, and a full name whose
space before its quote was lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.headphrase import read_header
from extract.tools import ExtractTools
from pipelines.run import default_tools, extract_tools, process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_LIST_PAGE = (
    "Распоряжения Администрации города Кедрового - Официальный сайт города Кедровый\n"
    "Версия для слабовидящих\n\nРаспоряжения Администрации города Кедрового\n\n"
    "3 Марта 2021\n\n№418 «Об утверждении графика дежурств в муниципальных школах»\n\n"
    "В целях обеспечения порядка в школах Администрация города Кедрового "
    "р а с п о р я ж а е т с я:\n\n1. Утвердить график дежурств в муниципальных школах.\n")
_UCOZ = (
    "Вторник, 12.05.2020, 08:15\nПриветствую Вас Гость | RSS\n\nСайт учителя математики\n\n"
    "Меню сайта\nАнкета к программе развития образования на 2021-2025 годы\nСтатистика\n\n"
    "Онлайн всего: 2\nГостей: 2\nПользователей: 0\nФорма входа\n\n"
    "Главная » 2020 » Май » 12 » Приказы\n09:40\nПриказы\n\n"
    "Отдел образования Лесного района\n\n П Р И К А З\n\n"
    "11.05. 2020                                          № 77\n\nс. Лесное\n\n"
    "О проведении последнего звонка\n\nПРИКАЗЫВАЮ:\n\n"
    "1.Руководителям школ провести праздник последнего звонка.\n")
_PLAN_POST = (
    "План Недели театра в школах с. Сосновка и д. Ивановка\n\n"
    "Апрель 2, 2023 Просмотров: 75\n\n"
    "План проведения Недели театра в МБОУ СОШ с. Сосновка в 2023 году\n\n\u00a0\n\n"
    "п/п\n\nДата проведения\n\nНаименование мероприятия\n\nОтветственные\n\n"
    "Информация о мероприятии\n\n1.\n\n\u00a0\n\n10 апреля\n\n2023 года\n\nОткрытие недели:\n")
_REPORT = (
    "Отчет\n\nо результатах самообследования\n\nза 2022 год\n\n"
    "Муниципальное автономное дошкольное образовательное учреждение«Детский сад № 4» "
    "создано в 1985 году.\n")



@pytest.mark.parametrize(("text", "expected"), [
    # the list page: the date alone over the number glued to "№" and the quoted subject; the
    # page's title and the accessibility toggle over them are the site's
    (_LIST_PAGE, {"kind": "order", "title": "Об утверждении графика дежурств в муниципальных "
                  "школах", "issuer": "Администрация города Кедрового", "period": None,
                  "order": ("418", "2021-03-03")}),
    # uCoz's chrome: the menu's plan and its years are not the order's; "11.05. 2020" is the
    # order's date, not an item numbered "11.05."
    (_UCOZ, {"kind": "order", "title": "О проведении последнего звонка",
             "issuer": "Отдел образования Лесного района", "period": None,
             "order": ("77", "2020-05-11")}),
    # obr.site's post: the plan's own heading, no "п/п" run on; "Информация о мероприятии"
    # among the column captions is no report's title
    (_PLAN_POST, {"kind": "roadmap", "title": "План проведения Недели театра в МБОУ СОШ "
                  "с. Сосновка в 2023 году", "issuer": None, "period": (2023, 2023),
                  "order": None}),
    # the full name printed with its quote glued on
    (_REPORT, {"kind": "report", "title": "Отчет о результатах самообследования за 2022 год",
               "issuer": "Муниципальное автономное дошкольное образовательное учреждение "
               "«Детский сад № 4»", "period": (2022, 2022), "order": None}),
])
def test_site_page(text: str, expected: dict[str, object], tmp_path: Path) -> None:
    assert page_summary(text, tmp_path) == expected


_ACT = ("ПОСТАНОВЛЕНИЕ\n\n от 2 марта 2021 г. № 15\n\n{subject}\n\n"
        "Администрация города Лесного постановляет:\n\n"
        "1. Утвердить {first} (приложение № 1).\n\n"
        "2. Утвердить план мероприятий по подготовке детских садов к лету (приложение № 2).\n")


@pytest.mark.parametrize(("subject", "first", "kind"), [
    # the subject approves a schedule: the plan its second item approves does not make the
    # act a plan
    ("Об утверждении графика работы детских садов в летний период 2021 года",
     "график работы детских садов в летний период 2021 года", "order"),
    # the subject approves the plan itself: the act is the plan's
    ("Об утверждении плана мероприятий по подготовке детских садов к лету",
     "план мероприятий по подготовке детских садов к лету", "roadmap"),
])
def test_subject_approves_other(subject: str, first: str, kind: str, tmp_path: Path) -> None:
    text = _ACT.format(subject=subject, first=first)
    assert page_summary(text, tmp_path)["kind"] == kind


@pytest.fixture(scope="module")
def _tools() -> ExtractTools:
    return extract_tools(default_tools())


@pytest.mark.parametrize(("caption", "role"), [
    # an execution report's column of who took part with the photos: no responsibles
    ("Участники, фото", "other"),
    ("Фотоотчет", "other"),
    ("Ссылка на фото", "other"),
    # participants alone still name the parties where no column of responsibles stands
    ("Участники", "responsibles"),
    ("Ответственные, участники", "responsibles"),
])
def test_participants_photo_column(caption: str, role: str, _tools: ExtractTools) -> None:
    assert read_header(caption, _tools).scores[0][0] == role


@pytest.mark.parametrize(("text", "region"), [
    # a contest's name in quotes: the native land of no region
    ("Отчет о мероприятиях школы в 2022 году\n\n1. Конкурс рисунков «Родной край» — "
     "сентябрь.\n\n2. Выставка «Мой родной край» — октябрь.\n", None),
    # a region's own name with its marker stays
    ("Отчет о мероприятиях школы Пермского края в 2022 году\n\n1. Конкурс рисунков — "
     "сентябрь.\n", "Пермский край"),
])
def test_native_land_no_region(text: str, region: str | None, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert process_file(path).document.region == region


_EVENTS_REPORT = ("Отчет по проведению мероприятий, посвященных Дню края в 2022 году\n\n"
                  "{owner}\n\n1. Выступление на линейке — 9 сентября.\n")


@pytest.mark.parametrize(("owner", "issuer"), [
    # the owner's short name on the line under the report's title
    ("МБОУ Сосновская СОШ № 3", "МБОУ Сосновская СОШ № 3"),
    # its branch joined by "и" is no second owner
    ("МБОУ Сосновская СОШ № 3 и филиал МБОУ Сосновская СОШ № 3", "МБОУ Сосновская СОШ № 3"),
    # an "и" inside the name's quotes stays
    ("МБУ ДО «Дом детства и юношества»", "МБУ ДО «Дом детства и юношества»"),
    # a sentence under the title names no owner
    ("Мероприятия прошли во всех классах", None),
])
def test_report_short_owner_line(owner: str, issuer: str | None, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_EVENTS_REPORT.format(owner=owner), encoding="utf-8")
    assert process_file(path).document.issuer == issuer
