"""Build the sample of the fifteenth real-document study's tables (615_).

Run: .venv/bin/python samples/make_facts17b_samples.py [names…]
The document is our own (invented centre, people and wording) and reproduces layout features of
real documents:
- 615 (txt): a leisure centre's plan for one month as a site's text export prints it: the table
  one cell a line, each line ending " |", six columns whose rows open with a bare number ("1 |"),
  no item dots; days written with their weekday ("4 (суббота)") that fall in the plan's month
  ("на октябрь 2025 года"), a third of a month ("2 декада октября"), responsible cells naming a
  body or a position and then the one person who answers ("ДДТ «Радуга», Белова Н.К.").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent


def _cells(*rows: tuple[str, ...]) -> str:
    return "".join(f"{cell} |\n" for row in rows for cell in row)


TXT_615 = "План работы\nМКУ «Луговской центр досуга и творчества»\nна октябрь 2025 года\n" + _cells(
    ("№", "Название мероприятия", "Дата (день недели)", "Время", "Место", "Ответственный"),
    ("1", "Осенний кросс для учащихся объединений", "4 (суббота)", "10.00 - 12.00", "Стадион",
     "ДДТ «Радуга», Белова Н.К."),
    ("2", "Выставка поделок из природного материала", "2 декада октября", "по расписанию",
     "Холл", "Методист Гусева А.П."),
    ("3", "Праздничный концерт ко Дню учителя", "5 (воскресенье)", "15.00 - 16.30",
     "Актовый зал", "Руководитель кружка, Сомова Т.Р."),
    ("4", "Турнир по шашкам среди младших школьников", "18 (суббота)", "11.00 - 13.00",
     "Кабинет № 3", "Лепёхин С.А."),
)

TEXTS = {
    "615": ("615_lugovoe_leisure_centre_october_plan_2025.txt", TXT_615),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
