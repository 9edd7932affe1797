"""A text made ready for the place markers (place_mentions.py): quotes, the name marks and
broken hyphens of data/places.yaml cleaned away, an all-caps text softened so its names stand
out, then cut into words, numbers and signs with their lemmas."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ingest.yaml_data import load_yaml
from normalize.lemmas import Lemmatizer

_DATA = Path(__file__).parent / "data" / "places.yaml"
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]")
# "Ленинск -Кузнецкого", "Ленинск- Кузнецкого": a PDF line break left a space by the hyphen;
# "г.Улан - Удэ": a title spaced it on both sides. A name with initials after it ("г. N -
# Иванова И.И.") is a person after a dash, not the city's second part.
# A site's title "Администрация города N - Муниципальное образование …" sets its name apart
# with the same spaced dash: a word opening a formation's or a body's name
# (data/places.yaml `not_second_parts`) is never a city's second part.


@cache
def _broken_hyphen() -> re.Pattern[str]:
    stems = "|".join(map(re.escape, places_data()["not_second_parts"]))
    return re.compile(
        r"\b([А-ЯЁ][а-яё]+)(?:\s+-\s*|-\s+|[–—])(?=[А-ЯЁ])(?![А-ЯЁ][а-яё]*\s+[А-ЯЁ]\.)"
        rf"(?!(?i:{stems}))")
_QUOTES = re.compile(r"[«»\"“”„]")


class Tok(NamedTuple):  # a tuple: built for every token of every text, cheaply
    text: str
    lemma: str
    quoted: bool = False  # the word opens a name in quotes ('поселения "Краснобор"')
    caps: bool = False  # printed in capitals, softened: its capital says nothing of a name


@cache
def places_data() -> dict[str, Any]:
    """data/places.yaml as read."""
    return load_yaml(_DATA.read_text(encoding="utf-8"))


@cache
def _name_marks() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(x) for x in places_data().get("name_marks", ()))


@cache
def _hyphenated() -> re.Pattern[str] | None:
    """The known hyphenated names (data/places.yaml `hyphenated_names`) with any dash, spaced
    or not, between their parts; None without the list."""
    names = places_data().get("hyphenated_names") or []
    alts = [r"\s*[-–—]\s*".join(map(re.escape, n.split("-", 1))) for n in names]
    return re.compile(rf"\b(?:{'|'.join(alts)})", re.IGNORECASE) if alts else None


def _join_hyphenated(text: str) -> str:
    """"ХАНТЫ – МАНСИЙСКИЙ" → "ХАНТЫ-МАНСИЙСКИЙ": a known name's parts joined by its hyphen."""
    rx = _hyphenated()
    if rx is None:
        return text
    return rx.sub(lambda m: re.sub(r"\s*[-–—]\s*", "-", m.group(0), count=1), text)


@cache
def _connector() -> re.Pattern[str] | None:
    rx = places_data().get("broken_connector")
    return re.compile(rx) if rx else None


def join_connector(m: re.Match[str]) -> str:
    """"Николаевска –\nна – " → "Николаевска-на-": a connector's hyphens put back."""
    if m.group("town"):
        return f"{m.group('town')}-{m.group('link')}-"
    return f"{m.group('mark')}{m.group('town2')}-{m.group('link2')}-"


def _prepared(text: str) -> str:
    """Quotes, name marks and broken hyphens cleaned away, the case as printed."""
    text = _join_hyphenated(_QUOTES.sub(" ", text))
    rx = _connector()
    if rx is not None:
        text = rx.sub(join_connector, text)
    for rx in _name_marks():
        text = rx.sub("", text)
    return _broken_hyphen().sub(r"\1-", text)


def _softened(text: str) -> str:
    letters = list(filter(str.isalpha, text))
    if len(letters) >= 8 and sum(map(str.isupper, letters)) > 0.7 * len(letters):
        return _soften(text)
    # a capitals letterhead glued to a line in normal case ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ МР
    # «ЗАРЕЧНЫЙ РАЙОН» Муниципальное … учреждение …"): its run of capitals words alone
    return _CAPS_RUN.sub(lambda m: _soften(m.group(0)), text)


# (a spaced dash inside the run: "… АВТОНОМНЫЙ ОКРУГ - ЮГРА", the region's second name)
_CAPS_RUN = re.compile(r"(?:\b[А-ЯЁ][А-ЯЁ-]+\b(?:\s+[-–—]\s+|[\s«»\"]+)){2,}[А-ЯЁ][А-ЯЁ-]+\b")


_SHORT_CITY = re.compile(r"(\bГ\.\s?)([А-ЯЁ]{2,3})\b(?!\.)")


def _soften(text: str) -> str:
    """An all-caps text with words of 4+ letters given a capital only, so names stand out."""
    text = re.sub(r"[^\W\d_]{4,}", lambda m: m.group(0).capitalize(), text)
    # "Г. ОХИ", "Г. ЕЙСКА" under a capitals title: a short city name after its mark is a name,
    # no abbreviation (an abbreviation keeps its capitals: "МБОУ СОШ")
    text = _SHORT_CITY.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)
    text = re.sub(r"-([^\W\d_])", lambda m: "-" + m.group(1).upper(), text)
    # "РОСТОВА-НА-ДОНУ" → "Ростова-на-Дону": short connectors inside a name stay low
    return re.sub(r"(?<=-)([^\W\d_]{1,2})(?=-)", lambda m: m.group(1).lower(), text)


def tokens(text: str, lem: Lemmatizer) -> list[Tok]:
    """The words, numbers and signs of a cleaned text with their lemmas."""
    quoted = set(_QUOTED_WORD.findall(text)) if '"' in text or "«" in text else set()
    printed = _prepared(text)
    soft = _softened(printed)
    if soft == printed:
        return [Tok(t, lem.lemma(t), t in quoted) for t in TOKEN.findall(soft)]
    # softening changes letters' case only: the two texts cut into the same tokens
    return [Tok(t, lem.lemma(t), t in quoted, t != p and p.isupper())
            for t, p in zip(TOKEN.findall(soft), TOKEN.findall(printed), strict=True)]


# a word right after an opening quote: a name in apposition, printed in the nominative
_QUOTED_WORD = re.compile(r'(?:^|(?<=[\s(]))[«"“„]\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*)'
                          r'(?=[»"”\s])')
