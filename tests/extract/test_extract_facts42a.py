"""Document facts of institutions' own documents (facts42a, written again with invented
schools): a report's numbered field run onto the name's line ends the name; a passport's
full-name field closing with the short name gives a programme's issuer; a site's card title
closed by the document's status ("… 2024 Утверждена и Согласована") is no part of its name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, table, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


NUMBERED_FIELDS = [
    # a PDF's text on one line: the next numbered field follows the name
    (lines_doc("Отчет о результатах самообследования за 2023 год\n"
               "Раздел 1. Общие сведения. 1.1. Полное наименование образовательного учреждения "
               "в соответствии с Уставом: муниципальное казенное общеобразовательное учреждение "
               "«Основная школа с. Лесное» 1.2. Юридический адрес: 600200, Лесной район, "
               "с. Лесное, ул. Школьная, д. 1"),
     "Муниципальное казенное общеобразовательное учреждение «Основная школа с. Лесное»"),
    (lines_doc("Отчёт о результатах самообследования за 2022 год\n"
               "1.1. Полное наименование образовательного учреждения: муниципальное бюджетное "
               "дошкольное образовательное учреждение детский сад № 2 «Солнышко» 1.2 Адрес: "
               "г. Сосновка, ул. Мира, 4"),
     "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 2 «Солнышко»"),
]


@pytest.mark.parametrize(("doc", "expected"), NUMBERED_FIELDS)
def test_report_name_ends_at_next_numbered_field(doc, expected, tools) -> None:
    assert facts_of(doc, tools).document.issuer == expected


FORM_SHORT_NAMES = [
    # the passport's full-name cell closes with the short name: the programme goes by it
    (docx_doc("Программа развития МБОУ ООШ с. Лесное на 2024-2028 годы",
              table(("Наименование", "Содержание"),
                    ("Полное наименование ОО", "Муниципальное бюджетное общеобразовательное "
                     "учреждение основная общеобразовательная школа имени Героя Союза А.Б. "
                     "Орлова села Лесное Кедрового муниципального района (МБОУ ООШ с. Лесное)"),
                    ("Сроки реализации", "2024-2028 годы"))),
     "МБОУ ООШ с. Лесное"),
    # no short name in brackets: the full name stands
    (docx_doc("Программа развития школы на 2024-2028 годы",
              table(("Наименование", "Содержание"),
                    ("Полное наименование ОО", "Муниципальное бюджетное общеобразовательное "
                     "учреждение «Сосновская средняя общеобразовательная школа»"),
                    ("Сроки реализации", "2024-2028 годы"))),
     "Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя "
     "общеобразовательная школа»"),
]


@pytest.mark.parametrize(("doc", "expected"), FORM_SHORT_NAMES)
def test_programme_goes_by_the_forms_short_name(doc, expected, tools) -> None:
    assert facts_of(doc, tools).document.issuer == expected


STATUS_TAILS = [
    ("Программа развития МБОУ СОШ № 2 п. Лесной 2023 Утверждена и Согласована",
     "Программа развития МБОУ СОШ № 2 п. Лесной 2023"),
    ("Программа развития детского сада № 5 на 2024-2028 годы (принята)",
     "Программа развития детского сада № 5 на 2024-2028 годы"),
    ("Программа развития школы на 2025-2030 годы Утверждено, согласовано",
     "Программа развития школы на 2025-2030 годы"),
]


@pytest.mark.parametrize(("heading", "expected"), STATUS_TAILS)
def test_card_title_without_status_note(heading, expected, tools) -> None:
    doc = lines_doc(f"{heading}\n\nПаспорт программы\n\nЦель: развитие школы.")
    assert facts_of(doc, tools).document.title == expected


QUOTED_NEXT = [
    # an aggregator's chrome closed by the bare legal form; the own name is the next paragraph
    ("Доклад школы\n\nНазваниеДоклад школы\nстраница1/4\nМуниципальное казенное "
               "образовательное учреждение\n\n«Лесная основная общеобразовательная школа»\n"
               "Публичный доклад общеобразовательного учреждения",
     "Муниципальное казенное образовательное учреждение «Лесная основная общеобразовательная "
     "школа»"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NEXT)
def test_report_bare_legal_form_takes_next_quoted_name(text, expected, tools,
                                                       tmp_path) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == expected
