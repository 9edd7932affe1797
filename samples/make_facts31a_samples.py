"""Build the samples of the twenty-seventh real-document study's act headers (805_–809_).

Run: .venv/bin/python samples/make_facts31a_samples.py [names…]
Each document is our own (invented region, municipalities, bodies, people and wording) and
reproduces a layout feature of real documents:
- 805 (txt): a regional government's amending act as a site exports it — the subject printed
  clean as the page's heading, the act's own print with words glued where its lines broke
  ("ПравительстваЛесной области", "кодексаРоссийской", "от5 мая");
- 806 (txt): a city okrug's letterhead naming its region between the marker and the okrug's
  quoted name, the administration named by the city in the genitive under it;
- 807 (txt): a city committee's распоряжение printed without its body: the body shows only in
  the act's own earlier распоряжение it cites and in its control item;
- 808 (txt): a district assembly's decision whose operative sentence names the assembly short
  under a letterhead naming it with its district;
- 809 (txt): a school programme approved by the teachers' council's decision, its protocol's
  number and date set apart by runs of spaces.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_805 = """Постановление Правительства Лесной области от 14.03.2019 № 88-пп

О внесении изменений в постановление Правительства Лесной области от 2 мая 2014 года № 101-пп

ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 14 марта 2019 г. № 88-пп

г. Лесногорск

О внесении изменений
в постановление ПравительстваЛесной области
от 2 мая 2014 года № 101-пп

В соответствии со статьей 179 Бюджетного кодексаРоссийской Федерации, УставомЛесной области, Порядком разработки государственных программ, утвержденным постановлением ПравительстваЛесной области от5 мая 2012 года № 12-пп, Правительство Лесной области постановляет:
1. Утвердить прилагаемые изменения, которые вносятся в государственную программу Лесной области «Развитие образования».
2. Настоящее постановление вступает в силу со дня его официального опубликования.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_806 = """ГОРОДСКОЙ ОКРУГ ЛЕСНОЙ ОБЛАСТИ "ЛУГОВСК"

АДМИНИСТРАЦИЯ ЛУГОВСКА

ПОСТАНОВЛЕНИЕ
от 3 июля 2022 г. № 410-па

О СОЗДАНИИ КОМИССИИ ПО ПРИЕМКЕ МУНИЦИПАЛЬНЫХ ШКОЛ К НОВОМУ УЧЕБНОМУ ГОДУ

В целях подготовки муниципальных школ к новому учебному году постановляет:
1. Создать комиссию по приемке муниципальных школ к новому учебному году.
2. Комиссии провести проверку школ до 15 августа 2022 года.
"""

TXT_807 = """Распоряжение от 11.05.2012 г № 512-Р

Об утверждении положения о городском конкурсе школьных музеев

В целях развития школьных музеев и в соответствии с планом, утвержденным распоряжением Комитета по культуре от 20.01.2012 N 41-р:
1. Утвердить положение о городском конкурсе школьных музеев.
2. Рекомендовать администрациям районов провести районные этапы конкурса.
3. Контроль за выполнением распоряжения возложить на заместителя председателя Комитета Орлова П.С.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_808 = """ЗЕМСКОЕ СОБРАНИЕ ЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА

РЕШЕНИЕ

от 12 марта 2011 г. N 210

О МУНИЦИПАЛЬНОЙ ПРОГРАММЕ «ЛЕТНИЙ ОТДЫХ ДЕТЕЙ» НА 2011-2013 ГОДЫ

Рассмотрев проект программы, Земское Собрание решает:
1. Утвердить прилагаемую муниципальную программу «Летний отдых детей» на 2011-2013 годы.
2. Решение вступает в силу со дня его опубликования.
"""

TXT_809 = """Муниципальное бюджетное общеобразовательное учреждение
«Лесная средняя общеобразовательная школа № 4»

УТВЕРЖДЕНО
Решение педагогического совета школы (протокол №  3   от 30.08.2021)

ПРОГРАММА РАЗВИТИЯ
на 2021-2025 годы

Пояснительная записка
Программа описывает, как школа обновит кабинеты, откроет кружки робототехники и подготовит учителей к новым стандартам.
"""  # noqa: E501 (document lines are as long as the document has them)

TEXTS = {
    "805": ("805_lesnaya_government_glued_amending_act_2019.txt", TXT_805),
    "806": ("806_lugovsk_okrug_letterhead_commission_act_2022.txt", TXT_806),
    "807": ("807_city_committee_bare_order_2012.txt", TXT_807),
    "808": ("808_lesnoy_zemskoe_sobranie_summer_programme_2011.txt", TXT_808),
    "809": ("809_lesnaya_school4_council_approved_programme_2021.txt", TXT_809),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
