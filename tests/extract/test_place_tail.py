"""The place printed right after an institution's name is part of the name
(extract/facts/place_tail.py, docs/CONTRACT.md `issuer`): a settlement's mark and name, or a
municipality in the genitive; not a region after it, an address after a comma, a sentence after
a full stop, nor the period ("на 2025 год"). Forms met in real sets, written again with
invented places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.place_tail import place_tail
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc


@pytest.mark.parametrize(("after", "tail"), [
    # a settlement: its mark, spaced or glued, short or in full, and its name as printed
    (" г. Кедрового на 2025 год", "г. Кедрового"),
    (" г.Кедрового", "г.Кедрового"),
    (" с. Луговского на 2025 год", "с. Луговского"),
    (" города Кедрового Заречной области", "города Кедрового"),
    (" пгт Лесной", "пгт Лесной"),
    (" х. Тихий Дол", "х. Тихий Дол"),
    # a municipality in the genitive, up to the region after it
    (" Сосновского городского округа", "Сосновского городского округа"),
    (" Заречного муниципального района Лесной области", "Заречного муниципального района"),
    (" Кедрового муниципального округа", "Кедрового муниципального округа"),
    (" Заречного района Лесной области", "Заречного района"),
    (" городского округа Сосновка на 2024-2026 годы", "городского округа Сосновка"),
    # nothing of the name: a region, an address, a sentence, the period, a patron
    (" Заречной области", ""),
    (" Лесного автономного округа", ""),
    (", 624930, ул. Полевая, 4", ""),
    # the letterhead's address line: the town, then a postal code, a street or the region
    (" г. Кедровый, Заречная область", ""),
    (" с. Луговое, 624930, ул. Полевая, 4", ""),
    (" г. Кедровый, ул. Полевая, 4", ""),
    (". Заречного района школы работают", ""),
    (" на 2024 год", ""),
    (" имени Петра Кедрова", ""),
    ("", ""),
])
def test_place_tail(ctx: Ctx, after: str, tail: str) -> None:
    assert place_tail(ctx, after) == tail


@pytest.mark.parametrize(("blocks", "issuer"), [
    # a grif's numbered short name with its town after it
    (("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 4 г. Кедрового", "_______ А.Б. Сомова",
      "«1» сентября 2025 г.", "ПЛАН", "работы с одарёнными детьми на 2025-2026 учебный год",
      "1. Олимпиада по математике."),
     "МБОУ СОШ № 4 г. Кедрового"),
    # a grif's quoted name with the district after it, the region left out
    (("УТВЕРЖДАЮ", "Директор МБОУ «Гимназия № 2» Заречного района Лесной области",
      "_______ А.Б. Сомова", "ПЛАН", "работы библиотеки на 2025 год", "1. Выставка книг."),
     "МБОУ «Гимназия № 2» Заречного района"),
    # the period after the town stays out
    (("УТВЕРЖДАЮ", "Заведующий МБДОУ детский сад № 7", "_______ В.Г. Лаптева",
      "ПЛАН работы МБДОУ детский сад № 7 с. Луговое на 2025 год", "1. Праздник осени."),
     "МБДОУ детский сад № 7 с. Луговое"),
    # a town spelled out after "в" is where the plan runs
    (("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 7", "_______ Р.С. Лужина",
      "ПЛАН", "мероприятий по профилактике в МБОУ СОШ № 7 города Кедрового на 2025 год",
      "1. Классные часы."),
     "МБОУ СОШ № 7"),
    # a full name in the nominative on a cover, closed by its quote, then its town
    (("Отчёт о результатах самообследования за 2024 год",
      "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» города "
      "Кедрового", "1. Общие сведения", "Школа работает с 1970 года."),
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» города "
     "Кедрового"),
])
def test_issuer_keeps_place(tools: ExtractTools, blocks: tuple[str, ...], issuer: str) -> None:
    assert facts_of(docx_doc(*blocks), tools).document.issuer == issuer


_COVER = ("скачать МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СРЕДНЯЯ ШКОЛА № 5» "
          "авторы: Петрова А.А. 1. Общие сведения Муниципальное бюджетное общеобразовательное "
          "учреждение «Средняя школа № 5»{after}, работает с 1975 года.")


@pytest.mark.parametrize(("after", "issuer"), [
    # the cover names the school without its town, the text with it: the town is its name's
    (" г. Кедрового",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» г. Кедрового"),
    # an address after a comma is no part of the name, nor a town opening it
    (", 624930, ул. Полевая, 4",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»"),
    (" г. Кедровый, ул. Полевая, 4",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»"),
])
def test_vote_keeps_place(tools: ExtractTools, tmp_path: Path, after: str, issuer: str) -> None:
    text = f"Отчёт о результатах самообследования за 2024 год\n\n{_COVER.format(after=after)}\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


def test_grif_name_without_place_stays_so(tools: ExtractTools) -> None:
    # the grif prints the school without its town; the title names the plan's owner with it
    found = facts_of(docx_doc(
        "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 8»\n________ П.Р. Сомова\nПриказ от 28.08.2024 № 57",
        "План работы МБОУ «СОШ № 8» города Ольховска на 2024 - 2025 учебный год",
        "Раздел 1. Работа с педагогами"), tools)
    assert found.document.issuer == "МБОУ «СОШ № 8»"


_FULL = "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 9 «Сказка»"


@pytest.mark.parametrize(("title", "issuer"), [
    # a report's heading: the district printed after the full name is its name's, the region not
    ("Публичный доклад заведующего муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад № 9 «Сказка» Сосновского муниципального района Заречной области "
     "за 2024 год", f"{_FULL} Сосновского муниципального района"),
    # a programme's title: the town after the name, the period after the town left out
    ("Программа развития муниципального бюджетного дошкольного образовательного учреждения "
     "«Детский сад № 9 «Сказка» г. Кедрового на 2025-2029 годы", f"{_FULL} г. Кедрового"),
    # a kindergarten's kind closes its name, the village after it
    ("Программа развития муниципального бюджетного дошкольного образовательного учреждения "
     "«Детский сад № 9 «Сказка» общеразвивающего вида с. Луговое на 2025-2029 годы",
     f"{_FULL} общеразвивающего вида с. Луговое"),
    # nothing after the name but the region or the period: the name alone
    ("Программа развития муниципального бюджетного дошкольного образовательного учреждения "
     "«Детский сад № 9 «Сказка» Заречной области на 2025-2029 годы", _FULL),
    ("Программа развития муниципального бюджетного дошкольного образовательного учреждения "
     "«Детский сад № 9 «Сказка» на 2025-2029 годы", _FULL),
])
def test_title_full_name_keeps_place(tools: ExtractTools, title: str, issuer: str) -> None:
    found = facts_of(docx_doc(title, "Пояснительная записка", "Детский сад работает с 1980 года."),
                     tools)
    assert found.document.issuer == issuer


def test_heading_full_name_keeps_place(tools: ExtractTools) -> None:
    # the heading goes on in a paragraph of its own, the village printed after the name
    found = facts_of(docx_doc(
        "Календарный план воспитательной работы\nна 2025-2026 учебный год",
        "на основе рабочей программы воспитания\nмуниципального бюджетного дошкольного "
        "образовательного\nучреждения «Детский сад № 9 «Сказка»\nс. Луговое Сосновского района "
        "Заречной области", "с. Луговое, 2025 г.", "План уточняет формы работы с детьми."), tools)
    assert found.document.issuer == f"{_FULL} с. Луговое"
