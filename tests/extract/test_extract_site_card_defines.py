"""Under a site's heading, a line a text export joined from a heading's lines is the document's
own heading (extract/facts/site_card.py `_opens_own`), but a report's opening sentence that
names its subject for short and goes on ("Итоговый отчет о … (далее – Отчет) подготовлен для
…") is not: its first line is a sentence of the body (`_DEFINES`)."""

from __future__ import annotations

import pytest

from extract.facts.lines import Chunk
from extract.facts.site_card import _opens_own
from ingest.models import Provenance

CASES = [
    # a note's heading joined into one line
    ("Пояснительная записка к отчету о выполнении муниципального задания за 1 квартал "
     "2025 года", True),
    # the body's first sentence naming the report for short, then going on
    ("Итоговый отчет о состоянии системы образования за 2024 год (далее – Отчет) подготовлен "
     "для информирования жителей Лесного района", False),
    # a title's own "(далее - Отчет)" tail closes it: still a heading
    ("Итоговый отчет о состоянии системы образования Лесного района за 2024 год (далее - "
     "Отчет)", True),
]


def _genre(text: str) -> bool:
    return text.split()[0].lower() in {"пояснительная", "итоговый"}


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_defining_sentence_is_no_heading(line: str, expected: bool) -> None:
    chunk = Chunk(text=line, source=Provenance(line=3), lines=(line,))
    assert _opens_own(chunk, _genre) is expected
