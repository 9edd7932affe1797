"""Places a text marks: markers (город, г., район, городской округ, муниципальное образование,
область, край …) are data (data/places.yaml) matched by lemma sequence; a marker takes its name
from the neighbouring capitalised word, an adjective before it ("Северского района" → "Северский
район") or a name after it ("города Пензы" → "Пенза"), put in the nominative by place_names.py.
places.py scores the mentions found here; place_markers.py finds the markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from normalize.lemmas import Lemmatizer
from normalize.place_markers import (
    Marker,
    MarkerVocab,
    is_initial,
    is_name,
    marker_at,
    marker_vocab,
)
from normalize.place_names import (
    PLACE_ADJECTIVE,
    agrees,
    geo_nominative,
    head_gender,
    nominative,
    pos,
    stressed_masculine,
    town_adjective,
    two_word_name,
)
from normalize.place_qualitative import qualitative_rule, qualitative_vocab
from normalize.place_tokens import TOKEN, Tok, places_data, tokens


@dataclass(frozen=True)
class Mention:
    """A place a marker names in a text: its kind, canonical name, the marker's rank, tokens."""

    kind: str
    name: str
    rank: float
    start: int
    end: int  # index after the last token consumed
    core: str = ""  # the name without its marker ("Ленинск-Кузнецкий")
    rule: str = ""  # a rule that needed evidence to read the name (place_qualitative.py)


def _suffix_mention(toks: list[Tok], i: int, mk: Marker, lem: Lemmatizer,
                    voc: MarkerVocab) -> Mention | None:
    if not mk.suffix or i == 0:
        return None
    if mk.nation and not is_name(toks[i - 1], voc):
        return _national_district(toks, i, mk, lem, voc)
    if not is_name(toks[i - 1], voc):
        return None
    if mk.kind == "container" and _names_after(toks, i + len(mk.lemmas), lem, voc):
        return None  # "с. Ягодное муниципальное образование «Кедровский округ»": its name after
    word = toks[i - 1].text
    # "Каждый район", "Социальная область" are no places, but before a marker of two words
    # ("Заречного муниципального района", "Солнечного городского округа") a qualitative
    # adjective is a name too
    adjective = "ADJF" in pos(word, lem, relative=True, qualitative=len(mk.lemmas) > 1)
    rule, rank = "", mk.rank
    marker = [t.text for t in toks[i:i + len(mk.lemmas)]]
    if not adjective and town_adjective(word, marker, lem):
        rule, adjective = "town_name_district", True  # "Мирный район": the marker decides
    if not adjective and not PLACE_ADJECTIVE.search(word.lower()):
        # "Северного района", "Заречной области": a common word named where a place stands
        rule = qualitative_rule(toks, i, len(mk.lemmas), mk.gender, mk.agrees,
                                _placed(toks, i, len(mk.lemmas), voc), lem,
                                mk.kind == "municipality") or ""
        if not rule:
            return None
        adjective, rank = True, rank * qualitative_vocab(lem).rank
    stressed = mk.agrees and stressed_masculine(word, marker, lem)
    if mk.agrees and not stressed and not agrees(word, marker, lem):
        return None  # 'района "Синеключевский" Республики Коми': no "Синеключевская Республика"
    # "Полевской район": a stressed "-ской" in the nominative is the name as written
    name = word if stressed else nominative(word, lem, mk.gender, adjective=True)
    start = i - 1
    if mk.kind == "municipality" and _first_adjective(toks, i, mk, lem, voc):
        start = i - 2  # "Заозёрного Северо-Лесного муниципального района": both words
        name = f"{nominative(toks[i - 2].text, lem, mk.gender, adjective=True)} {name}"
    end = i + len(mk.lemmas)
    full, end = _second_name(toks, end, mk, lem, voc, " - {}")
    return Mention(mk.kind, mk.suffix.format(name=name) + full, rank, start, end, name, rule)


def _placed(toks: list[Tok], i: int, n: int, voc: MarkerVocab) -> bool:
    """A formation's marker right before the name ("МО Северный район") or a region after the
    marker ("Северный район Заречной области", "… района Республики Коми")."""
    name = i - 1
    if any((mk := marker_at(toks, k, voc)) is not None and k + len(mk.lemmas) == name
           for k in range(max(0, name - 3), name)):
        return True
    end = i + n
    after = marker_at(toks, end, voc) or (
        marker_at(toks, end + 1, voc) if end < len(toks) and is_name(toks[end], voc) else None)
    return after is not None and after.kind == "region"


