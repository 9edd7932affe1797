"""A site's breadcrumb naming the body whose acts it lists ("Документы / Приказы Минпросвещения
ЗР /") is the issuer of an act printed without letterhead or signature; the act's own
letterhead wins; a singular act word or a section naming no body gives none (CONTRACT
`issuer`). Invented bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_ACT = ("Приказ № 12-к от 3 марта 2021г.\n\nО проведении смотра школьных музеев\n\n"
        "В целях сохранения истории школ\n\nПРИКАЗЫВАЮ:\n\n1. Провести смотр школьных музеев.\n")

# (the lines above the act, issuer)
TOPS = [
    ("Документы / Приказы Минпросвещения ЗР /", "Минпросвещения ЗР"),
    ("Главная / Документы / Приказы управления образования администрации Лесного района /",
     "Управление образования администрации Лесного района"),
    ("Документы / Новости /", None),
    ("Документы / Приказ управления образования /", None),
    ("Документы / Приказы Минпросвещения ЗР /\n\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЕСНОГО "
     "РАЙОНА", "Управление образования администрации Лесного района"),
]


@pytest.mark.parametrize(("top", "issuer"), TOPS)
def test_breadcrumb_issuer(tmp_path: Path, top: str, issuer: str | None) -> None:
    path = tmp_path / "order.txt"
    path.write_text(top + "\n\n" + _ACT, encoding="utf-8")
    assert process_file(path).document.issuer == issuer
