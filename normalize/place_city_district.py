"""A city's own district and the cities of federal significance (places.py scores the rest).

A district named right before a city ("Заводского района города Лесногорска", "Кировского
района г. Озёрска", "Лесного района Заречнска", "Кировского района Санкт-Петербурга") is the
city's administrative district, no municipal formation: the city is the municipality (a federal
city is a region, docs/CONTRACT.md). A district named as a municipal one ("Лесновского
муниципального района") or after its seat ("Лесновского района г. Лесного") stays a formation.
Once a document names a district as its city's, its other mentions of the same district
("… школы Заводского района …") are that city's too (`DistrictCities`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from normalize.lemmas import Lemmatizer
from normalize.place_mentions import Mention
from normalize.place_names import geo_nominative
from normalize.place_tokens import Tok, places_data, tokens

_MUNICIPAL = "муниципальный"
_DISTRICT = " район"
_CITY_DISTRICT = "city_district"  # data/places.yaml: a marker naming a city's district
_FINAL_VOWELS = "аяоеиыь"


@cache
def federal_cities() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, pattern) of the cities of federal significance (data/places.yaml)."""
    return tuple((name, re.compile(rx, re.IGNORECASE))
                 for name, rx in places_data().get("federal_cities", {}).items())


_QUOTED_NAME = re.compile(r"«[^«»]{1,120}»")


def federal_city(texts: list[str]) -> str | None:
    """A city of federal significance named in `texts`: a region without a marker (only when
    no marked region is named). A quoted name's words are not where the document is: a book,
    an event, a contest («От Москвы до Берлина»)."""
    for text in texts:
        bare = _QUOTED_NAME.sub(" ", text)
        for name, rx in federal_cities():
            if rx.search(bare):
                return name
    return None


@dataclass
class DistrictCities:
    """What a document's texts say of its districts: the city each city district lies in
    (None: a federal city, a region) and the districts named as municipal formations."""

    city: dict[str, str | None] = field(default_factory=dict)
    municipal: set[str] = field(default_factory=set)

    def read(self, text: str, found: list[Mention], lem: Lemmatizer) -> dict[Mention, str | None]:
        """The city districts among `found` (the mentions of `text`) with their cities,
        remembered for the document's other texts."""
        if not any(_is_district(m) or m.kind == _CITY_DISTRICT for m in found):
            return {}
        toks = tokens(text, lem)
        self.municipal |= {m.name for m in found if _is_district(m)
                           and any(t.lemma == _MUNICIPAL for t in toks[m.start:m.end])}
        inner = _city_districts(text, found, toks, lem)
        for m, city in inner.items():
            self.city.setdefault(m.name, city)
        return inner

    def city_of(self, m: Mention) -> tuple[bool, str | None]:
        """(True, its city) when `m` names a district this document names as its city's
        elsewhere ("Заводского района" alone after "Заводского района города Лесногорска"),
        unless the document also names it a municipal district; (False, None) otherwise."""
        if m.kind != "municipality" or m.name not in self.city or m.name in self.municipal:
            return False, None
        return True, self.city[m.name]


def _is_district(m: Mention) -> bool:
    return m.kind == "municipality" and m.name.endswith(_DISTRICT)


def _city_districts(text: str, found: list[Mention], toks: list[Tok], lem: Lemmatizer
                    ) -> dict[Mention, str | None]:
    """The districts among `found` named right before a city, each with that city in the
    nominative (a marked city's mention name, an unmarked one's noun, None for a federal
    city); a district before a region's adjective ("Лесного района Заречной области") is a
    formation and not here."""
    federal = federal_city([text])
    out: dict[Mention, str | None] = {}
    for m in found:
        if m.kind == _CITY_DISTRICT:  # "Советского внутригородского района": named as one
            out[m] = _city_after(m, found, toks, lem)
            continue
        if not _is_district(m) or m.end >= len(toks):
            continue
        word = toks[m.end].text
        if _initials_at(toks, m.end + 1):  # "… района» Чехова И.П.": a signer, no city
            continue
        if federal and any(rx.fullmatch(word) for _, rx in federal_cities()):
            out[m] = None
        elif _city_name(word, lem):
            out[m] = geo_nominative(word, lem)
        else:
            city = _marked_city_after(m, found, toks)
            if city is not None:
                out[m] = city.name
    return out


def _city_after(m: Mention, found: list[Mention], toks: list[Tok], lem: Lemmatizer
                ) -> str | None:
    """The city named right after a district marked as a city's (marked or not), None when
    none is."""
    city = next((c for c in found if c.start == m.end and c.kind == "municipality"), None)
    if city is not None:
        return city.name
    word = toks[m.end].text if m.end < len(toks) and not _initials_at(toks, m.end + 1) else ""
    return geo_nominative(word, lem) if _city_name(word, lem) else None


def _marked_city_after(m: Mention, found: list[Mention], toks: list[Tok]) -> Mention | None:
    """A city named by its marker right after the district ("Ленинского района города
    Заречнска", "Железнодорожного района г. Энска"): the city's own district, not a municipal
    formation — unless the district is named as one ("… муниципального района") or after the
    city itself ("Лесновского района г. Лесного": the district around its seat)."""
    if any(t.lemma == _MUNICIPAL for t in toks[m.start:m.end]):
        return None
    city = next((c for c in found if c.start == m.end), None)
    ok = (city is not None and city.kind == "municipality" and " " not in city.name
          and city.name == city.core and not same_stem(city.name, m.core))
    return city if ok else None


def same_stem(city: str, district: str) -> bool:
    """The district's adjective is made from the city's name ("Лесной" → "Лесновский",
    "Бийск" → "Бийский", "Ольховка" → "Ольховский")."""
    word, adj = city.casefold(), district.casefold()
    stem = word[:-2] if word.endswith(("ой", "ый", "ий", "ка")) else word.rstrip(_FINAL_VOWELS)
    return len(stem) >= 3 and adj.startswith(stem)


def _initials_at(toks: list[Tok], at: int) -> bool:
    """Initials start at `at` ("И.П.", "И. П."): the word before them is a person's surname
    that may also be a city's name in the genitive ("Методист … района Чехова И.П.")."""
    got = toks[at: at + 2]
    return len(got) == 2 and len(got[0].text) == 1 and got[0].text.isupper() \
        and got[1].text == "."


def _city_name(word: str, lem: Lemmatizer) -> bool:
    """A place noun in the genitive the dictionary knows ("Заречнска"): a city's name (not a
    word that may be an adjective: "Заречной" before "области" is the region's)."""
    if not word[:1].isupper():
        return False
    parses = lem.parse(word.lower())
    return not any(p.tag.POS == "ADJF" for p in parses) and any(
        p.tag.POS == "NOUN" and "Geox" in p.tag and p.tag.case == "gent" for p in parses)
