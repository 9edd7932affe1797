"""Tab-separated tables whose rows wrap: a wrapped line that begins the next row is not glued
to the row above (the number column and the shape of the text decide), and the second line of
a two-line header stays in the header. (text, rows as cell texts by column) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.reader import read_text

HEAD = "№\tМероприятие\tСрок\tИсполнитель"


def _rows(text: str) -> list[tuple[bool, dict[int, str]]]:
    doc = read_text(text.encode(), "t.txt", Limits())
    table = next(b for b in doc.blocks if isinstance(b, Table))
    return [(r.header, {c.col: c.text for c in r.cells}) for r in table.rows]


@pytest.mark.parametrize(("lines", "rows"), [
    # the next row starts on a line without its number: every column filled anew
    ([HEAD, "1\tСеминар для\tмарт\tИМЦ", "\tмолодых педагогов", "2\tКонкурс\tапрель\tУО",
      "\tВыставка работ\tмай 2025\tИМЦ"],
     [(True, {0: "№", 1: "Мероприятие", 2: "Срок", 3: "Исполнитель"}),
      (False, {0: "1", 1: "Семинар для\nмолодых педагогов", 2: "март", 3: "ИМЦ"}),
      (False, {0: "2", 1: "Конкурс", 2: "апрель", 3: "УО"}),
      (False, {1: "Выставка работ", 2: "май 2025", 3: "ИМЦ"})]),
    # the number printed on the row's second line (cells centred vertically)
    ([HEAD, "1\tСеминар\tмарт\tИМЦ", "\tКонкурс профессионального\tапрель\tметодист",
      "2\tмастерства\t\tО.Н. Лебедева"],
     [(True, {0: "№", 1: "Мероприятие", 2: "Срок", 3: "Исполнитель"}),
      (False, {0: "1", 1: "Семинар", 2: "март", 3: "ИМЦ"}),
      (False, {0: "2", 1: "Конкурс профессионального\nмастерства", 2: "апрель",
               3: "методист\nО.Н. Лебедева"})]),
    # ... or the row's first line sits in the row above, which has its own number
    ([HEAD, "1\tСеминар для педагогов\tмарт\tИМЦ", "\tКонкурс", "2\tпрофессионального мастерства"
      "\tапрель\tУО"],
     [(True, {0: "№", 1: "Мероприятие", 2: "Срок", 3: "Исполнитель"}),
      (False, {0: "1", 1: "Семинар для педагогов", 2: "март", 3: "ИМЦ"}),
      (False, {0: "2", 1: "Конкурс\nпрофессионального мастерства", 2: "апрель", 3: "УО"})]),
    # a true wrapped tail stays in its row
    ([HEAD, "1\tСеминар для\tмарт –\tИМЦ,", "\tмолодых педагогов\tапрель\tшколы"],
     [(True, {0: "№", 1: "Мероприятие", 2: "Срок", 3: "Исполнитель"}),
      (False, {0: "1", 1: "Семинар для\nмолодых педагогов", 2: "март –\nапрель",
               3: "ИМЦ,\nшколы"})]),
    # a row of one cell continued by a line of two (a list marker's tab above): the row widens
    (["- \t", "семинар", "\t для молодых педагогов"],
     [(False, {0: "семинар", 1: "для молодых педагогов"})]),
])
def test_wrapped_rows(lines: list[str], rows: list[tuple[bool, dict[int, str]]]) -> None:
    assert _rows("\n".join(lines)) == rows


@pytest.mark.parametrize(("second", "header"), [
    ("п/п\tмероприятия\t\tисполнитель", {0: "№\nп/п", 1: "Мероприятие\nмероприятия",
                                         2: "Срок", 3: "Исполнитель\nисполнитель"}),
    ("\t**(этап работы)**", {0: "№", 1: "Мероприятие\n(этап работы)", 2: "Срок",
                            3: "Исполнитель"}),
])
def test_second_header_line_is_header_not_a_section(second: str, header: dict[int, str]) -> None:
    rows = _rows("\n".join([HEAD, second, "1\tСеминар\tмарт\tИМЦ"]))
    assert rows[0] == (True, header)
    assert rows[1] == (False, {0: "1", 1: "Семинар", 2: "март", 3: "ИМЦ"})
    assert len(rows) == 2
