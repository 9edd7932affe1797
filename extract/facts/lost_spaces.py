"""Spaces a site export lost at its source's line breaks, put back for the fact extractors.

Some site exports print an act with the words of a broken line glued to the next one
("постановление ПравительстваАрхангельской области", "от10 июля", "1999года"). A region or
title read from such a line takes the glued token. The forms (the shortest lower-case run that
counts as a word, date words after a number, prepositions before one) are data in facts.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from extract.vocab import load_yaml


@cache
def _pattern() -> re.Pattern[str]:
    data = load_yaml("facts")["lost_spaces"]
    run = int(data["min_lower_run"])
    words = "|".join(sorted(data["words_after_number"], key=len, reverse=True))
    preps = "|".join(sorted(data["prepositions_before_number"], key=len, reverse=True))
    return re.compile(  # "кодексаРоссийской" | "1999года", "10июля" | "от10"
        rf"(?<![А-Яа-яЁё])(?P<word>[А-ЯЁа-яё][а-яё]{{{run - 1},}})(?=[А-ЯЁ][а-яё])"
        rf"|(?<=\d)(?P<date>{words})(?![А-Яа-яЁё])"
        rf"|(?<![А-Яа-яЁё])(?P<prep>{preps})(?=\d)")


_QUICK = re.compile(r"[а-яё][А-ЯЁ]|\d[а-яё]|[а-яё]\d")


def restore_spaces(text: str) -> str:
    """"ПравительстваАрхангельской" → "Правительства Архангельской", "1999года" → "1999 года",
    "от10" → "от 10"; "ГосДума"-like coinages, "СПб", "№5", "10а", "2-й" stay."""
    if not _QUICK.search(text):
        return text
    return _pattern().sub(_spaced, text)


def _spaced(m: re.Match[str]) -> str:
    if m.group("date"):
        return " " + m.group(0)
    return m.group(0) + " "
