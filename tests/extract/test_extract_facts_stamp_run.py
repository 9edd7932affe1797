"""A card stored as one line: an appendix stamp run into the heading under it is cut after its
act's number (extract/unglue.py), and a programme that is part of an institution's main
programme is that institution's (extract/facts/part_owner.py). Invented schools and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_BODY = (" Программа помогает школе выстроить воспитательную работу вместе с семьями учеников."
         " Она опирается на традиции школьного коллектива и опыт прошлых лет.")

CASES = [
    # the stamp's number with a spaced part, the heading in capitals glued after it
    ("Приложение 2 к приказу от «30» августа 2025 № 03-11 /75 ПОЯСНИТЕЛЬНАЯ ЗАПИСКА Рабочая "
     "программа воспитания является неотъемлемой частью основной образовательной программы "
     "начального, основного и среднего общего образования МБОУ-СОШ № 12." + _BODY,
     {"issuer": "МБОУ-СОШ № 12", "order": ("03-11/75", "2025-08-30"), "title": None}),
    ("Приложение к распоряжению от 01.09.2025 № 41 -р ПОЯСНИТЕЛЬНАЯ ЗАПИСКА Программа "
     "воспитания является частью образовательной программы МБОУ «Лесная СОШ»." + _BODY,
     {"issuer": "МБОУ «Лесная СОШ»", "order": ("41-р", "2025-09-01"), "title": None}),
    # a preposition before the school: it is where the programme runs, not its owner
    ("Приложение 1 к приказу от 02.09.2025 № 18 ПОЯСНИТЕЛЬНАЯ ЗАПИСКА Программа воспитания "
     "является частью работы по воспитанию в МБОУ СОШ № 4 и других школах района." + _BODY,
     {"issuer": None, "order": ("18", "2025-09-02"), "title": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stamp_run_into_note(text: str, expected: dict[str, object], tmp_path: Path) -> None:
    got = page_summary(text, tmp_path)
    assert {k: got[k] for k in expected} == expected
