"""A paragraph whose lost line breaks show as seams is cut into its lines (extract/unglue.py)."""

from __future__ import annotations

import pytest

from extract.unglue import unglue_text
from normalize.lemmas import get_lemmatizer

_TAIL = " Введение Настоящая программа определяет направления работы школы на пять лет и опирается"
_TAIL = _TAIL * 3

CASES = [
    # a cover page run into one line: name, title, years, compiler, contents with page numbers
    ("МБОУ «Школа № 3» с. Лесное Заречного района Луговской областиПРОГРАММА ВОСПИТАНИЯна "
     "2024-2025учебный годСоставитель: А. Б. Петрова заместитель директораСодержаниеРАЗДЕЛ 1. "
     "ЦЕЛЕВОЙЦели воспитания5Направления6" + _TAIL,
     ["МБОУ «Школа № 3» с. Лесное Заречного района Луговской области",
      "ПРОГРАММА ВОСПИТАНИЯ", "на 2024-2025учебный год",
      "Составитель: А. Б. Петрова заместитель директора", "Содержание", "РАЗДЕЛ 1. ЦЕЛЕВОЙ",
      "Цели воспитания5", "Направления6" + _TAIL]),
    # a long running paragraph with one coinage is no glued page
    ("Проект «ПрофСтарт» объединил учеников трёх школ района." + _TAIL,
     ["Проект «ПрофСтарт» объединил учеников трёх школ района." + _TAIL]),
    # a short line stays whole whatever its seams
    ("ОТЧЕТна 2024 годСоставительИвановСодержание",
     ["ОТЧЕТна 2024 годСоставительИвановСодержание"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unglue_text(text: str, expected: list[str]) -> None:
    assert unglue_text(text, get_lemmatizer().is_known) == expected
