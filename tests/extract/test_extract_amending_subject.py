"""An amending act's subject names the amended programme (CONTRACT `kind`, `title`, `period`):
an act that only amends is an `order` titled by its subject as printed (capitals kept, its
lines joined), its period the programme's years the subject names — none when only the items
name them; an item approving the programme anew makes it the programme's kind. Invented
district and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_HEAD = "АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 17.02.2025 № 96\n"
_WHY = ("В связи с уточнением объёмов финансирования администрация Лесновского муниципального "
        "района постановляет:\n")
_AMEND = ("1. Внести в муниципальную программу «Качество образования Лесновского района на "
          "2022-2026 годы», утверждённую постановлением администрации от 01.12.2021 № 640, "
          "следующие изменения:\n1.1. Паспорт программы изложить в новой редакции.\n")
_END = "2. Постановление вступает в силу со дня его подписания.\nГлава района\tР.Н. Дроздов\n"
_SUBJECT = "О внесении изменений в муниципальную программу «Качество образования Лесновского района"

# (subject lines, items, kind, title, period)
ACTS = [
    ("О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ\n«КАЧЕСТВО ОБРАЗОВАНИЯ ЛЕСНОВСКОГО "
     "РАЙОНА\nНА 2022-2026 ГОДЫ»\n", _AMEND, "order",
     "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ «КАЧЕСТВО ОБРАЗОВАНИЯ ЛЕСНОВСКОГО РАЙОНА "
     "НА 2022-2026 ГОДЫ»", (2022, 2026)),
    (_SUBJECT + "\nна 2022-2026 годы»\n", _AMEND, "order", _SUBJECT + " на 2022-2026 годы»",
     (2022, 2026)),
    # years named only in the items: none
    ("О ВНЕСЕНИИ ИЗМЕНЕНИЙ\nВ МУНИЦИПАЛЬНУЮ ПРОГРАММУ «КАЧЕСТВО\nОБРАЗОВАНИЯ ЛЕСНОВСКОГО "
     "РАЙОНА»\n", _AMEND, "order",
     "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ «КАЧЕСТВО ОБРАЗОВАНИЯ ЛЕСНОВСКОГО "
     "РАЙОНА»", None),
    # the item approves the programme anew: the programme's kind, the subject its title
    (_SUBJECT + "\nна 2022-2026 годы»\n",
     "1. Утвердить муниципальную программу «Качество образования Лесновского района на "
     "2022-2026 годы» в новой редакции (приложение).\n", "programme",
     _SUBJECT + " на 2022-2026 годы»", (2022, 2026)),
]


@pytest.mark.parametrize(("subject", "items", "kind", "title", "period"), ACTS)
def test_amending_act(tmp_path: Path, subject: str, items: str, kind: str, title: str,
                      period: tuple[int, int] | None) -> None:
    path = tmp_path / "act.txt"
    path.write_text(_HEAD + subject + _WHY + items + _END, encoding="utf-8")
    d = process_file(path).document
    got = (d.period.start_year, d.period.end_year) if d.period else None
    assert (d.kind, d.title, got) == (kind, title, period)
