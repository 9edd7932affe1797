"""Build the samples of the cross-format study xff (640_): title pages exported to text a line
per paragraph, where what the DOCX told apart by its styles must be read from the words.

Run: .venv/bin/python samples/make_xff_samples.py [names…]
Each document is our own (invented municipality, school, people and wording) and reproduces a
layout feature of such exports:
- 640 (txt, a paragraph per line): a school's summer camp programme whose heading runs over three
  lines ("РАБОЧАЯ ПРОГРАММА …" / "пришкольного лагеря …" / «…») with a bracketed note under it on
  the children's age and the camp's dates, its bracket left open on its line and closed on the
  next: the title ends at the camp's name;
- 641 (txt): a centre's upbringing programme whose heading in capitals closes on its years
  ("ПРОГРАММА ВОСПИТАНИЯ" / "НА … ГОДЫ"), the owner's full name in capitals right under it
  in the same block: the title ends at the years;
- 642 (txt): a head's resolution whose header lines ("ПОСТАНОВЛЕНИЕ" / "от …" / "ОБ
  УТВЕРЖДЕНИИ … ПРОГРАММЫ") stand in one block and the programme's quoted name follows after
  blank lines, its last line run into the preamble: the subject with the name is the title.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_640 = """Муниципальное бюджетное общеобразовательное учреждение
«Верхнеключевская основная общеобразовательная школа»
| Рассмотрено на педагогическом совете Протокол № 5 от 20.05.2025 | Утверждено приказом директора \
от 21.05.2025 № 61-о |
РАБОЧАЯ ПРОГРАММА
пришкольного оздоровительного лагеря
«Солнечная поляна»
(возраст участников 7 – 13 лет, срок реализации – с 2 по 23 июня 2025 года
(18 рабочих дней)
Составитель:
Орлова Дарья Викторовна, учитель начальных классов
с. Верхние Ключи 2025 г.
Пояснительная записка
Лагерь работает в здании школы и принимает детей из сёл поселения на время летних каникул.
Программа строится вокруг игры-путешествия по родному краю: каждый день смены посвящён \
одной из его страниц.
"""

TXT_641 = """| ПРИНЯТО Методическим советом протокол № 2 от 28.08.2024 | УТВЕРЖДАЮ Директор \
МАУ ДО «ДДТ» ______ Г.П. Круглова |

ПРОГРАММА ВОСПИТАНИЯ
НА 2024-2027 ГОДЫ
МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ
ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ «ДОМ ДЕТСКОГО ТВОРЧЕСТВА»

г. Светлогорье, 2024
Пояснительная записка
Дом детского творчества ведёт кружки художественного, технического и туристского профиля \
для детей города от пяти до семнадцати лет.
"""

TXT_642 = """ГЛАВА ГОРОДСКОГО ОКРУГА ПРИБРЕЖНЫЙ

ПОСТАНОВЛЕНИЕ
от 14 апреля 2016 г. N 318
ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ

"ШКОЛЬНОЕ ПИТАНИЕ В ГОРОДСКОМ ОКРУГЕ ПРИБРЕЖНЫЙ

НА 2016-2018 ГОДЫ"
Чтобы каждый школьник округа получал горячий завтрак и обед, постановляю:
1. Утвердить муниципальную программу "Школьное питание в городском округе Прибрежный на \
2016-2018 годы" (прилагается).
2. Контроль за исполнением постановления возложить на заместителя главы по социальным вопросам.
"""

TEXTS = {
    "640": ("640_verkhnie_klyuchi_school_camp_programme_2025.txt", TXT_640),
    "641": ("641_svetlogorye_ddt_upbringing_programme_2024.txt", TXT_641),
    "642": ("642_pribrezhny_school_meals_programme_2016.txt", TXT_642),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
