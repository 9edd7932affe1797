"""Places a text marks: markers (город, г., район, городской округ, муниципальное образование,
область, край …) are data (data/places.yaml) matched by lemma sequence; a marker takes its name
from the neighbouring capitalised word, an adjective before it ("Северского района" → "Северский
район") or a name after it ("города Пензы" → "Пенза"), put in the nominative by place_names.py.
places.py scores the mentions found here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from normalize.lemmas import Lemmatizer
from normalize.place_names import (
    PLACE_ADJECTIVE,
    agrees,
    geo_nominative,
    head_gender,
    nominative,
    pos,
    two_word_name,
)
from normalize.place_tokens import TOKEN, Tok, places_data, tokens


@dataclass(frozen=True)
class _Marker:
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


@dataclass(frozen=True)
class Mention:
    """A place a marker names in a text: its kind, canonical name, the marker's rank, tokens."""

    kind: str
    name: str
    rank: float
    start: int
    end: int  # index after the last token consumed
    core: str = ""  # the name without its marker ("Ленинск-Кузнецкий")


@dataclass(frozen=True)
class _Vocab:
    markers: tuple[_Marker, ...]  # longest first
    not_names: frozenset[str]
    not_name_pos: frozenset[str]  # "Были" after "Республики": a verb, no name
    city_prefixes: frozenset[tuple[str, ...]]  # markers that may follow another prefix marker
    # markers by their first lemma, longest first: a token is tried only against markers that
    # can start with it (every token of every text is tried)
    by_first: dict[str, tuple[_Marker, ...]]


@lru_cache(maxsize=4)
def marker_vocab(lem: Lemmatizer) -> _Vocab:
    """The markers of data/places.yaml by lemma, once per lemmatizer."""
    raw = places_data()
    markers: list[_Marker] = []
    for m in raw["markers"]:
        for wording in m["marker"]:
            toks = TOKEN.findall(wording)
            markers.append(_Marker(
                lemmas=tuple(lem.lemma(t) for t in toks),
                caps=tuple(t.isupper() and len(t) > 1 for t in toks),
                suffix=m.get("suffix"), prefix=m.get("prefix"), gender=m["gender"],
                kind=m["kind"], rank=float(m["rank"]),
                prefix_inflect=bool(m.get("prefix_inflect", True)),
                agrees=bool(m.get("agrees", True)),
                city_after=bool(m.get("city_after", False)),
                nation=bool(m.get("nation", False))))
    markers.sort(key=lambda mk: -len(mk.lemmas))
    cities = frozenset(mk.lemmas for mk in markers
                       if mk.kind == "municipality" and mk.prefix and not mk.suffix)
    by_first: dict[str, list[_Marker]] = defaultdict(list)
    for mk in markers:
        by_first[mk.lemmas[0]].append(mk)
    return _Vocab(tuple(markers), frozenset(lem.lemma(w) for w in raw["not_names"]),
                  frozenset(raw.get("not_name_pos", ())), cities,
                  {first: tuple(mks) for first, mks in by_first.items()})


def marker_at(toks: list[Tok], i: int, voc: _Vocab) -> _Marker | None:
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


def _is_initial(toks: list[Tok], k: int) -> bool:
    """Whether token k is a capital letter with a full stop after it ("С.")."""
    return (0 <= k < len(toks) - 1 and len(toks[k].text) == 1 and toks[k].text.isupper()
            and toks[k + 1].text == ".")


def _initial(toks: list[Tok], i: int) -> bool:
    """A one-letter marker in capitals that is one of a person's initials: another initial
    stands just before or after it."""
    return _is_initial(toks, i) and (_is_initial(toks, i - 2) or _is_initial(toks, i + 2))


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
    # "ЗАТО", or "Зато" in an all-caps header that _clean() softened
    return word[:2].isupper() or (len(word) >= 4 and word == word.capitalize())


