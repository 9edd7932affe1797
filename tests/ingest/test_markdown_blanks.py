"""Markdown emphasis in text exports vs a form's blanks: a run of underscores ("№____",
"«__»______2016 г.", a signature line "______ А.Б. Петрова") is printed as it is, while
"__слово__", "**слово**" and "_слово_" lose their markers."""

from __future__ import annotations

import pytest

from ingest.text.markdown import strip_inline_markdown

CASES = [
    ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ №____ на 2024 год",
     "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ №____ на 2024 год"),
    ("Заведующий ______ В.Г. Орлова", "Заведующий ______ В.Г. Орлова"),
    ("от «__»______2023 г. № ___", "от «__»______2023 г. № ___"),
    ("______", "______"),
    ("на 20__ год", "на 20__ год"),
    ("слово __выделено__ тут", "слово выделено тут"),
    ("и __«Лесная школа»__ тоже", "и «Лесная школа» тоже"),
    ("**жирное** и _курсив_", "жирное и курсив"),
    ("«__»______ 2023 г. __Важно__", "«__»______ 2023 г. Важно"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_blanks_stay_and_emphasis_goes(text: str, expected: str) -> None:
    assert strip_inline_markdown(text).text == expected


def test_whole_line_bold_still_marked() -> None:
    got = strip_inline_markdown("__Паспорт программы__")
    assert (got.text, got.bold) == ("Паспорт программы", True)
