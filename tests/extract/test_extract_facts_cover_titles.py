"""An institution's document's title as its cover prints it: a cover's heading split over
lines is joined up to its years, the owner included, and wins over a site's shorter card; a
title ends where a table's caption and header cells, a motto field, a month's heading or the
owner's short name start; a title's closing "г." under its last year is kept — written again
with invented schools and kindergartens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import txt_doc

_BODY = ("Настоящий отчет составлен по итогам самообследования, проведенного комиссией "
         "учреждения в соответствии с порядком, утвержденным приказом министерства.")

# a site's card with the year over a cover whose heading names the owner in full, then the
# owner's short name and the settlement under it
_CARD_YEARS_COVER_OWNER = f"""Отчет о результатах самообследования за 2024 год

Муниципальное казённое общеобразовательное учреждение «Средняя общеобразовательная школа
№ 2 с.п. Лесное» Кедрового муниципального района

УТВЕРЖДЕНО
приказом № 12/П от 20.03.2025
Директор МКОУ СОШ № 2 с.п. Лесное
_________ А.Б. Петрова

Отчет о результатах самообследования
муниципального казённого общеобразовательного учреждения «Средняя
общеобразовательная школа № 2 сельского поселения Лесное» Кедрового
муниципального района Заречной области
МКОУ СОШ № 2 с.п. Лесное

с.п. Лесное

{_BODY}
"""

# a card in capitals naming the self-examination over the cover's "ОТЧЁТ" heading
_CAPITALS_CARD = f"""САМООБСЛЕДОВАНИЕ МДОУ ДС 7 КМО за 2024 год

Кедровское муниципальное образование

ОТЧЁТ
о результатах самообследования
Муниципального дошкольного образовательного учреждения
детского сада № 7 Кедровского муниципального образования
за 2024 год

I. АНАЛИТИЧЕСКАЯ ЧАСТЬ
{_BODY}
"""

# a scan's OCR: specks between the heading's lines, its years behind a bullet
_OCR_COVER = f"""Отчет о самообследовании Березка

Муниципальное бюджетное дошкольное образовательное учреждение

Утверждено приказом № 7 от 21.03.2025

ОТЧЕТ
о результатах самообследования

tt

МБДОУ «Сосновский детский сад «Березка»

по показателям деятельности

дошкольной образовательной организации

• за 2024 год

с. Сосновка
2025 г.

{_BODY}
"""


@pytest.mark.parametrize(("text", "title"), [
    (_CARD_YEARS_COVER_OWNER,
     "Отчет о результатах самообследования муниципального казённого общеобразовательного "
     "учреждения «Средняя общеобразовательная школа № 2 сельского поселения Лесное» Кедрового "
     "муниципального района Заречной области"),
    (_CAPITALS_CARD,
     "ОТЧЁТ о результатах самообследования Муниципального дошкольного образовательного "
     "учреждения детского сада № 7 Кедровского муниципального образования за 2024 год"),
    (_OCR_COVER,
     "ОТЧЕТ о результатах самообследования МБДОУ «Сосновский детский сад «Березка» по "
     "показателям деятельности дошкольной образовательной организации за 2024 год"),
])
def test_cover_heading_wins_over_card(tools: ExtractTools, tmp_path: Path, text: str,
                                      title: str) -> None:
    found = extract(txt_doc(tmp_path, text), Found(), tools)
    assert found.document.title == title
    assert "header.title:own_heading_under_card" in found.trace


_PLAN_TABLE_CAPTION = """УТВЕРЖДАЮ
Директор МОУ «СОШ № 4 г. Лесной»
Приказ № 310-ос от 01.09.2025

ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ
уровень среднего общего образования
Кружки дополнительного образования
Название кружка
Класс
Часов в неделю
Шахматная гостиная
"""

_PLAN_YEAR_WORD = """Утверждаю:
Директор школы: В.Г. Смирнов
Приказ №21 от 10.01.2025 г.
ПЛАН
проведения месячника
военно-патриотической работы
в МБОУ «Кедровская СОШ»
Лесного района Заречной области
с 20 января по 23 февраля 2025
г.
№ |
Наименование мероприятий |
Срок |
Ответственные |
||
1. |
Открытие месячника |
20.01.2025 |
Администрация школы |
||
"""

_PLAN_MOTTO = """ПЛАН мероприятий Месячника военно-патриотического воспитания
МБОУ ООШ № 3 хутора Ясный
20.01.2025г.- 21.02.2025г.
Девиз: «Служу Отечеству!»
| № п/п | Наименование мероприятий | Дата проведения | Ответственный |
| 1. | Открытие месячника | 20.01.25 | Директор |
"""

_PLAN_MONTH = """План мероприятий "МБУ ДО "ЦДТ" на 2025-2026 учебный год, которые пройдут в Центре
Сентябрь
"Здравствуй, Центр!" открытие учебного года
Октябрь
"Осенний бал" праздник
"""

_PROGRAMME_OWNER_NOUN = """ЦЕЛЕВАЯ
ПРОГРАММА РАЗВИТИЯ

