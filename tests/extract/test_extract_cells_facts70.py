"""A PDF's very narrow column breaks words anywhere, also where both halves happen to be
dictionary words ("образов" / "ания", "безопас" / "ности"): in a cell whose lines are mostly
that short the halves are one word (session facts70); a preposition or conjunction on its
line stays a word of its own, and a wider cell keeps two words apart."""

from __future__ import annotations

import pytest

from extract.cells import rejoin
from extract.tools import ExtractTools


@pytest.mark.parametrize(("text", "expected"), [
    # a narrow cell: both halves known, joined
    ("Департ\nамент\nобразов\nания\nадмини\nстраци\nи\nобласти",
     "Департамент образования администрации области"),
    ("Основное\nмеропр\nиятие\nпо\nвопросам\nобеспе\nчения\nбезопас\nности",
     "Основное мероприятие по вопросам обеспечения безопасности"),
    # the preposition on its own line stays a word
    ("Прове\nдение\nопроса\nпо\nвопросам\nпитания\nв\nшколах",
     "Проведение опроса по вопросам питания в школах"),
    # a wide cell: two words each on its line stay apart
    ("Проведение мониторинга образов\nания", "Проведение мониторинга образов ания"),
], ids=["department", "measure", "preposition-kept", "wide-cell"])
def test_narrow_cell_rejoins_known_halves(tools: ExtractTools, text: str,
                                          expected: str) -> None:
    assert " ".join(rejoin(text, tools).split()) == expected
