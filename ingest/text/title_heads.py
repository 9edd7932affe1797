"""A document's own heading inside a run of short lines of a text saved a paragraph per line.

A word processor's title page holds the letterhead, the heading and the place in paragraphs of
their own (lines inside them kept by soft breaks); exported a line per paragraph, all of them are
short lines the reader groups together. A line opening with a heading word (data/
heading_words.yaml) after a finished line starts the heading's block again."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ingest.yaml_data import load_yaml

# a line carrying an act's requisites is part of a grif ("Приказ от 30.08.2023 № 112"); a "№"
# is one only on an act's line (_requisites)
_REQUISITES = re.compile(r"\bот\s+\d|\d{1,2}\.\d{1,2}\.\d{2,4}")
# an act's line wrapped before its date or number ("Приказ от" / "01.09.2025 г. № 70" in a
# grif's narrow column): the requisites go on under it
_WRAPPED_REQUISITES = re.compile(r"(?:\bот|№|\bN)\s*$", re.IGNORECASE)
_WRAPPED_HEAD_WORDS = 4
# a previous line that leaves its sentence open: the heading word continues it
_OPEN_END = re.compile(r"[,\-–—(«\"“:]$|\b(?:и|в|на|по|о|об|к|для|с|со|от)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def heading_words() -> tuple[tuple[str, ...], ...]:
    """The heading openers of data/heading_words.yaml as word tuples, longest first."""
    path = Path(__file__).parent / "data" / "heading_words.yaml"
    heads = load_yaml(path.read_text("utf-8"))["heads"]
    return tuple(sorted((tuple(h.split()) for h in heads), key=len, reverse=True))


@lru_cache(maxsize=1)
def _act_words() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "heading_words.yaml"
    return frozenset(load_yaml(path.read_text("utf-8"))["acts"])


def _requisites(text: str, words: list[str]) -> bool:
    """An act's date or number on the line: "№" counts on an act's line ("Приказ № 5"), not on
    a plan's heading whose owner's name carries it ("… МБОУ СОШ № 2")."""
    if words[:1] != [] and words[0] in _act_words() and _WRAPPED_REQUISITES.search(text):
        return True
    return bool(_REQUISITES.search(text)) or ("№" in text and words[:1] != [] and (
        words[0] in _act_words() or not _opens_with_head(words)))


def _words(line: str) -> list[str]:
    return re.findall(r"[а-яёa-z]+", line.lower().replace("ё", "е"))


@lru_cache(maxsize=1)
def _head_adjectives() -> frozenset[str]:
    """The adjectives of data/heading_words.yaml a heading word may stand behind."""
    path = Path(__file__).parent / "data" / "heading_words.yaml"
    return frozenset(load_yaml(path.read_text("utf-8"))["adjectives"])


def _opens_with_head(words: list[str]) -> bool:
    """The words open with a heading word, maybe behind a plan's adjectives ("городская
    целевая программа")."""
    skip = 0
    while skip < len(words) and words[skip] in _head_adjectives():
        skip += 1
    return any(tuple(words[at : at + len(h)]) == h for at in {0, skip} for h in heading_words())


def heading_line(line: str) -> bool:
    """A line that is a document's heading by itself ("ПРОГРАММА РАЗВИТИЯ", "План работы …"):
    capitalised, opening with a heading word, no act's requisites ("Приказ № 5 от …")."""
    text = line.strip()
    words = _words(text)
    return text[:1].isupper() and not _requisites(text, words) and _opens_with_head(words)


def opens_heading(prev: str, line: str, line_paragraphs: bool = True) -> bool:
    """True when `line` opens a document's heading ("ПЛАН", "Отчет о …") after `prev`, a line
    that ends its own text (an institution's name, a signature stamp's date). In a text that
    may be hard-wrapped (line_paragraphs False) only a short line after one that ends no
    sentence does: a wrapped sentence may well start a line with "План …"."""
    text = line.strip()
    words = _words(text)
    if not text[:1].isupper() or _requisites(text, words):
        return False
    if _opens_with_head(_words(prev)):  # a heading over two lines, a site's card over it
        return False
    if not line_paragraphs and (len(words) > _WRAPPED_HEAD_WORDS
                                or prev.rstrip().endswith((".", ";", "!", "?"))):
        return False
    if not _opens_with_head(words):
        return False
    before = prev.rstrip()
    # a bracket left open ("(далее") carries its sentence over to the line
    closed = (before.count("«") <= before.count("»") and before.count('"') % 2 == 0
              and before.count("(") <= before.count(")"))
    return bool(before) and closed and not _OPEN_END.search(before)


