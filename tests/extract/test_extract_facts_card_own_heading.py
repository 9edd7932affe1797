"""A site's card title on top of the file page, then the document's cover (letterhead, grifs)
and its own heading naming the institution or the period: the own heading is the title
(CONTRACT `title`); the card stays only when the page prints no heading of its own —
written again with invented schools and kindergartens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, full_tools, lines_doc, table


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_BODY = ("Настоящий отчет составлен по итогам самообследования, проведенного комиссией "
         "учреждения в соответствии с порядком, утвержденным приказом министерства.")

_TXT_STACKED = f"""Отчет по самообследованию за 2024 год

Муниципальное бюджетное общеобразовательное учреждение
«Основная общеобразовательная школа с. Берёзовка»

ПРИНЯТ
на педагогическом совете
протокол № 5 от 28.03.2025

УТВЕРЖДАЮ
Директор МБОУ «ООШ с. Берёзовка»
Приказ № 41 от 29.03.2025

Отчет по самообследованию МБОУ «ООШ с. Берёзовка» за 2024 год

{_BODY}
"""

_TXT_LOWER_CARD = f"""отчет 2024 г

Муниципальное казенное учреждение дополнительного образования
«Дом детского творчества» Кедрового района

Отчет о результатах самообследования
муниципального казенного учреждения дополнительного образования
«Дом детского творчества»
за 2024 год

{_BODY}
"""

_TXT_ONE_BLOCK = """Публичный отчет
ПУБЛИЧНЫЙ ОТЧЕТ
МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ДЕТСКИЙ САД № 5»

ЗА 2023-2024УЧЕБНЫЙ ГОД

РАЗДЕЛ 1
ОБЩИЕ СВЕДЕНИЯ О ДЕТСКОМ САДЕ
"""

_TXT_PLAN_QUALIFIED = """План работы с семьями на 2025-2026 уч.год

План работы с семьями воспитанников
на 2025-2026 учебный год
в соответствии с рабочей программой воспитания
детского сада «Колокольчик»

п. Кедровый
2025 г.
"""

_TXT_PROGRAMME = """Программа развития 2025-2029 МКОУ СОШ 4

СОГЛАСОВАНО
Председатель управляющего совета
УТВЕРЖДЕНО
приказом № 17 от 30.08.2025

ПРОГРАММА РАЗВИТИЯ
муниципального казенного общеобразовательного учреждения
«Средняя общеобразовательная школа № 4» села Кедровое
на 2025-2029 годы

