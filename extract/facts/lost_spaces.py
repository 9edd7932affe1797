"""Spaces a site export lost at its source's line breaks, put back where places are read.

Some site exports print an act with the words of a broken line glued to the next one
("постановление ПравительстваАрхангельской области", "от10 июля"). A region read from such a
line takes the glued token; a title keeps the act's print unless the same subject is printed
clean elsewhere (a site's heading). The forms (the shortest lower-case run that counts as a
word, prepositions before a number) are data in facts.yaml (`lost_spaces`, FactsVocab's
`lost_space_*`).
"""

from __future__ import annotations

import re

from extract.facts.vocab_chrome import ChromeVocab

_QUICK = re.compile(r"[а-яё][А-ЯЁ]|[а-яё]\d|[а-яё][\"«“]")
_QUICK_NOUN = re.compile(r"(?i:[кн](?:ой|ая|ого|ому|ом|ую|ий|ый)(?:обл|кра|окр|рай|рес))")


def restore_spaces(vocab: ChromeVocab, text: str) -> str:
    """"ПравительстваАрхангельской" → "Правительства Архангельской", "от10" → "от 10";
    "программы\"Развитие" → "программы \"Развитие"; "Луговскойобласти" → "Луговской области";
    "ГосДума"-like coinages, "СПб", "№5", "10а", "2-й", "2020годы" stay."""
    text = restore_noun_space(vocab, text)
    if not _QUICK.search(text):
        return text
    return vocab.lost_space_seam.sub(_spaced, text)


def restore_noun_space(vocab: ChromeVocab, text: str) -> str:
    """"Губернатор Луговскойобласти" → "… Луговской области" only: a body's or a position's name
    keeps a coinage in its quotes ("«ПрофСтарт»") that the case-change rule would split."""
    if not _QUICK_NOUN.search(text):
        return text
    return vocab.lost_space_noun_seam.sub(_spaced, text)


def _spaced(m: re.Match[str]) -> str:
    return m.group(0) + " "


def clean_copy(vocab: ChromeVocab, title: str, lines: list[str]) -> str | None:
    """The same subject printed elsewhere without the glue ("… ПравительстваЗаречной области …"
    in the act, "… Правительства Заречной области …" in a site's heading): that copy is the
    title. A title glued with no clean copy is kept as printed."""
    restored = restore_spaces(vocab, title)
    if restored == title:
        return None
    # "от 12октября" too: a copy with the same letters and more spaces is the clean one
    letters = _unspaced(title)
    return next((x for x in lines if x == restored or (
        len(x.split()) > len(title.split()) and _unspaced(x) == letters)), None)


def _unspaced(text: str) -> str:
    return "".join(text.split())