def _national_district(toks: list[Tok], i: int, mk: Marker, lem: Lemmatizer,
                       voc: MarkerVocab) -> Mention | None:
    """"Заречного немецкого национального района" → "Заречный немецкий национальный район": the
    nation's adjective, in lowercase, stands between the place's adjective and the marker; both
    are the district's name."""
    place = toks[i - 2] if i >= 2 else None
    if place is None or not is_name(place, voc) or not PLACE_ADJECTIVE.search(place.text.lower()):
        return None
    nation = toks[i - 1].text
    marker = [t.text for t in toks[i:i + len(mk.lemmas)]]
    if not nation.isalpha() or not nation.islower() or "ADJF" not in pos(nation, lem) \
            or not agrees(nation, marker, lem) or not agrees(toks[i - 2].text, marker, lem):
        return None
    name = " ".join(nominative(t.text, lem, mk.gender, adjective=True) for t in toks[i - 2:i])
    return Mention(mk.kind, mk.suffix.format(name=name) if mk.suffix else name, mk.rank,
                   i - 2, i + len(mk.lemmas), name)


def _names_after(toks: list[Tok], k: int, lem: Lemmatizer, voc: MarkerVocab) -> bool:
    """A container's own name (or a marker naming it) follows it."""
    return k < len(toks) and (marker_at(toks, k, voc) is not None
                              or _name_after(toks, k, lem, voc) > 0)


def _first_adjective(toks: list[Tok], i: int, mk: Marker, lem: Lemmatizer,
                     voc: MarkerVocab) -> bool:
    """A district named by two place adjectives, both agreeing with its marker."""
    if i < 2 or not is_name(toks[i - 2], voc) or marker_at(toks, i - 2, voc) is not None:
        return False
    word = toks[i - 2].text
    return bool(PLACE_ADJECTIVE.search(word.lower())) and agrees(
        word, [t.text for t in toks[i:i + len(mk.lemmas)]], lem)


_DASHES = frozenset("-–—")


def _second_name(toks: list[Tok], k: int, mk: Marker, lem: Lemmatizer, voc: MarkerVocab,
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
    if not is_name(word, voc) or marker_at(toks, k + 1, voc) is not None \
            or (opener == "(" and not closed) or is_initial(toks, k + 2):
        return "", k
    if opener != "(" and k + 2 < len(toks) and is_name(toks[k + 2], voc) \
            and _person_word(toks[k + 2].text, lem):
        # "… область – Иван Петров": a person after a dash; not "… округ – Югра Тюменская
        # область", "… – Югра Муниципальное учреждение": a letterhead's next line
        return "", k
    return form.format(geo_nominative(word.text, lem)), k + (3 if closed else 2)


_PERSON = frozenset({"Name", "Surn", "Patr"})


def _person_word(word: str, lem: Lemmatizer) -> bool:
    """A person's name or surname by one of pymorphy3's first parses ("Петров", "Сидоренко")."""
    return any(_PERSON & p.tag.grammemes for p in lem.parse(word.lower())[:3])


def _name_after(toks: list[Tok], k: int, lem: Lemmatizer, voc: MarkerVocab) -> int:
    """Number of tokens of the name starting at k (0: no name; 2: "Нижнего Новгорода")."""
    if k >= len(toks) or not is_name(toks[k], voc) \
            or lem.parse(toks[k].text.lower())[0].tag.POS in voc.not_name_pos:
        return 0
    # "г. Заречного Лесной области": the second word names the marker after it, not the town;
    # "МО «Заречный» Санкт-Петербурга": a federal city after the name is its region
    if (k + 1 < len(toks) and is_name(toks[k + 1], voc) and "ADJF" in pos(toks[k].text, lem)
            and "NOUN" in pos(toks[k + 1].text, lem) and marker_at(toks, k + 1, voc) is None
            and marker_at(toks, k + 2, voc) is None and not _federal_city(toks[k + 1].text)):
        return 2
    return 1


@cache
def _federal_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx, re.IGNORECASE)
                 for rx in places_data().get("federal_cities", {}).values())


