"""A text exported a line per paragraph runs the short lines of a title page together; a line
opening the document's own heading ("ПЛАН", "Отчет", "Муниципальная программа") after a
finished line starts the heading's block, as its paragraph does in the original (a wide
line of prose after them, ending its sentence, is a paragraph of its own). (lines,
paragraph texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.reader import read_text
from ingest.text.title_heads import opens_heading

PROSE = ("Работа методического объединения строится вокруг открытых уроков, взаимных "
         "посещений и разбора трудных тем, чтобы каждый учитель видел свои сильные стороны.")


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    # a paragraph per line (a wide prose line): the letterhead, then the heading
    (["Муниципальное казённое общеобразовательное учреждение", "«Кленовская школа»", "ПЛАН",
      "РАБОТЫ МЕТОДИЧЕСКОГО ОБЪЕДИНЕНИЯ", "на 2025-2026 учебный год", PROSE],
     ["Муниципальное казённое общеобразовательное учреждение\n«Кленовская школа»",
      "ПЛАН\nРАБОТЫ МЕТОДИЧЕСКОГО ОБЪЕДИНЕНИЯ\nна 2025-2026 учебный год", PROSE]),
    # an appendix's requisites, then the programme's heading
    (["Приложение", "к постановлению администрации", "от 14.02.2025 N 77",
      "Муниципальная программа", "«Юные техники Кленовского округа»", PROSE],
     ["Приложение\nк постановлению администрации\nот 14.02.2025 N 77",
      "Муниципальная программа\n«Юные техники Кленовского округа»", PROSE]),
    # short lines only (might be hard-wrapped): a signature stamp's last line, then "Отчет"
    (["Документ подписан", "электронной подписью", "Дата: 2025.02.14 09:30:00", "+03'00'",
      "Отчет", "о результатах самообследования", "за 2024 год"],
     ["Документ подписан\nэлектронной подписью\nДата: 2025.02.14 09:30:00\n+03'00'",
      "Отчет\nо результатах самообследования\nза 2024 год"]),
    # a heading over two lines stays one block
    (["Программа развития школы", "ПРОГРАММА РАЗВИТИЯ", "школы на 2025-2029 годы", PROSE],
     ["Программа развития школы\nПРОГРАММА РАЗВИТИЯ\nшколы на 2025-2029 годы", PROSE]),
])
def test_heading_starts_its_own_block(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines) == texts


@pytest.mark.parametrize(("prev", "line", "per_line", "expected"), [
    ("«Кленовская школа»", "ПЛАН", True, True),
    ("+03'00'", "Отчет", False, True),
    ("г. Кленовск", "Комплекс мер по развитию", True, True),
    # the previous line leaves its sentence open: the word goes on with it
    ("Разработчики:", "План мероприятий", True, False),
    ("школы «Кленовская", "Программа «Старт»", True, False),
    # an act's requisites belong to a grif
    ("УТВЕРЖДАЮ Директор", "Приказ от 30.08.2025 № 112", True, False),
    # lower case and words that are no heading
    ("школа", "план работы", True, False),
    ("«Кленовская школа»", "Пояснительная записка", True, False),
    # possibly hard-wrapped text: a new sentence or a long line is prose
    ("работа завершена.", "План выполнен", False, False),
    ("в течение года", "План мероприятий по развитию сети кружков", False, False),
])
def test_opens_heading(prev: str, line: str, per_line: bool, expected: bool) -> None:
    assert opens_heading(prev, line, per_line) is expected
