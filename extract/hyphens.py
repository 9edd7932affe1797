"""Words a typesetter hyphenated inside a narrow header cell and a copy kept as printed:
"Факти-ческое значение", "утвержден-ное в муници-пальном задании" (a DOCX or a site's text
export with manual hyphenation; the line break that followed the hyphen is gone). The two parts
are one word when the dictionary knows them joined; a true compound ("научно-методический",
"северо-западный") is unknown joined and stays as written."""

from __future__ import annotations

import re
from collections.abc import Callable

_HYPHENATED = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё]{2,})-\s?([а-яё]{2,})(?![А-ЯЁа-яё-])")


def join_hyphenated(text: str, known: Callable[[str], bool]) -> str:
    """`text` with each word hyphenated by a typesetter joined again."""
    if "-" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        word = m.group(1) + m.group(2)
        return word if known(word.lower()) else m.group(0)
    return _HYPHENATED.sub(join, text)
