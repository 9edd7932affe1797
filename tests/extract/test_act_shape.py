"""An act a site prints without its word and requisites: the card's fields under the text
("Распоряжение" / "214" / "25 августа 2015 года") give the order, and a preamble running into
items that order by infinitives ("1. Создать … 2. Утвердить …") makes it an `order` (CONTRACT
`kind`, `order`). Invented town and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_TOP = "г. Ольховск Лесной области\n\nО проведении смотра школьных музеев\n\n"

# (the body, the card's fields, kind, (act type, number, date))
ACTS = [
    ("В целях сохранения истории школ: 1. Провести смотр школьных музеев. 2. Утвердить "
     "положение о смотре.", "Распоряжение\n\n214\n\n25 августа 2015 года\n\n02 сентября 2015 года",
     "order", ("распоряжение", "214", "2015-08-25")),
    ("В целях сохранения истории школ: 1. Провести смотр школьных музеев. 2. Утвердить "
     "положение о смотре.", "Постановление\n\n№ 31-п\n\n12.03.2016", "order",
     ("постановление", "31-п", "2016-03-12")),
    ("Во исполнение решения городской Думы: 1. Провести смотр школьных музеев. 2. Утвердить "
     "положение о смотре. 3. Отделу образования подвести ито", "", "order", None),
    # items that order nothing (no infinitive) and no card: no kind told
    ("В целях сохранения истории школ в городе работают 12 музеев. 1. Музей школы № 2. 2. "
     "Музей гимназии.", "", None, None),
    # a card's number line that is a date: no requisites
    ("В целях сохранения истории школ: 1. Провести смотр школьных музеев. 2. Утвердить "
     "положение о смотре.", "Распоряжение\n\n25.08.2015\n\n02.09.2015", "order", None),
]


@pytest.mark.parametrize(("body", "card", "kind", "order"), ACTS)
def test_act_shape(tmp_path: Path, body: str, card: str, kind: str | None,
                   order: tuple[str, str, str] | None) -> None:
    path = tmp_path / "act.txt"
    path.write_text(_TOP + body + "\n\n" + card + "\n", encoding="utf-8")
    d = process_file(path).document
    got = (d.order.act_type, d.order.number, str(d.order.date)) if d.order else None
    assert (d.kind, got) == (kind, order)
