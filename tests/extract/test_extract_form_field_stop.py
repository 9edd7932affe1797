"""A report's field naming the institution as a sentence of its own ("Полное наименование
учреждения …." / "Муниципальное … учреждение «…»."): the stop closing the sentence after the
quoted own name is no part of the name (cross-format task xf12: the printed PDF lost the
letterhead the Word file's issuer came from, and the field's value kept its stop)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import pdf_doc


@pytest.mark.parametrize(("value", "issuer"), [
    ("Муниципальное казённое общеобразовательное учреждение «Основная школа с. Кедровка».",
     "Муниципальное казённое общеобразовательное учреждение «Основная школа с. Кедровка»"),
    ('Муниципальное бюджетное общеобразовательное учреждение "Лесная средняя школа".',
     'Муниципальное бюджетное общеобразовательное учреждение "Лесная средняя школа"'),
], ids=["guillemets", "straight-quotes"])
def test_field_value_without_its_stop(tools: ExtractTools, value: str, issuer: str) -> None:
    doc = pdf_doc("Отчет о результатах самообследования за 2023 год",
                  "Общая информация.",
                  "Полное наименование учреждения, адрес, контактные данные.",
                  value,
                  "Юридический адрес.",
                  "612345, Лесной район, с. Кедровка, ул. Школьная, д. 1")
    assert extract(doc, Found(), tools).document.issuer == issuer
