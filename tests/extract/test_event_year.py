"""An act holding an event named with its year ("О проведении акции «Добрые дела - 2019»")
has that year as its period; an act on an event's results, or a subject naming no year, has
none (CONTRACT `period`). Invented district and events."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_HEAD = "ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛУГОВСКОГО РАЙОНА\n\nПРИКАЗ\n\nот 14.02.2019 № 31\n\n"
_BODY = ("\n\nВ целях развития творчества школьников приказываю:\n\n1. Провести конкурс в марте."
         "\n2. Утвердить положение о конкурсе (приложение).\n")

# (the act's subject, period)
SUBJECTS = [
    ("О проведении районной акции «Неделя добрых дел - 2019»", (2019, 2019)),
    ("О проведении конкурса «Учитель года – 2020» в Луговском районе", (2020, 2020)),
    ('О проведении фестиваля "Весенняя капель 2019"', (2019, 2019)),
    # results look back: no term
    ("Об итогах районной акции «Неделя добрых дел - 2019»", None),
    ("О проведении районной акции «Неделя добрых дел»", None),
]


@pytest.mark.parametrize(("subject", "period"), SUBJECTS)
def test_event_name_year(tmp_path: Path, subject: str, period: tuple[int, int] | None) -> None:
    path = tmp_path / "order.txt"
    path.write_text(_HEAD + subject + _BODY, encoding="utf-8")
    d = process_file(path).document
    assert d.title == subject
    assert ((d.period.start_year, d.period.end_year) if d.period else None) == period
