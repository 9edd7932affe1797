"""Towns and the municipalities named by their adjective, joined across a database.

A key (place_key.py) is made from one name alone, so it cannot tell that "Тавлинский городской
округ" is the town "Тавла", "Кыштовский район" the district of "Кыштовка", "Сосновоборский"
the town "Сосновый Бор": the adjective is made from the name by rules (data/place_key.yaml)
that cannot be undone from either side; a city whose adjective no rule makes ("Орёл" →
"орловский", "Уфа" → "уфимский") is a line of data `irregular_adjectives`. The store
(store/place_keys.py) gives `joined_keys` every stored key with the names printed for it; a key
named by an adjective joins the one town of its region whose root its adjective's root is. A
район is joined only to a town that is no city of its own: not when the town's adjective is
its name + "ий" ("Бийск", "Бийский район": the city district and the district around it) or
+ "кий" after "ц" ("Елец", "Елецкий район"), not to a city of `irregular_adjectives`, nor to
the town the region is named after (its capital: "Пенза", "Пензенский район"). A region's name
stored as a municipality ("Орловская область") joins no town.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ingest.yaml_data import load_yaml

_DATA = Path(__file__).parent / "data" / "place_key.yaml"
_CITY = "город "
_SEPARATOR = "|"
_SHAPED_AS_ADJECTIVE = ("ий", "ый", "ой")  # "Лесной", "Полевской": a town its own adjective


@cache
def place_key_data() -> dict[str, Any]:
    """data/place_key.yaml as read."""
    return load_yaml(_DATA.read_text(encoding="utf-8"))


def _data() -> dict[str, Any]:
    return place_key_data()


def fold(text: str) -> str:
    """Case, "ё" and spacing do not matter ("Озёрск" = "ОЗЕРСК")."""
    return " ".join(text.casefold().replace("ё", "е").split())


def compound(name: str) -> str:
    """A two-word town as its adjective's first part makes it: "нижний ольшанск" →
    "нижнеольшанск", "сосновый бор" → "сосновобор"; any other name as it is (folded)."""
    words = fold(name).split(" ")
    if len(words) != 2 or "-" in words[0] or words[1] in _data()["marker_words"]:
        return fold(name)
    first = words[0]
    endings = sorted(_data()["compound_first"].items(), key=lambda kv: -len(kv[0]))
    for ending, part in endings:
        if first.endswith(ending) and len(first) > len(ending) + 1:
            return first[:-len(ending)] + part + words[1]
    return fold(name)


def is_adjective(word: str) -> bool:
    """A place's adjective ("тавлинский", "костромской", a region's "пензенская")."""
    return fold(word).endswith(tuple(_data()["adjective_endings"]))


@cache
def _irregular() -> dict[str, str]:
    """data `irregular_adjectives` by the town's name as a key spells it ("старый оскол" →
    "старооскол")."""
    return {compound(town): fold(adj) for town, adj in _data()["irregular_adjectives"].items()}


def irregular_adjective(town: str) -> str | None:
    """The adjective of a city no rule makes it for ("Орёл" → "орловский"), None otherwise."""
    return _irregular().get(compound(town))


def _unfleeting(root: str) -> str | None:
    """The root without a vowel the adjective puts between its last two consonants
    ("вязем" → "вязм"), None when there is none."""
    vowels = "аеёиоуыэюяйь"
    if len(root) < 3 or root[-2] not in _data()["fleeting_vowels"]:
        return None
    if root[-1] in vowels or root[-3] in vowels:
        return None
    return root[:-2] + root[-1]


@cache
def name_roots(town: str) -> frozenset[str]:
    """The roots a town's adjective may be made from: the name, and the name without an ending
    the adjective drops ("тавла" → "тавл", "кыштовка" → "кыштов", "вязьма" → "вязм"); a city
    of data `irregular_adjectives` only its adjective's ("орел" → "орловск")."""
    irregular = irregular_adjective(town)
    if irregular is not None:
        return frozenset({irregular[:-2]})
    name = compound(town)
    roots = {name}
    if not name.endswith(_SHAPED_AS_ADJECTIVE):
        roots |= {name[:-len(e)] for e in _data()["name_endings"] if name.endswith(e)}
    roots |= {r[:-2] + r[-1] for r in roots if len(r) > 2 and r[-2] == "ь"}
    return frozenset(r for r in roots if len(r) >= _data()["min_root"])


