"""Places as documents print them (task places3): an okrug named after its city, a closed
town's adjective name, a national district, a city's own district before the marked city, a
city named with a connector printed with broken hyphens."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


@pytest.mark.parametrize(("texts", "municipality"), [
    # a name printed after "городской округ" is its city's, alone; printed before, the marker
    # stays; both in one document are one place, the marked form
    (["Начальная школа № 7 городского округа Заречный"], "Заречный"),
    (['Администрация городского округа "Заречный"'], "Заречный"),
    (["Управление образования Заречного городского округа"], "Заречный городской округ"),
    (["городского округа Кедровский", "Кедровского городского округа"],
     "Кедровский городской округ"),
    # a closed town's adjective name agrees with its town, not with "образование"
    (["Администрация городского округа ЗАТО Лесной"], "Лесной"),
    (["ЗАТО Звёздный"], "Звёздный"),
    # a national district: the place's and the nation's adjectives are both its name
    (["Администрация Кедровского немецкого национального района"],
     "Кедровский немецкий национальный район"),
    (["Кедровский немецкий национальный район Лесногорской области"],
     "Кедровский немецкий национальный район"),
    # a city's own district before the marked city: the city is the municipality
    (["Управление образования администрации Ленинского района города Заречнска"],
     "Заречнск"),
    (["МБОУ СОШ № 5 Кировского района г. Кедровска"], "Кедровск"),
    # … but not a district named after the city (its seat) nor one named a municipal district
    (["Администрация Лесновского района г. Лесного"], "Лесновский район"),
    (["Администрация Ольховского муниципального района г. Кедровска"], "Ольховский район"),
    # a city named with a connector, its hyphens broken or spaced
    (["МБОУ СОШ № 3 г. Сосновска-\nна-Амуре"], "Сосновск-на-Амуре"),
    (["МБОУ СОШ № 3 г. Сосновска – на – Амуре"], "Сосновск-на-Амуре"),
    (["МБОУ СОШ № 3 г. Сосновска на Амуре"], "Сосновск-на-Амуре"),
])
def test_document_municipality_forms(texts: list[str], municipality: str,
                                     lem: Lemmatizer) -> None:
    assert find_place(texts, lem, settlements=False).municipality == municipality


@pytest.mark.parametrize(("text", "region"), [
    ("Лесногорская автономная область, г. Кедровск", "Лесногорская автономная область"),
    ("РЕСПУБЛИКА ЛЕСНОГОРИЯ", "Республика Лесногория"),
])
def test_regions_as_printed(text: str, region: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem, ner=False).region == region
