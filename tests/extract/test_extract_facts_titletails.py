"""What a title must not run on into: its table's header after the number caption, a form's
rule and caption inside it, a site card's clipped file label after its years
(extract/facts/title_tails.py)."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.title_text import clean_title
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

# (a title as the rules joined it, the title)
TAILS = [
    # a plan's heading with its table's header printed on its line
    ("ПЛАН мероприятий к Дню матери в Кедровской школе п/п Мероприятия Дата проведения "
     "Класс Ответственный", "ПЛАН мероприятий к Дню матери в Кедровской школе"),
    ("План работы библиотеки на 2024 год № Наименование мероприятия Сроки Ответственные",
     "План работы библиотеки на 2024 год"),
    ("План недели здоровья № п/п Содержание работы Срок исполнения",
     "План недели здоровья"),
    # a number after "№" is the title's; a word after it that names no column too
    ("План работы детского сада № 4 «Ёлочка» на 2023 год",
     "План работы детского сада № 4 «Ёлочка» на 2023 год"),
    ("План мероприятий лагеря № Сосновка на лето", "План мероприятий лагеря № Сосновка на лето"),
    # a form's rule and its caption inside a capitals heading: the words around are joined
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МБОУ «КЕДРОВАЯ ООШ» ---------------- (наименование "
     "образовательной организации) ЗА 2021 КАЛЕНДАРНЫЙ ГОД",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МБОУ «КЕДРОВАЯ ООШ» ЗА 2021 КАЛЕНДАРНЫЙ ГОД"),
    ("ОТЧЕТ О САМООБСЛЕДОВАНИИ МАДОУ ДЕТСКИЙ САД № 2 ______________ (полное наименование "
     "учреждения) ЗА 2022 ГОД", "ОТЧЕТ О САМООБСЛЕДОВАНИИ МАДОУ ДЕТСКИЙ САД № 2 ЗА 2022 ГОД"),
    # a bracket of the title's own words stays
    ("План работы (наставничество) на 2024 год", "План работы (наставничество) на 2024 год"),
    # a card's clipped file name and its number after the years
    ("Отчет о результатах самообследования за 2018 год самообсл 19",
     "Отчет о результатах самообследования за 2018 год"),
    ("Публичный доклад директора школы за 2022 год публ 3",
     "Публичный доклад директора школы за 2022 год"),
    # a whole word after the years is no clipped one
    ("Отчет о результатах самообследования за 2020 год отчет 2",
     "Отчет о результатах самообследования за 2020 год отчет 2"),
]


@pytest.mark.parametrize(("text", "title"), TAILS)
def test_title_ends_before_its_tail(tools: ExtractTools, text: str, title: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert clean_title(ctx, text) == title
