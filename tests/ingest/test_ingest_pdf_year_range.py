"""A title page's years range broken at its dash ("… на 2021" / "– 2025 гг.") is one paragraph
going on, not a dash-marked list item; a dash line after a line not ending in a year is an item
(synthetic lines, invented wording)."""

from __future__ import annotations

import pytest

from ingest.pdf.layout import Line, Word, paragraphs


def _line(top: float, text: str) -> Line:
    words, x = [], 60.0
    for w in text.split():
        words.append(Word(x, x + 6.0 * len(w), w, 12.0))
        x += 6.0 * len(w) + 4.0
    return Line(text, 60.0, top, 540.0, top + 12.0, 12.0, False, tuple(words))


# (second line, paragraphs' texts, list markers)
CASES = [
    ("– 2026 гг.", ["Программа развития детского сада «Лесная сказка» Ольховского района на "
                    "2022 – 2026 гг."], [None]),
    ("— 2030 годы", ["Программа развития детского сада «Лесная сказка» Ольховского района на "
                     "2022 — 2030 годы"], [None]),
    ("– беседы с родителями", ["Программа развития детского сада «Лесная сказка» Ольховского "
                               "района на 2022", "беседы с родителями"], [None, "–"]),
]


@pytest.mark.parametrize(("second", "texts", "markers"), CASES)
def test_years_range_broken_at_its_dash(second: str, texts: list[str],
                                        markers: list[str | None]) -> None:
    first = "Программа развития детского сада «Лесная сказка» Ольховского района на 2022"
    got = paragraphs([_line(100.0, first), _line(114.0, second)])
    assert [b.text for b in got] == texts
    assert [b.list_number for b in got] == markers
