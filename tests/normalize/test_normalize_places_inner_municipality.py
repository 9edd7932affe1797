"""A federal city's inner municipality ("внутригородское муниципальное образование … муниципальный
округ …", "МО «…»", "МО МО …") is the municipality and the federal city its region (CONTRACT
`municipality`, `region`). Invented names and wording."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place, mentions


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality, region)
INNER = [
    # a quoted name with the federal city after it: the city is the region, no word of the name
    (["Местная администрация МО «Заречный» Санкт-Петербурга"], "Заречный", "Санкт-Петербург"),
    (["МЕСТНАЯ АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ЗАРЕЧНЫЙ» САНКТ-ПЕТЕРБУРГА"],
     "Заречный", "Санкт-Петербург"),
    (["Местная администрация муниципального образования «Ольховка» Санкт-Петербурга"],
     "Ольховка", "Санкт-Петербург"),
    # an unquoted adjective name after МО is in apposition: its own gender, not "образование"'s
    (["Местная администрация МО Заречный"], "Заречный", None),
    (["Совет депутатов муниципального образования Кедровое"], "Кедровое", None),
    # "МО МО …": муниципальное образование муниципальный округ
    (["МА МО МО Сосновый"], "Сосновый муниципальный округ", None),
    (["Местная администрация МО МО Кленовый Санкт-Петербурга"], "Кленовый муниципальный округ",
     "Санкт-Петербург"),
    (["ВМО СПб МО Ольховка"], "Ольховка", "Санкт-Петербург"),
    # the official form, spelled out
    (["Местная администрация внутригородского муниципального образования города федерального "
      "значения Санкт-Петербурга муниципальный округ Сосновый"],
     "Сосновый муниципальный округ", "Санкт-Петербург"),
    (["Администрация внутригородского муниципального образования города Севастополя "
      "муниципального округа Луговой"], "Луговой муниципальный округ", "Севастополь"),
    # a declined adjective after the container agrees with it and stays so
    (["администрации муниципального образования Заречного района"], "Заречный район", None),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), INNER)
def test_inner_municipality(lem: Lemmatizer, texts: list[str], municipality: str | None,
                            region: str | None) -> None:
    got = find_place(texts, lem, ner=False)
    assert (got.municipality, got.region) == (municipality, region)


# (texts, municipality, region): an inner formation named as a settlement is the formation, its
# settlement's word kept (a village alone is still no municipality); an okrug's adjective name
# after its marker keeps the marker though a town is called so too, and one place written both
# ways ("МО «Лесной»", "муниципальный округ Лесной") is the marked form
NAMED_AS_SETTLEMENT = [
    (["Местная администрация МО поселок Сосновый"], "посёлок Сосновый", None),
    (["Местная администрация внутригородского муниципального образования Санкт-Петербурга "
      "поселок Кленовый"], "посёлок Кленовый", "Санкт-Петербург"),
    (["Совет внутригородского муниципального образования города федерального значения "
      "Санкт-Петербурга поселок Луговой"], "посёлок Луговой", "Санкт-Петербург"),
    (["Приказ", "п. Сосновый"], None, None),
    (["муниципального образования город Ольховск"], "Ольховск", None),
    (["Администрация МО «Лесной»", "План развития образования в муниципальном округе Лесной",
      "Глава МО «Лесной»"], "Лесной муниципальный округ", None),
    (["администрации муниципального округа Лесной"], "Лесной муниципальный округ", None),
    (["администрации муниципального округа город Лесной"], "Лесной", None),
    (["городского округа Лесной"], "Лесной", None),
]


@pytest.mark.parametrize(("texts", "municipality", "region"), NAMED_AS_SETTLEMENT)
def test_named_as_settlement(lem: Lemmatizer, texts: list[str], municipality: str | None,
                             region: str | None) -> None:
    got = find_place(texts, lem, ner=False, settlements=False)
    assert (got.municipality, got.region) == (municipality, region)


@pytest.mark.parametrize(("text", "name"), [
    ("школа поселка Луговое", "посёлок Луговое"),  # printed in the nominative: its own gender
    ("в пос. Солнечное", "посёлок Солнечное"),
    ("Администрация МО поселок Луговое", "посёлок Луговое"),
    ("МБОУ СОШ поселка Лугового", "посёлок Луговой"),  # declined: agrees with "посёлок"
    ("администрация посёлка Заречный", "посёлок Заречный"),
    ("станица Луговая", "станица Луговая"),
])
def test_a_settlement_named_in_the_nominative_keeps_its_name(lem: Lemmatizer, text: str,
                                                            name: str) -> None:
    assert [m.name for m in mentions(text, lem)] == [name]
