"""The words and weights of issuers and owners in extract/vocab/facts.yaml that single rules read:
the vote among the institutions named at the top, a sentence naming the plan's or the
examination's owner, a campaign held and its school, a body's own acts, a building after a
name, a founder's conclusion. A base of FactsVocab (extract/facts/vocab.py), kept apart so that
the facts vocabulary stays readable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class IssuerVoteWeights:
    """The vote among the institutions named at the top (extract/facts/issuer_vote.py)."""

    blocks: int  # how many blocks from the top are read
    chars: int  # and how many characters
    min_score: float
    margin: float  # the winner's lead over another institution's best
    position: float  # at the very top; nothing at `chars`
    repeat: float  # per other mention of the same institution
    quote: float
    number: float
    type_noun: float
    ways: dict[str, float]  # how it is named: nominative, genitive, short
    skip_before: frozenset[str]  # lemmas right before a name that is not the document's own
    value_caption: re.Pattern[str]  # "(наименование учреждения)" under a form's field
    approving: frozenset[str]  # a grif's approving word ("утвердить")
    bodies: frozenset[str]  # governing bodies whose head approves a document about a school


@dataclass(frozen=True)
class OwnerSentenceWords:
    """A sentence naming the owner (extract/facts/owner_sentence.py)."""

    blocks: int  # how many prose blocks from the top are read
    verb_reach: int  # words after the name where the examining verb stands
    clause_reach: int  # … or further in the name's clause, after its date ("с 3 по 28 марта …")
    examined_verbs: frozenset[str]  # "проведена", "проводилось" (lemmas)
    plan_verbs: frozenset[str]  # "разработана" (lemmas)
    opening: int  # words before the plan's noun ("Введение", adjectives)
    part_verb: str  # "является" (lemma) …
    part_nouns: frozenset[str]  # … "компонентом", "частью" (lemmas) of the main programme
    part_reach: int  # words from the verb to the part's noun ("является неотъемлемой частью")
    generic: frozenset[str]  # "общеобразовательного учреждения" before a short name (lemmas)
    generic_reach: int  # how many such words at most


@dataclass(frozen=True)
class IssuersVocab:
    """Issuer and owner word lists, patterns and weights every FactsVocab carries."""

    issuer_vote_weights: IssuerVoteWeights
    owner_sentence_words: OwnerSentenceWords
    own_body_control: re.Pattern[str]  # "контроль … возложить на председателя Комитета"
    own_body_cited: re.Pattern[str]  # "распоряжением Комитета по образованию от …"
    own_site_body: re.Pattern[str]  # "разместить настоящий приказ на сайте министерства …"
    issuer_building_words: frozenset[str]  # "корпус", "здание" after an institution's name
    conclusion_submitted_to: re.Pattern[str]  # "…, представленного Управлению образования"
    campaign_nouns: frozenset[str]  # "месячник", "неделя", "акция": a campaign held
    campaign_refused: frozenset[str]  # "план", "положение": a campaign's plan, no news of it
    campaign_owner_prepositions: frozenset[str]  # "в", "от" before the school holding it
    owner_after_period: re.Pattern[str]  # "… в 2024 году МБОУ …": the plan's years, then a name
    held_report_openers: tuple[tuple[str, ...], ...]  # "отчет о проведении": measures held
    campaign_cited_act: re.Pattern[str]  # "приказом от 01.09.2023 № 5": a cited act's date
    campaign_term_labels: tuple[tuple[str, ...], ...]  # "Время проведения": a campaign's time
    campaign_scope_markers: frozenset[str]  # "район": a campaign run across a district


def _vote(f: dict[str, Any]) -> IssuerVoteWeights:
    return IssuerVoteWeights(
        f["blocks"], f["chars"], f["min_score"], f["margin"], f["position"], f["repeat"],
        f["quote"], f["number"], f["type_noun"], dict(f["ways"]), frozenset(f["skip_before"]),
        re.compile(f["value_caption"], re.I), frozenset(f["approving"]), frozenset(f["bodies"]))


def _owner(f: dict[str, Any]) -> OwnerSentenceWords:
    return OwnerSentenceWords(
        f["blocks"], f["verb_reach"], f["clause_reach"], frozenset(f["examined_verbs"]),
        frozenset(f["plan_verbs"]),
        f["opening"], f["part_verb"], frozenset(f["part_nouns"]), f["part_reach"],
        frozenset(f["generic_words"]), f["generic_reach"])


def issuers_fields(f: dict[str, Any]) -> dict[str, Any]:
    """FactsVocab's issuer and owner fields read from facts.yaml."""
    return dict(
        issuer_vote_weights=_vote(f["issuer_vote"]),
        owner_sentence_words=_owner(f["owner_sentence"]),
        own_body_control=re.compile(f["own_body_control"]),
        own_body_cited=re.compile(f["own_body_cited"]),
        own_site_body=re.compile(f["own_site_body"]),
        issuer_building_words=frozenset(f["issuer_building_words"]),
        conclusion_submitted_to=re.compile(f["conclusion_submitted_to"]),
        campaign_nouns=frozenset(f["campaign_nouns"]),
        campaign_refused=frozenset(f["campaign_refused"]),
        campaign_owner_prepositions=frozenset(f["campaign_owner_prepositions"]),
        owner_after_period=re.compile(f["owner_after_period"]),
        held_report_openers=tuple(tuple(seq) for seq in f["held_report_openers"]),
        campaign_cited_act=re.compile(f["campaign_cited_act"], re.I),
        campaign_term_labels=tuple(tuple(seq) for seq in f["campaign_term_labels"]),
        campaign_scope_markers=frozenset(f["campaign_scope_markers"]),
    )
