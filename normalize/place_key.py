"""A municipality's comparison key: one place written two ways gets one key.

A document naming only "г. Лесногорск" stores "Лесногорск", another naming the city district
stores "Лесногорский городской округ"; "Лесновский муниципальный район" and "Лесновский р-н"
are both "Лесновский район". The store groups its comparisons by this key (the printed names
stay as they are). It follows `places.same_place`: a city and the city district named by the
city's adjective are one place; a district (район) around a city is another ("г. Бийск",
"Бийский район"); two marked forms are two places.

The key is "<place>|<region>": the region folded, empty when unknown (the store's views join
a key of unknown region to the one region known for its place, if only one is).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normalize.lemmas import Lemmatizer
from normalize.place_join import compound, is_adjective, place_key_data

_CITY_DISTRICT = " городской округ"  # the marked form a bare city name joins
# the adjective of a city named "…ск"/"…цк" is the name + "ий" ("Лесногорск" → "лесногорский");
# "ской" is the older spelling ("Полевской")
_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской")
_CITY = "город "
SEPARATOR = "|"
_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-zА-ЯЁA-Z]*(?:-[а-яёa-zА-ЯЁA-Z]+)*")


def _fold(text: str) -> str:
    """Case, "ё" and spacing do not matter ("Озёрск" = "ОЗЕРСК")."""
    return " ".join(text.casefold().replace("ё", "е").split())


def _city_stem(name: str) -> str:
    """The city a bare name or a city district's adjective names: "лесногорский" →
    "лесногорск", as the bare "Лесногорск" gives; a two-word city as its adjective compounds
    it ("Нижний Ольшанск" → "нижнеольшанск", as "Нижнеольшанский городской округ")."""
    word = compound(name)
    return word[:-2] if word.endswith(_ADJECTIVE_ENDINGS) else word


def place_part(municipality: str, lem: Lemmatizer) -> str:
    """The place of a canonical municipality name, whatever marker wording it keeps: a bare
    name and a city district are their city ("город лесногорск"); another marked name is its
    canonical form folded ("лесновский район" for "Лесновский муниципальный район"), its name
    first. One place `same_place` finds in two names has one key; the key also joins marker
    wordings the canonical form keeps apart."""
    from normalize.place_mentions import mentions

    found = next((m for m in mentions(municipality, lem) if m.kind == "municipality"), None)
    if found is None:
        return _CITY + _city_stem(municipality)
    if found.name == found.core:  # "Лесногорск", and a marker left in: "г. Лесногорск"
        return _CITY + _city_stem(found.name)
    if found.name.endswith(_CITY_DISTRICT):
        return _CITY + _city_stem(found.core)
    # the name before its marker, whichever side the canonical form puts it on
    # ("сельское поселение Мичуринское" = "Мичуринское сельское поселение")
    return _fold(found.core + " " + found.name.replace(found.core, " "))


def plain_part(municipality: str) -> str | None:
    """`place_part` of the commonest canonical names, read without the lemmatizer: one word
    (a city: "Лесногорск", "Полевской") and a place's adjective before a marker
    (data/place_key.yaml `plain_markers`: "Лесновский муниципальный район" → "лесновский
    район"); None for any other name."""
    words = municipality.split()
    if not words or not all(_WORD.fullmatch(w) for w in words[:1]):
        return None
    if len(words) == 1:
        return _CITY + _city_stem(words[0])
    form = place_key_data()["plain_markers"].get(_fold(" ".join(words[1:])))
    if form is None or not is_adjective(words[0]):
        return None
    return str(form).format(stem=_city_stem(words[0]), adjective=_fold(words[0]))


class PlaceKeys:
    """`municipality_key(municipality, region)` with the lemmatizer it needs, loaded only for a
    name `plain_part` cannot read (`lem` is the lemmatizer or what makes it: the process that
    stores records has none loaded); names repeat across documents, so each (name, region) is
    read once."""

    def __init__(self, lem: Lemmatizer | Callable[[], Lemmatizer]) -> None:
        self._lem = lem
        self._cache: dict[tuple[str, str | None], str] = {}

    @property
    def lem(self) -> Lemmatizer:
        """The lemmatizer, made at its first use."""
        if not isinstance(self._lem, Lemmatizer):
            self._lem = self._lem()
        return self._lem

    def place(self, municipality: str) -> str:
        """The key's place part of a municipality name."""
        return plain_part(municipality) or place_part(municipality, self.lem)

    def __call__(self, municipality: str | None, region: str | None) -> str | None:
        """The comparison key of a record's municipality and region (None: no municipality)."""
        if not municipality or not municipality.strip():
            return None
        key = (municipality, region)
        if key not in self._cache:
            region_part = _fold(region) if region else ""
            self._cache[key] = self.place(municipality) + SEPARATOR + region_part
        return self._cache[key]
