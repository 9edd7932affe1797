"""Build the samples of the fourteenth real-document study (595_–598_).

Run: .venv/bin/python samples/make_facts16_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools and wording) and reproduces
a layout feature of real documents:
- 595 (txt): a settlement site's act: the site's heading "ПОСТАНОВЛЕНИЕ от … № …" and its
  publication date over the form's letter-spaced "П О С Т А Н О В Л Е Н И Е", the body in the
  genitive under it ("АДМИНИСТРАЦИИ СЕЛЬСКОГО ПОСЕЛЕНИЯ / <X> СЕЛЬСОВЕТ / <Y> МУНИЦИПАЛЬНОГО
  РАЙОНА / <Z> ОБЛАСТИ РОССИЙСКОЙ ФЕДЕРАЦИИ");
- 596 (txt): a district's act whose letterhead a site printed in lower case and joined into one
  line with the country's name ("российская федерация администрация … района … края"), its
  subject line closed by a one-cell table's border (" |");
- 597 (docx): a school's programme passport opening with a contents page, the heading "Паспорт
  Программы развития" over a table whose first row is its column headings ("Наименование |
  Содержание"), the school's full name in a wrapped label row ending with the republic's
  abbreviation ("… муниципального района РСО-А");
- 598 (docx): a кожуун's act under a bilingual letterhead table (Russian | the republic's own
  language), the republic's name in capitals atop the Russian cell.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent

TXT_595 = """ПОСТАНОВЛЕНИЕ от 14.10.2024 № 61

Дата публикации: 18.10.2024г.

П О С Т А Н О В Л Е Н И Е

АДМИНИСТРАЦИИ СЕЛЬСКОГО ПОСЕЛЕНИЯ

ОЗЁРКИНСКИЙ СЕЛЬСОВЕТ

ТОПОЛЁВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА

ЛЕСНОВСКОЙ ОБЛАСТИ РОССИЙСКОЙ ФЕДЕРАЦИИ

14.10.2024 г. с. Озёрки №61

О внесении изменений в муниципальную программу «Благоустройство сельского поселения \
Озёркинский сельсовет Тополёвского муниципального района Лесновской области на 2018-2027 годы»

В связи с уточнением объемов финансирования администрация ПОСТАНОВЛЯЕТ:

1. Внести изменения в муниципальную программу согласно приложению.

2. Постановление вступает в силу со дня обнародования.

Глава администрации сельского поселения Озёркинский сельсовет А.В. Рябинин
"""

TXT_596 = """российская федерация администрация ракитинского района степногорского края

ПОСТАНОВЛЕНИЕ

05.11.2013г. р.п. Ракитино №812

Об утверждении муниципальной программы «Школьный автобус Ракитинского района» на период \
2014-2018 годы |

В целях обеспечения подвоза обучающихся к школам района в соответствии с программой \
Степногорского края «Сельская школа» ПОСТАНОВЛЯЮ:

1. Утвердить муниципальную программу «Школьный автобус Ракитинского района» на период \
2014-2018 годы.

2. Контроль за исполнением постановления возложить на комитет по образованию.
"""

TEXTS = {
    "595": ("595_ozyorki_selsovet_programme_amendment_2024.txt", TXT_595),
    "596": ("596_rakitino_school_bus_programme_2013.txt", TXT_596),
}

SCHOOL597 = ("Муниципальное бюджетное общеобразовательное учреждение средняя "
             "общеобразовательная школа с.Кизилдон Дарганского муниципального района РСО-А")


def build_597() -> None:
    doc = new_doc()
    paragraphs(doc, [
        ("Содержание", "center", True),
        ("1. Паспорт Программы развития .................... 3", None, False),
        ("2. Информационная справка о школе .................... 6", None, False),
        ("3. Дорожная карта реализации Программы .................... 12", None, False),
        ("Паспорт Программы развития", "center", True),
    ])
    add_table(doc, [
        ["Наименование", "Содержание"],
        ["Полное\nнаименование ОО", SCHOOL597],
        ["Цель Программы", "Создание в школе условий для успеха каждого ученика"],
        ["Задачи Программы", "- обновить учебные кабинеты;\n- повысить мастерство учителей"],
        ["Сроки реализации Программы", "2025-2029 годы"],
    ], widths=[5.0, 11.0])
    save_docx(doc, "597_kizildon_school_development_passport_2025.docx")


def build_598() -> None:
    doc = new_doc()
    add_table(doc, [["РЕСПУБЛИКА ТЫВА\nАДМИНИСТРАЦИЯ БАЙ-ТАЛСКОГО\nКОЖУУНА",
                     "ТЫВА РЕСПУБЛИКА\nБАЙ-ТАЛ КОЖУУН ЧАГЫРГАЗЫ"]], widths=[8.0, 8.0])
    paragraphs(doc, [
        ("ПОСТАНОВЛЕНИЕ", "center", True),
        ("от «7» декабря 2023 г № 401", "center", False),
        ("с. Бай-Тал", "center", False),
        ("Об утверждении муниципальной программы «Развитие дошкольного образования в "
         "Бай-Талском кожууне на 2024-2026 годы»", "center", True),
        ("В целях повышения доступности дошкольного образования администрация Бай-Талского "
         "кожууна ПОСТАНОВЛЯЕТ:", None, False),
        ("1. Утвердить прилагаемую муниципальную программу.", None, False),
        ("2. Контроль за исполнением постановления оставляю за собой.", None, False),
    ])
    save_docx(doc, "598_bai_tal_preschool_programme_2023.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, TEXTS), "597": build_597, "598": build_598}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
