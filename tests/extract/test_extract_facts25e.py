"""Text exports of a twenty-first study set (issue 11): an act's requisites row and its subject
printed between bars, a restated heading broken before the region's name, a title page's place
line opening the next paragraph, the head's name under a report naming his position; a title
ending in its years in the genitive, a site's repeal note glued after the act's word, a
district named after a person."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, txt_doc

_ROW_ACT = """ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ
| от | 15 апреля 2021 года | № | 73 | г. Лесноборск |
| О внесении изменений в постановление Правительства Заречной области от 2 июня 2018 года № 230 |
В целях уточнения объёмов финансирования государственной программы «Здоровое детство \
Заречной области на 2018-2022 годы» Правительство Заречной области
ПОСТАНОВЛЯЕТ:
1. Внести в постановление Правительства Заречной области от 2 июня 2018 года № 230 \
следующие изменения:
1) в наименовании слова «на 2018-2022 годы» исключить;
"""


def test_requisites_row_and_subject_between_bars(tmp_path: Path, tools: ExtractTools) -> None:
    """A text export prints the act's requisites row and its one-cell subject between bars:
    read as the DOCX cells are; the years an item strikes out of the programme's name are no
    period of the amending act."""
    doc = facts_of(txt_doc(tmp_path, _ROW_ACT), tools).document
    assert doc is not None
    assert (doc.kind, doc.order_number, iso_date(doc.order_date_text)) == (
        "order", "73", "2021-04-15")
    assert doc.title == ("О внесении изменений в постановление Правительства Заречной области "
                         "от 2 июня 2018 года № 230")
    assert doc.issuer == "Правительство Заречной области"
    assert doc.period_text is None


def test_amended_programme_keeps_its_years(tmp_path: Path, tools: ExtractTools) -> None:
    """An item that does not strike the years out of the programme's name: the amending act's
    period is the programme's years, as before."""
    text = _ROW_ACT.replace("1) в наименовании слова «на 2018-2022 годы» исключить;",
                            "1) в пункте 2 слова «областного» исключить;")
    doc = facts_of(txt_doc(tmp_path, text), tools).document
    assert doc is not None
    assert doc.period_text is not None and "2018-2022" in doc.period_text


_AMEND = """ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ ТАЙГА
ПОСТАНОВЛЕНИЕ
от 4 марта 2020 года N 61-П
О внесении изменения в постановление
Правительства Республики Тайга от 10
мая 2015 года N 212-П
Правительство Республики Тайга
постановляет:
1. Внести в государственную программу
Республики Тайга "Здоровое
детство" на 2015 - 2025 годы,
утвержденную постановлением
Правительства Республики Тайга от 10
мая 2015 года N 212-П, изменение,
изложив ее в следующей
редакции:
"Утверждена постановлением
Правительства Республики Тайга
от 10 мая 2015 года N 212-П
{heading}
Паспорт государственной программы
"""
_TAIGA = "Государственная программа Республики Тайга \"Здоровое детство\" на 2015 - 2025 годы"

RESTATED = [
    # the narrow column breaks the heading after "Республики": it goes on up to its years
    ("Государственная программа Республики\nТайга \"Здоровое детство\" на\n2015 - 2025 годы",
     _TAIGA),
    # broken after the kind words
    ("Государственная программа\nРеспублики Тайга \"Здоровое детство\"\nна 2015 - 2025 годы",
     _TAIGA),
    # the heading on one line: as before
    (_TAIGA, _TAIGA),
]


@pytest.mark.parametrize(("heading", "title"), RESTATED)
def test_restated_heading_broken_anywhere(heading: str, title: str, tmp_path: Path,
                                          tools: ExtractTools) -> None:
    doc = facts_of(txt_doc(tmp_path, _AMEND.format(heading=heading)), tools).document
    assert doc is not None
    assert (doc.kind, doc.title, doc.order_number) == ("programme", title, "212-П")


