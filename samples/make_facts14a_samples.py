"""Build the samples of acts of the twelfth real-document study (560_–562_).

Run: .venv/bin/python samples/make_facts14a_samples.py [names…]
Each document is our own (invented municipalities, bodies and wording) and reproduces a layout
feature of real documents:
- 560 (txt): an appendix page of a programme: the appendix line naming the page's own act
  ("Приложение к Постановлению от … г № …-АДМ Программа"), the programme's name with
  "паспорт программы" run on, then a box-drawn passport whose row lists the laws the
  programme rests on, each with its number, date and quoted name;
- 561 (txt): a rural settlement's act under a site's heading that names no body
  ("Постановление №7 от …"), the letterhead in capitals and the genitive, the settlement's
  name set apart by a run of spaces, a second language's lines, the act approving a procedure
  about municipal programmes;
- 562 (txt): a region's act of changes: the letterhead in three languages, the date and
  number in a row of cells, and the approved changes' heading printed over six lines.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_560 = """Приложение к Постановлению от 14.11.2014 г № 2231-АДМ Программа

Муниципальная программа охраны здоровья школьников Ольховского района на 2015 — 2017 годы паспорт программы


┌──────────────┬──────────────────────────────────────────────────────────┐
│Наименование  │муниципальная  программа  охраны   здоровья   школьников│
│Программы     │Ольховского района на  2015  -  2017  годы  (далее    -│
│              │Программа)                                                │
├──────────────┼──────────────────────────────────────────────────────────┤
│Решение      о│- Бюджетный кодекс  Российской Федерации;                  │
│разработке    │- Федеральный закон  от  3  марта  2001  года  N  45-ФЗ "О│
│Программы     │школьном питании";                                        │
│              │- Федеральный закон  от  9  мая  2004  года  N  77-ФЗ  "Об│
│              │охране детства";                                          │
└──────────────┴──────────────────────────────────────────────────────────┘
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_561 = """Постановление №7 от 11.02.2022г.

\xa0

ПОСТАНОВЛЕНИЕ

АДМИНИСТРАЦИИ

ХОЛМИНСКОГО                     СЕЛЬСКОГО МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ

РЕСПУБЛИКИ КАЛМЫКИЯ

\xa0

ХОЛМИН СЕЛӘНА АДМИНИСТРАЦИН

ТОГТАВР

\xa0

«11» февраля 2022 года                       № 7                             п. Холмы

\xa0

Об утверждении Порядка разработки

муниципальных программ и оценки

их эффективности

\xa0

В соответствии со статьёй 179 Бюджетного кодекса Российской Федерации, руководствуясь Уставом Холминского сельского муниципального образования Республики Калмыкия

постановляю:

  1. Утвердить Порядок разработки муниципальных программ Холминского сельского муниципального образования и оценки их эффективности.
  2. Настоящее постановление вступает в силу со дня его обнародования.
"""  # noqa: E501

TXT_562 = """ПОСТАНОВЛЕНИЕ
ПРАВИТЕЛЬСТВА ЛУГОВСКОЙ ОБЛАСТИ
ЛУГОВАЙ РЕСПУБЛИКАН ПРАВИТЕЛЬСТВОН
ТОГТАВРИН
ЛУГОВАЙ РЕСПУБЛИКАНЫ ПРАВИТЕЛЬСТВОСУ
БЕГИМИН
3 ноября 2019 г. | N 412-ПП |
г. Лугов
О внесении изменений в постановление
Правительства Луговской области
от 5 мая 2016 г. N 77-ПП
Правительство Луговской области постановляет:
Утвердить прилагаемые изменения, которые вносятся в постановление Правительства Луговской области от 5 мая 2016 г. N 77-ПП "Об утверждении государственной программы Луговской области "Чистые дворы".
Председатель Правительства Луговской области | П.Соснин |
УТВЕРЖДЕНЫ
постановлением Правительства
Луговской области
от 3 ноября 2019 г. N 412-ПП
ИЗМЕНЕНИЯ,
которые вносятся в постановление Правительства
Луговской области от 5 мая
"Об утверждении государственной программы
Луговской области
"Чистые дворы"
1. Пункт 3 изложить в такой редакции:
"3. Ответственный исполнитель программы - министерство строительства Луговской области".
"""  # noqa: E501

TEXTS = {
    "560": ("560_olkhovsky_school_health_passport_2014.txt", TXT_560),
    "561": ("561_kholminskoe_programmes_procedure_2022.txt", TXT_561),
    "562": ("562_lugovaya_clean_yards_changes_2019.txt", TXT_562),
}

BUILDERS: dict[str, Callable[[], None]] = {**text_builders(HERE, TEXTS)}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
