"""Grifs printed side by side and flattened onto shared lines by a text copy: "Протокол № 3 от
28.02.2011 Директор школы А.Б. Петрова" holds the left grif's requisites and the right grif's
signature. The signer's position begins after the requisites."""

from __future__ import annotations

import re

# "Протокол № 3 от 28.02.2011 ", "протокол от «30» августа 2023 г. № 1 ": an act's requisites
# opening the line, its date (and a number after it) up to the position's first word
_REQUISITES_LEAD = re.compile(
    r"^\s*\w+\s+(?:№\s*[\w/.-]*\d[\w/.-]*\s+)?от\s*[«\"]?\s*\d{1,2}\s*[»\"]?[\s.]*"
    r"(?:\d{1,2}|[а-яё]+)[\s.]*(?:19|20)\d\d\s*(?:г(?:ода|\.)?)?\.?\s+(?:№\s*[\w/.-]*\d[\w/.-]*\s+)?",
    re.IGNORECASE)


def after_requisites(text: str) -> str | None:
    """The text after an act's requisites opening it, None when it opens with none."""
    m = _REQUISITES_LEAD.match(text)
    rest = text[m.end():].strip() if m else ""
    return rest or None
