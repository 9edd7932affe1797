"""Ink Tesseract's page layout passes over (lone row numbers in narrow cells of a form) is read
again (real Tesseract); a lone "М" heading a ruled number column is the Latin N."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.ocr.image import Rule
from ingest.ocr.missed import passed_over, read_again
from ingest.ocr.reader import PSM_AGAIN, recognise
from ingest.ocr.repair import repair
from ingest.ocr.words import Word

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
def _page() -> tuple[Image.Image, list[Word]]:
    """A line of words read, and a row number before it that the first reading missed."""
    img = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 40)
    words = []
    for i, text in enumerate(["Лагеря", "дневного", "пребывания", "детей", "школы"]):
        x = 200 + 180 * i
        draw.text((x, 100), text, fill=0, font=font)
        left, top, right, bottom = draw.textbbox((x, 100), text, font=font)
        words.append(Word(text, round(left), round(top), round(right - left),
                          round(bottom - top), 95.0, (1, 1, 1)))
    draw.text((60, 100), "7", fill=0, font=font)  # the row number nobody read
    draw.line((60, 300, 1100, 300), fill=0, width=3)  # an underline: not word-shaped
    draw.rectangle((600, 330, 603, 333), fill=0)  # a speck
    return img, words


def test_uncovered_word_sized_ink_is_found() -> None:
    img, words = _page()
    [(left, top, right, bottom)] = passed_over(img, 128, words)
    assert left <= 62 and right >= 80 and top <= 108 and bottom >= 130


def test_missed_row_number_is_read_again_in_place() -> None:
    """Real Tesseract on the stacked leftovers; the word comes back at its page position."""
    img, words = _page()
    [found] = read_again(img, passed_over(img, 128, words),
                         lambda sheet: recognise(sheet, 300, "page", PSM_AGAIN))
    assert found.text == "7" and abs(found.left - 62) < 12 and abs(found.top - 112) < 12


def _cells(*texts: str) -> list[Word]:
    """Words on one Tesseract line, each 100 px apart."""
    return [Word(t, 100 * i + 10, 10, 30, 30, 90.0, (1, 1, 1)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "walls", "expected"),
    [(("М", "Номер"), [75], "N Номер"),  # a rule between: alone in its cell
     (("М", "Номер"), [], "М Номер"),  # no ruled cell
     (("М", "Номер"), [175], "М Номер"),  # the rule after both words
     (("Иванов", "М"), [75], "Иванов N"),
     (("И", "Номер"), [75], "И Номер")],  # a conjunction may stand alone
)
def test_number_heading_alone_in_a_cell(texts: tuple[str, ...], walls: list[int],
                                        expected: str) -> None:
    rules = [Rule(x, 0, x, 100) for x in walls]
    assert " ".join(w.text for w in repair(_cells(*texts), rules)) == expected
