"""Build the samples of the cross-format study xfg (645_): title pages exported to text a line
per paragraph and a table row per line ("| cell | cell |").

Run: .venv/bin/python samples/make_xfg_samples.py [names…]
Each document is our own (invented municipality, kindergarten, people and wording) and
reproduces a layout feature of such exports:
- 645 (txt): a kindergarten's upbringing programme whose grif row sits under the letterhead,
  its heading over three lines, then a contents page listing an appendix ("Приложение.
  Календарный план …") before the explanatory note named again, all in one block with the
  body's first sentence opening with the programme's words: the contents hold no stamp, the
  heading under the grif is the title;
- 646 (txt): a school's programme with kindergartens whose title page has no blank lines: the
  letterhead, a capitals heading closed by a quoted name, the authors' full names with their
  positions, the town and the year run on to the explanatory note: the title ends before the
  first author's name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_645 = """Муниципальное бюджетное дошкольное образовательное учреждение
детский сад № 7 «Берёзка» г. Сосновогорье
| ПРИНЯТО: на педагогическом совете Протокол № 1 от 29.08.2024 | УТВЕРЖДАЮ: Заведующий \
МБДОУ № 7 Р.Т. Карпова |
Рабочая программа воспитания
муниципального бюджетного дошкольного образовательного
учреждения детского сада № 7 г. Сосновогорье
Сосновогорье, 2024 г
Содержание
Пояснительная записка
Раздел 1. Цели и ценности воспитания
Раздел 2. Уклад детского сада
Приложение. Календарный план воспитательной работы
Пояснительная записка
Рабочая программа воспитания МБДОУ № 7 (далее – детский сад) составлена с учётом \
федеральных требований к воспитанию дошкольников и традиций детского сада.
Воспитатели строят работу вокруг игры, прогулок по родному городу и семейных праздников.
"""

TXT_646 = """Муниципальное общеобразовательное учреждение
«Кленовская средняя общеобразовательная школа № 2»
ПРОГРАММА
СОТРУДНИЧЕСТВА ШКОЛЫ И ДЕТСКИХ САДОВ
«ПЕРВЫЕ ШАГИ К ШКОЛЕ»
Лаврова Елена Сергеевна,
заместитель директора по учебной работе МОУ «КСОШ № 2»
Тихонова Вера Андреевна,
заведующая МДОУ «Детский сад «Рябинка»
г. Кленовск
2024 г.
Пояснительная записка
Программа помогает детям подготовительных групп привыкнуть к школе: они бывают на уроках, \
в библиотеке и на праздниках, а учителя приходят к ним в детский сад.
"""

TEXTS = {
    "645": ("645_sosnovogorye_dou7_upbringing_programme_2024.txt", TXT_645),
    "646": ("646_klenov_school_kindergarten_programme_2024.txt", TXT_646),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
