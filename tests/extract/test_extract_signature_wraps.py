"""A signature block's position broken the ways readers print it (CONTRACT `signatories`):
over two lines with the name on the last, in two cells of one row (tabs, many spaces), run on
after the act's last sentence (a PDF's paragraph), or cut inside its acting prefix with the rest
under the name (a PDF table's wrapped cell). Invented body and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_ACT = ("АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nПРИКАЗ\n"
        "от 12.03.2025 № 44\nО проведении районной олимпиады по краеведению\n"
        "В целях развития интереса к истории края ПРИКАЗЫВАЮ:\n"
        "1. Провести районную олимпиаду по краеведению 15 апреля 2025 года.\n")
_LAST = "2. Контроль за исполнением приказа оставляю за собой."
_ACTING = "Исполняющий обязанности начальника управления образования"

# (the signature block after the last item, name, position)
BLOCKS = [
    ("\nИсполняющий обязанности начальника\nуправления образования\nТ.А. Журавлёва",
     "Т.А. Журавлёва", _ACTING),
    ("\nИсполняющий обязанности\nначальника управления образования\nТ.А. Журавлёва",
     "Т.А. Журавлёва", _ACTING),
    ("\nИсполняющий обязанности начальника\nуправления образования          Т.А. Журавлёва",
     "Т.А. Журавлёва", _ACTING),
    ("\nНачальник отдела образования\tИ.И. Петров", "И.И. Петров", "Начальник отдела образования"),
    ("\nНачальник отдела образования                 И.И. Петров", "И.И. Петров",
     "Начальник отдела образования"),
    ("\n" + _ACTING + "\t\tТ.А. Журавлёва", "Т.А. Журавлёва", _ACTING),
    # run on after the last sentence, the name on its own line
    (" " + _ACTING + "\nТ.А. Журавлёва", "Т.А. Журавлёва", _ACTING),
    # the position's cell cut inside its acting prefix, the rest printed under the name
    ("\nИсполняющий\tТ.А. Журавлёва\nобязанности начальника управления образования",
     "Т.А. Журавлёва", _ACTING),
]


@pytest.mark.parametrize(("block", "name", "position"), BLOCKS)
def test_signature_block_wraps(tmp_path: Path, block: str, name: str, position: str) -> None:
    path = tmp_path / "order.txt"
    path.write_text(_ACT + _LAST + block + "\n", encoding="utf-8")
    signed = process_file(path).document.signatories
    assert [(s.name, s.position) for s in signed] == [(name, position)]