def test_restated_heading_without_years_stays_cut(tmp_path: Path, tools: ExtractTools) -> None:
    """A heading whose lines never bring years is not run on into the passport's words."""
    heading = "Государственная программа Республики\nТайга \"Здоровое детство\""
    doc = facts_of(txt_doc(tmp_path, _AMEND.format(heading=heading)), tools).document
    assert doc is not None
    assert doc.title is None or "Паспорт" not in doc.title


_TITLE_PAGE = """Муниципальное бюджетное общеобразовательное учреждение «Луговская основная школа»
| СОГЛАСОВАНО Педагогическим советом протокол от 30.08.2021 № 1 | УТВЕРЖДАЮ Директор \
школы ____ Орлова Н.Г. Приказ № 95 от 30.08.2021 |


ПРОГРАММА ПО ЭКОЛОГИЧЕСКОМУ ВОСПИТАНИЮ «ЗЕЛЁНЫЙ ДОМ»
Муниципального бюджетного общеобразовательного учреждения «Луговская основная школа»


{foot}
ПОЯСНИТЕЛЬНАЯ ЗАПИСКА
«Любовь к природе начинается с малого».
Программа помогает детям увидеть, как устроен мир вокруг школы, и научиться беречь его.
"""
_GREEN = ("ПРОГРАММА ПО ЭКОЛОГИЧЕСКОМУ ВОСПИТАНИЮ «ЗЕЛЁНЫЙ ДОМ» Муниципального бюджетного "
          "общеобразовательного учреждения «Луговская основная школа»")


@pytest.mark.parametrize("foot", ["с.Луговое\n2021 год", "с. Луговое\n2021", "2021 год"])
def test_title_page_foot_opens_the_next_paragraph(foot: str, tmp_path: Path,
                                                  tools: ExtractTools) -> None:
    """The place and year line opening the paragraph the section heading runs on in ends the
    title, as that line printed alone would."""
    doc = facts_of(txt_doc(tmp_path, _TITLE_PAGE.format(foot=foot)), tools).document
    assert doc is not None
    assert doc.title == _GREEN


_REPORT = """Публичный отчет
{position}
муниципального общеобразовательного учреждения «Луговская средняя общеобразовательная школа»
Орловой Н.Г.




В 2022 / 2023 учебном году школа работала над функциональной грамотностью.
"""
_SCHOOL = ("муниципального общеобразовательного учреждения «Луговская средняя "
           "общеобразовательная школа»")

HEAD_NAME = [
    # the head's position, then the school and the head's name: the name is the title's
    ("директора", f"Публичный отчет директора {_SCHOOL} Орловой Н.Г."),
    ("руководителя", f"Публичный отчет руководителя {_SCHOOL} Орловой Н.Г."),
    # no position named: the name is an author's, the title ends before it
    ("о деятельности", f"Публичный отчет о деятельности {_SCHOOL}"),
]


@pytest.mark.parametrize(("position", "title"), HEAD_NAME)
def test_head_name_line_in_a_text_block(position: str, title: str, tmp_path: Path,
                                        tools: ExtractTools) -> None:
    doc = facts_of(txt_doc(tmp_path, _REPORT.format(position=position)), tools).document
    assert doc is not None
    assert doc.title == title


_ROADMAP = """Приложение 1
к постановлению
Администрации
города Заречного
от 4 марта 2022 г. N 96
Дорожная карта
по подготовке заявки города Заречного на участие в областном смотре школьных площадок {years}
"""

TITLE_YEARS = [
    # a range in the genitive ending the title, no "на": the plan's period
    ("2023 - 2024 годов", (2023, 2024)),
    ("2023-2024 годов", (2023, 2024)),
    # a single year in the genitive names no range: nothing read from it
    ("2023 года", None),
]


