"""A text saved a paragraph per line: a wide line of prose under a short line (an act's
subject, a section's heading) is a paragraph of its own, while a programme's wide name under
its kind word still goes on it; a file of a few very long paragraphs is read a line per
paragraph however many of its lines are long. (lines, paragraph texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph
from ingest.text.lines import is_line_per_paragraph
from ingest.text.reader import read_text

SUBJECT = "О подготовке школ Кедрового района к новому учебному году"
HEARD = ("Рассмотрев и обсудив сообщение начальника отдела образования администрации "
         "Кедрового района Петровой А.С. «О подготовке школ Кедрового района к новому учебному "
         "году», Собрание депутатов Кедрового района РЕШИЛО:")
ITEM = ("1. Сообщение начальника отдела образования администрации Кедрового района принять к "
        "сведению и признать подготовку школ района к учебному году удовлетворительной.")
ITEM2 = ("2. Рекомендовать руководителям школ завершить ремонт спортивных залов и пищеблоков "
         "до начала учебного года, а отделу образования проверить их готовность.")
INTRO = ("Настоящий доклад подготовлен отделом образования по итогам прошедшего года и "
         "описывает состояние и развитие системы образования Кедрового района.")
NAME = ("«Развитие дошкольного, общего и дополнительного образования детей в Кедровом районе» "
        "на 2025-2030 годы")
SIGN = ["Начальник отдела образования", "администрации Кедрового района", "А.С. Петрова"]
WIDE_WRAP = ("Рекомендовать руководителям школ завершить ремонт спортивных залов и пищеблоков "
             "до начала учебного года")


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    # a council's decision: the subject, then the preamble ending in "РЕШИЛО:"
    ([SUBJECT, HEARD, ITEM, ITEM2], [SUBJECT, HEARD, ITEM[3:], ITEM2[3:]]),
    # a report's section heading and its first sentence
    (["ДОКЛАД", "о состоянии системы образования", "Введение", INTRO, ITEM2, *SIGN],
     ["ДОКЛАД\nо состоянии системы образования\nВведение", INTRO, ITEM2[3:], "\n".join(SIGN)]),
    # a programme's kind word and its wide name (no sentence's end) stay one title
    (["Муниципальная программа", NAME, INTRO, ITEM2, *SIGN],
     ["Муниципальная программа\n" + NAME, INTRO, ITEM2[3:], "\n".join(SIGN)]),
])
def test_wide_prose_after_short_line(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines) == texts


@pytest.mark.parametrize(("lines", "per_line"), [
    ([SUBJECT, HEARD + " " + HEARD, ITEM + " " + ITEM, ITEM2 + " " + ITEM2], True),
    # text hard-wrapped at a wide width: its lines all fill it, none is past any wrap
    ([WIDE_WRAP] * 5, False),
])
def test_few_very_long_lines(lines: list[str], per_line: bool) -> None:
    assert is_line_per_paragraph(lines) is per_line
