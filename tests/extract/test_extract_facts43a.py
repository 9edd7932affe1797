"""Document facts of institutions' own documents (facts43a, written again with invented
schools): a genre word printed alone ("Дорожная карта") goes on in the plan's subject on the
next line even when that line opens on "Введение" (the subject, not an introduction's
heading); a lone table-head word printed under the title is its table's, not the title's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


SUBJECT_LINES = [
    # a school site's text export: heading, subject and owner on lines of their own
    ("План мероприятий\nВведение обновлённых федеральных\nобразовательных стандартов в МБОУ\n"
     "«Лесная основная школа»\nНаименование\nработы | сроки | ответственный |\n"
     "Совещание при директоре | август | директор |\n",
     "План мероприятий Введение обновлённых федеральных образовательных стандартов в МБОУ "
     "«Лесная основная школа»"),
    ("Дорожная карта\nРеализация программы воспитания в детском саду № 4 «Ёлочка»\n"
     "Мероприятие | срок | ответственный |\nПедагогический совет | сентябрь | заведующий |\n",
     "Дорожная карта Реализация программы воспитания в детском саду № 4 «Ёлочка»"),
    # an introduction's heading under a title that has said what it is stays out
    ("Программа развития МБОУ «Кедровская СОШ» на 2024-2028 годы\nВведение\n"
     "Программа определяет пути развития школы.\n",
     "Программа развития МБОУ «Кедровская СОШ» на 2024-2028 годы"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_LINES)
def test_bare_heading_goes_on_in_its_subject(text, expected, tools, tmp_path) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == expected


OWNER_AFTER_YEARS = [
    # a report's genre word (bold), its subject and year, its owner in the genitive (plain)
    (docx_doc("Публичный доклад", "о деятельности школы в 2022-2023 учебном году",
              "муниципального бюджетного общеобразовательного учреждения основной "
              "общеобразовательной школы № 7 посёлка Лесной",
              "1. Общие сведения", bold=(0, 3)),
     "Публичный доклад о деятельности школы в 2022-2023 учебном году муниципального "
     "бюджетного общеобразовательного учреждения основной общеобразовательной школы № 7 "
     "посёлка Лесной",
     "Муниципальное бюджетное общеобразовательное учреждение основная общеобразовательная "
     "школа № 7 посёлка Лесной"),
]


@pytest.mark.parametrize(("doc", "title", "issuer"), OWNER_AFTER_YEARS)
def test_report_title_goes_on_in_its_owner(doc, title, issuer, tools) -> None:
    facts = facts_of(doc, tools).document
    assert (facts.title, facts.issuer) == (title, issuer)
