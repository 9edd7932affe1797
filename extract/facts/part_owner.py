"""The owner of the plan a programme is part of, named after that plan's long name.

"Наша программа воспитания входит обязательной частью в основную образовательную программу
начального, основного и среднего общего образования МБОУ СОШ № 3": the programme belongs to
the institution whose main programme it is part of. The main programme's name may list the
levels of education with commas and "и" — a list of adjectives, no preposition telling where
or for whom — so the owner is the first institution's short name within reach after the part
noun (`owner_sentence.part_nouns`), unless a preposition or a sentence's end comes first.
"""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import STOPS, form_word, school_from

_REACH = 16  # words from the part noun to the owner's name
_LIST_WORDS = frozenset({"и", "или"})  # join the levels of education listed in the name


def part_owner(ctx: Ctx, words: list[str]) -> str | None:
    """The institution named after the part noun of "… является частью <plan> <owner>", in the
    nominative; None when no part noun opens such a name or a preposition comes first."""
    w = ctx.vocab.owner_sentence_words
    for k, word in enumerate(words):
        if not set(ctx.lemmas(word.strip(",;:.«»\"").lower())) & w.part_nouns:
            continue
        for j in range(k + 1, min(k + 1 + _REACH, len(words))):
            cur = words[j]
            if form_word(ctx, cur.strip("(«\"")):
                name = school_from(ctx, words[j:])
                return name.rstrip(".,;:") if name else None
            low = cur.lower()
            if (low in STOPS and low not in _LIST_WORDS) or cur.endswith((".", ";", ":")):
                return None
        return None
    return None
