"""Build the sample of the twenty-seventh real-document study's event plan table (815_).

Run: .venv/bin/python samples/make_tables31_samples.py [names…]
Each document is our own (invented municipality, people and wording) and reproduces a layout
feature of real documents:
- 815 (txt): a district's monthly plan of cultural events as a site's text export gives it:
  the table printed one cell a paragraph with no number column — the header's captions first
  ("Дата, время" … "Ответственный"), then each row opened by its date; one date has its time
  in a paragraph of its own under it, one place a bracketed note under it; a signature follows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

_CELLS_815 = (
    "ПЛАН",
    "основных мероприятий учреждений культуры Кедровского района на май 2026 года",
    "Дата, время", "Наименование мероприятия", "Место проведения", "Ответственный",
    "4.05.2026-16.05.2026", "Районная выставка детского рисунка «Весна Победы»",
    "Дома культуры района", "(по графику)", "Районный методический центр",
    "9.05.2026", "11:00", "Праздничный концерт у мемориала павшим землякам",
    "пос.Кедровый, площадь Памяти", "Отдел культуры",
    "22.05.2026", "Районный смотр хоровых коллективов «Поющая весна»",
    "с.Берёзки, Дом культуры", "Районный методический центр",
    "Начальник отдела культуры Т.А. Горелова",
)

TEXTS = {
    "815": ("815_kedrovsky_culture_events_plan_may_2026.txt", "\n\n".join(_CELLS_815) + "\n"),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
