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


# A scan's stamp or signature read into a grif's line after the name or the position it holds:
# "Начальник управления образования »ш. (пвдпмсь) 7% . Лк". A run of non-words closes the line:
# stray signs, quotes with nothing to quote, one- or two-letter fragments, a caption in
# parentheses; one of them at least a sign no name holds (`_STRONG`): the run is cut off.
# (a token holding a digit is a number's — "РС-2(70)-18/6", "№ 5" — but a stray "7%")
_STRONG = re.compile(r"^\D*[%?!*#@^~|\\/]\D*$|^\d{1,2}%$"
                     r"|^[^\wА-ЯЁа-яё]*[«»\"“”„][^\wА-ЯЁа-яё]*$|^[»”][А-ЯЁа-яё]{1,2}\W*$")
_WEAK = re.compile(r"^\W*[А-ЯЁа-яёA-Za-z]{0,2}\W*$|^\([а-яё]+\)$")
_WORDS_BEFORE = 2  # a name or a position keeps its first words
_TAIL_LINES = 40  # grifs stand at the top


_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]{3}")  # a word, never debris ("/Т. М. Орлова/")


def _debris(word: str) -> bool:
    return bool(_WEAK.match(word)) or (not _WORD.search(word) and bool(_STRONG.search(word)))


def _debris_start(words: list[str]) -> int | None:
    """Where a closing run of debris starts among `words`, or None."""
    k, strong = len(words), False
    while k > _WORDS_BEFORE and _debris(words[k - 1]):
        k -= 1
        strong = strong or (bool(_STRONG.search(words[k])) and not _closes_quote(words, k))
    return k if strong and len(words) - k >= 2 else None


def _closes_quote(words: list[str], k: int) -> bool:
    """A lone closing quote that closes one opened before it ("«Ромашка »") is the name's."""
    before = " ".join(words[:k])
    return words[k].strip(".,;") in ("»", "”") and before.count("«") + before.count("“") > \
        before.count("»") + before.count("”")


def without_tail_debris(chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with the closing runs of debris cut off the top prose lines."""
    out: list[Chunk] = []
    seen = 0
    for c in chunks:
        lines = c.lines or (c.text,)
        if c.cells is not None or seen >= _TAIL_LINES:
            out.append(c)
            continue
        seen += len(lines)
        kept = tuple(_cut(x) for x in lines)
        out.append(c if kept == lines else replace(
            c, text=" ".join(x for x in kept if x), lines=kept if c.lines else ()))
    return out


def _cut(line: str) -> str:
    words = line.split()
    k = _debris_start(words)
    return line if k is None else " ".join(words[:k])