def _is_name(tok: Tok, voc: _Vocab) -> bool:
    t = tok.text
    return (len(t) > 1 and t[:1].isupper() and t[:1].isalpha() and not t.isupper()
            and tok.lemma not in voc.not_names)


def _suffix_mention(toks: list[Tok], i: int, mk: _Marker, lem: Lemmatizer,
                    voc: _Vocab) -> Mention | None:
    if not mk.suffix or i == 0:
        return None
    if mk.nation and not _is_name(toks[i - 1], voc):
        return _national_district(toks, i, mk, lem, voc)
    if not _is_name(toks[i - 1], voc):
        return None
    if mk.kind == "container" and _names_after(toks, i + len(mk.lemmas), lem, voc):
        return None  # "с. Ягодное муниципальное образование «Кедровский округ»": its name after
    word = toks[i - 1].text
    # "Каждый район", "Социальная область" are no places, but before a marker of two words
    # ("Заречного муниципального района", "Солнечного городского округа") a qualitative
    # adjective is a name too
    adjective = "ADJF" in pos(word, lem, relative=True, qualitative=len(mk.lemmas) > 1)
    if not adjective and not PLACE_ADJECTIVE.search(word.lower()):
        return None
    if mk.agrees and not agrees(word, [t.text for t in toks[i:i + len(mk.lemmas)]], lem):
        return None  # 'района "Синеключевский" Республики Коми': no "Синеключевская Республика"
    name = nominative(word, lem, mk.gender, adjective=True)
    start = i - 1
    if mk.kind == "municipality" and _first_adjective(toks, i, mk, lem, voc):
        start = i - 2  # "Заозёрного Северо-Лесного муниципального района": both words
        name = f"{nominative(toks[i - 2].text, lem, mk.gender, adjective=True)} {name}"
    end = i + len(mk.lemmas)
    full, end = _second_name(toks, end, mk, lem, voc, " - {}")
    return Mention(mk.kind, mk.suffix.format(name=name) + full, mk.rank, start, end, name)


def _national_district(toks: list[Tok], i: int, mk: _Marker, lem: Lemmatizer,
                       voc: _Vocab) -> Mention | None:
    """"Заречного немецкого национального района" → "Заречный немецкий национальный район": the
    nation's adjective, in lowercase, stands between the place's adjective and the marker; both
    are the district's name."""
    place = toks[i - 2] if i >= 2 else None
    if place is None or not _is_name(place, voc) or not PLACE_ADJECTIVE.search(place.text.lower()):
        return None
    nation = toks[i - 1].text
    marker = [t.text for t in toks[i:i + len(mk.lemmas)]]
    if not nation.isalpha() or not nation.islower() or "ADJF" not in pos(nation, lem) \
            or not agrees(nation, marker, lem) or not agrees(toks[i - 2].text, marker, lem):
        return None
    name = " ".join(nominative(t.text, lem, mk.gender, adjective=True) for t in toks[i - 2:i])
    return Mention(mk.kind, mk.suffix.format(name=name) if mk.suffix else name, mk.rank,
                   i - 2, i + len(mk.lemmas), name)


def _names_after(toks: list[Tok], k: int, lem: Lemmatizer, voc: _Vocab) -> bool:
    """A container's own name (or a marker naming it) follows it."""
    return k < len(toks) and (marker_at(toks, k, voc) is not None
                              or _name_after(toks, k, lem, voc) > 0)


def _first_adjective(toks: list[Tok], i: int, mk: _Marker, lem: Lemmatizer,
                     voc: _Vocab) -> bool:
    """A district named by two place adjectives, both agreeing with its marker."""
    if i < 2 or not _is_name(toks[i - 2], voc) or marker_at(toks, i - 2, voc) is not None:
        return False
    word = toks[i - 2].text
    return bool(PLACE_ADJECTIVE.search(word.lower())) and agrees(
        word, [t.text for t in toks[i:i + len(mk.lemmas)]], lem)


