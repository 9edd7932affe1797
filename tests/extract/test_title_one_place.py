"""Every title reader keeps the one place printed right after an institution's name, not a
second place naming where the first one lies (docs/CONTRACT.md `issuer`; the rule lives in the
readers, extract/facts/place_tail.py `one_place_words`). Invented institutions and places."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.facts import institution_full_name as full
from extract.facts.ctx import Ctx
from extract.facts.report_full_name import title_full_name, typed_full_name
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_MBU = "муниципального бюджетного учреждения дополнительного образования"
_MBOU = "муниципального бюджетного общеобразовательного учреждения"
_CENTRE = ("Муниципальное бюджетное учреждение дополнительного образования центр детского "
           "творчества")
_SCHOOL = ("Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
           "школа № 3")

Reader = Callable[[Ctx, str], "str | None"]

# (reader, title, name)
TITLES: list[tuple[str, str, str | None]] = [
    # an unquoted name running to the years: its settlement, not the settlement's district
    ("full_name_in_title",
     f"Программа развития {_MBU} центр детского творчества посёлка Ясный Лесновского района "
     "на 2025-2029 годы", f"{_CENTRE} посёлка Ясный"),
    ("full_name_in_title",
     f"Программа развития {_MBU} центр детского творчества посёлка Ясный на 2025-2029 годы",
     f"{_CENTRE} посёлка Ясный"),
    # a city's district and its city are one place
    ("full_name_in_title",
     f"Программа развития {_MBU} центр детского творчества Заводского района города "
     "Лесногорска на 2025-2029 годы",
     f"{_CENTRE} Заводского района города Лесногорска"),
    # a numbered school's tail
    ("numbered_full_name_in_title",
     f"Программа развития {_MBOU} средней общеобразовательной школы № 3 посёлка Ягодный "
     "Кедровского района на 2024-2028 годы", f"{_SCHOOL} посёлка Ягодный"),
    ("numbered_full_name_in_title",
     f"Отчёт о самообследовании {_MBOU} средней общеобразовательной школы № 3 Кедровского "
     "района за 2023 год", f"{_SCHOOL} Кедровского района"),
    # a quoted name: the place after it, one
    ("full_name_and_place_in_title",
     f"Отчёт о самообследовании {_MBOU} «Средняя школа № 3» посёлка Ягодный Кедровского района "
     "за 2023 год",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3» посёлка Ягодный"),
    ("full_name_in_caps_title",
     "ОТЧЁТ О САМООБСЛЕДОВАНИИ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
     "«СРЕДНЯЯ ШКОЛА № 3» ПОСЁЛКА ЯГОДНЫЙ КЕДРОВСКОГО РАЙОНА ЗА 2023 ГОД",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3» посёлка Ягодный"),
    # a type name put into the nominative, its one place after it
    ("typed_full_name",
     "Отчёт о самообследовании муниципального автономного учреждения центра дополнительного "
     "образования станицы Лесной Кедровского района за 2023 год",
     "Муниципальное автономное учреждение центр дополнительного образования станицы Лесной"),
    ("typed_full_name",
     "Отчёт о самообследовании муниципального автономного учреждения центра дополнительного "
     "образования города Энска за 2023 год",
     "Муниципальное автономное учреждение центр дополнительного образования города Энска"),
    # the report's reader over all of them
    ("title_full_name",
     f"Отчёт о самообследовании {_MBU} центр детского творчества посёлка Ясный Лесновского "
     "района за 2023 год", f"{_CENTRE} посёлка Ясный"),
    ("title_full_name",
     f"Отчёт о самообследовании {_MBOU} средней общеобразовательной школы № 3 посёлка Ягодный "
     "Кедровского района за 2023 год", f"{_SCHOOL} посёлка Ягодный"),
]

READERS: dict[str, Reader] = {
    "full_name_in_title": full.full_name_in_title,
    "numbered_full_name_in_title": full.numbered_full_name_in_title,
    "full_name_and_place_in_title": full.full_name_and_place_in_title,
    "full_name_in_caps_title": full.full_name_in_caps_title,
    "typed_full_name": typed_full_name,
    "title_full_name": title_full_name,
}


@pytest.mark.parametrize(("reader", "title", "name"), TITLES)
def test_reader_keeps_one_place(ctx: Ctx, reader: str, title: str, name: str | None) -> None:
    assert READERS[reader](ctx, title) == name


def test_programme_cover_issuer_keeps_one_place(tools: ExtractTools, tmp_path: Path) -> None:
    doc = txt_doc(tmp_path, "ПРОГРАММА РАЗВИТИЯ\n"
                  f"{_MBU}\nцентр детского творчества посёлка Ясный Лесновского района\n"
                  "на 2025-2029 годы\n\nЦель программы: расширение выбора занятий для детей.\n")
    assert facts_of(doc, tools).document.issuer == f"{_CENTRE} посёлка Ясный"


@pytest.mark.parametrize(("text", "phrase"), [
    # a sentence's common word before the marker names no place: the phrase read on
    ("Каждый район области представил отчёт. Отдел образования Лесновского района подвёл "
     "итоги.", "Лесновского района"),
    ("Этого района школы. Отдел образования Лесновского района.", "Лесновского района"),
    ("Нашего района школы. Отдел образования Лесновского района.", "Лесновского района"),
])
def test_municipality_phrase_skips_generic_words(tools: ExtractTools, tmp_path: Path,
                                                 text: str, phrase: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.municipality_text == phrase
