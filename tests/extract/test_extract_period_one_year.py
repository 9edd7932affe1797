"""A one-year report whose indicator table has only that year's value columns ("План на 2024" |
"Факт 2024", "Плановое значение 2023 год" | "Фактическое значение 2023 год", "2024 год" over
"план" | "факт"): when nothing else states a period, its value columns give that year (CONTRACT
`period`); a plan's lone year column, a title's year and rows of money are left as before.
Invented indicators."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_ROWS = ("1\tДоля обучающихся, занимающихся в спортивных секциях\t%\t{a}\n"
         "2\tКоличество проведённых соревнований\tед.\t{b}\n")

CASES = [
    ("Отчёт о реализации плана мероприятий по развитию школьного спорта\n\n"
     "№\tПоказатель\tЕд. изм.\tПлан на 2024\tФакт 2024\n" + _ROWS.format(a="45\t47", b="12\t14"),
     (2024, 2024)),
    ("Информация о выполнении показателей муниципальной программы\n\n"
     "№\tНаименование показателя\tЕдиница измерения\tПлановое значение 2023 год\t"
     "Фактическое значение 2023 год\n" + _ROWS.format(a="75\t78", b="10\t12"), (2023, 2023)),
    ("Отчёт о достижении целевых показателей\n\n№\tПоказатель\tЕд. изм.\t2025 год\n"
     "\t\t\tплан\tфакт\n" + _ROWS.format(a="30\t35", b="20\t22"), (2025, 2025)),
    ("Отчёт о достижении целевых показателей\n\n№\tПоказатель\tЕд. изм.\tПлан 2024 г.\t"
     "Факт 2024 г.\tОтклонение\n" + _ROWS.format(a="30\t35\t+5", b="20\t22\t+2"), (2024, 2024)),
    # a plan's one year column, planned only: no year reported on
    ("План мероприятий по развитию школьного спорта\n\n№\tПоказатель\tЕд. изм.\t2024\n"
     + _ROWS.format(a="45", b="12"), None),
    # the title states the year reported on: it wins
    ("Отчёт о выполнении программы за 2023 год\n\n№\tПоказатель\tЕд. изм.\tПлан 2024\t"
     "Факт 2024\n" + _ROWS.format(a="45\t47", b="12\t14"), (2023, 2023)),
]


@pytest.mark.parametrize(("text", "period"), CASES)
def test_one_year_value_columns(tmp_path: Path, text: str,
                                period: tuple[int, int] | None) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    d = process_file(path).document
    assert ((d.period.start_year, d.period.end_year) if d.period else None) == period
