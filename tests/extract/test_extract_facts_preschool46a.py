"""Document facts of preschools' self-examination documents met in real sets, written again
with invented institutions and wording: the federal form of the self-examination's indicators
("Показатели деятельности … организации, подлежащей самообследованию", or "ПОКАЗАТЕЛИ" over
"деятельности <owner> (самообследование)") is a report; a header a text export ran into one
line is cut after the report's years even when the year is glued to its word ("за 2023год")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, table

_ROWS = table(("№ п/п", "Показатели", "Единица измерения"),
              ("1.1", "Общая численность воспитанников", "40 человек"),
              ("1.2", "Численность воспитанников до 3 лет", "9 человек"))

# (document, kind, title)
FORMS = [
    # the form's heading over three lines of a text export, the owner's short name in it
    (lines_doc("Показатели деятельности дошкольной образовательной организации, подлежащей\n"
               "самообследованию МБДОУ № 7\nза 2023 год\n№ п/п\nпоказатели\nЕдиница\n"
               "измерения\n1.1\nОбщая численность воспитанников\n40человек\n"),
     "report", "Показатели деятельности дошкольной образовательной организации, подлежащей "
     "самообследованию МБДОУ № 7 за 2023 год"),
    # a bold one-word heading, the owner in the genitive and the genre in brackets below it
    (docx_doc("ПОКАЗАТЕЛИ", "деятельности муниципального бюджетного дошкольного "
              "образовательного учреждения «Детский сад № 3 «Солнышко» (самообследование)",
              _ROWS, bold=(0,)),
     "report", "ПОКАЗАТЕЛИ деятельности муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад № 3 «Солнышко» (самообследование)"),
    # the school's form, on one line
    (lines_doc("Показатели деятельности общеобразовательной организации, подлежащей "
               "самообследованию\n№ п/п\nПоказатели\nЕдиница измерения\n1.1\n"
               "Общая численность учащихся\n310 человек\n"),
     "report", "Показатели деятельности общеобразовательной организации, подлежащей "
     "самообследованию"),
]


@pytest.mark.parametrize(("doc", "kind", "title"), FORMS)
def test_self_examination_forms(tools: ExtractTools, doc: SourceDocument, kind: str,
                                title: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title) == (kind, title)


# headings opening "Показатели деятельности" that name no self-examination: no report
OTHERS = [
    lines_doc("Показатели деятельности отдела образования\nна 2025 год\n№ п/п\nПоказатель\n"
              "Значение\n1\nЧисло школ\n12\n"),
    docx_doc("Показатели деятельности", "учреждений культуры Кедрового района", _ROWS,
             bold=(0,)),
]


@pytest.mark.parametrize("doc", OTHERS)
def test_other_indicator_headings(tools: ExtractTools, doc: SourceDocument) -> None:
    assert extract(doc, Found(), tools).document.kind != "report"


# (a header a text export ran into one line, the report's title)
FLAT = [
    # the year glued to its word
    ("Муниципального автономного дошкольного образовательного учреждения «Детский сад № 8» "
     "(МАДОУ «ДС №8») СОГЛАСОВАНО Педагогическим советом МАДОУ «ДС №8» (протокол № 2 от "
     "10.04.2024) УТВЕРЖДАЮ Заведующий МАДОУ «ДС №8» __________Орлова А.Б. Пр.№ /П от "
     "15.04.2024г. Отчет о результатах самообследования Муниципального автономного "
     "дошкольного образовательного учреждения «Детский сад № 8» за 2023год Общие сведения "
     "об учреждении Год постройки 1972 г Адрес организации ул. Лесная, д. 4 "
     "Телефон 22-33-44 Режим работы 12 часов Учредитель Муниципальное образование "
     "«город Заречный» Число групп 6 Число воспитанников 140",
     "Отчет о результатах самообследования Муниципального автономного дошкольного "
     "образовательного учреждения «Детский сад № 8» за 2023год"),
    # a school year
    ("Муниципального бюджетного общеобразовательного учреждения «Лесная школа» (МБОУ «Лесная "
     "школа») РАССМОТРЕН Педагогическим советом (протокол № 5 от 12.04.2024) УТВЕРЖДЕН "
     "приказом МБОУ «Лесная школа» от 15.04.2024 № 40 Отчет о результатах самообследования "
     "Муниципального бюджетного общеобразовательного учреждения «Лесная школа» за 2022-2023 "
     "учебный год Общие сведения об учреждении Адрес организации ул. Речная, д. 1 Телефон "
     "11-22-33 Учредитель администрация Кедрового района Число классов 11 Число учащихся 230",
     "Отчет о результатах самообследования Муниципального бюджетного общеобразовательного "
     "учреждения «Лесная школа» за 2022-2023 учебный год"),
]


@pytest.mark.parametrize(("text", "title"), FLAT)
def test_flattened_report_titles(tools: ExtractTools, text: str, title: str) -> None:
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.kind, d.title) == ("report", title)
