"""Where the PDF reader cuts paragraphs.

Paragraphs above a table are cut with the page's line spacing, not their own: a letterhead
printed from a word processor puts each of its lines in a paragraph of its own with space after;
above the date/number table there are only those lines, all equally spaced, so on their own they
look like one paragraph set in wide spacing."""

from __future__ import annotations

import pytest

from ingest.pdf.layout import Line, Word, common_pitch, paragraphs

SIZE = 12.0
PAGE_LEFT, PAGE_RIGHT = 70.0, 520.0


def _line(text: str, top: float, *, bold: bool = False, centred: bool = True) -> Line:
    width = 0.5 * SIZE * len(text)
    x0 = (PAGE_LEFT + PAGE_RIGHT - width) / 2 if centred else PAGE_LEFT
    words, x = [], x0
    for w in text.split():
        words.append(Word(x, x + 0.5 * SIZE * len(w), w, SIZE))
        x += 0.5 * SIZE * (len(w) + 1)
    return Line(text, x0, top, x0 + width, top + SIZE, SIZE, bold, tuple(words))


def _body(top: float, n: int, pitch: float = 16.0) -> list[Line]:
    """Justified running text below the table, single spaced."""
    text = "текст основной части документа на всю ширину строки набранный без отступов " * 2
    return [
        Line(text[:75], PAGE_LEFT, top + k * pitch, PAGE_RIGHT, top + k * pitch + SIZE, SIZE,
             False, (Word(PAGE_LEFT, PAGE_LEFT + 40, "текст", SIZE),))
        for k in range(n)
    ]


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        (
            [("Лесная область", False), ("Администрация Заречного сельского поселения", True),
             ("РАСПОРЯЖЕНИЕ", True)],
            ["Лесная область", "Администрация Заречного сельского поселения", "РАСПОРЯЖЕНИЕ"],
        ),
        (
            [("Совет депутатов Озёрного района", True), ("РЕШЕНИЕ", True),
             ("четвёртого созыва", True)],
            ["Совет депутатов Озёрного района", "РЕШЕНИЕ", "четвёртого созыва"],
        ),
        (
            [("Отдел образования администрации", True), ("Приказ", True),
             ("о плане работы", True)],
            ["Отдел образования администрации", "Приказ", "о плане работы"],
        ),
    ],
)
def test_letterhead_above_a_table_splits_with_the_page_pitch(
    heads: list[tuple[str, bool]], expected: list[str]
) -> None:
    above = [_line(text, 60.0 + 26.0 * k, bold=bold) for k, (text, bold) in enumerate(heads)]
    below = _body(200.0, 6)
    pitch = common_pitch([*above, *below])
    assert pitch == 16.0
    assert [b.text for b in paragraphs(above, pitch)] == expected
    # on their own, the equally spaced lines set the norm and run together
    assert len(paragraphs(above)) < len(expected)


def test_lines_of_one_paragraph_stay_together_with_the_page_pitch() -> None:
    below = _body(200.0, 6)
    [block] = paragraphs(below, common_pitch(below))
    assert block.text.count("текст") == 6


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("О муниципальной программе «Школьное питание» на 2019", "- 2023 годы»",
         "О муниципальной программе «Школьное питание» на 2019 - 2023 годы»"),
        ("Об утверждении плана мероприятий на 2022 г.", "– 2024 г.",
         "Об утверждении плана мероприятий на 2022 г. – 2024 г."),
        ("О подпрограмме «Одарённые дети» на период 2015", "—2017 годов",
         "О подпрограмме «Одарённые дети» на период 2015 —2017 годов"),
    ],
)
def test_year_range_wrapped_before_its_dash_stays_one_paragraph(
    first: str, second: str, expected: str
) -> None:
    lines = [_line(first, 60.0, bold=True), _line(second, 76.0, bold=True)]
    [block] = paragraphs(lines, 16.0)
    assert (block.text, block.list_number) == (expected, None)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Основные направления работы:", "- 2024 год: обновление библиотечного фонда"),
        ("обеспечить участие педагогов в конкурсах;", "- провести семинар в 2025 году"),
    ],
)
def test_dash_items_still_start_paragraphs(first: str, second: str) -> None:
    lines = [_line(first, 60.0, centred=False), _line(second, 76.0, centred=False)]
    blocks = paragraphs(lines, 16.0)
    assert [b.list_number for b in blocks] == [None, "-"]


def _left(text: str, top: float) -> Line:
    return _line(text, top, centred=False)


# (lines set flush left at single spacing, each ending early; the paragraphs read)
BROKEN = [
    # a subject set with manual line breaks: the lower-case lines go on its sentence
    (["Об утверждении плана мероприятий", "по развитию школьного спорта", "в Лесном районе"],
     ["Об утверждении плана мероприятий по развитию школьного спорта в Лесном районе"]),
    # a first paragraph broken inside the school's name
    (["Самообследование муниципального бюджетного учреждения основной",
      "общеобразовательной школы с. Ольховка проведено в соответствии с:"],
     ["Самообследование муниципального бюджетного учреждения основной "
      "общеобразовательной школы с. Ольховка проведено в соответствии с:"]),
    # a line closed by a colon or a stop, or a capital next: paragraphs apart
    (["Ответственные:", "классные руководители"], ["Ответственные:", "классные руководители"]),
    (["Проведено три семинара.", "новые формы работы"],
     ["Проведено три семинара.", "новые формы работы"]),
    (["Российская Федерация", "Лесная область"], ["Российская Федерация", "Лесная область"]),
]


@pytest.mark.parametrize(("texts", "expected"), BROKEN)
def test_lower_case_line_goes_on_a_sentence_broken_early(texts: list[str],
                                                         expected: list[str]) -> None:
    lines = [_left(t, 100.0 + 16.0 * k) for k, t in enumerate(texts)]
    # the page's running text, a paragraph below, sets the right margin the lines fall short of
    got = paragraphs([*lines, *_body(100.0 + 16.0 * len(texts) + 30.0, 1)], pitch=16.0)
    assert [b.text for b in got[:-1]] == expected
