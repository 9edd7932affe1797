"""Tools extraction is given by its caller (extract may not import the later normalize stage)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+")


def _never(word: str) -> bool:
    return False


def _no_tag(word: str) -> tuple[str, str]:
    return "", ""


def _no_form(word: str) -> str | None:
    return None


def _no_reading(text: str) -> str | None:
    return None


def _no_phrase(words: tuple[str, ...]) -> tuple[str, ...] | None:
    return None


@dataclass(frozen=True)
class ExtractTools:
    """`lemma(word) -> lemma` is the shared cached lemmatizer (normalize.lemmas), injected.

    `is_proper(word)` and `is_abbreviation(word)` (optional, from the same lemmatizer) tell a
    name or an abbreviation when a text printed in capitals is written in normal case; without
    them only the document's own spelling and the vocabulary decide.

    `tag(word)` gives (part of speech, case) of the likeliest parse (the head of a header
    phrase); `is_known(word)` says the dictionary knows a word as written (rejoining words
    broken in narrow columns), `knows_compound(word)` the same of a hyphenated word,
    `knows_prefixed(word)` that a hyphenated word joined is a noun after a prefix ("фото-
    студии" → "фотостудии"), no compound adjective.
    `nominative(word)` is the nominative of a word that stands in the genitive (a school named
    after a plan's noun: "Тамбарской" → "тамбарская"), or None; `dative_nominative(word)` the
    same of a word in the dative ("По Луговской средней школе"), `accusative_nominative(word)`
    of a word in the accusative ("Утвердить программу …"); `locative_nominative(words)` a
    phrase of adjectives and their head noun in the locative ("в … детском саду") in the
    nominative, agreeing with the head; `reads_nominative(word)`
    says a word may stand in the nominative as written ("Глухова", a woman's surname, though
    also a man's in the genitive): an oblique reading is then no certainty.
    `deadline(text)` is how the deadline parser (normalize.deadlines) reads a phrase — its rule,
    dates and recurrence as one comparable string — or None when no rule understands it
    (cutting a deadline cell out of a table row flattened into one line).
    `is_done(word)` says a word tells of something done ("проведена", "состоялся").
    """

    lemma: Callable[[str], str]
    is_proper: Callable[[str], bool] = _never
    is_abbreviation: Callable[[str], bool] = _never
    tag: Callable[[str], tuple[str, str]] = _no_tag
    is_known: Callable[[str], bool] = _never
    knows_compound: Callable[[str], bool] = _never  # a hyphenated word whole ("учебно-…")
    knows_prefixed: Callable[[str], bool] = _never  # "фото-студии" joined: prefix + noun
    nominative: Callable[[str], str | None] = _no_form
    dative_nominative: Callable[[str], str | None] = _no_form
    accusative_nominative: Callable[[str], str | None] = _no_form
    # "детском саду" → ("детский", "сад"): a locative phrase in the nominative, or None
    locative_nominative: Callable[[tuple[str, ...]], tuple[str, ...] | None] = _no_phrase
    reads_nominative: Callable[[str], bool] = _never
    deadline: Callable[[str], str | None] = _no_reading
    is_done: Callable[[str], bool] = _never  # a short passive participle or a past verb

    def lemmas(self, text: str) -> list[str]:
        """Lemmas of the words of `text` (hyphenated words split into parts)."""
        return list(map(self.lemma, _WORD.findall(text)))  # no Python step per word
