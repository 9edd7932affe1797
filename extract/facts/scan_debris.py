"""Lines a scan's text layer made of a stamp, a signature or the page's edge: "tt", "sislsi",
"J", "h" — Latin letters alone on a line of a Russian document. Left in, they cut a cover's
heading in two ("ОТЧЕТ о результатах самообследования" / "tt" / "МБДОУ …" / "за 2022 год")
and stand where a title's next line goes. A Roman numeral ("I.", "IV") numbers a section and is
kept; so is anything holding a digit, a Cyrillic letter or other signs (an e-mail, a site)."""

from __future__ import annotations

import re
from collections.abc import Callable
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
# parentheses. The run is cut off on evidence: one sign no name holds (`_STRONG`: "7%", "|"),
# or two of the weaker kinds — a quote opened over a fragment and never closed ("«и."), a word
# in brackets the dictionary does not know ("(пвдпмсь)"), three pieces or more in the run.
# (a token holding a digit is a number's — "РС-2(70)-18/6", "№ 5" — but a stray "7%"; a real
# name's end stays: "«Средняя школа № 2»", "им. А. С. Пушкина", "(коррекционная)")
_STRONG = re.compile(r"^\D*[%?!*#@^~|\\/]\D*$|^\d{1,2}%$"
                     r"|^[^\wА-ЯЁа-яё]*[«»\"“”„][^\wА-ЯЁа-яё]*$|^[»”][А-ЯЁа-яё]{1,2}\W*$")
_WEAK = re.compile(r"^\W*[А-ЯЁа-яёA-Za-z]{0,2}\W*$|^\([а-яё]+\)$")
_OPEN_FRAGMENT = re.compile(r"^[«“„\"][А-ЯЁа-яёA-Za-z]{0,2}\W*$")  # "«и.": a quote over nothing
_BRACKETED = re.compile(r"^\(([а-яё]+)\)$")
_WORDS_BEFORE = 2  # a name or a position keeps its first words
_TAIL_LINES = 40  # grifs stand at the top
_LONG_RUN = 3  # pieces of a run that count as evidence by their number
_WEAK_EVIDENCE = 2  # weaker kinds of evidence that cut a run without a strong sign


_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]{3}")  # a word, never debris ("/Т. М. Орлова/")


def _debris(word: str) -> bool:
    return bool(_WEAK.match(word)) or (not _WORD.search(word) and bool(_STRONG.search(word)))


def _known_never(word: str) -> bool:
    return True  # without a dictionary no bracketed word counts as a non-word


def _debris_start(words: list[str], is_known: Callable[[str], bool] = _known_never
                  ) -> tuple[int, str] | None:
    """Where a closing run of debris starts among `words` and the evidence that cut it, or
    None."""
    k, strong = len(words), False
    while k > _WORDS_BEFORE and _debris(words[k - 1]):
        k -= 1
        strong = strong or (bool(_STRONG.search(words[k])) and not _closes_quote(words, k))
    if len(words) - k < 2:
        return None
    if strong:
        return k, "stray_sign"
    evidence = _weak_evidence(words, k, is_known)
    return (k, "+".join(evidence)) if len(evidence) >= _WEAK_EVIDENCE else None


def _weak_evidence(words: list[str], k: int, is_known: Callable[[str], bool]) -> list[str]:
    """The weaker kinds of evidence a run of debris from `k` holds (see above)."""
    run = words[k:]
    found = []
    if any(_OPEN_FRAGMENT.match(w) and not _closed_after(run[i + 1 :]) for i, w in enumerate(run)):
        found.append("unmatched_quote")
    if any((m := _BRACKETED.match(w)) and not is_known(m.group(1)) for w in run):
        found.append("bracketed_non_word")
    if len(run) >= _LONG_RUN:
        found.append("long_run")
    return found


def _closed_after(run: list[str]) -> bool:
    return any(c in w for w in run for c in "»”\"")


def _closes_quote(words: list[str], k: int) -> bool:
    """A lone closing quote that closes one opened before it ("«Ромашка »") is the name's."""
    before = " ".join(words[:k])
    return words[k].strip(".,;") in ("»", "”") and before.count("«") + before.count("“") > \
        before.count("»") + before.count("”")


def without_tail_debris(chunks: list[Chunk], is_known: Callable[[str], bool] = _known_never,
                        cuts: list[str] | None = None) -> list[Chunk]:
    """`chunks` with the closing runs of debris cut off the top prose lines (`is_known`: the
    dictionary; `cuts` gets the evidence of each cut, for --debug)."""
    out: list[Chunk] = []
    seen = 0
    for c in chunks:
        lines = c.lines or (c.text,)
        if c.cells is not None or seen >= _TAIL_LINES:
            out.append(c)
            continue
        seen += len(lines)
        kept = tuple(_cut(x, is_known, cuts) for x in lines)
        out.append(c if kept == lines else replace(
            c, text=" ".join(x for x in kept if x), lines=kept if c.lines else ()))
    return out


def _cut(line: str, is_known: Callable[[str], bool] = _known_never,
         cuts: list[str] | None = None) -> str:
    words = line.split()
    got = _debris_start(words, is_known)
    if got is None:
        return line
    if cuts is not None:
        cuts.append(f"header.scan_debris:{got[1]}")
    return " ".join(words[: got[0]])
