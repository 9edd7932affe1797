"""OCR words: Tesseract's usual confusions repaired, bold told from stroke width; end to end on
the scanned sample 670."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_document
from ingest.models import Paragraph
from ingest.ocr.repair import repair
from ingest.ocr.words import Word, mark_bold

SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples"


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
     ("Ме 2", "№ 2"),
     ("М п/п Показатель", "N п/п Показатель"),  # a number column's heading
     ("М№ п/п", "№ п/п"),  # the sign with a stray letter before it
     ("М п.п.", "N п.п."),
     ("М № п/п", "М № п/п"),  # already a sign after the letter: left as printed
     ("М пункт", "М пункт")],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2:@41 Другие организации", "2. Другие организации"),  # a row number's dot as a colon
     ("1. Лагеря / 2: Другие", "1. Лагеря 2. Другие"),
     ("Итого 2: лагеря", "Итого 2: лагеря"),  # inside a line: a real colon
     ("2: / 15", "2: 15"),  # no name after it on its line
     ("10:30 начало", "10:30 начало")],
)
def test_row_number_colon(text: str, expected: str) -> None:
    assert " ".join(w.text for w in repair(_words(text))) == expected


@pytest.mark.parametrize(
    ("strokes", "heights", "expected"),
    [([6.0, 6.2, 7.0, 9.5, 9.2], [40] * 5, [False, False, False, True, True]),  # wider strokes
     ([6.0, 6.2, 7.0, 7.4, 7.2], [40] * 5, [False] * 5),  # a little wider: regular
     ([6.0, 6.2, 7.0, 9.0, 8.8], [40, 40, 40, 60, 60], [False] * 5)],  # larger type, regular
)
def test_bold_from_stroke_width(strokes: list[float], heights: list[int],
                                expected: list[bool]) -> None:
    words = [Word(f"слово{i}", 100 * i, 0, 90, h, 95.0, (1, 1, i)) for i, h in enumerate(heights)]
    assert [w.bold for w in mark_bold(words, strokes)] == expected


def test_short_words_of_a_bold_line_are_bold() -> None:
    words = [Word(t, 100 * i, 0, 90, 40, 95.0, (1, 1, 1 if i < 3 else 2))
             for i, t in enumerate(["текст", "обычный", "здесь", "Об", "утверждении", "плана"])]
    strokes = [6.0, 6.1, 6.0, 6.0, 9.4, 9.1]
    assert [w.bold for w in mark_bold(words, strokes)] == [False] * 3 + [True] * 3


def test_scanned_order_reads_its_bold_title_and_number() -> None:
    """End to end: the scanned sample 670 keeps its bold heading and its number after "N"."""
    doc = read_document(SAMPLES / "670_zarechny_programme_amendment_order_2025.scan.pdf")
    paras = {b.text: b for b in doc.blocks if isinstance(b, Paragraph)}
    assert "от 14 марта 2025 г. N 215" in paras
    title = next(b for t, b in paras.items() if t.startswith("О внесении изменений"))
    assert title.bold and not paras["с. Заречное"].bold


@pytest.mark.parametrize(
    ("line", "strokes", "expected"),
    [(["учебный", "год"], [9.4, 8.2], [True, True]),  # a word just under the bar, the line over
     (["Цель:", "создание"], [9.4, 6.0], [True, False]),  # a bold lead-in before plain text
     (["учебный", "год"], [6.1, 6.0], [False, False]),
     (["план", "работы", "школы"], [9.4, 8.2, 8.4], [True, True, True])],  # pooled over three
)
def test_short_bold_line_judged_by_its_strokes_together(line: list[str], strokes: list[float],
                                                        expected: list[bool]) -> None:
    """The last line of a bold heading stays bold when a short word of it measures thin."""
    plain = [Word(t, 100 * i, 0, 90, 40, 95.0, (1, 1, 1))
             for i, t in enumerate(["текст", "обычный", "здесь", "ещё"])]
    words = plain + [Word(t, 100 * i, 60, 90, 40, 95.0, (1, 1, 2)) for i, t in enumerate(line)]
    marked = mark_bold(words, [6.0, 6.1, 6.0, 6.0, *strokes])
    assert [w.bold for w in marked[4:]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03.06.2024 т. - 16.06.2024 г.", "03.06.2024 г. - 16.06.2024 г."),  # "г" read as "т"
     ("за 2019 гол", "за 2019 год"),  # "д" read as "л"
     ("на 2020-2024 голы", "на 2020-2024 годы"),  # after a range of years
     ("на 2024 голы", "на 2024 годы"),
     ("за 2011гол", "за 2011год"),  # glued to the year
     ("5 т. груза", "5 т. груза"),  # not a year
     ("2024 / т. е.", "2024 т. е."),  # on the next line: not the year's mark
     ("забил гол", "забил гол")],
)
def test_word_after_a_year(text: str, expected: str) -> None:
    assert " ".join(w.text for w in repair(_words(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Директор МБОУ «Троицкая / СОШЬ / А.Н. Петров", "Директор МБОУ «Троицкая СОШ» А.Н. Петров"),
     ("МАОУ «Лицей / ИМЦЬ,", "МАОУ «Лицей ИМЦ»,"),
     ("«ЭТОТ ДЕНЬ ПОБЕДЫ»", "«ЭТОТ ДЕНЬ ПОБЕДЫ»"),  # inside the line: a word
     ("праздник / ДЕНЬ", "праздник ДЕНЬ"),  # no quotation open
     ("«Школа» / СОШЬ", "«Школа» СОШЬ"),  # the quotation closed already
     ("«Наш / УРОЖАЙ", "«Наш УРОЖАЙ")],  # no soft sign
)
def test_closing_quote_read_as_soft_sign(text: str, expected: str) -> None:
    assert " ".join(w.text for w in repair(_words(text))) == expected
