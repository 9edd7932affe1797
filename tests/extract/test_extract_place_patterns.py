"""The place phrases of an institution's name (invented names): a settlement-level formation or
district is named by its adjective before the marker — a patron's surname before "сельского
поселения" ("школа имени А.И. Кедрова сельского поселения п. Ольховка Заречного района") is no
formation's name, the district named after it is the place; a form's year written with blanks
("ЗА 20_24_ г.") is no town's mark."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.place_phrase import municipality_of
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place


@pytest.mark.parametrize(("text", "place"), [
    ("Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа имени Героя России А.И. Кедрова сельского поселения п. Ольховка Заречного "
     "муниципального района Лесного края", "Заречный район"),
    ("МКОУ «Средняя школа № 2 городского поселения Ольховка» Кедровского муниципального района",
     "Кедровский район"),
    # a formation named by its adjective stays the place
    ("Сельская библиотека Лугового сельского поселения Заречного района",
     "Луговое сельское поселение"),
    ("Управление образования Ольховского городского округа", "Ольховский городской округ"),
])
def test_formation_named_by_adjective(ctx: Ctx, text: str, place: str) -> None:
    phrase = municipality_of(ctx, text)  # as written; the normaliser gives its canonical name
    assert phrase and find_place([phrase], get_lemmatizer(), ner=False).municipality == place


@pytest.mark.parametrize(("text", "place"), [
    ("ОТЧЁТ ЗА 20_24_ г. Дата и номер соглашения", None),
    ("за 20__ г. Подпись руководителя", None),
    ("МБДОУ детский сад «Берёзка» г. Ольховска", "г. Ольховска"),
])
def test_year_with_blanks_is_no_town(ctx: Ctx, text: str, place: str | None) -> None:
    assert municipality_of(ctx, text) == place


@pytest.mark.parametrize(("text", "place"), [
    # a site's title: the spaced dash sets the formation's name apart, no city's second part
    ("Постановления Администрации города Заречного - Муниципальное образование Город Заречный",
     "города Заречного"),
    ("Администрация города Лесного - Официальный сайт", "города Лесного"),
    ("Управление образования г.Улан - Удэ", "г.Улан-Удэ"),  # one name spaced at its hyphen
])
def test_spaced_dash_before_a_formation(ctx: Ctx, text: str, place: str) -> None:
    assert municipality_of(ctx, text) == place
