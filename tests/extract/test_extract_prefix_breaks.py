"""Words a PDF line broke after a hyphen: a first part written solid before a noun joins again
("видео-" / "съёмки" → "видеосъёмки"); compounds written with a hyphen keep it (extract/cells.py,
the lemma adapter's `knows_prefixed`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import tools

from extract.cells import rejoin
from normalize.lemmas import get_lemmatizer


@pytest.mark.parametrize(("text", "joined"), [
    ("кружок фото-\nстудии «Кадр»", "кружок фотостудии «Кадр»"),
    ("руководитель видео-\nстудии", "руководитель видеостудии"),
    ("занятия на авто-\nгородке", "занятия на автогородке"),
    ("сбор эко-\nотряда школы", "сбор экоотряда школы"),
    # compound adjectives and hyphenated nouns stay as written
    ("социально-\nэкономического развития", "социально-экономического развития"),
    ("турнир по мини-\nфутболу", "турнир по мини-футболу"),
    ("работа пресс-\nцентра", "работа пресс-центра"),
    ("фото-\nграфий", "фотографий"),  # a word broken where it has no hyphen at all
])
def test_pdf_line_broken_at_a_hyphen(text: str, joined: str) -> None:
    assert rejoin(text, tools()) == joined


@pytest.mark.parametrize(("word", "prefixed"), [
    ("фото-студии", True),
    ("авто-городок", True),
    ("социально-экономический", False),
    ("юго-западный", False),
    ("педагог-организатор", False),
])
def test_dictionary_reads_a_prefix_before_a_noun(word: str, prefixed: bool) -> None:
    assert get_lemmatizer().knows_prefixed(word) is prefixed
