"""Build the samples of the acts and school documents of the tenth real-document study
(535_–536_).

Run: .venv/bin/python samples/make_facts11b_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents:
- 535 (txt): a legal site's export of a city's act and the programme it approves: the
  programme's heading without years, the site's "(утв. постановлением …)" note, a bare line of
  change dates and an amendment note under it, then a passport whose name row's value opens
  with a dash ("- муниципальная программа …");
- 536 (txt): a kindergarten's calendar plan from a portal: the portal's card title on the
  first line, the document's own heading opening with the same words and running on in lower
  case past its years, the approving order in brackets "(Приказ № … от …)" closing the title
  page, the village and year under it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_535 = """Постановление Администрации города Ольховска от 12 ноября 2019 г. N 904
"Об утверждении муниципальной программы "Безопасная дорога в школу""
12 марта, 4 сентября 2020 г.
В соответствии с Порядком разработки муниципальных программ города Ольховска постановляю:
1. Утвердить прилагаемую муниципальную программу "Безопасная дорога в школу".
2. Постановление вступает в силу с 1 января 2020 года.
Глава города Ольховска |
Р.Т. Сомов |
Муниципальная программа
"Безопасная дорога в школу"
(утв. постановлением Администрации города Ольховска от 12 ноября 2019 г. N 904)
12 марта, 4 сентября 2020 г.
Постановлением Администрации города Ольховска от 4 сентября 2020 г. N 611 в паспорт настоящей Программы внесены изменения
Паспорт муниципальной программы
Наименование Программы |
- муниципальная программа "Безопасная дорога в школу" |
Ответственный исполнитель |
- Управление образования Администрации города Ольховска |
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_536 = """План работы с родителями на 2024-2025 уч.год

План работы с родителями воспитанников
на 2024-2025 учебный год
на основе образовательной программы
дошкольного образования
и рабочей программы воспитания
(Приказ № 77-од от 29 августа 2024г.)

с.Лесное
2024 г.
"""

TEXTS = {
    "535": ("535_olkhovsk_safe_road_programme_2019.txt", TXT_535),
    "536": ("536_lesnoe_kindergarten_parents_plan_2024.txt", TXT_536),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
