"""Place markers of data/places.yaml matched by lemma in a token stream (place_mentions.py
reads the names they take): a marker starting at a token, unless it is a year's "г.", a person's
initial or a patron's; an abbreviation only in capitals; what counts as a name's word."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from normalize.lemmas import Lemmatizer
from normalize.place_tokens import TOKEN, Tok, places_data


@dataclass(frozen=True)
class Marker:
    lemmas: tuple[str, ...]
    caps: tuple[bool, ...]  # abbreviation tokens (МО, ЗАТО) match only in capitals
    suffix: str | None
    prefix: str | None
    gender: str
    kind: str
    rank: float
    prefix_inflect: bool
    agrees: bool
    city_after: bool = False  # a name printed after the marker is its city's, named alone
    nation: bool = False  # a lowercase adjective before the marker is the nation's, in the name
    # a name after the marker that can be an adjective is one ("муниципального округа Лесной":
    # the okrug's own adjective, though a town is called so too — a town's would be "город")
    adjective_after: bool = False




@dataclass(frozen=True)
class MarkerVocab:
    markers: tuple[Marker, ...]  # longest first
    not_names: frozenset[str]
    not_name_pos: frozenset[str]  # "Были" after "Республики": a verb, no name
    city_prefixes: frozenset[tuple[str, ...]]  # markers that may follow another prefix marker
    # markers by their first lemma, longest first: a token is tried only against markers that
    # can start with it (every token of every text is tried)
    by_first: dict[str, tuple[Marker, ...]]


@lru_cache(maxsize=4)
def marker_vocab(lem: Lemmatizer) -> MarkerVocab:
    """The markers of data/places.yaml by lemma, once per lemmatizer."""
    raw = places_data()
    markers: list[Marker] = []
    for m in raw["markers"]:
        for wording in m["marker"]:
            toks = TOKEN.findall(wording)
            markers.append(Marker(
                lemmas=tuple(lem.lemma(t) for t in toks),
                caps=tuple(t.isupper() and len(t) > 1 for t in toks),
                suffix=m.get("suffix"), prefix=m.get("prefix"), gender=m["gender"],
                kind=m["kind"], rank=float(m["rank"]),
                prefix_inflect=bool(m.get("prefix_inflect", True)),
                agrees=bool(m.get("agrees", True)),
                city_after=bool(m.get("city_after", False)),
                nation=bool(m.get("nation", False)),
                adjective_after=bool(m.get("adjective_after", False))))
    markers.sort(key=lambda mk: -len(mk.lemmas))
    cities = frozenset(mk.lemmas for mk in markers
                       if mk.kind == "municipality" and mk.prefix and not mk.suffix)
    by_first: dict[str, list[Marker]] = defaultdict(list)
    for mk in markers:
        by_first[mk.lemmas[0]].append(mk)
    return MarkerVocab(tuple(markers), frozenset(lem.lemma(w) for w in raw["not_names"]),
                  frozenset(raw.get("not_name_pos", ())), cities,
                  {first: tuple(mks) for first, mks in by_first.items()})


def marker_at(toks: list[Tok], i: int, voc: MarkerVocab) -> Marker | None:
    """The longest marker starting at token i, unless it is a year's "г." or an initial."""
    if i >= len(toks):
        return None
    for mk in voc.by_first.get(toks[i].lemma, ()):
        n = len(mk.lemmas)
        if tuple(t.lemma for t in toks[i:i + n]) != mk.lemmas:
            continue
        span = toks[i:i + n]
        if len(span[0].text) == 1 and _after_year(toks, i):
            continue  # "2021 г.", "2004-2007 г.г.": a year or years, not a town
        if _initial(toks, i) or _after_honorific(toks, i):
            continue  # "Б.С. Муртазов", "имени Г. Сулейманова": initials, not "село", "город"
        if any(c and not _capital_abbr(t.text) for c, t in zip(mk.caps, span, strict=True)):
            continue  # "МО", "АО", "ЗАТО" are markers only in capitals
        return mk
    return None


_NUMBER_SIGNS = frozenset({"№", "N"})


def _after_year(toks: list[Tok], i: int) -> bool:
    """Whether the one-letter token i follows a number, itself or as the second letter of a
    doubled abbreviation ("2004-2007 г.г." = годы: the plural written by doubling the letter)."""
    if i > 0 and toks[i - 1].text.isdigit():
        # "детский сад № 18 г. Энска": an institution's number, the town after it
        return not (i > 1 and toks[i - 2].text in _NUMBER_SIGNS)
    return (i > 2 and toks[i - 1].text == "." and toks[i - 2].text.lower() == toks[i].text.lower()
            and toks[i - 3].text.isdigit())


def is_initial(toks: list[Tok], k: int) -> bool:
    """Whether token k is a capital letter with a full stop after it ("С.")."""
    return (0 <= k < len(toks) - 1 and len(toks[k].text) == 1 and toks[k].text.isupper()
            and toks[k + 1].text == ".")


def _initial(toks: list[Tok], i: int) -> bool:
    """A one-letter marker in capitals that is one of a person's initials: another initial
    stands just before or after it."""
    return is_initial(toks, i) and (is_initial(toks, i - 2) or is_initial(toks, i + 2))


_HONORIFICS = frozenset({"имени", "им"})


_PATRONS_BACK = 6  # "им. А. Кедрова и Г. Лосева": the second patron's initial, "и" between


def _after_honorific(toks: list[Tok], i: int) -> bool:
    """A one-letter capital after "имени"/"им." opens a person's name ("школа имени Г.
    Сулейманова"), not a place; so does one after "и" that joins a second patron ("им. А.
    Кедрова и Г. Лосева")."""
    k = i - 1
    if k >= 0 and toks[k].text == ".":
        k -= 1
    if not (len(toks[i].text) == 1 and toks[i].text.isupper() and k >= 0):
        return False
    if toks[k].text.lower() in _HONORIFICS:
        return True
    return toks[k].text.lower() == "и" and any(
        t.text.lower() in _HONORIFICS for t in toks[max(0, k - _PATRONS_BACK) : k])


def _capital_abbr(word: str) -> bool:
    # "ЗАТО", or "Зато" in an all-caps header that place_tokens softened
    return word[:2].isupper() or (len(word) >= 4 and word == word.capitalize())


def is_name(tok: Tok, voc: MarkerVocab) -> bool:
    t = tok.text
    return (len(t) > 1 and t[:1].isupper() and t[:1].isalpha() and not t.isupper()
            and tok.lemma not in voc.not_names)
