"""Responsible parties: organisation keys, roles, persons (normalize/party_split.py splits a
cell into parties; normalize/org_vocab.py holds the vocabularies).

Vocabularies are data: data/abbreviations.yaml (organisation keys, their abbreviations and full
wordings, legal forms), data/roles.yaml (roles), data/stopwords.yaml (connectors). Full wordings
and roles are matched by lemma, so "Информационно-методического центра" finds ИМЦ.
"""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer
from normalize.models import Party
from normalize.org_vocab import (
    OrgMatch,
    OrgVocab,
    org_matches,
    vocab,
    words_quoted,
)
from normalize.party_split import split_responsibles, split_with
from normalize.persons import find_person, normalize_quotes, person_spans
from normalize.place_party import canonical_place_tail

__all__ = ["OrgMatch", "OrgVocab", "org_matches", "parse_party", "split_responsibles",
           "split_with", "vocab"]


def _best_org(found: list[OrgMatch]) -> OrgMatch | None:
    if not found:
        return None
    # The head of a genitive chain comes first: "Управление образования администрации …" is УО.
    return min(found, key=lambda m: (not m.quoted, m.start, -(m.end - m.start)))


def _fallback_org(text: str, voc: OrgVocab) -> tuple[str | None, int]:
    """No dictionary organisation: a quoted name, or the words after a legal form ("МБОУ СОШ
    № 5"), or the form itself. Returns the org and its first word index."""
    words = words_quoted(text)
    quoted = [w for w, q in words if q]
    if quoted:
        first = next(i for i, (_, q) in enumerate(words) if q)
        inner = re.search(r"«([^«»]+)»", text)
        return (inner.group(1).strip() if inner else " ".join(quoted)), first
    forms = [i for i, (w, _) in enumerate(words) if w in voc.org_forms]
    if not forms:
        return None, len(words)
    rest = re.split(r"\b(?:" + "|".join(re.escape(words[i][0]) for i in forms) + r")\b", text)
    name = " ".join(rest[-1].split()).strip(" ,")
    return (name or " ".join(words[i][0] for i in forms)), forms[0]


def _role(text: str, before: int, lem: Lemmatizer, voc: OrgVocab) -> str | None:
    """The first role named before word index `before` (the organisation)."""
    words = [w for w, _ in words_quoted(text)][:before]
    lemmas = [lem.lemma(w) for w in words]
    for i, w in enumerate(words):
        abbr = voc.role_abbr.get(w.lower() + ".") or voc.role_abbr.get(w.lower())
        if abbr:
            return abbr
        if lemmas[i] not in voc.role_lemmas:
            continue  # no role wording starts with this word
        for seq, role in voc.roles:
            if tuple(lemmas[i:i + len(seq)]) == seq:
                return role
    return None


def parse_party(text: str, lem: Lemmatizer, municipality: str | None = None) -> Party:
    """Organisation key, role and person of one party.

    "МБОУ ДПО «НМЦ»", "НМЦ" and "Специалисты МКУ «НМЦ»" all give org "НМЦ"; the legal form is
    not the key; the role is the canonical one of data/roles.yaml ("специалисты"). A place
    closing a name without a dictionary key is written canonically ("СОШ № 3 Лесновского р-на"
    → "СОШ № 3 Лесновский район"), as `municipality`, the document's, when it is that place
    (normalize/place_party.py)."""
    voc = vocab(lem)
    clean = " ".join(normalize_quotes(text).split())
    person = find_person(clean, lem)
    rest = clean
    for a, b in reversed(person_spans(clean)):
        rest = rest[:a] + " " + rest[b:]
    if person and person in rest:
        rest = rest.replace(person, " ")
    best = _best_org(org_matches(rest, lem, voc))
    org, at = (best.key, best.start) if best else _fallback_org(rest, voc)
    if org and not best:
        org = canonical_place_tail(org, lem, municipality)
    return Party(text=clean, org=org, role=_role(rest, at, lem, voc), person=person)
