"""Repairs of Tesseract's usual confusions on OCR words: (words, expected words) tables."""

from __future__ import annotations

import pytest

from ingest.ocr.repair import repair
from ingest.ocr.words import Word


def _words(text: str, conf: float = 95.0) -> list[Word]:
    """Words of `text`; "/" starts a new Tesseract line; a word "x@40" has confidence 40."""
    out: list[Word] = []
    line = 1
    for token in text.split():
        if token == "/":
            line += 1
            continue
        word, _, c = token.partition("@")
        out.append(Word(word, 10 * len(out), 10 * line, 8, 10, float(c or conf), (1, 1, line)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [("от 12 июля 2023 г. М 306", "от 12 июля 2023 г. N 306"),  # a Latin N read as М
     ("от 05.03.2021 И 163-п", "от 05.03.2021 N 163-п"),
     ("года М / 306", "года N 306"),  # the number on the next line
     ("приказ Мо 45", "приказ № 45"),  # "№" read as two letters
     ("от 10.02.2010 Ne 47-ПП", "от 10.02.2010 № 47-ПП"),
     ("школа № 5", "школа № 5"),
     ("корпус М", "корпус М"),  # no number after it
     ("Мо будет", "Мо будет"),
     ("М.И. Петров", "М.И. Петров"),
     ("Ме 2", "№ 2")],
)
def test_number_sign_before_a_number(text: str, expected: str) -> None:
    assert " ".join(w.text for w in repair(_words(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Директор МБОУ СОШ й@48 / Иванов", "Директор МБОУ СОШ Иванов"),  # a speck at the line end
     ("Директор МБОУ СОШ й@92 / Иванов", "Директор МБОУ СОШ й Иванов"),  # believed: kept
     ("учителя и@40 / ученики", "учителя и ученики"),  # a word, kept
     ("до 2025 г@50", "до 2025 г"),  # an abbreviation, kept
     ("ы@30 / текст", "ы текст"),  # alone on its line: not a line's tail
     ("план ь@50 работы", "план ь работы")],  # inside a line: not a tail
)
def test_stray_letter_at_a_line_end(text: str, expected: str) -> None:
    assert " ".join(w.text for w in repair(_words(text))) == expected