# a whole sentence or a preamble: ends with a full stop or announces what follows with a colon
_SENTENCE_END = re.compile(r"[.:;]$")


def opens_prose(prev: str, line: str) -> bool:
    """True when a wide `line` (a whole paragraph of a text saved a paragraph per line) after
    the short `prev` is prose of its own: it opens with a capital and ends a sentence ("Заслушав
    и обсудив … РЕШИЛО:" under the act's subject, "Настоящий доклад подготовлен …." under
    "Введение"), while `prev` leaves nothing open. A title's name set on a wide line under
    "Муниципальная программа" ends with its quote or its years, not with a full stop."""
    text, before = line.strip(), prev.rstrip()
    if not text[:1].isupper() or not _SENTENCE_END.search(text):
        return False
    closed = (before.count("«") <= before.count("»") and before.count('"') % 2 == 0
              and before.count("(") <= before.count(")"))
    return bool(before) and closed and not _OPEN_END.search(before)


@lru_cache(maxsize=1)
def period_end() -> re.Pattern[str]:
    """A year, then maybe "учебный", then a word of data/period_ends.yaml, closing the text (a
    quoted name's closing quote after it: "ПРОГРАММА \"…" / "НА 2008 - 2010 ГОДЫ\"")."""
    path = Path(__file__).parent / "data" / "period_ends.yaml"
    words = "|".join(sorted(load_yaml(path.read_text("utf-8"))["words"], key=len, reverse=True))
    return re.compile(rf"\d{{4}}\s*(?:учебн[а-я]*\s+)?(?:{words})\.?[\"»”]?$", re.IGNORECASE)


_DATE_YEAR = re.compile(r"\d{4}\s*г\.?$")
# a heading's year line is short ("на 2023-2024 учебный год"); a passport row ending with its
# term ("Сроки реализации Программы 2018 - 2022 годы") is a field, not a heading's end
_YEAR_LINE_WORDS = 6


def ends_heading_years(prev: str, line: str) -> bool:
    """In a file saved a paragraph per line, `prev` ending with the heading's years ("по
    итогам 2015 года", "ЗА 2016-2017 УЧЕБНЫЙ ГОД") closes the title page's heading: a capital
    `line` after it ("РАЗДЕЛ 1", "Цель доклада: …") is a paragraph of its own, as in the
    original. ("«30» августа 2024 г.": a date's "г." closes a grif's line, not a heading.)"""
    last = prev.strip().replace("ё", "е")
    return (line.lstrip()[:1].isupper() and len(last.split()) <= _YEAR_LINE_WORDS
            and bool(period_end().search(last)) and not _DATE_YEAR.search(last))


# "Самообследование 2023", "Отчёт о самообследовании за 2021 год": a site's card label or the
# page's heading names its genre and closes with the year (bare or with its word); a page export
# may start the document below it mid-sentence ("района Лесного края. Функции …")
_LABEL_YEAR = re.compile(r"(?<![.,/–—-])\s(?:19|20)\d\d$")
_LABEL_WORDS = 12
_FIRST_LINES = 3  # the card stands at the top of the file


def is_top_label(text: str, line: int, nxt: str = "") -> bool:
    """A short paragraph on the file's first lines closing with a year: a site's card label or
    a heading, never the head of a sentence a page break cut (the lower-case paragraph `nxt`
    under it is the page's own, cut at its top) — unless `nxt` goes on in the year's word
    ("… за 2022" / "год")."""
    last = text.strip().replace("ё", "е")
    word = nxt.split(maxsplit=1)[0].strip(".,").casefold() if nxt.strip() else ""
    return line <= _FIRST_LINES and "\n" not in last and len(last.split()) <= _LABEL_WORDS \
        and bool(_LABEL_YEAR.search(last) or period_end().search(last)) \
        and not (_LABEL_YEAR.search(last) and period_end().search(f"2000 {word}"))
