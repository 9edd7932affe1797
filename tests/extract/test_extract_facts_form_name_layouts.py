"""Where a report form's page prints the institution: the name's cell split around its label
(a PDF centres the label between the cell's two lines), a site's letterhead in lower case over
its phones, a founder's grif whose position wraps the region's name — written again with
invented schools and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, full_tools, lines_doc, pdf_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_AROUND = """КВАРТАЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ
МУНИЦИПАЛЬНОГО ЗАДАНИЯ

{before}
Наименование муниципального учреждения

Виды деятельности муниципального
учреждения

{after}

Форма по ОКУД
"""


@pytest.mark.parametrize(("before", "after", "issuer"), [
    ("Муниципальное бюджетное общеобразовательное", "учреждение «Лесная основная школа № 8»",
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная основная школа № 8»"),
    ("Муниципальное автономное дошкольное образовательное",
     'учреждение "Детский сад № 12 "Ромашка"',
     'Муниципальное автономное дошкольное образовательное учреждение "Детский сад № 12 '
     '"Ромашка"'),
])
def test_name_printed_around_its_label(tools: ExtractTools, before: str, after: str,
                                       issuer: str) -> None:
    doc = lines_doc(_AROUND.format(before=before, after=after))
    assert extract(doc, Found(), tools).document.issuer == issuer


def test_site_letterhead_in_lower_case(tools: ExtractTools) -> None:
    doc = docx_doc("муниципальное бюджетное дошкольное образовательное учреждение",
                   "«Детский сад № 14»", "городского округа Заречный", "8 (800) 111-22-33",
                   "123456, г. Заречный,", "Отчет об исполнении муниципального задания в 2024 году",
                   "МБДОУ детский сад № 14 г.о. Заречный", bold=(5, 6))
    assert extract(doc, Found(), tools).document.issuer == (
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 14» "
        "городского округа Заречный")


def test_region_from_grif_body_wrapped(tools: ExtractTools) -> None:
    doc = pdf_doc("УТВЕРЖДАЮ:", "Председатель Комитета", "Лесного района Заречного", "края",
                  "по культуре", "__________________А.Б. Орлова", "«__» ____________ 20__ года",
                  "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ", "МБУК «Лесной клуб»",
                  "за 2 квартал 2025 года", bold=(7, 8, 9))
    got = extract(doc, Found(), tools)
    assert got.document.region_text == "Заречного края"
    assert "header.region:issuer" in got.trace
