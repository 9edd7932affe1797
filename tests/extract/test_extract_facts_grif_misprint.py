"""A cover's letterhead names the institution in full, its grif by a short name with a misprint:
the letterhead's name is the issuer when the quoted names agree up to lost last letters
(extract/facts/grif_misprint.py); a title closing on a spaced year abbreviation keeps its full
stop ("НА 2025-2028 г г ."). Invented colleges and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_HEAD = ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ЛЕСНОЙ ОБЛАСТИ\nГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ПРОФЕССИОНАЛЬНОЕ "
         "ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ЛЕСНОЙ ОБЛАСТИ «ЗАРЕЧНЫЙ ТЕХНИЧЕСКИЙ ТЕХНИКУМ»\n"
         "________________________\n\nУТВЕРЖДАЮ\n")
_FOOT = ("\nО.И. Крылова\n« 01 »\nсентября 2025г.\n\nПРОГРАММА\nВОСПИТАНИЯ СТУДЕНТОВ\n"
         "НА 2025-2028 г г .\n\nг. Заречный, 2025г.\n")
_FULL = ("Государственное бюджетное профессиональное образовательное учреждение Лесной области "
         "«Заречный технический техникум»")

CASES = [
    # the grif's word cut short ("технику"): the letterhead's full name
    ("Директор ГБПОУ ЛО «Заречный\nтехнический технику»", _FULL),
    # printed right: the same full name
    ("Директор ГБПОУ ЛО «Заречный\nтехнический техникум»", _FULL),
    # another quoted name is another institution: the grif's stands
    ("Директор ГБПОУ ЛО «Заречный\nаграрный колледж»", "ГБПОУ ЛО «Заречный аграрный колледж»"),
]


@pytest.mark.parametrize(("grif", "issuer"), CASES)
def test_grif_misprint(grif: str, issuer: str, tmp_path: Path) -> None:
    got = page_summary(_HEAD + grif + _FOOT, tmp_path)
    assert (got["issuer"], got["title"]) == (
        issuer, "ПРОГРАММА ВОСПИТАНИЯ СТУДЕНТОВ НА 2025-2028 г г .")
