"""Places and periods as documents print them (task places3): a passport's term broken over two
table rows, a letterhead's region line in one paragraph with the body's name, a city's own
district before the marked city, a connector city's hyphens broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_helpers import docx_doc, table, txt_doc

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

_SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»"


@pytest.mark.parametrize(("rows", "period"), [
    # the range's dash closes one row, its end year opens the next
    ((("Сроки реализации программы", "2019 -"), ("", "2022 годы")), "2019 - 2022 годы"),
    ((("Срок реализации", "2021 –"), ("", "2025 гг.")), "2021 – 2025 гг."),
    # a row ending on its year alone keeps it
    ((("Срок реализации", "2024 год"), ("Цель", "Повышение качества")), "2024 год"),
])
def test_labelled_term_over_two_rows(tools: ExtractTools, rows: tuple[tuple[str, str], ...],
                                     period: str) -> None:
    doc = docx_doc(_SCHOOL, "ПАСПОРТ ПРОГРАММЫ РАЗВИТИЯ",
                   table(("Наименование программы", "Программа развития школы"), *rows),
                   bold=(1,))
    assert extract(doc, Found(), tools).document.period_text == period


@pytest.mark.parametrize(("text", "region", "place"), [
    # the region's own line in capitals, one paragraph with the body's name
    ("РЕСПУБЛИКА ЛЕСНОГОРИЯ\nАдминистрация Ольховского муниципального района\n\nПОСТАНОВЛЕНИЕ\n"
     "\nот 12.03.2020 № 45\n\nОб утверждении плана мероприятий\n\n1. Утвердить план.\n",
     "Республика Лесногория", "Администрация Ольховского муниципального района"),
    # a city's own district: the phrase read is the marked city after it
    ("Управление образования администрации Ленинского района города Заречнска\n\nПРИКАЗ\n\n"
     "12.03.2020 № 45\n\nОб утверждении плана мероприятий\n\n1. Утвердить план.\n",
     None, "города Заречнска"),
    # a district named after its seat is the municipality
    ("Администрация Лесновского района г. Лесного\n\nПОСТАНОВЛЕНИЕ\n\n12.03.2020 № 45\n\n"
     "Об утверждении плана мероприятий\n\n1. Утвердить план.\n",
     None, "Администрация Лесновского района"),
])
def test_letterhead_places(tools: ExtractTools, tmp_path: Path, text: str, region: str | None,
                           place: str) -> None:
    d = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (d.region_text, d.municipality_text) == (region, place)