def _federal_city(word: str) -> bool:
    """A city of federal significance (data/places.yaml `federal_cities`): a region of its
    own, never the second word of a municipality's name."""
    return any(rx.fullmatch(word) for rx in _federal_patterns())


def _inner_settlement(toks: list[Tok], i: int, k: int, mk: Marker, lem: Lemmatizer,
                      voc: MarkerVocab) -> Mention | None:
    """A formation named as a settlement ("МО поселок Сосновый", "внутригородского
    муниципального образования Санкт-Петербурга поселок Лесной"): the formation, a municipality
    keeping the settlement's word ("посёлок Лесной") — not the village where an act was signed.
    The federal city and its "города федерального значения" before the name are passed over
    (the city is the region, found on its own)."""
    skip = places_data().get("inner_formation_words", ())
    j = k
    while j < len(toks) and j - k < _INNER_REACH and (
            _federal_city(toks[j].text) or toks[j].lemma in skip):
        j += 1
    nxt = marker_at(toks, j, voc) if j < len(toks) else None
    if nxt is None or nxt.kind != "settlement":
        return None
    found = _prefix_mention(toks, j, nxt, lem, voc)
    if found is None:
        return None
    return Mention("municipality", found.name, mk.rank, i, found.end, found.core or found.name,
                   "inner formation named as a settlement")


_INNER_REACH = 4  # "города федерального значения Санкт-Петербурга"


def _apposition_gender(word: str, lem: Lemmatizer) -> str | None:
    """The gender of an adjective name already in the nominative ("муниципального образования
    Заречный", "МО Сосновое"): a name in apposition to a formation agrees with its own noun
    (округ, поселение), not with the neuter "образование"; None when it is declined."""
    for p in lem.parse(word.lower()):
        if p.tag.POS == "ADJF" and p.tag.case == "nomn" and p.tag.number == "sing":
            return str(p.tag.gender)
    return None


def _prefix_mention(toks: list[Tok], i: int, mk: Marker, lem: Lemmatizer,
                    voc: MarkerVocab) -> Mention | None:
    """A name after its marker ("города Пензы"); for a marker that names with a suffix, an
    adjective name in apposition ('муниципального района "Прилузский"' → "Прилузский район")."""
    if not mk.prefix and not (mk.suffix and mk.kind == "municipality"):
        return None
    k = i + len(mk.lemmas)
    inner = _inner_settlement(toks, i, k, mk, lem, voc) if mk.kind == "container" else None
    if inner is not None:
        return inner
    nxt = marker_at(toks, k, voc) if k < len(toks) else None
    gender = mk.gender
    if nxt is not None and nxt.lemmas in voc.city_prefixes:
        k += len(nxt.lemmas)  # "ЗАТО г. Северск", "муниципального образования город Новотроицк"
        gender = nxt.gender  # the name agrees with "город": "… город Гусь-Хрустальный"
    elif nxt is not None:
        return None
    n = _name_after(toks, k, lem, voc)
    if n == 0 or (mk.kind == "region" and toks[k].quoted):
        # "… республики «Развитие образования»": a region's own name is never quoted; the
        # quotes name a programme or a body of the region named before its noun
        return None
    after = marker_at(toks, k + n, voc) if k + n < len(toks) else None
    if after is not None and after.suffix and n == 1 and agrees(
            toks[k].text, [t.text for t in toks[k + n:k + n + len(after.lemmas)]], lem):
        return None  # "МО Северский район": the suffix marker names it
    words = [t.text for t in toks[k:k + n]]
    # "городского округа Жуковский": a name in -ский is the adjective, not the surname
    is_adj = n == 1 and "ADJF" in pos(words[0], lem) and (
        "NOUN" not in pos(words[0], lem) or bool(PLACE_ADJECTIVE.search(words[0].lower()))
        or (mk.adjective_after and gender == mk.gender and nxt is None))
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
        if is_adj and (mk.kind == "container" or mk.kind == "settlement"):
            # "поселок Луговое": a name printed in the nominative is the settlement's own name
            # (its gender its own); only a declined one agrees with the marker's noun
            gender = _apposition_gender(words[0], lem) or gender
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
