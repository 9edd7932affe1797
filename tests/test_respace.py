"""Letter-spaced words and split years joined where extract first sees text (extract/respace.py),
and a task report's date cell read into its heading (extract/facts/title_form_blanks.py)."""

from __future__ import annotations

import pytest

from extract.facts.title_form_blanks import without_split_date
from extract.facts.vocab import facts_vocab
from extract.respace import respace_text
from normalize.lemmas import get_lemmatizer


@pytest.mark.parametrize(("text", "expected"), [
    ("П Л А Н", "ПЛАН"),
    ("О Т Ч Е Т", "ОТЧЕТ"),
    ("П Р И К А З", "ПРИКАЗ"),
    # a pair of letters kept together, two words in one run
    ("Д О Р О Ж Н А Я КА Р Т А", "ДОРОЖНАЯ КАРТА"),
    ("М У Н И Ц И П А Л Ь Н О Е ЗА Д А Н И Е", "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ"),
    ("О Т Ч Е Т О В Ы П О Л Н Е Н И И", "ОТЧЕТ О ВЫПОЛНЕНИИ"),
    ("П Л А Н  М Е Р О П Р И Я Т И Й по профилактике", "ПЛАН  МЕРОПРИЯТИЙ по профилактике"),
    # years a form's cells split, in a year's context only
    ("на 20 25 год и на плановый период 20 26 и 20 27 годов",
     "на 2025 год и на плановый период 2026 и 2027 годов"),
    ("НА 20 25 ГОД", "НА 2025 ГОД"),
    ("« 15 » марта 20 25 г.", "« 15 » марта 2025 г."),
    # not words: initials, a class list, abbreviations spelled with spaces, plain numbers
    ("Ответственный: Зуева К. Л. и В. Н. Сомов", "Ответственный: Зуева К. Л. и В. Н. Сомов"),
    ("соревнования 3 А Б В классов", "соревнования 3 А Б В классов"),
    ("М Б О У С О Ш", "М Б О У С О Ш"),
    ("сдача норм Г Т О", "сдача норм Г Т О"),
    ("увеличить охват на 20 30 человек", "увеличить охват на 20 30 человек"),
    ("за 20 22 учащихся", "за 20 22 учащихся"),
    ("И НА ЗА", "И НА ЗА"),
])
def test_respace_text(text: str, expected: str) -> None:
    assert respace_text(text, get_lemmatizer().is_known) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("ОТЧЕТ от « 4 » о выполнении муниципального задания за 2024 год февраля 2025 года",
     "ОТЧЕТ о выполнении муниципального задания за 2024 год"),
    ("Отчет от «17» об исполнении муниципального задания за 1 квартал 2025 года апреля 2025 г.",
     "Отчет об исполнении муниципального задания за 1 квартал 2025 года"),
    # a date after the heading alone is the form's date, cut elsewhere; no day after the word
    ("ОТЧЕТ о выполнении муниципального задания за 2024 год",
     "ОТЧЕТ о выполнении муниципального задания за 2024 год"),
    ("Отчет о работе библиотеки за 2024 год", "Отчет о работе библиотеки за 2024 год"),
])
def test_without_split_date(title: str, expected: str) -> None:
    assert without_split_date(facts_vocab(), title) == expected
