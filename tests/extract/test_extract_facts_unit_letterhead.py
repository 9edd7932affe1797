"""A structural unit's cover: the parent institution's full name over the unit's own line, the
unit's head approving; the unit is the issuer (extract/facts/unit_letterhead.py). An approver's
initials missing their first full stop on a line of their own still sign (facts.yaml
name_patterns). Invented institutions and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, grif_facts, page_summary

_TAIL = ("\n\nРАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ\nна 2025-2026 учебный год\n\nг. Заречный, 2025\n")
_PARENT = ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ЛЕСНОЙ ОБЛАСТИ\nГосударственное образовательное учреждение "
           "высшего образования Лесной области\n«Заречный государственный университет»\n")

CASES = [
    (_PARENT + "Педагогический колледж\n\nУТВЕРЖДАЮ\nДиректор Педагогического колледжа\n"
     "А.Н. Лугова\n«01» сентября 2025 г." + _TAIL, "Педагогический колледж"),
    # the university's own head approves: the parent's name stands whole
    (_PARENT + "\nУТВЕРЖДАЮ\nРектор университета\nА.Н. Лугова\n«01» сентября 2025 г." + _TAIL,
     "Государственное образовательное учреждение высшего образования Лесной области "
     "«Заречный государственный университет»"),
]


@pytest.mark.parametrize(("text", "issuer"), CASES)
def test_unit_letterhead(text: str, issuer: str, tmp_path: Path) -> None:
    assert page_summary(text, tmp_path)["issuer"] == issuer


@pytest.mark.parametrize(("text", "signed"), [
    ("УТВЕРЖДАЮ\nДиректор колледжа\nЕ Б. Лугова\n\nПРОГРАММА ВОСПИТАНИЯ\n",
     [("Е Б. Лугова", "Директор колледжа")]),
    # a single letter and a capitalised word inside a sentence are no name
    ("УТВЕРЖДАЮ\nДиректор колледжа\n\nПРОГРАММА ВОСПИТАНИЯ\nВ Г. Заречном работают пять школ\n",
     []),
])
def test_initial_without_stop(text: str, signed: list[tuple[str, str]], tmp_path: Path) -> None:
    assert grif_facts(text, full_tools(), tmp_path)[0] == signed
