"""Words a reader broke across lines, mended (cells of responsible parties).

A narrow column breaks a word at its end with a hyphen ("образова-" / "ния"), sometimes keeps
the hyphen when the reader joins the lines ("образова-ния", "Верхне- Лесогорского"), or breaks a
long word without one ("дополнительног о"). A word the dictionary knows as written stays
("учебно-воспитательной"); halves that make a known word are joined; a hyphenated name keeps its
hyphen ("Ханты-" / "Мансийский" → "Ханты-Мансийский").
"""

from __future__ import annotations

import re

from normalize.lemmas import Lemmatizer

_BROKEN_END = re.compile(r"([^\W\d_]+)[-‐]$")
_BROKEN_START = re.compile(r"^([^\W\d_]+)")


_INNER_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‐]([а-яё]+)(?![^\W\d_])")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_][-‐]) +(?=[^\W\d_])")
_SPLIT_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}) ([а-яё]+)(?=[-‐\s,;.]|$)")


def _known(word: str, lem: Lemmatizer) -> bool:
    """The dictionary knows `word` (a hyphenated compound: every part of it)."""
    return all((lem.parse(p.lower())[:1] or [None])[0] is not None
               and lem.parse(p.lower())[0].is_known for p in word.split("-") if p)


def _mend_split(text: str, lem: Lemmatizer) -> str:
    """"дополнительног о", "Информационн о-методический": a word a narrow PDF column broke
    without a hyphen, its halves joined by a space, is one word when its first half is no word
    and the halves make one."""
    def mend(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if _known(a, lem) or not _known(a + b, lem):
            return m.group(0)
        return a + b
    return _SPLIT_WORD.sub(mend, text)


# a surname a narrow column broke before its last letters, its initials right after:
# "Колобушкин а Г.В." (not "и": a conjunction may stand there)
_SURNAME_TAIL = re.compile(
    r"(?<![^\W\d_])([А-ЯЁ][а-яё]{2,}) (?!и )([а-яё]{1,2}) (?=[А-ЯЁ]\.\s?[А-ЯЁ]\.)")


def _mend_surname(text: str) -> str:
    """"Колобушкин а Г.В." → "Колобушкина Г.В.": nothing but the surname's own letters stands
    between a surname and its initials."""
    return _SURNAME_TAIL.sub(lambda m: f"{m.group(1)}{m.group(2)} ", text)


def mend_words(text: str, lem: Lemmatizer) -> str:
    """"образова-ния", "об-разования", "обще-образовательных", "Кра-снодар": a word a reader
    joined across lines with the hyphen left in is one word when the dictionary does not know
    it as written and knows the halves joined ("учебно-воспитательной" is a word as written;
    "учителей-предметников", "Ханты-Мансийского" make no word joined: all stay)."""
    def mend(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        written = lem.parse(m.group(0).lower())
        if written and written[0].is_known:  # "учебно-воспитательной" is a word as written
            return m.group(0)
        whole = lem.parse((a + b).lower())
        if not whole or not whole[0].is_known:
            return m.group(0)
        return a + b
    text = _mend_surname(text)
    if "-" not in text and "‐" not in text:
        return _mend_split(text, lem)
    text = _SPACED_HYPHEN.sub("", text)  # "Верхне- Лесогорского": a line break's space
    return _mend_split(_INNER_BREAK.sub(mend, text), lem)


def glue(piece: str, line: str, lem: Lemmatizer) -> str:
    """Join a cell's next line. A word broken at a line's end: "образова-" / "ния" is one word
    when the halves make one the dictionary knows; "учителей-" / "предметников" and
    "Ханты-" / "Мансийского" keep their hyphen (no space either way)."""
    end, start = _BROKEN_END.search(piece), _BROKEN_START.match(line)
    if not end:
        return f"{piece} {line}"
    if start and line[:1].islower():
        word = end.group(1) + start.group(1)
        parses = lem.parse(word.lower())
        if parses and parses[0].is_known:
            return piece[:-1] + line
    return piece + line
