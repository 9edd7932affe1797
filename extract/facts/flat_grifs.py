"""Grifs printed side by side and flattened onto shared lines by a text copy: "Протокол № 3 от
28.02.2011 Директор школы А.Б. Петрова" holds the left grif's requisites and the right grif's
signature. The signer's position begins after the requisites."""

from __future__ import annotations

import re

# "Протокол № 3 от 28.02.2011 ", "протокол от «30» августа 2023 г. № 1 ": a council's or an
# order's requisites (its word, its date, a number after it) before the position's first word
_REQUISITES = re.compile(
    r"(?<!\w)(?:протокол|приказ|решени)\w*\s+(?:№\s*[\w/.-]*\d[\w/.-]*\s+)?"
    r"от\s*[«\"]?\s*\d{1,2}\s*[»\"]?[\s.]*(?:\d{1,2}|[а-яё]+)[\s.]*(?:19|20)\d\d\s*"
    r"(?:г(?:ода|\.)?)?\.?\s+(?:№\s*[\w/.-]*\d[\w/.-]*\s+)?", re.IGNORECASE)


def after_requisites(text: str) -> str | None:
    """The text after the last act's requisites in `text`, None when it holds none."""
    ends = [m.end() for m in _REQUISITES.finditer(text)]
    rest = text[ends[-1]:].strip() if ends else ""
    return rest if rest and not rest.endswith(":") else None  # "Исполнитель:" labels a field