_DASHES = frozenset("-–—")


def _second_name(toks: list[Tok], k: int, mk: _Marker, lem: Lemmatizer, voc: _Vocab,
                 form: str) -> tuple[str, int]:
    """A region's second name after its name, part of its official name: "Республики Саха
    (Якутия)" (`form` " ({})"), "автономного округа – Югры" (" - {}"); ("", k) when none."""
    if mk.kind != "region" or k + 1 >= len(toks):
        return "", k
    opener = toks[k].text
    if opener not in (_DASHES if form.startswith(" -") else "("):
        return "", k
    word = toks[k + 1]
    closed = k + 2 < len(toks) and toks[k + 2].text == ")"
    if not _is_name(word, voc) or marker_at(toks, k + 1, voc) is not None \
            or (opener == "(" and not closed) or _is_initial(toks, k + 2):
        return "", k
    if opener != "(" and k + 2 < len(toks) and _is_name(toks[k + 2], voc) \
            and _person_word(toks[k + 2].text, lem):
        # "… область – Иван Петров": a person after a dash; not "… округ – Югра Тюменская
        # область", "… – Югра Муниципальное учреждение": a letterhead's next line
        return "", k
    return form.format(geo_nominative(word.text, lem)), k + (3 if closed else 2)


_PERSON = frozenset({"Name", "Surn", "Patr"})


def _person_word(word: str, lem: Lemmatizer) -> bool:
    """A person's name or surname by one of pymorphy3's first parses ("Петров", "Сидоренко")."""
    return any(_PERSON & p.tag.grammemes for p in lem.parse(word.lower())[:3])


def _name_after(toks: list[Tok], k: int, lem: Lemmatizer, voc: _Vocab) -> int:
    """Number of tokens of the name starting at k (0: no name; 2: "Нижнего Новгорода")."""
    if k >= len(toks) or not _is_name(toks[k], voc) \
            or lem.parse(toks[k].text.lower())[0].tag.POS in voc.not_name_pos:
        return 0
    # "г. Заречного Лесной области": the second word names the marker after it, not the town
    if (k + 1 < len(toks) and _is_name(toks[k + 1], voc) and "ADJF" in pos(toks[k].text, lem)
            and "NOUN" in pos(toks[k + 1].text, lem) and marker_at(toks, k + 1, voc) is None
            and marker_at(toks, k + 2, voc) is None):
        return 2
    return 1


