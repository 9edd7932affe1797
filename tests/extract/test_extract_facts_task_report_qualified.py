"""Task report forms whose head OCR broke, with the report's kind before its word
("ПРЕДВАРИТЕЛЬНЫЙ ОТЧЕТ …"), a task number the form left blank or whose digits stand apart, and
a heading reporting "за" the year with its planning years set off by a comma — written again
with invented bodies and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools, lines_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


_PRELIMINARY = """П РЕД ВА РИТ ЕЛЬН Ы Й О Т Ч ЕТ О ВЫ ПОЛ НЕН ИИ М У Н И Ц ИП АЛ ЬН О ГО ЗАДАНИЯ №
на 2025 год и плановый период 2026 и 2027 годов
от " 03 " ДЕКА БРЯ
Коды
Наименование муниципального учреждения Лесного района
М униципальное бю дж етное учреж дение "Лесная ш кола"
"""

_QUARTERLY = """К ВА РТ АЛ ЬН Ы Й О Т Ч ЕТ О ВЫ ПОЛ НЕН ИИ
М УН И Ц И П А ЛЬН О ГО ЗАДАНИЯ № 7
на 20 24 год и на плановый период 20 25 и 20 26 годов
Наименование муниципального учреждения
"""

# the number's digits on lines of their own, apart ("2" / "|" / "1"): which number is unknown
_SCATTERED = """О Т Ч Е Т О В Ы П О Л Н Е Н И И
М У Н И Ц И П А Л Ь Н О Г О З А Д А Н И Я №
н а 20 23
3
|
1
. г о д и н а п л а н о в ы й п е р и о д 20 24 и 20 25 г о д о в
о т " 02 " _____ м а р т а
Наименование муниципального учреждения
"""


@pytest.mark.parametrize(("text", "title", "years"), [
    (_PRELIMINARY, "ПРЕДВАРИТЕЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № на 2025 год и "
     "плановый период 2026 и 2027 годов", (2025, 2027)),
    (_QUARTERLY, "КВАРТАЛЬНЫЙ ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 7 на 2024 год и на "
     "плановый период 2025 и 2026 годов", (2024, 2026)),
    (_SCATTERED, "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № на 2023 год и на плановый период "
     "2024 и 2025 годов", (2023, 2025)),
])
def test_broken_head_makes_a_report(tools: ExtractTools, text: str, title: str,
                                    years: tuple[int, int]) -> None:
    got = extract(lines_doc(text), Found(), tools)
    d = got.document
    assert (d.kind, d.title) == ("report", title)
    assert "header.kind:task_report_head" in got.trace
    period = parse_period(d.period_text or "")
    assert period is not None and (period.start_year, period.end_year) == years


@pytest.mark.parametrize(("heading", "years"), [
    ("ОТЧЕТ О ВЫПОЛНЕНИИ\nМУНИЦИПАЛЬНОГО ЗАДАНИЯ №4\nза 2025 год и на плановый период "
     "2026,2027 г.", (2025, 2027)),
    ("ОТЧЕТ О ВЫПОЛНЕНИИ\nМУНИЦИПАЛЬНОГО ЗАДАНИЯ №4\nна 2025 год и на плановый период "
     "2026, 2027 гг.", (2025, 2027)),
])
def test_report_on_the_year_keeps_the_planning_years(tools: ExtractTools, heading: str,
                                                      years: tuple[int, int]) -> None:
    d = extract(lines_doc(heading + "\nот \"12\"января 2026г.\n"), Found(), tools).document
    period = parse_period(d.period_text or "")
    assert period is not None and (period.start_year, period.end_year) == years


@pytest.mark.parametrize(("text", "expected"), [
    ('М униципальное дош кольное учреж дение "Д етский сад № 4"',
     'Муниципальное дошкольное учреждение "Детский сад № 4"'),
    ("Д етский дом", "Детский дом"),
])
def test_rejoin_keeps_short_nouns_of_names(tools: ExtractTools, text: str, expected: str) -> None:
    from extract.facts.ocr_words import rejoin
    from extract.facts.vocab import facts_vocab
    assert rejoin(text, tools.is_known, facts_vocab().spaced_short_words) == expected
