"""A school's settlement after its short name: "МБОУ СОШ с. Троицкое", "МКОУ ООШ п.Лесной",
"МБОУ СОШ им. А.П. Кедрова с. Сосновка", "МБОУ СОШ села Сосновка", "МБОУ ООШ пгт Лесной".

A village school with neither number nor quoted name is known by its village: the place is
part of its short name, printed as the document prints it (a title's genitive, "с.Троицкого",
stays; the settlement's name is no institution's word to put into the nominative). A numbered
or quoted name ends at its number or quote, and the place printed after it ("МБОУ СОШ № 3 г.
Энска на …", "МБОУ «Гимназия № 2» с. Луговое") is part of its name too: the paths that end an
institution's name add it (extract/facts/place_tail.py). The marks are data
(extract/vocab/facts.yaml school_place_*)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx

_NAME_WORDS = 3  # "с. Верхняя Сосновка", "х. Свободный Мир": a settlement's name is short
_NUMBERED = re.compile(r"\d|[«\"]")
_GLUED = re.compile(r"^([а-яё]{1,3}(?:\.[а-яё]{1,2})?)\.(\S+)$")
# a settlement's name word: a capital, then lower case, hyphenated parts ("Бай-Тал")
_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*$")
_CLOSING = ",.;:)"  # punctuation that closes the name ("с. Лесное, 2024 год")
_INITIALS = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?$")


def _mark(ctx: Ctx, word: str) -> tuple[bool, str]:
    """(whether `word` is a settlement's mark, the name glued after its full stop or "")."""
    v = ctx.vocab
    if not word[:1].islower():
        return False, ""  # "им. С. Лесного": a capital with a full stop is a patron's initial
    glued = _GLUED.match(word)
    if glued and glued.group(1).lower() in v.school_place_marks and _NAME.match(
            glued.group(2).rstrip(_CLOSING)):
        return True, glued.group(2)  # "с.Троицкое"
    low = word.lower()
    if (low.endswith(".") and low[:-1] in v.school_place_marks) or low in v.school_place_bare_marks:
        return True, ""
    if not word.isalpha() or not word.islower():
        return False, ""
    lem = ctx.lemmas(word)
    return len(lem) == 1 and lem[0] in v.school_place_words, ""


def settlement_mark(ctx: Ctx, word: str) -> bool:
    """Whether `word` opens a settlement: "с.", "с.Троицкое", "пгт", "села"."""
    return _mark(ctx, word)[0]


def settlement_of_name(ctx: Ctx, name: list[str], rest: list[str]) -> list[str]:
    """The settlement's words `rest` opens with after an unnumbered, unquoted short name
    (`name`, "МБОУ СОШ"): its mark and its name as printed, up to the preposition, year or
    punctuation that closes it ("с. Сосновка на 2024 год" → ["с.", "Сосновка"]); [] when
    none."""
    if not rest or any(_NUMBERED.search(w) for w in name):
        return []
    return settlement_words(ctx, rest)


def settlement_words(ctx: Ctx, rest: list[str]) -> list[str]:
    """The settlement's mark and name `rest` opens with, as printed ("г. Энска на 2024 год" →
    ["г.", "Энска"]); [] when it opens with no settlement."""
    if not rest:
        return []
    is_mark, glued = _mark(ctx, rest[0])
    if not is_mark:
        return []
    if glued:  # "х.Свободный Мир": the name's first word glued to the mark
        words = _name_words(ctx, [glued, *rest[1 : _NAME_WORDS + 1]])
        return [rest[0].rstrip(_CLOSING), *words[1:]]
    words = _name_words(ctx, rest[1 : 1 + _NAME_WORDS + 1])
    return [rest[0], *words] if words else []


def _name_words(ctx: Ctx, words: list[str]) -> list[str]:
    """The capitalised words a settlement's name is ("Верхняя Сосновка"); a district's
    adjective before its marker is not ("Сосновка Заречного района")."""
    out: list[str] = []
    for k, w in enumerate(words[:_NAME_WORDS]):
        bare = w.rstrip(_CLOSING)
        if not _NAME.match(bare):
            break
        after = words[k + 1] if k + 1 < len(words) else ""
        if out and _INITIALS.match(after):
            break  # "с.п.Малка Хуранова Ф.Х.": the signer's surname under the place, printed first
        lem = ctx.lemmas(after.rstrip(_CLOSING))[:1] if after else ()
        if out and lem and lem[0] in ctx.vocab.place_markers | ctx.vocab.place_marker_adjectives:
            break
        out.append(bare)
        if bare != w:
            break  # "с. Лесное," — the comma closes the name
    return out
