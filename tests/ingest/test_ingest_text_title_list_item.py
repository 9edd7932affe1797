"""A heading that ends with its years, a blank line, then an unmarked list item ending in ";":
the item starts a block of its own; a lower-case tail after a blank line that the heading does
not close (no years) or that is no list item is still the page-break half it was.
(lines, paragraph texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.reader import read_text


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    (["План работы кабинета химии на 2025-2026 учебный год", "",
      "привитие навыков безопасного опыта;", "- подготовка к олимпиадам;"],
     ["План работы кабинета химии на 2025-2026 учебный год",
      "привитие навыков безопасного опыта;"]),
    (["Программа развития музея школы на 2024–2027 годы", "", "сбор экспонатов о выпускниках;"],
     ["Программа развития музея школы на 2024–2027 годы", "сбор экспонатов о выпускниках;"]),
    # no years at the end: a page-break half, joined
    (["Мы продолжаем работу по обновлению", "", "фонда учебной литературы;"],
     ["Мы продолжаем работу по обновлению фонда учебной литературы;"]),
    # years at the end but the tail is prose going on, not a list item: joined
    (["Набор в кружок откроется в 2026 году", "", "после общего собрания родителей."],
     ["Набор в кружок откроется в 2026 году после общего собрания родителей."]),
])
def test_list_item_after_titled_years(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines)[: len(texts)] == texts
