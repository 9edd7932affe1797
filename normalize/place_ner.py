"""The municipality natasha finds among the short texts, when no marker named one."""

from __future__ import annotations

from functools import cache

from normalize.lemmas import Lemmatizer
from normalize.place_mentions import marker_at, marker_vocab
from normalize.place_names import nominative, two_word_name
from normalize.place_tokens import places_data, tokens

# Texts longer than this never go to natasha (a header or a title, not a document).
_NER_MAX = 300
_NER_TEXTS = 5  # and only the first few of them


def ner_municipality(texts: list[str], lem: Lemmatizer, region: str | None) -> str | None:
    """natasha LOC spans of the short texts, as a last resort."""
    voc = marker_vocab(lem)
    asked: set[str] = set()
    short = [t for t in texts if t.strip() and len(t) <= _NER_MAX][:_NER_TEXTS]
    for k, text in enumerate(short):
        if text in asked or _all_capitals(text, lem) or _grif(text, lem):
            continue  # natasha costs ~1 ms a call: a repeated text answers as before
        asked.add(text)
        following = [t for t in short[k + 1:] if t != text]
        for kind, span in lem.entities(text):
            words = lem.words(span)
            if kind != "LOC" or not words or any(lem.lemma(w) in voc.not_names for w in words):
                continue
            if any(len(w) > 1 and w.isupper() for w in words):
                continue  # "Новочарская СОШ": a school's name, no place (abbreviations)
            if _names_institution(text, span, lem):
                continue  # "Луговская средняя общеобразовательная школа"
            if _street(text, span, lem):
                continue  # "по улице Садовой": a street's name, no place
            if _region_after(text, span, following, lem):
                continue  # "… в Чувашской" / "Республике …": a region's adjective, its noun below
            toks = tokens(span, lem)
            if any(marker_at(toks, j, voc) for j in range(len(toks))):
                continue  # a marked place the rules already judged (region, …)
            name = (two_word_name(words[0], words[1], lem, "masc") if len(words) == 2
                    else " ".join(nominative(w, lem, "masc") for w in words))
            if name != region:
                return name
    return None


def _names_institution(text: str, span: str, lem: Lemmatizer) -> bool:
    """The span is the adjective of a school's own name: a school's word follows it."""
    at = text.find(span)
    after = lem.words(text[at + len(span):])[:1] if at >= 0 else []
    return bool(after) and lem.lemma(after[0]) in _institution_after()


def _street(text: str, span: str, lem: Lemmatizer) -> bool:
    """The span is a street's name: a street's word ("улица", "ул.", "проспект") stands right
    before it."""
    at = text.find(span)
    before = text[:at].split()[-1:] if at > 0 else []
    word = before[0].strip(".,").lower() if before else ""
    return bool(word) and (word in _street_words() or lem.lemma(word) in _street_words())


@cache
def _street_words() -> frozenset[str]:
    return frozenset(places_data().get("street_before", ()))


def _region_after(text: str, span: str, following: list[str], lem: Lemmatizer) -> bool:
    """The span is the adjective of a region: a region marker ("Республика", "область",
    "край") follows it in the same text — or, when the span ends the text (texts may be lines,
    a title cut at a line's end), at the start of the next text or after the same adjective in
    a later text ("… в Чувашской" / "… в Чувашской Республике …")."""
    at = text.find(span)
    rest = text[at + len(span):] if at >= 0 else ""
    if lem.words(rest):
        return _region_marker_starts(rest, lem)
    if following and _region_marker_starts(following[0], lem):
        return True  # the line broke after the adjective
    return any(_region_marker_starts(t[i + len(span):], lem)
               for t in following for i in _finds(t, span))


def _finds(text: str, span: str) -> list[int]:
    out, i = [], text.find(span)
    while i >= 0:
        out.append(i)
        i = text.find(span, i + 1)
    return out


def _region_marker_starts(text: str, lem: Lemmatizer) -> bool:
    toks = tokens(text, lem)
    mk = marker_at(toks, 0, marker_vocab(lem)) if toks else None
    return mk is not None and mk.kind == "region"


def _grif(text: str, lem: Lemmatizer) -> bool:
    """`text` is an approval or agreement stamp ("УТВЕРЖДАЮ …", "СОГЛАСОВАНО …"): the names in
    it are people's."""
    words = lem.words(text)[:1]
    return bool(words) and lem.lemma(words[0]) in _grif_openers()


@cache
def _grif_openers() -> frozenset[str]:
    return frozenset(places_data().get("grif_openers", ()))


@cache
def _institution_after() -> frozenset[str]:
    return frozenset(places_data().get("institution_after", ()))


def _all_capitals(text: str, lem: Lemmatizer) -> bool:
    """Every word of `text` is letters in capitals, two or more ("ПРАВИТЕЛЬСТВО … ОБЛАСТИ"):
    any span natasha finds in it is made of such words, which the fallback skips as a
    school's or a body's abbreviation — so natasha need not be asked."""
    return all(len(w) > 1 and w.isalpha() and w.isupper() for w in lem.words(text))
