"""Document facts in forms of the thirteenth real set (written again with invented bodies,
places, people and wording): an audit chamber's review of a draft act, a grif naming who
approved in the instrumental ("Директором …"), a school's name printed in lower case, a body
whose adjective is hyphenated ("Контрольно-счетной палаты"), a region's second name ("(Якутия)",
"– Югра"), a range extended to a planning horizon, a month's plan."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place, region_name

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table

_REVIEW = ("Утверждаю", "Председатель", "Контрольно-счетной палаты района",
           "________________ П.П.Сорокина", "« 5 » марта 2021 г.")


# (lines under the grif, kind); the review's heading is bold
REVIEWS = [
    # a review of a draft act approving a programme: a report on the draft
    ((*_REVIEW, "ЗАКЛЮЧЕНИЕ № 12/КСП", "на проект постановления Администрации Заречного района",
      "«Об утверждении муниципальной программы «Развитие школ района на 2022-2024 годы»"),
     "report"),
    # the same noun as a programme's closing section is no report
    (("ПРОГРАММА", "«Развитие школ района на 2022-2024 годы»", "Заключение",
      "Программа будет обновлена после первого года."), "programme"),
]


@pytest.mark.parametrize(("lines", "kind"), REVIEWS)
def test_review_of_a_draft_is_a_report(tools: ExtractTools, lines: tuple[str, ...],
                                       kind: str) -> None:
    bold = tuple(k for k, t in enumerate(lines) if (t.isupper() and len(t) > 12) or t[:1] == "«")
    assert facts_of(pdf_doc(*lines, bold=bold), tools).document.kind == kind


def test_review_issuer_in_the_nominative(tools: ExtractTools) -> None:
    lines = (*_REVIEW, "ЗАКЛЮЧЕНИЕ № 12/КСП", "на проект постановления Администрации Заречного "
             "района", "«Об утверждении муниципальной программы «Развитие школ района»")
    got = facts_of(pdf_doc(*lines, bold=(5, 6, 7)), tools).document
    assert got.issuer is not None
    assert got.issuer.replace("ё", "е") == "Контрольно-счетная палата района"


# (grif cell, (name, position))
INSTRUMENTAL_GRIFS = [
    ("УТВЕРЖДЕНО:\nДиректором МКОУ «Луговская\nСОШ»\nПетров П.П.\nот «1» апреля 2022 года",
     ("Петров П.П.", "Директор МКОУ «Луговская СОШ»")),
    ("Утверждено\nЗаведующим МБДОУ № 4\n________ Иванова А.А.",
     ("Иванова А.А.", "Заведующий МБДОУ № 4")),
    # a position in the nominative stays as written
    ("УТВЕРЖДАЮ\nДиректор школы\n________ Сидоров С.С.", ("Сидоров С.С.", "Директор школы")),
]


@pytest.mark.parametrize(("cell", "signed"), INSTRUMENTAL_GRIFS)
def test_grif_position_in_the_nominative(tools: ExtractTools, cell: str,
                                         signed: tuple[str, str]) -> None:
    doc = docx_doc(table(("ПРИНЯТО:\nПедагогическим советом\nПротокол № 3", cell)),
                   "ОТЧЕТ О САМООБСЛЕДОВАНИИ", bold=(1,))
    got = facts_of(doc, tools).document.signatories
    assert [(s.name, s.position) for s in got] == [signed]


@pytest.mark.parametrize(("letterhead", "issuer"), [
    ("муниципальное бюджетное общеобразовательное учреждение Луговская средняя "
     "общеобразовательная школа № 2",
     "Муниципальное бюджетное общеобразовательное учреждение Луговская средняя "
     "общеобразовательная школа № 2"),
])
def test_lower_case_letterhead_opens_with_a_capital(tools: ExtractTools, letterhead: str,
                                                    issuer: str) -> None:
    doc = docx_doc(letterhead, "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ", "за 2021 год",
                   bold=(1, 2))
    assert facts_of(doc, tools).document.issuer == issuer


@pytest.mark.parametrize(("text", "region"), [
    ("Министерства образования Республики Саха (Якутия)", "Республика Саха (Якутия)"),
    ("ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ САХА (ЯКУТИЯ)", "Республика Саха (Якутия)"),
    ("Думы Ханты-Мансийского автономного округа – Югры",
     "Ханты-Мансийский автономный округ - Югра"),
    ("Республики Северная Осетия – Алания", "Республика Северная Осетия - Алания"),
    # a bracket that is no name, a person after a dash: not part of the region
    ("Республики Коми (далее – республика)", "Республика Коми"),
    ("Оренбургской области – Петров И.И.", "Оренбургская область"),
    ("Оренбургской области – Программа развития", "Оренбургская область"),
])
def test_region_keeps_its_second_name(text: str, region: str) -> None:
    assert region_name(text, get_lemmatizer()) == region


@pytest.mark.parametrize(("text", "years"), [
    ("на 2016 - 2022 годы и на плановый период до 2026 года", (2016, 2026)),
    ("НА 2019-2023 ГОДЫ И НА ПЕРИОД ДО 2030 ГОДА", (2019, 2030)),
    ("на 2016 - 2022 годы", (2016, 2022)),
    ("на сентябрь 2018 года", (2018, 2018)),
])
def test_period_to_a_horizon(text: str, years: tuple[int, int]) -> None:
    got = parse_period(text)
    assert got is not None and (got.start_year, got.end_year) == years


@pytest.mark.parametrize(("heading", "years"), [
    ("План работы\nМКУ «Дом творчества»\nна октябрь 2019 года", (2019, 2019)),
    ("ГОСУДАРСТВЕННАЯ ПРОГРАММА «РАЗВИТИЕ ОБРАЗОВАНИЯ НА 2016 - 2022 ГОДЫ И НА ПЛАНОВЫЙ "
     "ПЕРИОД ДО 2026 ГОДА»", (2016, 2026)),
])
def test_title_period_of_a_month_or_horizon(tools: ExtractTools, heading: str,
                                            years: tuple[int, int]) -> None:
    got = facts_of(docx_doc(heading, bold=(0,)), tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert parsed is not None and (parsed.start_year, parsed.end_year) == years


# (lines, title): a title page's neighbours that are no part of the title
TITLE_NEIGHBOURS = [
    # a site's page heading naming the month over a month's plan
    (("Октябрь 2019\nПлан работы\nМКУ «Дом творчества»\nна октябрь 2019 года",),
     "План работы МКУ «Дом творчества» на октябрь 2019 года"),
    # the place and year of the title page's foot run into the title's last line
    (("Отчет\nо самообследовании с. Луговое, 2021",), "Отчет о самообследовании"),
    # a place without a year is the owner's town, part of the title
    (("ПРОГРАММА РАЗВИТИЯ\nшколы № 2 г. Заречного\nна 2024-2028 годы",),
     "ПРОГРАММА РАЗВИТИЯ школы № 2 г. Заречного на 2024-2028 годы"),
]


@pytest.mark.parametrize(("lines", "title"), TITLE_NEIGHBOURS)
def test_title_without_its_neighbours(tools: ExtractTools, lines: tuple[str, ...],
                                      title: str) -> None:
    plan = table(("№", "Мероприятие", "Срок"), ("1", "Выставка рисунков", "5 октября"))
    got = facts_of(docx_doc(*lines, plan), tools).document
    assert got.title == title


_DECISION = ("ДУМА ГОРОДА ЛЕСНОГОРСКА", "РЕШЕНИЕ", "12.11.2009", "№ 45")


# (subject, first paragraph, (kind, years))
PROGRESS_ACTS = [
    # an act hearing a plan's progress: an order, of the plan's term
    ("О ходе реализации программы развития школ",
     "Рассмотрев информацию о ходе реализации программы развития школ на 2008 – 2010 годы, "
     "за 2008 год, Дума города РЕШИЛА: принять информацию к сведению.", ("order", (2008, 2010))),
    ("Об итогах выполнения плана мероприятий",
     "Рассмотрев информацию о выполнении плана мероприятий на 2009 - 2011 годы за 2009 год, "
     "Дума города РЕШИЛА: принять информацию к сведению.", ("order", (2009, 2011))),
]


@pytest.mark.parametrize(("subject_line", "intro", "expected"), PROGRESS_ACTS)
def test_progress_act_is_an_order_of_the_plans_term(
        tools: ExtractTools, subject_line: str, intro: str,
        expected: tuple[str, tuple[int, int]]) -> None:
    doc = pdf_doc(*_DECISION, subject_line, intro, bold=(0, 1, 4))
    got = facts_of(doc, tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert (got.kind, (parsed.start_year, parsed.end_year) if parsed else None) == expected


def test_changes_heading_split_after_its_first_word(tools: ExtractTools) -> None:
    """"Изменения," / "которые вносятся в муниципальную программу …" under an appendix stamp:
    the changes an act approves, an order."""
    doc = pdf_doc("Приложение", "к постановлению администрации", "города Заречного",
                  "от 3 мая 2022 г. N 77", "Изменения,",
                  "которые вносятся в муниципальную программу \"Развитие образования\" "
                  "на 2021 - 2024 годы", "1. Паспорт программы изложить в новой редакции.",
                  bold=(4, 5))
    assert facts_of(doc, tools).document.kind == "order"


@pytest.mark.parametrize(("texts", "municipality"), [
    # a district named by two place adjectives
    (["Администрации Кедровского Нижне-Сосновского муниципального района"],
     "Кедровский Нижне-Сосновский район"),
    (["Управление образования Кедровского района"], "Кедровский район"),
    # a school's own adjective name is no municipality
    (["Луговская средняя общеобразовательная школа № 3"], None),
    (["Сосновская гимназия"], None),
    # a capitals letterhead glued to the school's name in normal case
    (["ОТДЕЛ ОБРАЗОВАНИЯ МР «КЕДРОВСКИЙ РАЙОН» Муниципальное казенное общеобразовательное "
      "учреждение «Луговская средняя общеобразовательная школа»"], "Кедровский район"),
])
def test_municipality_of_two_adjectives_or_none(texts: list[str],
                                                municipality: str | None) -> None:
    assert find_place(texts, get_lemmatizer()).municipality == municipality
