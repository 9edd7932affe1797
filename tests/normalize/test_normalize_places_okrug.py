"""A district turned into an okrug keeps its name in addresses ("Ольховский район, г.
Ольховка") while the founder names the municipal formation ("Ольховского городского
округа"): the okrug is the municipality; two districts of other names stay apart. Invented
places and wording (facts49a)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (texts, municipality)
OKRUGS = [
    (["Отчет о самообследовании детского сада № 5",
      "Адрес: 612000 Луговская область, Ольховский район, г. Ольховка, ул. Садовая, 8.",
      "Адрес: Луговская область, Ольховский район, г. Ольховка, ул. Лесная, 2.",
      "Учредитель: Управление образования Администрации Ольховского городского округа."],
     "Ольховский городской округ"),
    (["План работы школы", "Адрес: Кедровский район, с. Берёзовка",
      "Учредитель: администрация Кедровского муниципального округа"],
     "Кедровский муниципальный округ"),
    # another okrug's name leaves the district as it is
    (["План работы школы Ольховского района", "Ольховского района",
      "по соглашению с Кедровским городским округом"],
     "Ольховский район"),
]


@pytest.mark.parametrize(("texts", "municipality"), OKRUGS)
def test_district_of_okrug(lem: Lemmatizer, texts: list[str], municipality: str) -> None:
    assert find_place(texts, lem, ner=False).municipality == municipality