@pytest.mark.parametrize(("years", "period"), TITLE_YEARS)
def test_title_ending_in_years_of_the_genitive(years: str, period: tuple[int, int] | None,
                                               tmp_path: Path, tools: ExtractTools) -> None:
    doc = facts_of(txt_doc(tmp_path, _ROADMAP.format(years=years)), tools).document
    assert doc is not None
    got = parse_period(doc.period_text) if doc.period_text else None
    assert ((got.start_year, got.end_year) if got else None) == period


# the site's heading, the letterhead and the act's word each a paragraph of their own
_COUNCIL = """Решение Совета депутатов г. Заречного от 12.10.2012 № 44
Об утверждении муниципальной программы "Летний отдых детей на 2013-2015 годы"

РОССИЙСКАЯ ФЕДЕРАЦИЯ
ЗАРЕЧНЫЙ ГОРОДСКОЙ СОВЕТ ДЕПУТАТОВ

РЕШЕНИЕ {note}
от 12.10.12 N 44г. ЗаречныйОб утверждении муниципальной программы"Летний отдых детей на \
2013-2015 годы"
В целях организации летнего отдыха детей городской Совет
решил:
1. Утвердить прилагаемую муниципальную программу "Летний отдых детей на 2013-2015 годы".
"""

STATUS_NOTES = [
    # the site's repeal note glued after the act's word (a Latin "o" in it): the letterhead
    # names the issuer, the repealing act's date is not the act's
    ("Утратилo силу - Решение Совета\nдепутатов г. Заречного\nот 20.11.2014 г. N 90",
     "Заречный городской Совет депутатов"),
    ("Утратило силу - Решение Совета депутатов г. Заречного от 20.11.2014 г. N 90",
     "Заречный городской Совет депутатов"),
    # any other words after it make the line a heading: the site's heading names the body
    ("Совета депутатов г. Заречного\nот 20.11.2014 г. N 90",
     "Совет депутатов г. Заречного"),
]


@pytest.mark.parametrize(("note", "issuer"), STATUS_NOTES)
def test_act_word_with_a_sites_status_note(note: str, issuer: str, tmp_path: Path,
                                           tools: ExtractTools) -> None:
    doc = facts_of(txt_doc(tmp_path, _COUNCIL.format(note=note)), tools).document
    assert doc is not None
    assert doc.issuer == issuer
    assert (doc.order_number, iso_date(doc.order_date_text)) == ("44", "2012-10-12")


NAMED_DISTRICTS = [
    ("муниципального района имени Лазо Хабаровского края", "район имени Лазо"),
    ("Администрация района имени Полины Осипенко", "район имени Полины Осипенко"),
    ("Муниципального района имени П.И. Зотова", "район имени П.И. Зотова"),
    # a district named by its adjective: "имени" names the school after it
    ("школа искусств Ольховского района имени П.И. Чайковского", "Ольховский район"),
    # no district's marker: no municipality
    ("школа имени Героя Ивана Петрова", None),
]


@pytest.mark.parametrize(("text", "municipality"), NAMED_DISTRICTS)
def test_district_named_after_a_person(text: str, municipality: str | None) -> None:
    assert find_place([text], get_lemmatizer()).municipality == municipality


# (title, period text): a preposition's pattern never starts inside a word ("дворов 2024 году"
# holds no "в 2024 году"; "района 2025 год" no "на 2025 год")
PREPOSITION_STARTS = [
    ("План мероприятий по развитию образования в 2024 году", "в 2024 году"),
    ("Ремонт дворов 2024 году", None),
    ("Отчет об исполнении бюджета Заречного района 2025 год", None),
    ("План работы на 2025 год", "на 2025 год"),
    ("Отчет о работе за 2023 год", "за 2023 год"),
    ("Итоги смотра-конкурса и показа 2023 год", None),
]


@pytest.mark.parametrize(("title", "period"), PREPOSITION_STARTS)
def test_period_preposition_starts_a_word(title: str, period: str | None) -> None:
    from extract.facts.period import _first
    from extract.facts.vocab import facts_vocab
    assert _first(facts_vocab().period_title, title, "period") == period
