"""Lines a scan's text layer made of a stamp, a signature or the page's edge: "tt", "sislsi",
"J", "h" — Latin letters alone on a line of a Russian document. Left in, they cut a cover's
heading in two ("ОТЧЕТ о результатах самообследования" / "tt" / "МБДОУ …" / "за 2022 год")
and stand where a title's next line goes. A Roman numeral ("I.", "IV") numbers a section and is
kept; so is anything holding a digit, a Cyrillic letter or other signs (an e-mail, a site)."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.lines import Chunk

_DEBRIS = re.compile(r"^[A-Za-z]{1,8}$")
_ROMAN = re.compile(r"^[IVXLC]+$")


def is_debris(text: str) -> bool:
    """A line of Latin letters alone, no Roman numeral."""
    text = text.strip()
    return bool(_DEBRIS.match(text)) and not _ROMAN.match(text)


def without_debris(chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` without the lines that are a scan's debris, a paragraph of nothing else
    dropped (table rows kept as they are)."""
    out: list[Chunk] = []
    for c in chunks:
        lines = c.lines or (c.text,)
        kept = tuple(x for x in lines if not is_debris(x))
        if c.cells is not None or len(kept) == len(lines):
            out.append(c)
        elif kept:
            out.append(replace(c, text=" ".join(kept), lines=kept if c.lines else ()))
    return out
