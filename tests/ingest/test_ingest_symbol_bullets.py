"""Word's Symbol-font bullets reach a PDF's text layer and its text exports as private-use
characters ("\uf0b7 …"): list markers like "•", recorded as "•"; a text export's year range
wrapped before its dash ("… на 2025" / "– 2029 годы (далее – Программа) …") goes on the
sentence, no list item (synthetic lines, invented wording)."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.pdf.layout import Line, Word, paragraphs
from ingest.text.reader import read_text


def _text_blocks(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [(b.list_number, b.text) for b in doc.blocks if isinstance(b, Paragraph)]


def _line(top: float, text: str) -> Line:
    words, x = [], 60.0
    for w in text.split():
        words.append(Word(x, x + 6.0 * len(w), w, 12.0))
        x += 6.0 * len(w) + 4.0
    return Line(text, 60.0, top, 540.0, top + 12.0, 12.0, False, tuple(words))


@pytest.mark.parametrize(("lines", "blocks"), [
    (["Цели:", "\uf0b7 укрепление здоровья детей летом;", "\uf0b7 развитие интереса к природе.",
      "Задачи:", "1. Организовать прогулки."],
     [(None, "Цели:"), ("•", "укрепление здоровья детей летом;"),
      ("•", "развитие интереса к природе."), (None, "Задачи:"), ("1.", "Организовать прогулки.")]),
    (["\uf0a7 первый пункт списка", "\uf0d8 второй пункт списка"],
     [("•", "первый пункт списка"), ("•", "второй пункт списка")]),
    # a private-use character that is no bullet opens no item
    (["\ue000 знак без смысла"], [(None, "\ue000 знак без смысла")]),
], ids=["goals-then-label", "square-and-arrow", "other-private-use"])
def test_symbol_bullets_in_text(lines: list[str], blocks: list[tuple[str | None, str]]) -> None:
    assert _text_blocks(lines) == blocks


def test_symbol_bullets_in_pdf_lines() -> None:
    got = paragraphs([_line(100.0, "\uf0b7 укрепление здоровья детей летом;"),
                      _line(114.0, "\uf0b7 развитие интереса к природе.")])
    assert [(b.list_number, b.text) for b in got] == [
        ("•", "укрепление здоровья детей летом;"), ("•", "развитие интереса к природе.")]


@pytest.mark.parametrize(("lines", "blocks"), [
    (["Программа развития «Радуга» МБУ ДО «ДДТ» на 2025",
      "– 2029 годы (далее – Программа) разработана в соответствии с законом."],
     [(None, "Программа развития «Радуга» МБУ ДО «ДДТ» на 2025\n– 2029 годы (далее – "
             "Программа) разработана в соответствии с законом.")]),
    # a dash item under a line that does not end with a year stays an item
    (["Задачи программы:", "– 2 раза в год проводить смотры"],
     [(None, "Задачи программы:"), ("–", "2 раза в год проводить смотры")]),
], ids=["range-wrapped", "item-after-label"])
def test_year_range_wrapped_before_its_dash(lines: list[str],
                                            blocks: list[tuple[str | None, str]]) -> None:
    assert _text_blocks(lines) == blocks