Паспорт Программы развития
"""


def _docx_stacked() -> SourceDocument:
    return docx_doc(
        "Отчет о результатах самообследования МАДОУ 7 за 2024",
        "Муниципальное автономное дошкольное образовательное учреждение\n«Детский сад № 7»",
        "ПРИНЯТО\nПедагогическим советом\nПротокол № 3 от 14.04.2025",
        "УТВЕРЖДЕНО\nЗаведующий МАДОУ № 7\nПриказ № 52 от 15.04.2025",
        "Отчет о результатах самообследования\nМуниципального автономного дошкольного "
        "образовательного учреждения\nДетский сад № 7 «Ромашка» за 2024 год",
        _BODY, bold=(4,))


def _docx_grif_table() -> SourceDocument:
    return docx_doc(
        "Отчет по самообследованию за 2024 год",
        "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя школа»",
        table(("РАССМОТРЕНО\nна заседании педагогического совета\nпротокол № 6 от 10.04.2025",
               "УТВЕРЖДАЮ\nДиректор МБОУ «Лесная СОШ»\nприказ № 88 от 11.04.2025")),
        "Отчет по самообследованию\nмуниципального бюджетного общеобразовательного учреждения"
        "\n«Лесная средняя школа» за 2024 год",
        _BODY, bold=(3,))


def _docx_capitals() -> SourceDocument:
    return docx_doc(
        "Публичный доклад 2024-25 учебный год",
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12»",
        "ПУБЛИЧНЫЙ ДОКЛАД",
        "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ДЕТСКИЙ САД № 12»",
        "ЗА 2024-2025 УЧЕБНЫЙ ГОД",
        "Оглавление",
        _BODY, bold=(2, 3, 4))


@pytest.mark.parametrize(("doc", "title", "years"), [
    # a text saved a line per paragraph, the grifs stacked one over the other
    (lines_doc(_TXT_STACKED),
     "Отчет по самообследованию МБОУ «ООШ с. Берёзовка» за 2024 год", (2024, 2024)),
    # a card in lower case saying only the year; the heading runs over four lines
    (lines_doc(_TXT_LOWER_CARD),
     "Отчет о результатах самообследования муниципального казенного учреждения "
     "дополнительного образования «Дом детского творчества» за 2024 год", (2024, 2024)),
    # a text export reads the card and the cover's heading as one block, the years apart
    (lines_doc(_TXT_ONE_BLOCK),
     "ПУБЛИЧНЫЙ ОТЧЕТ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
     "«ДЕТСКИЙ САД № 5» ЗА 2023-2024УЧЕБНЫЙ ГОД", (2023, 2024)),
    # the lines under the card's years qualify the plan: the heading ends with the years
    (lines_doc(_TXT_PLAN_QUALIFIED),
     "План работы с семьями воспитанников на 2025-2026 учебный год", (2025, 2026)),
    # a plan's card with its years and short name over its title page
    (lines_doc(_TXT_PROGRAMME),
     "ПРОГРАММА РАЗВИТИЯ муниципального казенного общеобразовательного учреждения «Средняя "
     "общеобразовательная школа № 4» села Кедровое на 2025-2029 годы", (2025, 2029)),
    # a Word file: the card names the institution for short, the heading in full
    (_docx_stacked(),
     "Отчет о результатах самообследования Муниципального автономного дошкольного "
     "образовательного учреждения Детский сад № 7 «Ромашка» за 2024 год", (2024, 2024)),
    # the grifs side by side in a two-cell table
    (_docx_grif_table(),
     "Отчет по самообследованию муниципального бюджетного общеобразовательного учреждения "
     "«Лесная средняя школа» за 2024 год", (2024, 2024)),
    # the heading in capitals over three blocks, the owner's full name in the genitive
    (_docx_capitals(),
     "ПУБЛИЧНЫЙ ДОКЛАД МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
     "«ДЕТСКИЙ САД № 12» ЗА 2024-2025 УЧЕБНЫЙ ГОД", (2024, 2025)),
])
def test_own_heading_under_card_is_title(tools: ExtractTools, doc: SourceDocument, title: str,
                                         years: tuple[int, int]) -> None:
    found = extract(doc, Found(), tools)
    d = found.document
    assert d.title == title
    assert "header.title:own_heading_under_card" in found.trace
    # the period is read from the own heading, not from the card
    assert d.period_text is not None and all(str(y) in d.period_text for y in years)


_CARD_ONLY = f"""Отчет о результатах самообследования за 2024 год

Муниципальное бюджетное общеобразовательное учреждение «Сосновская школа»

{_BODY}
"""

_CARD_OVER_INDICATORS = """Отчет о результатах самообследования МБОУ «Сосновская СОШ» за 2024 год

ПОКАЗАТЕЛИ ДЕЯТЕЛЬНОСТИ
общеобразовательной организации, подлежащей самообследованию

Общая численность учащихся
"""

_CARD_OVER_SENTENCE = f"""Отчет о самообследовании 2024

Муниципальное бюджетное общеобразовательное учреждение «Сосновская школа»

Отчет о самообследовании муниципального бюджетного общеобразовательного учреждения
(далее – Школа) подготовлен рабочей группой по итогам 2024 года и размещен на сайте.

{_BODY}
"""

_CARD_OVER_CONTENTS = f"""Отчет о результатах самообследования за 2024 год

Оглавление
1. Отчет о результатах самообследования школы ........ 3
2. Показатели деятельности ........ 14

{_BODY}
"""


@pytest.mark.parametrize("text", [
    _CARD_ONLY,  # the card is the page's only heading
    _CARD_OVER_INDICATORS,  # the federal form's heading under it is a section, no own title
    _CARD_OVER_SENTENCE,  # the report's first sentence opens with the genre word
    _CARD_OVER_CONTENTS,  # a contents row naming the report's part
])
def test_card_stays_without_own_heading(tools: ExtractTools, text: str) -> None:
    found = extract(lines_doc(text), Found(), tools)
    assert found.document.title == text.splitlines()[0]
    assert "header.title:own_heading_under_card" not in found.trace


def test_sentence_opening_with_kind_words_is_no_own_heading(tools: ExtractTools) -> None:
    # the heading's first line on top, the body's first sentence opening with the same words
    doc = docx_doc("Календарный план воспитательной работы\nна 2025-2026 учебный год",
                   "Календарный план уточняет формы работы с детьми всех групп.", bold=(0,))
    found = extract(doc, Found(), tools)
    assert found.document.title == "Календарный план воспитательной работы на 2025-2026 " \
        "учебный год"
    assert "header.title:own_heading_under_card" not in found.trace