def _prefix_mention(toks: list[Tok], i: int, mk: _Marker, lem: Lemmatizer,
                    voc: _Vocab) -> Mention | None:
    """A name after its marker ("города Пензы"); for a marker that names with a suffix, an
    adjective name in apposition ('муниципального района "Прилузский"' → "Прилузский район")."""
    if not mk.prefix and not (mk.suffix and mk.kind == "municipality"):
        return None
    k = i + len(mk.lemmas)
    nxt = marker_at(toks, k, voc) if k < len(toks) else None
    gender = mk.gender
    if nxt is not None and nxt.lemmas in voc.city_prefixes:
        k += len(nxt.lemmas)  # "ЗАТО г. Северск", "муниципального образования город Новотроицк"
        gender = nxt.gender  # the name agrees with "город": "… город Гусь-Хрустальный"
    elif nxt is not None:
        return None
    n = _name_after(toks, k, lem, voc)
    if n == 0:
        return None
    after = marker_at(toks, k + n, voc) if k + n < len(toks) else None
    if after is not None and after.suffix and n == 1 and agrees(
            toks[k].text, [t.text for t in toks[k + n:k + n + len(after.lemmas)]], lem):
        return None  # "МО Северский район": the suffix marker names it
    words = [t.text for t in toks[k:k + n]]
    # "городского округа Жуковский": a name in -ский is the adjective, not the surname
    is_adj = n == 1 and "ADJF" in pos(words[0], lem) and (
        "NOUN" not in pos(words[0], lem) or bool(PLACE_ADJECTIVE.search(words[0].lower())))
    # a container's suffix names the adjective before it only ("Заречного муниципального
    # образования"), one after it keeps the prefix form
    template = mk.suffix if is_adj and mk.suffix and mk.kind != "container" \
        and not mk.city_after else mk.prefix
    if template is None and n == 1 and "ADJF" in pos(words[0], lem):
        template, is_adj = mk.suffix, True  # 'района "Синеборский"': a name in apposition
    if template is None:
        return None
    if template is mk.prefix and n == 1:
        # "города Приволье-Луговое": the name's own noun, not "город", governs its adjective
        gender = head_gender(words[0], lem) or gender
    if not mk.prefix_inflect:
        name = " ".join(geo_nominative(w, lem) for w in words)
    elif n == 1 and template is mk.prefix and toks[k].quoted:
        name = words[0]  # 'сельского поселения "Краснобор"': a quoted name keeps its spelling
    elif n == 2:
        name = two_word_name(words[0], words[1], lem, gender)
    else:
        name = nominative(words[0], lem, gender, adjective=is_adj)
    full, end = _second_name(toks, k + n, mk, lem, voc, " ({})")
    if not full:
        full, end = _second_name(toks, k + n, mk, lem, voc, " - {}")
    return Mention(mk.kind, template.format(name=name) + full, mk.rank, i, end, name)


@cache
def _compound_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in places_data().get("compound_names", ()))


def _compounds(text: str) -> tuple[list[Mention], str]:
    """Formal names joining a town and its district ('"Город Луговск и Луговский район"'), a
    district named after a person ("района имени Кленова" → "район имени Кленова"): one
    mention each, kept as written, and the text with those names blanked (their words are
    no places of their own)."""
    found: list[Mention] = []
    for rx in _compound_patterns():
        for m in rx.finditer(text):
            if "named" in rx.groupindex and m.group("named"):
                continue
            if "person" in rx.groupindex:  # "района имени Кленова" → "район имени Кленова"
                person = " ".join(m.group("person").split())
                name, (a, b) = f"{m.group('marker')} имени {person}", m.span()
            else:
                name, (a, b) = " ".join(m.group("name").split()), m.span("name")
            at = len(TOKEN.findall(text[: m.start()]))
            found.append(Mention("municipality", name, 1.0, at, at + 1, name))
            text = text[:a] + " " * (b - a) + text[b:]
    return found, text


def mentions(text: str, lem: Lemmatizer) -> list[Mention]:
    """Every place the markers of `text` name, in order."""
    return list(_mentions(text, lem))


# A document's place rules ask for the same texts again (title, letterhead lines: a quarter of
# the calls); the cache holds a few documents' texts, not a corpus.
@lru_cache(maxsize=256)
def _mentions(text: str, lem: Lemmatizer) -> tuple[Mention, ...]:
    voc = marker_vocab(lem)
    found, text = _compounds(text)
    toks = tokens(text, lem)
    i = 0
    while i < len(toks):
        mk = marker_at(toks, i, voc)
        if mk is None:
            i += 1
            continue
        m = _suffix_mention(toks, i, mk, lem, voc) or _prefix_mention(toks, i, mk, lem, voc)
        if m is not None:
            if not _foreign_state(m):
                found.append(m)
            i = max(m.end, i + 1)
        else:
            i += len(mk.lemmas)
    return tuple(found)


@cache
def _foreign_states() -> frozenset[str]:
    return frozenset(n.casefold() for n in places_data().get("foreign_states", ()))


def _foreign_state(m: Mention) -> bool:
    """"Республика Афганистан" in a text about veterans: a foreign state, never a region (a
    region is one of Russia's federal subjects, CONTRACT `region`)."""
    return m.kind == "region" and m.name.casefold() in _foreign_states()
