"""A short name written inside a sentence after "в": its type words in the locative.

A campaign note names the institution that held it in its sentence ("… на каникулы в МБДОУ
детском саду №7г.Заречного с 25.03 по 03.04"): the form's abbreviation, then the type words
in the locative, the number and the town typed without spaces. CONTRACT `issuer` gives the
name in the nominative ("МБДОУ детский сад №7 г. Заречного"): the type words are put into the
nominative through the lemmatizer's adapter (tools.locative_nominative, agreeing with the
head noun) and a number glued to the town's mark is split, so that the short-name readers
(extract/facts/institution.py) read the name as a title would print it."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

_TYPE_WORDS = 5  # "специальном коррекционном образовательном учреждении …"
_NUMBER_WORDS = 3  # "№", "7", then the town
_TYPE_WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)?$")
# "№7г.Заречного", "№ 7г.", "г.Заречного": the number, the town's mark and its name run on
_GLUED = re.compile(r"^(?P<number>№?\d{1,4}[а-яё]?)?(?P<mark>[а-яё]{1,3}\.)(?P<name>[А-ЯЁ]\S*)?$")


def name_in_nominative(ctx: Ctx, words: list[str]) -> list[str]:
    """`words` opening with a form's short name whose type words are in the locative ("МБДОУ
    детском саду №7г.Заречного …"), those words in the nominative and a glued number and
    town split ("МБДОУ детский сад №7 г. Заречного …"); `words` as they are otherwise."""
    if len(words) < 2 or not form_word(ctx, words[0].lstrip("«\"")):
        return words
    end = 1
    while end < min(len(words), _TYPE_WORDS + 1) and _TYPE_WORD.match(words[end]):
        end += 1
    for stop in range(end, 1, -1):  # the longest run that reads as a locative phrase
        got = ctx.tools.locative_nominative(tuple(words[1:stop]))
        if got is not None:
            return [words[0], *got, *_split_glued(ctx, words[stop:])]
    return words


def _split_glued(ctx: Ctx, words: list[str]) -> list[str]:
    """The number and the town's mark and name typed without spaces ("№7г.Заречного",
    "г.Заречного" after "№ 7") as separate words."""
    for k, word in enumerate(words[:_NUMBER_WORDS]):
        m = _GLUED.match(word)
        if m is not None and m.group("mark")[:-1] in ctx.vocab.school_place_marks \
                and (m.group("number") or m.group("name")):
            parts = [x for x in (m.group("number"), m.group("mark"), m.group("name")) if x]
            return [*words[:k], *parts, *words[k + 1:]]
    return words
