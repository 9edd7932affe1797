"""Document facts of round 42b (written again with invented bodies and places): a region's
adjective glued to its noun by a site export, a title's clean copy differing only in spaces, an
item of the act's body citing another act, a head's order naming its body by the body's statute."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.lost_spaces import restore_noun_space, restore_spaces
from extract.facts.vocab import facts_vocab
from pipelines.run import process_file


@pytest.mark.parametrize(("text", "expected"), [
    ("Губернатор Луговскойобласти", "Губернатор Луговской области"),
    ("ПРАВИТЕЛЬСТВО ЛЕСНОЙОБЛАСТИ", "ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ"),
    ("администрация Кедровскогорайона", "администрация Кедровского района"),
    ("Министерство образования Озёрскогокрая", "Министерство образования Озёрского края"),
    ("Сосновскаяобласть", "Сосновская область"),
    # kept: words that only open with the noun's letters, and spaced names
    ("областной конкурс", "областной конкурс"),
    ("Луговский районный центр", "Луговский районный центр"),
    ("Лесной области", "Лесной области"),
    ("межрайонный краевой", "межрайонный краевой"),
])
def test_noun_glue(text: str, expected: str) -> None:
    assert restore_noun_space(facts_vocab(), text) == expected
    assert restore_spaces(facts_vocab(), text) == expected


_AMEND = (
    "Постановление Правительства Лесной области от 14.05.2021 № 212-пп\n\n"
    "О внесении изменений в постановление Правительства Лесной области от 15 марта 2019 года "
    "№ 98-пп\n\nПРАВИТЕЛЬСТВО ЛЕСНОЙОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 14 мая 2021 г.№ 212-пп\n\n"
    "О внесении изменений в постановление\nПравительстваЛесной области\n"
    "от 15марта 2019 года № 98-пп\n\n"
    "В целях уточнения мероприятий ПравительствоЛесной области постановляет:\n"
    "1. Утвердить прилагаемые изменения.\n\n"
    "Губернатор Леснойобласти                                   П.С. Зимин\n")

_REPEALS = (
    "Администрация Кедровского района постановляет:\n"
    "1. Утвердить муниципальную программу \"Развитие образования\" на 2020 - 2024 годы.\n"
    "2. Постановление администрации Кедровского района от 12 августа 2019 года N 311 "
    "\"Об утверждении паспорта программы\" признать утратившим силу.\n"
    "Глава администрации |\nН.К. Сомов |\n"
    "Утверждена\nпостановлением администрации\nКедровского района\n"
    "от 25 ноября 2019 г. N 402\nМуниципальная программа\n"
    "\"Развитие образования\" на 2020 - 2024 годы\n")

_STATUTE = (
    "В целях развития летних смен, руководствуясь Положением о министерстве образования "
    "Лесной области, утвержденным постановлением Правительства Лесной области от 10 февраля "
    "2010 года N 45-пп, приказываю:\n"
    "1. Утвердить ведомственную целевую программу \"Летние смены\" на 2015 - 2017 годы.\n"
    "Министр А.Н. Кольцов\n")


@pytest.mark.parametrize(("text", "field", "expected"), [
    # the heading's copy differs from the act's print by spaces alone ("от 15марта")
    (_AMEND, "title", "О внесении изменений в постановление Правительства Лесной области от "
     "15 марта 2019 года № 98-пп"),
    (_AMEND, "region", "Лесная область"),
    (_REPEALS, "order", ("402", "2019-11-25")),
    (_STATUTE, "issuer", "Министерство образования Лесной области"),
    # the statute of no body ("Положением о конкурсе"): no issuer from it
    (_STATUTE.replace("о министерстве образования Лесной области", "о летних сменах"),
     "issuer", None),
])
def test_document_fields(text: str, field: str, expected: object, tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    got = getattr(process_file(path).document, field)
    if field == "order":
        got = (got.number, got.date) if got else None
    assert got == expected


def test_glued_position(tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text(_AMEND, encoding="utf-8")
    signed = process_file(path).document.signatories
    assert [s.position for s in signed] == ["Губернатор Лесной области"]
