"""A qualitative adjective as a place's name ("Северного района", "Заречной области", "в
Центральном районе"): words that are also common words ("северный", "новый", "заречный") name
a place before a one-word marker only where a place stands — capitalised inside a sentence, in a
letterhead after the body it names, before the region the place lies in, after a formation's
marker — and never as the generic words data/places.yaml `generic_before_marker` lists
("Отдалённого района", "Каждый район"), nor in the plural ("отдалённых районов" name no one
place). place_mentions.py asks here before it drops such an adjective; the rule that decided
is the mention's `rule`, which `--debug` prints."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from normalize.lemmas import Lemmatizer
from normalize.place_tokens import Tok, places_data

_SENTENCE_ENDS = frozenset(".!?:;")


@dataclass(frozen=True)
class QualitativeVocab:
    """The generic words before a marker (adjectives' normal forms, "е" for "ё") and the rank
    factor of such a name."""

    generic: frozenset[str]
    rank: float


@lru_cache(maxsize=4)
def qualitative_vocab(lem: Lemmatizer) -> QualitativeVocab:
    """data/places.yaml `generic_before_marker` and `qualitative_rank`, once."""
    raw = places_data()
    return QualitativeVocab(frozenset(w.replace("ё", "е") for w in raw["generic_before_marker"]),
                            float(raw["qualitative_rank"]))


def singular_cases(word: str, marker: str | None, gender: str, lem: Lemmatizer) -> set[str]:
    """The cases in which `word`, an adjective in the singular of `gender`, stands with the
    singular `marker` word (None: an abbreviation that agrees with nothing, "р-на"); empty for
    a plural or a word that does not agree ("отдалённых районов", "Северный области")."""
    cases = {str(p.tag.case) for p in lem.parse(word.lower()) if p.tag.POS == "ADJF"
             and "Apro" not in p.tag and p.tag.number == "sing"
             and p.tag.gender in (None, gender)}
    if marker is None:
        return cases
    return cases & {str(p.tag.case) for p in lem.parse(marker.lower())
                    if p.tag.POS == "NOUN" and p.tag.number == "sing"}


def qualitative_rule(toks: list[Tok], i: int, n: int, gender: str, agrees: bool,
                     placed: bool, lem: Lemmatizer, municipal: bool = False) -> str | None:
    """Why the qualitative adjective `toks[i - 1]` before the marker of `n` tokens at `i` names
    a place, or None when it does not: `placed` — a formation's marker before it or the region
    after it ("МО Северный район", "Северный район Заречной области"); in an oblique case, a
    capital inside a sentence ("в школах Северного района"), after a body's noun or an
    institution's number in capitals ("АДМИНИСТРАЦИИ СЕВЕРНОГО РАЙОНА", "№ 4 ЮЖНОГО РАЙОНА"),
    or a phrase of its own ("Заречной области" alone: the place a fact's phrase gives); a
    `municipal` marker's phrase in the nominative only as the whole text ("ЗАРЕЧНЫЙ РАЙОН") or
    capitalised inside a sentence ("в 2031 году Северный район …")."""
    word = toks[i - 1]
    # a common word the dictionary knows ("Северного"), not a guess at glued words
    # ("ПравительстваЛесной области": a site export's lost space)
    if not lem.is_known(word.text.lower()) \
            or _adjective_lemmas(word.text, lem) & qualitative_vocab(lem).generic:
        return None
    cases = singular_cases(word.text, toks[i].text if agrees and n == 1 else None, gender, lem)
    if not cases:
        return None
    if placed:
        return "qualitative_name:placed"
    start = i < 2 or toks[i - 2].text in _SENTENCE_ENDS or word.quoted
    if "nomn" in cases:  # "Северный район" opening a sentence: the capital proves nothing,
        # unless the phrase is the whole text (a letterhead's or a cell's line naming the
        # district alone, "ЗАРЕЧНЫЙ РАЙОН", handed on as the municipality's phrase); a
        # district's inside a sentence ("В 2031 году Заречный район вошёл …") does, as in any
        # case (a region's in an address line, "Россия, Заречная область", is left alone)
        if municipal and i == 1 and i + n == len(toks):
            return "qualitative_name:line"
        inside = municipal and not start and not word.caps
        return "qualitative_name:inside_sentence" if inside else None
    if not start and not word.caps:
        return "qualitative_name:inside_sentence"
    if not start and _body_word(toks[i - 2], lem):
        return "qualitative_name:after_body"
    if start and _alone(toks, i + n):
        return "qualitative_name:alone"
    return None


def _adjective_lemmas(word: str, lem: Lemmatizer) -> set[str]:
    """The word's normal forms as an adjective ("Малого" → "малый", not the noun "малое")."""
    return {p.normal_form.replace("ё", "е") for p in lem.parse(word.lower())
            if p.tag.POS in ("ADJF", "PRTF")}


def _body_word(tok: Tok, lem: Lemmatizer) -> bool:
    """A noun or a number before the name: the body or institution the territory's genitive
    completes ("АДМИНИСТРАЦИИ", "№ 4"), not a preposition ("В СОЦИАЛЬНОЙ ОБЛАСТИ")."""
    if tok.text.isdigit():
        return True
    parses = lem.parse(tok.text.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _alone(toks: list[Tok], end: int) -> bool:
    """The phrase ends its text, or a sign, a number or a name in normal case follows it (not
    the next word of a sentence: "Новой области знаний посвящён …")."""
    if end >= len(toks):
        return True
    nxt = toks[end]
    return not nxt.text[:1].isalpha() or (nxt.text[:1].isupper() and not nxt.caps)
