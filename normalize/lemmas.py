"""The one lemmatizer adapter: pymorphy3 (cached) for words, natasha (lazy) for named spans.

natasha's data (the news vectors, the NER model) is read through navec and slovnet, its own
package is not imported; nothing outside this module imports any of them, so the rest of the
code sees one lemmatizer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*")
# Grammemes of proper names: places, first names, surnames, patronymics, organisations.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn"})
_PROPER_SHARE = 0.5  # score share of the parses that must call a word a proper name
_ABBREVIATION_LETTERS = 6  # an unknown word this short is an abbreviation (МКУ, ЦМСО, МБДОУ)

# natasha is a neural tagger: it is for headers, cells and signatures, never whole documents.
MAX_ENTITY_TEXT = 2_000


class Lemmatizer:
    """Russian lemmas with a per-word cache; natasha NER loaded only when first asked for."""

    def __init__(self) -> None:
        import pymorphy3
        import pymorphy3.dawg

        self._morph = pymorphy3.MorphAnalyzer()
        # True when the compiled DAWG extension (pymorphy3[fast]) is in use: ~10x faster.
        self.fast: bool = bool(pymorphy3.dawg.EXTENSION_AVAILABLE)
        self._ner: Any = None
        self._emb: Any = None
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)
        self.parse = lru_cache(maxsize=50_000)(self._parse)
        self.all_lemmas = lru_cache(maxsize=100_000)(self._all_lemmas)
        self.tag = lru_cache(maxsize=100_000)(self._tag)
        self.is_known = lru_cache(maxsize=100_000)(self._is_known)

    def _lemma(self, word: str) -> str:
        """Normal form of `word`, lower case, ё → е; numbers and symbols as they are."""
        low = word.lower().replace("ё", "е")
        if (not low.isalpha() and "-" not in low) or not _analysable(low):
            return low
        return self.parse(low)[0].normal_form.replace("ё", "е")  # one parse per word

    def _all_lemmas(self, word: str) -> frozenset[str]:
        """Every normal form pymorphy3 offers for `word` (plus `lemma(word)`): vocabulary
        triggers match any of them, since the likeliest parse is sometimes wrong
        ("диагностику" → диагностик)."""
        low = word.lower().replace("ё", "е")
        if (not low.isalpha() and "-" not in low) or not _analysable(low):
            return frozenset({low})
        forms = {p.normal_form.replace("ё", "е") for p in self.parse(low)}
        return frozenset(forms | {self.lemma(word)})

    def _tag(self, word: str) -> tuple[str, str]:
        """(part of speech, case) of the likeliest parse ("NOUN", "gent"); "" when unknown."""
        low = word.lower().replace("ё", "е")
        if not low.isalpha() or not _analysable(low):
            return "", ""
        tag = self._morph.parse(low)[0].tag
        return str(tag.POS or ""), str(tag.case or "")

    def is_done(self, word: str) -> bool:
        """True when the likeliest parse of `word` tells of something done: a short passive
        participle ("проведена", "организованы") or a verb in the past ("состоялся")."""
        low = word.lower().replace("ё", "е")
        if not low.isalpha() or not _analysable(low):
            return False
        tag = self.parse(low)[0].tag
        return tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag)

    def _is_known(self, word: str) -> bool:
        """True when the dictionary knows `word` as written (no guessing from its ending)."""
        low = word.lower().replace("ё", "е")
        return low.isalpha() and _analysable(low) and self._morph.word_is_known(low)

    def knows_compound(self, word: str) -> bool:
        """True when the dictionary knows a hyphenated `word` whole ("йошкар-олы")."""
        low = word.lower().replace("ё", "е")
        return (low.replace("-", "").isalpha() and _analysable(low.replace("-", ""))
                and self._morph.word_is_known(low))

    def knows_prefixed(self, word: str) -> bool:
        """True when a hyphenated `word` ("фото-студии") joined is a noun the dictionary reads
        as its part before the hyphen prefixed to a word it knows ("фотостудии": "фото" +
        "студии"): a word a line broke at a hyphen. Compound adjectives ("социально-
        экономический", "юго-западный") keep their hyphen: only nouns join so."""
        low = word.lower().replace("ё", "е")
        head, _, rest = low.partition("-")
        joined = head + rest
        if not (head.isalpha() and rest.isalpha() and _analysable(joined)):
            return False
        parse = self.parse(joined)[0] if self.parse(joined) else None
        if parse is None or parse.tag.POS != "NOUN":
            return False
        stack = parse.methods_stack
        return (len(stack) == 2 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"
                and type(stack[1][0]).__name__ in _PREFIX_ANALYZERS and stack[1][1] == head)

    def _parse(self, word: str) -> tuple[Any, ...]:
        """Full pymorphy3 parses of a word (for inflection: nominative forms of places)."""
        # pymorphy3 raises on letters Unicode has no name for; they parse as unknown.
        return tuple(self._morph.parse(word if _analysable(word) else ""))

    def is_proper(self, word: str) -> bool:
        """True when `word` (any case) is likely a proper name: most of its parse weight is a
        place, person or organisation name ("ПЕНЗЫ", "ИВАНОВА"), or the dictionary does not know
        a longer word (invented names: "ЕЛАНЬГИНСКОГО"). Place adjectives the dictionary knows
        as common ones ("СЕВЕРСКОГО") are not recognised here."""
        low = word.lower().replace("ё", "е")
        if not low.isalpha() or not _analysable(low):
            return False
        if not self._morph.word_is_known(low):
            return len(low) > _ABBREVIATION_LETTERS
        parses = self.parse(low)
        proper = sum(p.score for p in parses if _PROPER & p.tag.grammemes)
        return proper >= _PROPER_SHARE * sum(p.score for p in parses)

    def is_abbreviation(self, word: str) -> bool:
        """True for an abbreviation ("МКУ", "ЦМСО", "МО"): a short word the dictionary does
        not know, or whose likeliest parse is marked as one."""
        low = word.lower().replace("ё", "е")
        if not low.isalpha() or len(low) > _ABBREVIATION_LETTERS or not _analysable(low):
            return False
        if not self._morph.word_is_known(low):
            return True
        parses = self.parse(low)
        return bool(parses) and "Abbr" in parses[0].tag

    @staticmethod
    def words(text: str) -> list[str]:
        """Word tokens of `text` (hyphenated compounds kept whole)."""
        return _WORD.findall(text)

    def lemmas(self, text: str) -> list[str]:
        """Lemmas of every word in `text`, in order."""
        return list(map(self.lemma, self.words(text)))  # no Python step per word

    def inflect(self, word: str, grammemes: set[str]) -> str | None:
        """`word` put into the given grammemes (e.g. {"nomn"}), or None if impossible."""
        parses = self.parse(word)
        if not parses:
            return None
        p = parses[0].inflect(set(grammemes))
        return p.word if p else None

    def nominative_of_dative(self, word: str) -> str | None:
        """The nominative of `word` read as a dative ("Луговской средней школе" after "По" →
        "луговская средняя школа"), or None."""
        datv = [p for p in self.parse(word) if "datv" in p.tag]
        got = datv[0].inflect({"nomn"}) if datv else None
        return got.word if got else None

    def nominative_of_accusative(self, word: str) -> str | None:
        """The nominative of `word` read as an accusative ("программу" → "программа",
        "дорожную" → "дорожная"; "план" stays "план"), or None when no parse is one. The
        nominative of the same gender and number as the accusative read."""
        accs = [p for p in self.parse(word) if "accs" in p.tag]
        got = accs[0].inflect({"nomn"}) if accs else None
        return got.word if got else None

    def nominative_of_locative(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """Adjectives and their head noun (last) in the locative put into the nominative,
        agreeing with the head ("детском саду" → "детский сад", "средней школе" → "средняя
        школа"); None unless the head reads as a locative noun and every adjective as one."""
        if not words:
            return None
        heads = [p for p in self.parse(words[-1].lower())
                 if p.tag.POS == "NOUN" and ("loct" in p.tag or "loc2" in p.tag)]
        head = heads[0].inflect({"nomn"}) if heads else None
        if head is None:
            return None
        agree = {"nomn", "plur"} if "plur" in heads[0].tag else {"nomn", str(heads[0].tag.gender)}
        out: list[str] = []
        for word in words[:-1]:
            adj = [p for p in self.parse(word.lower())
                   if p.tag.POS in ("ADJF", "PRTF") and "loct" in p.tag]
            got = adj[0].inflect(agree) if adj else None
            if got is None:
                return None
            out.append(got.word)
        return (*out, head.word)

    def nominative(self, word: str) -> str | None:
        """The nominative of `word` read as a genitive ("луговской" in "МБОУ Луговской ООШ" →
        "луговская", though its likeliest parse is a masculine nominative), or None. A word
        written with a capital reads as a surname when it can be one ("Кедровой" → "кедрова",
        not the adjective's "кедровая")."""
        parses = self.parse(word)
        gent = [p for p in parses if "gent" in p.tag]
        if word[:1].isupper() and word[1:].islower():
            gent = [p for p in gent if "Surn" in p.tag] or gent
        if not gent:
            return None
        got = gent[0].inflect({"nomn"})
        return got.word if got else None

    def reads_nominative(self, word: str) -> bool:
        """`word` can stand in the nominative as written: a capitalised word as a surname
        ("Глухова": a woman's surname, also a man's in the genitive), else any noun."""
        parses = self.parse(word)
        if word[:1].isupper() and word[1:].islower():
            return any("Surn" in p.tag and "nomn" in p.tag for p in parses)
        return any("nomn" in p.tag for p in parses)

    def embedding(self) -> Any:
        """natasha's navec word vectors (news, 250K words, 300 dimensions), loaded on first use
        (~0.6 s) and shared with the NER tagger: `word in emb`, `emb[word]` (numpy array)."""
        if self._emb is None:
            self._emb = _load_embedding()
        return self._emb

    def entities(self, text: str) -> list[tuple[str, str]]:
        """natasha NER spans as (type, text) with type in PER/LOC/ORG. Short spans only."""
        text = text[:MAX_ENTITY_TEXT]
        if not text.strip():
            return []
        if self._ner is None:
            self._ner = _load_natasha(self.embedding())
        # the tagger alone: natasha's `Doc.segment` + `tag_ner` take the same spans from it
        # and only add sentence and token lists (a fifth of a call's cost) nothing here reads
        markup = self._ner(text)
        return [(s.type, text[s.start:s.stop]) for s in markup.spans]


def _analysable(word: str) -> bool:
    """pymorphy3 looks up every letter's Unicode name; unnamed letters make it raise."""
    if _NAMED_LETTERS.fullmatch(word):  # Russian and Latin words: no name to look up
        return True
    return all(unicodedata.name(ch, "") for ch in word if ch.isalpha())


# letters that all have Unicode names (and what no letter is): most words are made of them only
_NAMED_LETTERS = re.compile(r"[А-Яа-яЁёA-Za-z0-9\-]*")


def _natasha_data(*parts: str) -> str:
    """A file of natasha's package data (the paths natasha.data names), found without importing
    natasha: its __init__ loads every tool it has (morphology, syntax, yargy's grammars, the
    markup printer; ~20 ms) and nothing here uses them — the vectors come through navec, the
    tagger through slovnet."""
    import os
    from importlib.util import find_spec

    spec = find_spec("natasha")  # the package is found, not run
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("natasha")
    return os.path.join(next(iter(spec.submodule_search_locations)), "data", *parts)


def _load_embedding() -> Any:
    """natasha's news vectors (what `natasha.NewsEmbedding()` loads), without the tables
    navec's constructor precomputes for its `sim` (every word's norm and the centroids'
    dot products: 0.25 CPU-s, 26 MB and a 100 MB transient per load). Nothing here calls
    `sim`: a word's vector and the NER tagger read the codes and indexes only."""
    import numpy as np
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB
    from navec.pq import PQ
    from navec.tar import Tar
    from navec.vocab import Vocab

    class Codes(PQ):
        def precompute(self) -> None:
            self.qdims = np.arange(self.qdim)  # what __getitem__ needs

    with Tar(_natasha_data("emb", "navec_news_v1_1B_250K_300d_100q.tar")) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, Vocab.from_file(tar.load(VOCAB)), Codes.from_file(tar.load(PQ_)))


def _load_natasha(embedding: Any) -> Any:
    """natasha's news NER tagger (`natasha.NewsNERTagger`): slovnet's model with the news
    vectors. natasha's class only copies slovnet's spans into its own of the same fields
    (start, stop, type)."""
    from slovnet import NER  # type: ignore[import-untyped]

    return NER.load(_natasha_data("model", "slovnet_ner_news_v1.tar")).navec(embedding)


# pymorphy3 analyzers that read a word as a prefix before a dictionary word
_PREFIX_ANALYZERS = frozenset({"KnownPrefixAnalyzer", "UnknownPrefixAnalyzer"})


@lru_cache(maxsize=1)
def get_lemmatizer() -> Lemmatizer:
    """The process-wide lemmatizer (pymorphy3 dictionaries load once)."""
    return Lemmatizer()
