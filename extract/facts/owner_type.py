"""A school's name made of its place's adjective and its type in lower case, after its short
form: "МДОУ Заречинского детского сада № 3 «Ромашка»", "МКОУ Луговской средней
общеобразовательной школы имени …" (a title naming its owner, a grif's head). The adjective
agrees with the type's noun, not with the form's "учреждение": the phrase is put into the
nominative as one ("Заречинский детский сад", "Луговская средняя общеобразовательная
школа"); a name printed in the nominative stands as printed.
"""

from __future__ import annotations

import re

from extract.facts.body_nominative import agree_nominative
from extract.facts.case import cased_as
from extract.facts.ctx import Ctx

_TYPE_ADJECTIVES = 3  # "средней общеобразовательной школы", "основной школы", "детского сада"
# a place adjective in the genitive or the nominative ("Заречинского", "Луговской", "Лесная")
_PLACE_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:ого|его|ой|ей|ий|ый|ая|яя)$")
_ADJECTIVE_END = re.compile(r"(?:ого|его|ой|ей|ий|ый|ая|яя)$")


def place_type(ctx: Ctx, words: list[str]) -> tuple[int, list[str]] | None:
    """(words read, the phrase in the nominative) when `words` open with a capitalised place
    adjective, lower-case adjectives and an institution's noun ("Заречинского детского сада");
    None otherwise (a name in capitals, "Сосновской ООШ", reads on as before)."""
    if not words or not _PLACE_ADJECTIVE.match(words[0]):
        return None
    for k, w in enumerate(words[1 : _TYPE_ADJECTIVES + 2], 1):
        if not (w.isalpha() and w.islower()):
            return None
        lem = ctx.lemmas(w)
        if lem[:1] and lem[0] in ctx.vocab.institution_words:
            return k + 1, _agreed(ctx, words[: k + 1])
        if not _ADJECTIVE_END.search(w):
            return None
    return None


def _agreed(ctx: Ctx, phrase: list[str]) -> list[str]:
    """The phrase in the nominative, its capitals kept; as printed when its noun stands in the
    nominative already or has no genitive reading."""
    if ctx.tools.tag(phrase[-1])[1] == "nomn":
        return phrase
    got = agree_nominative(ctx, [w.lower() for w in phrase])
    if not got:
        return phrase
    return [cased_as(w, g) for g, w in zip(got, phrase, strict=True)]

