"""A bare order printed without its letterhead (an aggregator's copy): a joint order's "№№"
numbers all kept; a region named only in a cited act ("с Постановлением Кабинета Министров
Республики N от …") or as the matter studied ("языков Республики N", "истории Лесной области")
is no region of the order; years printed only in an item approving an appendix plan give no
period (CONTRACT `order`, `region`, `period`). Invented bodies and republic."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_SUBJECT = "\n\nО премии «Юный краевед»\n\n"
_PREAMBLE = "В целях поддержки школьного краеведения приказываю:\n"
_ITEMS = "1.Установить премию \"Юный краевед\".\n2.Утвердить положение о премии.\n"

# (the act's heading line, the preamble, the items, number, region, period)
ORDERS = [
    ("Приказ от 03.02.2021 г №№ 45/21, 1290", _PREAMBLE, _ITEMS, "45/21, 1290", None, None),
    ("Приказ от 03.02.2021 г № 45/21", _PREAMBLE, _ITEMS, "45/21", None, None),
    ("Приказ от 03.02.2021 г № 45/21",
     "В соответствии с Постановлением Кабинета Министров Республики Северия от 01.10.2020 N 70 "
     "\"О развитии образования\", в целях изучения государственных языков Республики "
     "Северия приказываю:\n", _ITEMS, "45/21", None, None),
    ("Приказ от 03.02.2021 г № 45/21",
     "В целях изучения истории Лесной области приказываю:\n", _ITEMS, "45/21", None, None),
    # the region named as where the measures are held is the order's
    ("Приказ от 03.02.2021 г № 45/21",
     "В целях развития краеведения в школах Лесной области приказываю:\n", _ITEMS, "45/21",
     "Лесная область", None),
    ("Приказ от 03.02.2021 г № 45/21", _PREAMBLE,
     "1.Установить премию \"Юный краевед\".\n2.Утвердить прилагаемые:\n2.1.План подготовки "
     "смотра школьных музеев в 2021 году;\n2.2.Положение о премии.\n",
     "45/21", None, None),
]


@pytest.mark.parametrize(("head", "preamble", "items", "number", "region", "period"), ORDERS)
def test_bare_order_facts(tmp_path: Path, head: str, preamble: str, items: str, number: str,
                          region: str | None, period: tuple[int, int] | None) -> None:
    path = tmp_path / "order.txt"
    path.write_text(head + _SUBJECT + preamble + items, encoding="utf-8")
    d = process_file(path).document
    assert (d.kind, d.order.number if d.order else None) == ("order", number)
    assert d.region == region
    assert ((d.period.start_year, d.period.end_year) if d.period else None) == period
