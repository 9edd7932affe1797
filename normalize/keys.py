"""Comparison keys of activities and indicators, and activity types.

Key choice: the SORTED UNIQUE LEMMAS of the content words. Word order, case, number and
inflection do not matter ("Доля педагогов, прошедших курсы" = "доля прошедших курсы педагогов");
abbreviations are expanded (ОО → образовательная организация, data/abbreviations.yaml), synonymous
wordings folded ("педагогический работник" → педагог), function words and filler dropped
(data/stopwords.yaml), numbers dropped (a target value is not part of what is measured). Two
wordings of one indicator get equal keys or keys close under rapidfuzz ratio.

Activity types: an ordered taxonomy (data/activity_types.yaml) of lemma triggers, tried on the
head of the title first (its words before "по", "для", ":" …), then on the whole title; quoted
names are left out (a seminar named «Конкурс идей» is a seminar). Words are read left to right
and at each word the rules are tried in their order: the first match wins, so the leading noun
decides ("Анализ результатов ВПР и подготовка рекомендаций" is an analysis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ingest.yaml_data import load_yaml
from normalize.lemmas import Lemmatizer
from normalize.orgs import vocab as org_vocab

_DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")

Seq = tuple[str, ...]


@cache
def _yaml(name: str) -> dict[str, Any]:
    return load_yaml((_DATA / name).read_text(encoding="utf-8"))


Pairs = tuple[tuple[Seq, Seq], ...]


@dataclass(frozen=True)
class _KeyVocab:
    expand: dict[str, Seq]  # abbreviation as written → lemmas of its expansion
    synonyms: Pairs  # longest first
    stop_phrases: tuple[Seq, ...]
    stop: frozenset[str]
    # the same (stop phrases → nothing, synonyms) by first lemma, so that each word is tried
    # only against the sequences that can start with it
    stop_by_first: dict[str, Pairs]
    synonyms_by_first: dict[str, Pairs]


@dataclass(frozen=True)
class _TypeRule:
    type: str
    lemmas: frozenset[str]
    phrases: tuple[Seq, ...]


@dataclass(frozen=True)
class _TypeVocab:
    rules: tuple[_TypeRule, ...]
    head_stops: frozenset[str]
    default: str
    # every lemma that can fire a rule (its lemmas, the first lemma of its phrases): a word
    # with none of them is passed over without trying the rules
    triggers: frozenset[str]


@lru_cache(maxsize=4)
def _key_vocab(lem: Lemmatizer) -> _KeyVocab:
    ab, sw, orgs = _yaml("abbreviations.yaml"), _yaml("stopwords.yaml"), org_vocab(lem)
    expand = {a: tuple(lem.lemmas(orgs.full[k])) for a, k in orgs.abbr.items()}
    expand.update({a: tuple(lem.lemmas(full)) for a, full in (ab.get("terms") or {}).items()})
    synonyms = tuple(sorted(((tuple(lem.lemmas(a)), tuple(lem.lemmas(b)))
                             for a, b in (ab.get("synonyms") or {}).items()),
                            key=lambda s: -len(s[0])))
    stop_phrases = tuple(sorted((tuple(lem.lemmas(p)) for p in sw["phrases"]), key=len,
                                reverse=True))
    return _KeyVocab(
        expand=expand, synonyms=synonyms, stop_phrases=stop_phrases,
        stop=frozenset(lem.lemma(w) for w in sw["lemmas"]),
        stop_by_first=_by_first(tuple((p, ()) for p in stop_phrases)),
        synonyms_by_first=_by_first(synonyms))


def _by_first(pairs: Pairs) -> dict[str, Pairs]:
    """Pairs by the first lemma of the sequence they replace, in their order (empty ones never
    match and are left out)."""
    index: dict[str, list[tuple[Seq, Seq]]] = {}
    for old, new in pairs:
        if old:
            index.setdefault(old[0], []).append((old, new))
    return {first: tuple(p) for first, p in index.items()}


def _replace(lemmas: list[str], by_first: dict[str, Pairs]) -> list[str]:
    """Replace lemma sequences (longest first, left to right); `by_first`: see _by_first."""
    out: list[str] = []
    i = 0
    while i < len(lemmas):
        for old, new in by_first.get(lemmas[i], ()):
            if tuple(lemmas[i:i + len(old)]) == old:
                out += new
                i += len(old)
                break
        else:
            out.append(lemmas[i])
            i += 1
    return out


def _word_lemmas(word: str, lem: Lemmatizer) -> list[str]:
    """Lemma of a word; a compound of nouns gives each ("педагогов-участников" → педагог,
    участник) so that it equals "педагогов - участников"; "научно-методический" stays whole."""
    parts = word.split("-")
    if len(parts) > 1 and all(p.isalpha() and _is_noun(p, lem) for p in parts):
        return [lem.lemma(p) for p in parts]
    return [lem.lemma(word)]


def _is_noun(word: str, lem: Lemmatizer) -> bool:
    parses = lem.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def content_lemmas(text: str, lem: Lemmatizer) -> list[str]:
    """Lemmas of the content words of `text`, abbreviations expanded, synonyms folded."""
    voc = _key_vocab(lem)
    lemmas: list[str] = []
    for word in lem.words(text):
        lemmas += voc.expand.get(word) or _word_lemmas(word, lem)
    lemmas = _replace(lemmas, voc.stop_by_first)
    lemmas = _replace(lemmas, voc.synonyms_by_first)
    return [w for w in lemmas
            if w not in voc.stop and not w.isdigit() and len(w) > 1]


def _key(text: str, lem: Lemmatizer) -> str:
    return " ".join(sorted(set(content_lemmas(text, lem))))


def activity_key(title: str, lem: Lemmatizer) -> str:
    """Normalised key of an activity title: sorted unique content lemmas."""
    return _key(title, lem)


def indicator_key(name: str, lem: Lemmatizer) -> str:
    """Normalised key of an indicator name: sorted unique content lemmas."""
    return _key(name, lem)


# ---------------------------------------------------------------- activity types

@lru_cache(maxsize=4)
def _type_vocab(lem: Lemmatizer) -> _TypeVocab:
    raw = _yaml("activity_types.yaml")
    rules = tuple(
        _TypeRule(type=r["type"], lemmas=frozenset(lem.lemma(w) for w in r.get("lemmas") or []),
                  phrases=tuple(tuple(lem.lemmas(p)) for p in r.get("phrases") or []))
        for r in raw["types"])
    if any(not seq for r in rules for seq in r.phrases):
        raise ValueError("activity_types.yaml: an empty phrase")  # it would match everywhere
    triggers = frozenset().union(*(r.lemmas | {seq[0] for seq in r.phrases} for r in rules))
    return _TypeVocab(rules, frozenset(raw["head_stops"]), raw["default"], triggers)


def _title_lemmas(title: str, lem: Lemmatizer) -> list[frozenset[str]]:
    """Every possible lemma of each token (punctuation as itself)."""
    return [lem.all_lemmas(t) if t[:1].isalnum() else frozenset({t})
            for t in _TOKEN.findall(title)]


def _head(lemmas: list[frozenset[str]], stops: frozenset[str]) -> list[frozenset[str]]:
    for i, w in enumerate(lemmas):
        if i and w & stops:
            return lemmas[:i]
    return lemmas


def _phrase_at(lemmas: list[frozenset[str]], i: int, seq: Seq) -> bool:
    return i + len(seq) <= len(lemmas) and all(w in lemmas[i + j] for j, w in enumerate(seq))


def _first_rule(lemmas: list[frozenset[str]], voc: _TypeVocab) -> tuple[str, str] | None:
    """Left to right over the words; at each word the rules in their order, first match wins
    (the leading noun names the activity: "Диагностика затруднений молодых педагогов")."""
    for i, word in enumerate(lemmas):
        if word.isdisjoint(voc.triggers):
            continue
        for rule in voc.rules:
            for seq in rule.phrases:
                if _phrase_at(lemmas, i, seq):
                    return rule.type, " ".join(seq)
            hit = word & rule.lemmas
            if hit:
                return rule.type, min(hit)
    return None


def match_activity_type(title: str, lem: Lemmatizer) -> tuple[str, str | None]:
    """(type, rule that fired) — the rule as "head|title: trigger lemma(s)"; None for default."""
    voc = _type_vocab(lem)
    lemmas = _title_lemmas(_QUOTED.sub(" ", title), lem)
    for scope, words in (("head", _head(lemmas, voc.head_stops)), ("title", lemmas)):
        found = _first_rule(words, voc)
        if found:
            return found[0], f"{scope}: {found[1]}"
    return voc.default, None


def activity_type(title: str, lem: Lemmatizer) -> str:
    """Activity type from the taxonomy of data/activity_types.yaml."""
    return match_activity_type(title, lem)[0]


@cache
def type_labels() -> dict[str, str]:
    """Activity type code → its Russian label (data/activity_types.yaml)."""
    raw = _yaml("activity_types.yaml")
    labels = {r["type"]: r["label"] for r in raw["types"]}
    labels[raw["default"]] = raw["default_label"]
    return labels


def activity_type_label(code: str | None) -> str | None:
    """The Russian label of an activity type code (None for None or an unknown code)."""
    return type_labels().get(code) if code else None
