"""A federal city's inner municipality ("внутригородское муниципальное образование … муниципальный
округ …", "МО «…»", "МО МО …") is the municipality and the federal city its region (CONTRACT
`municipality`, `region`). Invented names and wording."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


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