@cache
def adjective_roots(adjective: str) -> frozenset[str]:
    """The roots an adjective may be made from: "тавлинский" → "тавлинск" (a town "Тавлинск"),
    "тавлин", "тавл"; "елецкий" → "елец"; "вяземский" → "вязм"; nothing for a word that is no
    place's adjective."""
    word = fold(adjective).split(" ")[0]
    if not is_adjective(word):
        return frozenset()
    stem = word[:-2]  # "тавлинск"
    base = stem[:-2]  # "тавлин"
    roots = {stem, base} | {base[:-len(i)] for i in _data()["adjective_infixes"]
                            if base.endswith(i)}
    if stem.endswith("цк"):  # the town's own "ц" before the "-кий": "Елец" → "елец-кий"
        roots.add(stem[:-1])
    unfleeting = _unfleeting(base)
    if unfleeting:
        roots.add(unfleeting)
    return frozenset(r for r in roots if len(r) >= _data()["min_root"])


def made_from(adjective: str, town: str) -> bool:
    """Whether `adjective` is the adjective of `town` ("Тавлинский", "Тавла")."""
    return bool(adjective_roots(adjective) & name_roots(town))


@dataclass(frozen=True)
class StoredPlace:
    """A stored municipality_key and the municipality names printed for it."""

    key: str
    names: tuple[str, ...]

    @property
    def place(self) -> str:
        return self.key.split(_SEPARATOR)[0]

    @property
    def region(self) -> str:
        return self.key.split(_SEPARATOR)[1] if _SEPARATOR in self.key else ""

    def town(self) -> str | None:
        """The town this key is, when a printed name is a town's name, not an adjective."""
        if not self.place.startswith(_CITY):
            return None
        if all(is_adjective(fold(n).split(" ")[0]) for n in self.names):
            return None
        return self.place[len(_CITY):]

    def adjective(self) -> tuple[str, bool] | None:
        """The adjective this key is named by, and whether it is a district's (not a city
        district's or a bare adjective's); None for a town or a place of another kind."""
        if self.town() is not None:
            return None
        if self.place.startswith(_CITY):
            # one word, a city's adjective: not a region's name read as a town ("Орловская
            # область" is no Орёл's city district)
            stem = self.place[len(_CITY):]
            return (stem + "ий", False) if " " not in stem and is_adjective(stem + "ий") else None
        first, _, marker = self.place.partition(" ")
        if is_adjective(first) and (marker.endswith("район") or marker.endswith("округ")):
            return first, True
        return None


def _fits(adjective: StoredPlace, town: StoredPlace, word: str, district: bool) -> bool:
    if not made_from(word, town.town() or ""):
        return False
    if not district:
        return adjective.region == town.region or "" in (adjective.region, town.region)
    if not town.region or town.region != adjective.region:
        return False  # a district joins a town only where both are known to lie
    city = compound(town.town() or "")
    capital = made_from(town.region, city)
    # the adjective is the name + "ий" ("Бийск") or, after "ц", + "кий" ("Елец"): the city
    # district's, a район is the one around the city, as for a city of irregular_adjectives
    own_city = city in (word[:-2], word[:-3] if word.endswith("цкий") else None)
    own_city = own_city or irregular_adjective(city) is not None
    return not own_city and not capital


def joined_keys(places: Iterable[StoredPlace]) -> dict[str, str]:
    """stored key → the key it joins: a key named by an adjective and the one town of its
    region it is made from (the key of known region is kept: the unknown one joins it). A town
    two adjectives fit takes its city district's, or, with no city district, none."""
    stored = list(places)
    by_root: dict[str, list[StoredPlace]] = {}  # a database holds thousands of keys
    for t in stored:
        for root in name_roots(t.town() or ""):
            by_root.setdefault(root, []).append(t)
    claims: dict[str, list[tuple[StoredPlace, bool]]] = {}
    for p in stored:
        found = p.adjective()
        if found is None:
            continue
        word, district = found
        near = {t.key: t for root in adjective_roots(word) for t in by_root.get(root, [])}
        fit = [t for t in near.values() if _fits(p, t, word, district)]
        if len(fit) == 1:
            claims.setdefault(fit[0].key, []).append((p, district))
    out: dict[str, str] = {}
    for town_key, by in claims.items():
        city_level = [p for p, district in by if not district]
        chosen = city_level if city_level else [p for p, _ in by]
        if len(chosen) != 1:
            continue  # two places claim one town: which is it is not known
        adjective = chosen[0]
        town_region = town_key.split(_SEPARATOR)[1]
        if not town_region and adjective.region:
            out[town_key] = adjective.key
        else:
            out[adjective.key] = town_key
    return out
