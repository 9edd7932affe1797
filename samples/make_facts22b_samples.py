"""Build the samples of the eighteenth study's school documents (680_, 681_): title pages of a
camp programme and of a development programme.

Run: .venv/bin/python samples/make_facts22b_samples.py [names…]
Each document is our own (invented town, school, people and wording) and reproduces a layout
feature of such documents:
- 680 (txt): a camp programme under the school's letterhead whose third line is its town and
  region ("г. … … области", no part of the name); the grif's signature line is a run of
  ellipsis characters and dots glued to the name; the heading's last line is followed by the
  shift's dates with the second date glued to "по"; the goal stands under "Цель работы
  лагеря:" and the tasks under "Задачи:" are paragraphs opening with an infinitive, no marks:
  the letterhead's name is the issuer, the heading is the title, the shift's year the period.
- 681 (txt): a development programme whose grif is "УТВЕРЖДЕНО / приказом директора школы"
  (a common noun, no body), its heading in capitals naming the school's full legal name, and
  a two-word town printed alone over the year at the page's foot; the goal under "Цель работы
  ШМО:": the school of the heading is the issuer, the town the municipality.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_680 = """Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа № 4»
г. Кедровск Лесной области
Утверждаю
Директор МБОУ СОШ № 4
……..И.П.Соснина
«___»____________
ПРОГРАММА
летнего
лагеря дневного пребывания «Радуга»

смена с 02.06.2025г. по27.06.2025г
возраст детей 7-12 лет

Пояснительная записка
Летом у школьников много свободного времени, и лагерь помогает провести его с пользой.

Цель работы лагеря:
Организовать отдых и оздоровление детей в летний период.
Задачи:
Укрепить здоровье детей через прогулки и подвижные игры.
Развить у детей интерес к природе родного края.
Содержание программы
Дети ходят на экскурсии, играют и готовят праздник закрытия смены.
"""

TXT_681 = """СОГЛАСОВАНО
Советом школы
Протокол № 2 от 25.05.2024
УТВЕРЖДЕНО
приказом директора школы
от 27.05.2024 № 41-О

ПРОГРАММА РАЗВИТИЯ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО
ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 3»
на 2024-2028 годы

Верхний Заозёрск
2024

Пояснительная записка
Программа развития определяет, как школа будет меняться в ближайшие пять лет.
Цель работы ШМО:
Повысить качество обучения за счёт обновления методов работы учителей.
"""

TEXTS = {
    "680": ("680_kedrovsk_school_camp_shift_programme_2025.txt", TXT_680),
    "681": ("681_verkhny_zaozyorsk_school_programme_2024.txt", TXT_681),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
