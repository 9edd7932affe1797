"""Municipality and region named in title/header texts, in canonical nominative form.

Markers (город, г., район, городской округ, муниципальное образование, область, край …) are data
(data/places.yaml) matched by lemma sequence. A marker takes its name from the neighbouring
capitalised word: an adjective before it ("Северского района" → "Северский район") or a name
after it ("города Пензы" → "Пенза"). Names go to the nominative through pymorphy3, adjectives
agreeing with the marker's gender; hyphenated names are inflected part by part.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from normalize.lemmas import Lemmatizer
from normalize.place_city_district import DistrictCities, federal_cities, federal_city, same_stem
from normalize.place_mentions import marker_vocab, mentions
from normalize.place_ner import ner_municipality
from normalize.place_tokens import places_data, tokens

_TEXT_WEIGHTS = (3.0, 2.0)  # the first texts (municipality cell, title) count more


@dataclass(frozen=True)
class Place:
    """Canonical municipality ("Пенза", "Северский район") and region ("Оренбургская область")."""

    municipality: str | None = None
    region: str | None = None


def _best(scores: dict[str, float], first: dict[str, tuple[int, int]]) -> str | None:
    if not scores:
        return None
    return max(scores, key=lambda name: (scores[name], tuple(-x for x in first[name])))


def _fold(name: str) -> str:
    """A name compared whatever its case and its "ё" ("Озёрск", "Озерского городского округа")."""
    return name.casefold().replace("ё", "е")


def _one_name(scores: dict[str, float], cores: dict[str, str],
              why: list[str] | None = None) -> dict[str, float]:
    """One place written two ways is one name: "г. Ленинск-Кузнецкий" and "Ленинск-Кузнецкого
    городского округа" both count for "Ленинск-Кузнецкий городской округ" — a bare city name
    joins the one marked form of the same name (two marked forms are two places)."""
    marked: dict[str, list[str]] = defaultdict(list)
    for name, core in cores.items():
        if name in scores and name != core:
            marked[_fold(core)].append(name)
    out = dict(scores)
    for name in scores:
        forms = marked.get(_fold(cores.get(name, name)), []) or _city_district(name, marked)
        if name == cores.get(name) and len(forms) == 1:
            out[forms[0]] = out.get(forms[0], 0.0) + out.pop(name)
            if why is not None:
                why.append(f"one place written two ways: {name!r} is {forms[0]!r}")
    return out


_OKRUGS = ("городской округ", "муниципальный округ")
_DISTRICT = "район"
_MUNICIPAL = "муниципальный"


def _district_of_okrug(scores: dict[str, float], cores: dict[str, str],
                       why: list[str] | None = None) -> dict[str, float]:
    """"Талицкий район" (an address) and "Талицкого городского округа" (the founder): a
    district turned into an okrug keeps its name in addresses as the territory's unit, while
    the municipal formation is the okrug — the district's mentions count for the one okrug
    of the same name."""
    okrugs: dict[str, list[str]] = defaultdict(list)
    for name in scores:
        if name.endswith(_OKRUGS):
            okrugs[_fold(cores.get(name, name))].append(name)
    out = dict(scores)
    for name in scores:
        forms = okrugs.get(_fold(cores.get(name, name)), [])
        if name.endswith(_DISTRICT) and name != cores.get(name) and len(forms) == 1:
            out[forms[0]] = out.get(forms[0], 0.0) + out.pop(name)
            if why is not None:
                why.append(f"district {name!r} of the okrug {forms[0]!r}: one place")
    return out


_CITY_ADJECTIVE = ("ск", "цк")  # "Дальнегорск" → "Дальнегорский": the city's adjective
_CITY_DISTRICT = "городской округ"


def _seat_in_district(scores: dict[str, float], cores: dict[str, str], first: list[str],
                     lem: Lemmatizer, why: list[str] | None = None) -> dict[str, float]:
    """"УСТЬ-ЛЕСНОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН" (the place phrase the facts chose: a letterhead's
    level line) over "Гимназия № 4 г. Усть-Лесновки": the town named after the district is its
    seat, a settlement of the municipal district the document names as such — its mentions
    count for the district."""
    toks = tokens(first[0], lem) if first else []
    named = [m for m in (mentions(first[0], lem) if first else []) if m.kind == "municipality"
             and m.name.endswith(" район") and m.name in scores
             and any(t.lemma == _MUNICIPAL for t in toks[m.start:m.end])]
    if len(named) != 1:
        return scores
    district = named[0]
    out = dict(scores)
    for name in scores:
        if name != district.name and cores.get(name) == name and same_stem(name, district.core):
            out[district.name] += out.pop(name)
            if why is not None:
                why.append(f"place {name!r}: the seat of {district.name!r}, a settlement of it")
    return out


def _city_district(name: str, marked: dict[str, list[str]]) -> list[str]:
    """The city district named by the city's adjective ("г. Дальнегорск" and "Дальнегорского
    городского округа" are one place, its marked form); not a district (район) around the
    city, a municipal formation of its own ("г. Бийск", "Бийский район")."""
    if _fold(name).endswith(_CITY_ADJECTIVE):
        forms = marked.get(_fold(name) + "ий", [])
    else:
        forms = [f for core, fs in marked.items()
                 if _compound_adjective(name, core) or _suffixed_adjective(name, core)
                 for f in fs]
    return [f for f in forms if f.endswith(_CITY_DISTRICT)]


_SUFFIX_MAX = 6  # "Тавд|инский", "Асбест|овский": the suffix an adjective adds to the stem
_FINAL_VOWELS = "аяоеиыь"


def _suffixed_adjective(name: str, core: str) -> bool:
    """"Тавда" → "тавдинский", "Талица" → "талицкий", "Ирбит" → "ирбитский": the adjective of a
    one-word city adds a suffix to its stem (the final vowel dropped)."""
    word = _fold(name)
    stem = word[:-1] if word[-1:] in _FINAL_VOWELS else word
    return " " not in word and len(stem) >= _STEM_MIN and core.endswith(("ский", "цкий")) \
        and core.startswith(stem) and len(core) - len(stem) <= _SUFFIX_MAX


_STEM_MIN = 4  # letters of the first word's stem an adjective of two words keeps at least
_ENDING_MAX = 4  # letters of an adjective's ending ("-ные") and a link vowel dropped


def _compound_adjective(name: str, core: str) -> bool:
    """"Минеральные Воды" → "минераловодский", "Старый Оскол" → "старооскольский": the
    adjective of a city named by two words joins the first word's stem to the second's."""
    words = _fold(name).split()
    if len(words) != 2 or not core.endswith(("ский", "цкий", "ской")):
        return False
    first, second = words
    stem = first[: max(_STEM_MIN, len(first) - _ENDING_MAX)]
    return core.startswith(stem) and second[:3] in core[len(stem):]


def find_place(texts: list[str], lem: Lemmatizer, why: list[str] | None = None,
               ner: bool = True, settlements: bool = True,
               region_text: str | None = None) -> Place:
    """Canonical municipality (nominative, short) and region named in `texts`.

    Every mention scores the weight of its text (the first texts — municipality cell, title —
    count more) times the marker's rank; the best-scoring name wins, ties going to the first.
    A city and the city district of the same name are one place (`_one_name`). Without a
    marked municipality, natasha's LOC spans decide (`ner`; off for a single issuer's name).
    Without `settlements` (a document's municipality) a village or посёлок ("с. …", "п. …")
    is where the act was signed, not a municipal formation: a document naming only one has
    no municipality (and natasha is not asked). `region_text`, a marked region the document
    names further down ("Заречной области" in a letterhead past `texts`' head), comes before
    a federal city named without a marker (a site card's "Субъект РФ: Москва").
    """
    scores: dict[str, dict[str, float]] = {"municipality": defaultdict(float),
                                           "region": defaultdict(float)}
    first: dict[str, tuple[int, int]] = {}
    cores: dict[str, str] = {}
    settled = False
    districts = DistrictCities()
    read = []
    for text in texts:
        found = mentions(_theme_region().sub(_blank, text), lem)
        read.append((found, districts.read(text, found, lem)))
    for ti, (found, inner) in enumerate(read):
        weight = _TEXT_WEIGHTS[ti] if ti < len(_TEXT_WEIGHTS) else 1.0
        starts = {m.start for m in found}
        for m in found:
            known, city = (m in inner, inner.get(m)) if m in inner else districts.city_of(m)
            if known:
                if why is not None:
                    why.append(f"place {m.name!r}: a city's district, no municipality"
                               + ("" if m in inner else _named_elsewhere(city)))
                # "Лесного района Заречнска": the city named unmarked counts here (a marked
                # one is a mention of its own); a bare mention counts for its city
                if city and (m not in inner or m.end not in starts):
                    scores["municipality"][city] += weight * m.rank
                    first.setdefault(city, (ti, m.start))
                    cores.setdefault(city, city.casefold())
                continue
            if m.kind == "settlement" and not settlements:
                # "с. Новоселье", "п. Лесной" under a title: where the act was signed, a
                # village and no municipal formation of its own
                settled = True
                continue
            group = "region" if m.kind == "region" else "municipality"
            if why is not None and m.rule:
                why.append(f"place {m.name!r}: {m.rule}")
            scores[group][m.name] += weight * m.rank
            first.setdefault(m.name, (ti, m.start))
            cores.setdefault(m.name, m.core)
    region = _best(scores["region"], first)
    if region is None and region_text:
        region = region_name(region_text, lem)
        if why is not None and region:
            why.append(f"region {region!r}: marked further down, before an unmarked city")
    region = region or federal_city(texts)
    merged = _district_of_okrug(_one_name(scores["municipality"], cores, why), cores, why)
    merged = _seat_in_district(merged, cores, texts[:1], lem, why)
    region = _federal_marked(merged, region, why)
    municipality = _best(merged, first)
    if why is not None and municipality:
        why.append(f"municipality {municipality!r}: marked mentions, score {merged[municipality]}")
    if municipality is None and ner and not settled:
        municipality = ner_municipality(texts, lem, region)
        if why is not None and municipality:
            why.append(f"municipality {municipality!r}: natasha LOC (no marked mention)")
    return Place(municipality=municipality, region=region)


def _named_elsewhere(city: str | None) -> str:
    return f" (named {city!r}'s district elsewhere)" if city else " (named a city's elsewhere)"


@cache
def _theme_region() -> re.Pattern[str]:
    return re.compile(places_data()["theme_region"])


def _blank(m: re.Match[str]) -> str:
    """A span as spaces: the offsets of the mentions after it stay."""
    return " " * len(m.group(0))


def _federal_marked(merged: dict[str, float], region: str | None,
                    why: list[str] | None) -> str | None:
    """"… учреждение города Москвы", "ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ГОРОДА МОСКВЫ": a city of federal
    significance marked as a city is a region of its own, no municipality (CONTRACT
    `region`); it leaves `merged` and is the region unless a marked one is named. Returns
    the region."""
    for name, _ in federal_cities():
        if merged.pop(name, None) is not None:
            if why is not None:
                why.append(f"place {name!r}: a federal city, a region, no municipality")
            region = region or name
    return region


def issuer_renamed(municipality: str, issuer: str, lem: Lemmatizer,
                   title: str | None = None) -> str | None:
    """The municipality the issuer's own name gives when it is `municipality` under another
    marker ("Администрация Полевского муниципального округа" over "Полевский городской округ"):
    a municipality transformed and renamed, whose act cites its predecessor's acts under the
    old name; the body that issues the act names what the municipality is now. None otherwise
    — and None when a plan's own name (`title`) names `municipality`: a plan amended after the
    transformation carries the new name, the act that first approved it the old one."""
    if title and any(m.kind == "municipality" and m.name == municipality
                     for m in mentions(title, lem)):
        return None
    known = next((m.core for m in mentions(municipality, lem) if m.kind == "municipality"), None)
    for m in mentions(issuer, lem):
        if m.kind == "municipality" and m.name != municipality and m.core != m.name \
                and known and m.core.casefold() == known.casefold():
            return m.name
    return None


def same_place(a: str, b: str, lem: Lemmatizer) -> bool:
    """Whether the canonical names `a` and `b` are one place, the same or written two ways
    ("Лесногорск" and "Лесногорский городской округ", "Озёрск" and "Озерский городской
    округ"), as `find_place` merges them in one document."""
    if _fold(a) == _fold(b):
        return True
    cores = {n: next((m.core for m in mentions(n, lem) if m.kind == "municipality"), n)
             for n in (a, b)}
    return len(_one_name({a: 1.0, b: 1.0}, cores)) == 1


def region_name(text: str, lem: Lemmatizer) -> str | None:
    """Region as written → nominative ("Оренбургской области" → "Оренбургская область")."""
    for m in mentions(text, lem):
        if m.kind == "region":
            return m.name
    return None


def is_regional(issuer: str, lem: Lemmatizer) -> bool:
    """Whether `issuer` is a region's body ("Правительство Ставропольского края",
    "Министерство образования Саратовской области"): it names a region and no municipality,
    names no institution (data/places.yaml `regional_institutions`),
    and opens with a body's word (data/places.yaml `regional_bodies`). Such an act has a
    region and no municipality; the town it names is where it was signed."""
    words = lem.words(issuer)
    if not words or lem.lemma(words[0]) not in set(places_data()["regional_bodies"]):
        return False
    if set(places_data()["regional_institutions"]) & {lem.lemma(w) for w in words}:
        return False  # a region's school or college, not its government
    place = find_place([issuer], lem, ner=False)  # marked places only: natasha is slow
    return place.region is not None and place.municipality is None


def dropped_marker_lemmas(lem: Lemmatizer) -> frozenset[str]:
    """Lemmas of the marker words a canonical name leaves out ("города Пензы" → "Пенза",
    "городской округ Пенза" → "Пенза"): a name typed by a user is compared without them."""
    return frozenset(w for mk in marker_vocab(lem).markers if mk.prefix == "{name}"
                     for w in mk.lemmas)
