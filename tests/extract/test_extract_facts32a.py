"""Document facts in regional acts of the twenty-eighth real study (written again with invented
bodies, places and numbers): years written "г.г." before a quoted name, an operative verb
closed by a semicolon, a dash standing for "none" in a passport's indicators cell."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.passport import list_items
from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer
from normalize.places import Place, find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc, pdf_doc, txt_doc


@pytest.mark.parametrize(("text", "expected"), [
    # the letter doubled after a year range is "годы", never the town's "г."
    ("программа на 2019-2021 г.г. «Здоровье школьника»", Place()),
    ("план мероприятий на 2020 - 2022 Г.Г. \"Доступная среда\"", Place()),
    ("в 2018-2019 г.г. Управление образования провело", Place()),
    # a town's "г." after a word still names the town
    ("Мэру г. Тополинска обеспечить", Place(municipality="Тополинск")),
])
def test_doubled_year_letter_is_no_town(text: str, expected: Place) -> None:
    got = find_place([text], get_lemmatizer())
    assert got.municipality == expected.municipality


@pytest.mark.parametrize(("preamble", "issuer"), [
    ("В целях охраны здоровья учащихся Администрация Сосновского района постановляет;",
     "Администрация Сосновского района"),
    ("Руководствуясь Уставом края, Правительство Северного края постановляет;",
     "Правительство Северного края"),
])
def test_operative_verb_closed_by_a_semicolon_names_the_issuer(
        tools: ExtractTools, preamble: str, issuer: str) -> None:
    doc = lines_doc("Постановление от 14.03.2005 г № 77\n"
                    "Об утверждении целевой программы на 2005-2007 г.г. «Школьный автобус»\n"
                    f"{preamble}\n"
                    "1. Утвердить прилагаемую программу.\n")
    d = extract(doc, Found(), tools).document
    assert d.issuer == issuer


@pytest.mark.parametrize(("text", "items"), [
    ("-", []),
    (" — ", []),
    ("–\n", []),
    ("доля школ с медицинским кабинетом", ["доля школ с медицинским кабинетом"]),
])
def test_a_dash_alone_is_no_indicator(text: str, items: list[str]) -> None:
    assert list_items(text) == items


@pytest.mark.parametrize(("words", "issuer"), [
    # the act's word in two other languages, each with the act's number, over the Russian one
    (("ТОКТАМЭ N 41-ПП", "БУЙРУК N 41-ПП"), "Правительство Сосновской Республики"),
    (("ТОКТАМЭ № 41-ПП",), "Правительство Сосновской Республики"),
])
def test_act_word_in_other_languages_is_no_part_of_the_issuer(
        tools: ExtractTools, tmp_path: Path, words: tuple[str, ...], issuer: str) -> None:
    head = "\n".join(f"                    {w}" for w in words)
    text = ("Постановление Правительства Сосновской Республики от 12.05.2006 № 41-ПП\n\n"
            "        СОСНАЛЫ РЕСПУБЛИКАЛЫН ПРАВИТЕЛЬСТВОСУ\n"
            "        ПРАВИТЕЛЬСТВО СОСНОВСКОЙ РЕСПУБЛИКИ\n\n"
            f"{head}\n"
            "                    ПОСТАНОВЛЕНИЕ N 41-ПП\n\n"
            "12 мая 2006 г.                                   г. Кедровск\n"
            "         О проекте республиканской программы \"Школьный автобус\"\n"
            "                      на 2006-2008 годы\n\n"
            "     В целях  подвоза учащихся Правительство Сосновской Республики\n"
            "п о с т а н о в л я е т:\n"
            "     1. Одобрить прилагаемый проект программы.\n")
    d = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert d.issuer == issuer


@pytest.mark.parametrize(("lines", "title"), [
    # the amended act's body in the genitive opens a long line with its date and number
    (["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ",
      "АДМИНИСТРАЦИИ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ОТ 14.10.2019 N 512 \"ОБ УТВЕРЖДЕНИИ "
      "МУНИЦИПАЛЬНОЙ ПРОГРАММЫ \"РАЗВИТИЕ ОБРАЗОВАНИЯ\" НА 2020 - 2025 ГОДЫ\""],
     "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ОТ "
     "14.10.2019 N 512 \"ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ \"РАЗВИТИЕ ОБРАЗОВАНИЯ\" НА "
     "2020 - 2025 ГОДЫ\""),
])
def test_caps_subject_goes_on_in_the_amended_acts_line(
        tools: ExtractTools, lines: list[str], title: str) -> None:
    doc = pdf_doc("АДМИНИСТРАЦИЯ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ",
                  "от 3 марта 2021 года N 97", *lines,
                  "В соответствии со статьей 179 Бюджетного кодекса Российской Федерации "
                  "администрация района постановляет:",
                  "1. Внести в постановление изменение.", bold=(0, 1, 3, 4))
    assert extract(doc, Found(), tools).document.title == title
