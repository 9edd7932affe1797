"""School documents of a twenty-first study set (issue 11): a title page printing the genre
word alone over lower-case lines naming the owner, a report opening on the school year it
covers, an owner's name in English-style quotes, a kindergarten's approving order printed
without "№" under the head's signature, a letterhead whose name honours a date."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, txt_doc


def _years(text: str | None) -> tuple[int, int] | None:
    got = parse_period(text) if text else None
    return (got.start_year, got.end_year) if got else None


_REPORT_BODY = "Школа работает в две смены, в ней учатся дети из четырёх сёл округа."

TITLES = [
    # the genre word in bold, the head's position and the school in plain lower-case lines,
    # the head's name after them; the body's first sentence is no part
    (docx_doc("Публичный отчет", "заведующего",
              "муниципального дошкольного образовательного учреждения «Детский сад «Колосок»»",
              "Петровой И.В.", _REPORT_BODY, bold=(0,)),
     "Публичный отчет заведующего муниципального дошкольного образовательного учреждения "
     "«Детский сад «Колосок»» Петровой И.В."),
    # the owner's name broken after "имени", the years on the last line; the foot's place
    # and year stay out
    (docx_doc("ПРОГРАММА РАЗВИТИЯ", "муниципального автономного общеобразовательного",
              "учреждения основной общеобразовательной школы имени",
              "Н.Г. Орлова с. Луговое", "на 2026-2030 годы", "с. Луговое, 2025",
              "Содержание", bold=(0, 6)),
     "ПРОГРАММА РАЗВИТИЯ муниципального автономного общеобразовательного учреждения основной "
     "общеобразовательной школы имени Н.Г. Орлова с. Луговое на 2026-2030 годы"),
    # a name under a title naming no head is no part of it
    (docx_doc("Публичный доклад", "о работе школы в минувшем году", "Сидорова А.П.",
              _REPORT_BODY, bold=(0,)),
     "Публичный доклад о работе школы в минувшем году"),
    # a sentence in lower case is the body's, not the title's
    (docx_doc("ПРОГРАММА РАЗВИТИЯ", "принята на педагогическом совете школы.", _REPORT_BODY,
              bold=(0,)),
     "ПРОГРАММА РАЗВИТИЯ"),
]


_EXPORT = ("Публичный отчет\nзаведующего\nмуниципального дошкольного образовательного "
           "учреждения «Детский сад «Колосок»»\nПетровой И.В.\nВ 2021 / 2022 учебном году "
           "детский сад работал над речевым развитием детей.\n")
TITLES.append((lines_doc(_EXPORT.replace("\n", " \n")), TITLES[0][1]))


@pytest.mark.parametrize(("doc", "title"), TITLES)
def test_genre_word_goes_on_in_lower_case_lines(tools: ExtractTools, doc: SourceDocument,
                                                title: str) -> None:
    assert extract(doc, Found(), tools).document.title == title


def _report(first: str) -> SourceDocument:
    return docx_doc("Публичный отчет", "директора школы", first, _REPORT_BODY, bold=(0,))


OPENING_YEARS = [
    (_report("В 2020 / 2021  учебном году коллектив школы решал следующие задачи."),
     (2020, 2021)),
    (_report("В 2020-2021 учебном году школа продолжила работу над проектами."), (2020, 2021)),
    # two years apart: no school year
    (_report("В 2018 / 2021 учебном году школа вошла в проект."), None),
    # a later sentence citing a year is no period
    (docx_doc("Публичный отчет", "директора школы", "Коллектив школы решал следующие задачи.",
              "В 2015 / 2016 учебном году школа получила лицензию.", bold=(0,)), None),
]




def test_site_export_in_one_block(tools: ExtractTools, tmp_path: Path) -> None:
    """A site's text export with no blank lines: the title, the head's name and the opening
    sentence read as one block."""
    got = extract(txt_doc(tmp_path, _EXPORT), Found(), tools).document
    assert (got.title, _years(got.period_text)) == (TITLES[0][1], (2021, 2022))


@pytest.mark.parametrize(("doc", "years"), OPENING_YEARS)
def test_report_opening_on_its_school_year(tools: ExtractTools, doc: SourceDocument,
                                           years: tuple[int, int] | None) -> None:
    assert _years(extract(doc, Found(), tools).document.period_text) == years


def test_plan_opening_on_a_school_year_gets_no_period_from_it(tools: ExtractTools) -> None:
    doc = docx_doc("ПЛАН РАБОТЫ", "методического объединения",
                   "В 2022 / 2023 учебном году объединение провело восемь заседаний.",
                   bold=(0,))
    got = extract(doc, Found(), tools).document
    assert (got.kind, _years(got.period_text)) == ("roadmap", None)


CURLY = [
    ("ПУБЛИЧНЫЙ ДОКЛАД\n\nмуниципального общеобразовательного учреждения “Лицей №3\n"
     "г. Заречного ” Луговской области\n\nЗаречный - 2015\n",
     "Муниципальное общеобразовательное учреждение “Лицей №3 г. Заречного”"),
    ("ПУБЛИЧНЫЙ ДОКЛАД\n\nмуниципального бюджетного общеобразовательного учреждения "
     "“Гимназия”\n",
     "Муниципальное бюджетное общеобразовательное учреждение “Гимназия”"),
]


@pytest.mark.parametrize(("text", "issuer"), CURLY)
def test_owner_in_english_quotes_in_the_title(tools: ExtractTools, text: str,
                                              issuer: str) -> None:
    assert extract(lines_doc(text), Found(), tools).document.issuer == issuer


def _kindergarten(order_lines: str) -> str:
    """A site's text export: the letterhead, the grif, the title, each a block of lines."""
    return (
        "Муниципальное бюджетное дошкольное образовательное учреждение\n"
        "«Детский сад № 4 имени 8 Марта»\n\n"
        "Утверждаю\n"
        "заведующий МБДОУ\n"
        "«ДС № 4 имени 8 Марта»\n"
        "_________ Т.С. Лаптева\n"
        f"{order_lines}\n\n"
        "ПЛАН РАБОТЫ С РОДИТЕЛЯМИ\n\n"
        "Группы детского сада проводят открытые занятия каждый месяц.\n")


ORDERS = [
    (_kindergarten("Приказ 03-11/42\nот 31.08.2023г."), ("03-11/42", "2023-08-31")),
    (_kindergarten("Приказ 03-11/42 от 31.08.2023г."), ("03-11/42", "2023-08-31")),
    (_kindergarten("Приказ № 42\nот 31.08.2023г."), ("42", "2023-08-31")),
    # a date printed without "от" after the act's word is no number
    (_kindergarten("Приказ 31-08-2023"), (None, None)),
]


@pytest.mark.parametrize(("text", "order"), ORDERS)
def test_approving_order_without_number_sign(tools: ExtractTools, tmp_path: Path, text: str,
                                            order: tuple[str | None, str | None]) -> None:
    got = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (got.order_number, iso_date(got.order_date_text)) == order


def test_letterhead_name_honouring_a_date_over_grif_short_name(tools: ExtractTools,
                                                              tmp_path: Path) -> None:
    doc = txt_doc(tmp_path, _kindergarten("Приказ 03-11/42\nот 31.08.2023г."))
    got = extract(doc, Found(), tools).document
    assert got.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение "
                          "«Детский сад № 4 имени 8 Марта»")
