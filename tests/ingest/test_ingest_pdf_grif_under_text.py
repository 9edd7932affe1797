"""A right-aligned grif printed straight under a left-aligned paragraph is a paragraph of its
own: a site's notice (often in smaller print) whose last line runs far to the right, then
"Приложение № 3" / "к постановлению …" at the usual spacing. The grif's first word would not
fit after that last line, so the "line ended early" test cannot tell them apart; where the
line starts can — running text goes on at the left edge, never in the right half."""

from __future__ import annotations

import pytest

from ingest.pdf.layout import Line, Word, paragraphs

SIZE = 11.0
LEFT, RIGHT = 71.0, 553.0
PITCH = 26.0


def _line(text: str, top: float, x0: float, x1: float, size: float = SIZE) -> Line:
    words, x = [], x0
    step = (x1 - x0) / max(len(text), 1)
    for w in text.split():
        words.append(Word(x, x + step * len(w), w, size))
        x += step * (len(w) + 1)
    return Line(text, x0, top, x1, top + size, size, False, tuple(words))


NOTICE = "текст размещён в редакции на день публикации, уточняйте её у справочной службы."


@pytest.mark.parametrize(
    ("notice_end", "grif", "grif_x0", "expected"),
    [
        # the notice's last line ends so far right that "Приложение" would not fit after it
        (500.0, "Приложение № 3", 444.0, [NOTICE, "Приложение № 3"]),
        (530.0, "Приложение 1", 460.0, [NOTICE, "Приложение 1"]),
        (515.0, "УТВЕРЖДЕН", 480.0, [NOTICE, "УТВЕРЖДЕН"]),
        # a short last line: split already (the first word would have fitted)
        (300.0, "Приложение № 3", 444.0, [NOTICE, "Приложение № 3"]),
    ],
)
def test_right_aligned_grif_under_left_text_is_apart(notice_end: float, grif: str,
                                                     grif_x0: float, expected: list[str]) -> None:
    lines = [_line(NOTICE, 100.0, LEFT, notice_end, size=8.6),
             _line(grif, 100.0 + PITCH, grif_x0, RIGHT)]
    assert [b.text for b in paragraphs(lines, PITCH)] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("в соответствии с планом работы управления образования на текущий",
         "учебный год", "в соответствии с планом работы управления образования на текущий "
         "учебный год"),
        ("Приложение к постановлению администрации города Верхнеборска от 14 мая",
         "2025 г. № 412", "Приложение к постановлению администрации города Верхнеборска от 14 "
         "мая 2025 г. № 412"),
    ],
)
def test_text_wrapped_at_the_left_edge_stays_one_paragraph(first: str, second: str,
                                                           expected: str) -> None:
    lines = [_line(first, 100.0, LEFT, RIGHT),
             _line(second, 100.0 + PITCH, LEFT, LEFT + 6.0 * len(second))]
    assert [b.text for b in paragraphs(lines, PITCH)] == [expected]