Гимназии № 2 г. Лесного
на 2025 – 2030 годы

СОДЕРЖАНИЕ
1. Паспорт программы ........ 3
"""

_PLAN_DISTRICT = """Утверждаю
Директор МОУ «Сосновская ООШ №4»
Приказ №15 от 02.03.2025
План-график
введения обновлённого федерального образовательного стандарта
в муниципальном общеобразовательном учреждении
«Сосновская ООШ №4»
Кедрового района Заречной области
| № п/п | Мероприятия | Сроки | Ответственные |
| 1. | Изучение документов | Март 2025 г. | Директор |
"""

_POST_META = """Публичный отчёт директора 2024-2025
Администрация, 01 Сентябрь 2025, изменено: 02 Сентябрь 2025
Публичный отчет 2025
1. Общая характеристика общеобразовательного учреждения
"""


@pytest.mark.parametrize(("text", "title"), [
    # a table's caption and header cells run into the title's block
    (_PLAN_TABLE_CAPTION, "ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ ШКОЛЫ уровень среднего общего образования"),
    # the year's word alone on the line under the title's last date, over a table
    (_PLAN_YEAR_WORD,
     "ПЛАН проведения месячника военно-патриотической работы в МБОУ «Кедровская СОШ» Лесного "
     "района Заречной области с 20 января по 23 февраля 2025 г."),
    # a motto printed as a field under the title
    (_PLAN_MOTTO,
     "ПЛАН мероприятий Месячника военно-патриотического воспитания МБОУ ООШ № 3 хутора Ясный "
     "20.01.2025г.- 21.02.2025г."),
    # a calendar plan's first month under a title whose straight quotes stay open
    (_PLAN_MONTH,
     'План мероприятий "МБУ ДО "ЦДТ" на 2025-2026 учебный год, которые пройдут в Центре'),
    # a bare heading in capitals going on in its owner's type word and the years
    (_PROGRAMME_OWNER_NOUN, "ЦЕЛЕВАЯ ПРОГРАММА РАЗВИТИЯ Гимназии № 2 г. Лесного на 2025 – 2030 "
                            "годы"),
    # the owner's district and region, the paragraph's last line under its quoted name
    (_PLAN_DISTRICT,
     "План-график введения обновлённого федерального образовательного стандарта в "
     "муниципальном общеобразовательном учреждении «Сосновская ООШ №4» Кедрового района "
     "Заречной области"),
    # a site's post title and its author and dates line over the article's own heading
    (_POST_META, "Публичный отчет 2025"),
])
def test_title_ends_where_its_words_do(tools: ExtractTools, tmp_path: Path, text: str,
                                       title: str) -> None:
    found = extract(txt_doc(tmp_path, text), Found(), tools)
    assert found.document.title == title
