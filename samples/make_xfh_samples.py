"""Build the samples of the text study xfh (655_): title pages copied to plain text with two
grifs printed side by side, their columns kept apart by runs of spaces or tabs.

Run: .venv/bin/python samples/make_xfh_samples.py [names…]
Each document is our own (invented municipality, kindergarten, school, people and wording) and
reproduces a layout feature of such copies:
- 655 (txt): a kindergarten's summer plan with no letterhead: a council's "Рассмотрено:" beside
  the head's "Утверждено:", spaces between the columns, the right column drifting left on some
  lines and its last line indented alone; the approver's grif names the kindergarten and its
  head;
- 656 (txt): a school's regulation under its letterhead, "ПРИНЯТО" beside "УТВЕРЖДАЮ" kept apart
  by tabs, a blank line between the grif's lines: the director signs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_655 = """План летней оздоровительной работы МБДОУ «Детский сад № 4 «Ручеёк» г. Верхнеречинска \
на 2025 год

Рассмотрено:                                          Утверждено:
Педагогическим советом              Заведующим МБДОУ «Детский сад № 4 «Ручеёк»
Протокол № 5  от   27 мая 2025 года         ______________ /Гусева Н.П./
                                                         Приказ № 38   от  27 мая 2025 года


Пояснительная записка
Летом дети больше гуляют, играют с водой и песком, наблюдают за растениями и \
насекомыми на участке, а воспитатели вместе с родителями готовят праздники и походы выходного дня.
"""

TXT_656 = """Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа № 9» г. Верхнеречинска

ПРИНЯТО\t\t\t\t\t\tУТВЕРЖДАЮ

на заседании педагогического совета\t\tДиректор МБОУ «СОШ № 9»

протокол № 1 от 29.08.2025\t\t\t______________ К.Ф. Сомов


ПОЛОЖЕНИЕ
о школьном спортивном клубе «Старт»
Клуб объединяет учеников пятых–одиннадцатых классов, \
которые хотят заниматься спортом после уроков, проводит соревнования между классами и готовит \
сборные школы к районным играм.
"""

TEXTS = {
    "655": ("655_verkhnerechinsk_dou4_summer_plan_2025.txt", TXT_655),
    "656": ("656_verkhnerechinsk_school9_sports_club_2025.txt", TXT_656),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
