"""Indicator tables flattened one row a line whose indicator is measured by territory: a row
naming the kind of object and the indicator, its unit after the last comma and a colon, over
sub-rows carrying one value a year ("- посёлок …", "сельские …"); the kind-of-object cell is
merged down, so the sub-rows are one cell short of the header (session facts72)."""

from __future__ import annotations

from pathlib import Path

import pytest

_HEAD = ("Тип учреждения | Показатель | Значения по годам | |||\n"
         "2030 год - факт | 2031 год | 2032 год | 2033 год | ||\n"
         "Доступность дошкольного образования | ||||\n")
_ROWS = ("Детские сады | Охват детей от 3 до 7 лет, {unit}: | ||||\n"
         "- посёлок Заречный <1> | 81 | 83 | 85 | 90 | |\n"
         "- сельские поселения | 62 | 64 | 66 | 70 | |\n")


def _indicators(text: str, tmp_path: Path) -> list[tuple[object, ...]]:
    from pipelines.run import process_file  # the whole pipeline: table, units and values

    path = tmp_path / "passport.txt"
    path.write_text(text, encoding="utf-8")
    return [(i.name, i.unit, [(v.year, v.kind, v.value) for v in i.values])
            for i in process_file(path).indicators]


_VALUES = [[(2030, "fact", 81), (2031, "plan", 83), (2032, "plan", 85), (2033, "plan", 90)],
           [(2030, "fact", 62), (2031, "plan", 64), (2032, "plan", 66), (2033, "plan", 70)]]


@pytest.mark.parametrize(("unit", "found_unit"), [
    ("%", "%"),
    ("мест на 100 детей", "мест на 100 детей"),
    ("количество мест на 1000 детей", "количество мест на 1000 детей"),
])
def test_sub_rows_named_after_their_parent(tmp_path: Path, unit: str, found_unit: str) -> None:
    got = _indicators(_HEAD + _ROWS.format(unit=unit), tmp_path)
    assert got == [
        ("Охват детей от 3 до 7 лет — посёлок Заречный", found_unit, _VALUES[0]),
        ("Охват детей от 3 до 7 лет — сельские поселения", found_unit, _VALUES[1]),
    ]


def test_footnote_mark_inside_the_parent_name(tmp_path: Path) -> None:
    rows = _ROWS.replace("Охват детей от 3 до 7 лет,", "Охват детей от 3 до 7 лет <2>,")
    got = _indicators(_HEAD + rows.format(unit="%"), tmp_path)
    assert [g[0] for g in got] == ["Охват детей от 3 до 7 лет — посёлок Заречный",
                                   "Охват детей от 3 до 7 лет — сельские поселения"]
