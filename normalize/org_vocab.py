"""Organisation and role vocabularies (data/abbreviations.yaml, roles.yaml, stopwords.yaml),
lemmatised once, with the tokenizer and the dictionary matcher the party rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ingest.yaml_data import load_yaml
from normalize.lemmas import Lemmatizer

_DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*|«|»|[^\w\s]")


@cache
def _yaml(name: str) -> dict[str, Any]:
    return load_yaml((_DATA / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class OrgVocab:
    """Organisation and role vocabularies, lemmatised once per lemmatizer."""

    abbr: dict[str, str]  # abbreviation as written → key
    forms: tuple[tuple[tuple[str, ...], str], ...]  # lemma sequence → key, longest first
    forms_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # indexed by 1st lemma
    full: dict[str, str]  # key → expansion (for comparison keys)
    terms: dict[str, str]  # other abbreviations → expansion
    org_forms: frozenset[str]  # МКУ, МБОУ, ДПО …
    roles: tuple[tuple[tuple[str, ...], str], ...]  # lemma sequence → canonical role
    role_abbr: dict[str, str]  # "зам." → "заместители"
    role_lemmas: frozenset[str]  # first lemmas of role triggers
    connectors: frozenset[str]
    settlements: frozenset[str]


@lru_cache(maxsize=4)
def vocab(lem: Lemmatizer) -> OrgVocab:
    """The organisation vocabulary of data/*.yaml with lemmatised wordings."""
    ab, ro, sw = _yaml("abbreviations.yaml"), _yaml("roles.yaml"), _yaml("stopwords.yaml")
    abbr: dict[str, str] = {}
    forms: list[tuple[tuple[str, ...], str]] = []
    for org in ab["orgs"]:
        abbr.update({a: org["key"] for a in org.get("abbr") or []})
        forms += [(tuple(lem.lemmas(f)), org["key"]) for f in org.get("forms") or []]
    roles: list[tuple[tuple[str, ...], str]] = []
    role_abbr: dict[str, str] = {}
    for r in ro["roles"]:
        roles += [(tuple(lem.lemmas(t)), r["role"]) for t in r["lemmas"]]
        role_abbr.update({a.lower(): r["role"] for a in r.get("abbr") or []})
    forms = sorted((f for f in forms if f[0]), key=lambda f: -len(f[0]))
    roles.sort(key=lambda f: -len(f[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, key in forms:
        by_first.setdefault(seq[0], []).append((seq, key))
    return OrgVocab(
        abbr=abbr, forms=tuple(forms), forms_by_first={k: tuple(v) for k, v in by_first.items()},
        full={o["key"]: o["full"] for o in ab["orgs"]},
        terms=dict(ab.get("terms") or {}), org_forms=frozenset(ab["org_forms"]),
        roles=tuple(roles), role_abbr=role_abbr,
        role_lemmas=frozenset(r[0][0] for r in roles) | frozenset(role_abbr.values()),
        connectors=frozenset(lem.lemma(w) for w in sw["connectors"]),
        settlements=frozenset(lem.lemma(w) for w in sw.get("settlements") or []))


class Tok(NamedTuple):  # a tuple: built for every token of every cell, cheaply
    text: str
    start: int
    depth: int  # nesting in quotes and parentheses
    quoted: bool  # inside «…»


def tokens(text: str) -> list[Tok]:
    """Tokens with their nesting in «quotes» and (parentheses): nothing splits inside."""
    out: list[Tok] = []
    quotes = parens = 0
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if t == "»":
            quotes = max(0, quotes - 1)
        elif t == ")":
            parens = max(0, parens - 1)
        out.append(Tok(t, m.start(), quotes + parens, quotes > 0))
        if t == "«":
            quotes += 1
        elif t == "(":
            parens += 1
    return out


def is_role_word(word: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    return lem.lemma(word) in voc.role_lemmas or word.lower().rstrip(".") + "." in voc.role_abbr


def is_nominative(word: str, lem: Lemmatizer) -> bool:
    """A new party begins with its subject: "Руководители …", not "…, Администрации города"."""
    top = lem.parse(word.lower())[0]
    return top.tag.case in (None, "nomn")


def is_group_word(word: str, lem: Lemmatizer) -> bool:
    """The word may be a plural subject: "Учителя" (also a genitive singular), "воспитатели",
    "классные" — a role so read names a group of people, never one person's position."""
    return any(p.tag.case == "nomn" and p.tag.number == "plur" for p in lem.parse(word.lower()))


def is_org_start(word: str, voc: OrgVocab) -> bool:
    return word in voc.org_forms or word in voc.abbr


@dataclass(frozen=True)
class OrgMatch:
    """An organisation found in a party: its key and word span (quoted: inside «…»)."""

    key: str
    start: int
    end: int
    quoted: bool


def words_quoted(text: str) -> list[tuple[str, bool]]:
    """Word tokens with a flag: inside quotes."""
    return [(t.text, t.quoted) for t in tokens(text) if t.text[:1].isalnum()]


def org_matches(text: str, lem: Lemmatizer, voc: OrgVocab) -> list[OrgMatch]:
    """Every dictionary organisation in `text`: abbreviations as written, wordings by lemma."""
    words = words_quoted(text)
    lemmas = [lem.lemma(w) for w, _ in words]
    found = [OrgMatch(voc.abbr[w], i, i + 1, q) for i, (w, q) in enumerate(words) if w in voc.abbr]
    for i, first in enumerate(lemmas):
        for seq, key in voc.forms_by_first.get(first, ()):
            if tuple(lemmas[i:i + len(seq)]) == seq:
                found.append(OrgMatch(key, i, i + len(seq), words[i][1]))
    return found
