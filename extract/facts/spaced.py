"""Letter-spaced words of letterheads and act words: "П Р И К А З", "п о с т а н о в л я ю",
"А Д М И Н И С Т Р А Ц И Я Г О Р О Д А".

A reader that squashes runs of spaces leaves no gap between the spaced words, so the joined
letters are cut again into words: the cut with the fewest pieces, each a word the dictionary
knows (four letters or more, or a short word of `short`), or a name it does not know (a
place's name: "ЛУГОВСКОГО") that holds no known word of five letters after its start. A run
that cannot be cut stays joined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

_SPACED = re.compile(r"(?<!\w)(?:(?:[А-ЯЁA-Z] ){2,}[А-ЯЁA-Z]|(?:[а-яё] ){4,}[а-яё])(?!\w)")
_MAX_WORD = 30
_MAX_RUN = 120  # a letterhead's line; a longer run (no letterhead) is left joined, not cut
_KNOWN, _UNKNOWN = 1, 3  # what a piece costs: fewer pieces, and names only where needed
_MIN_KNOWN = 4
_MIN_NAME = 4
_INNER_WORD = 5


def _cost(low: str, i: int, j: int, known: Callable[[str], bool], short: Collection[str],
          word_ends: list[int]) -> int | None:
    """What the piece low[i:j] costs: a known word, a name (no known word of `_INNER_WORD`
    letters or more after its first letter), or None (no piece)."""
    piece = low[i:j]
    if piece in short or (len(piece) >= _MIN_KNOWN and known(piece)):
        return _KNOWN
    if len(piece) < _MIN_NAME:
        return None
    inner = any(word_ends[a] <= j for a in range(i + 1, j - _INNER_WORD + 1))
    return None if inner else _UNKNOWN


def _word_ends(low: str, known: Callable[[str], bool]) -> list[int]:
    """For each start, where the shortest known word of `_INNER_WORD` letters or more from it
    ends (within a piece's length; past the run when none): a piece holds a known word after
    its first letter when one of its inner starts has its end inside it. Worked out once per
    run, not for every piece the cut tries (each piece's words were looked up again)."""
    past = len(low) + 1
    return [next((b for b in range(a + _INNER_WORD, min(len(low), a + _MAX_WORD) + 1)
                  if known(low[a:b])), past) for a in range(len(low))] + [past]


def segment(run: str, known: Callable[[str], bool], short: Collection[str]) -> list[str] | None:
    """The words of a run of letters printed without gaps, or None when no cut is found."""
    low = run.lower()
    ends = _word_ends(low, known)
    best: list[tuple[int, int] | None] = [None] * (len(low) + 1)
    best[0] = (0, 0)
    for j in range(1, len(low) + 1):
        for i in range(max(0, j - _MAX_WORD), j):
            here = best[i]
            cost = _cost(low, i, j, known, short, ends) if here is not None else None
            if here is not None and cost is not None and (
                    best[j] is None or here[0] + cost < best[j][0]):  # type: ignore[index]
                best[j] = (here[0] + cost, i)
    if best[-1] is None:
        return None
    out: list[str] = []
    j = len(low)
    while j > 0:
        i = best[j][1]  # type: ignore[index]
        out.insert(0, run[i:j])
        j = i
    return out


def unspace(text: str, known: Callable[[str], bool] | None = None,
            short: Collection[str] = ()) -> str:
    """"П Р И К А З" → "ПРИКАЗ"; with `known` (the dictionary), a run of several words cut
    into them ("АДМИНИСТРАЦИЯ ГОРОДА")."""
    def join(m: re.Match[str]) -> str:
        run = m.group(0).replace(" ", "")
        if known is None or len(run) > _MAX_RUN or known(run):
            return run
        words = segment(run, known, short)
        return " ".join(words) if words else run
    return _SPACED.sub(join, text)


_LONG_WORD = re.compile(r"[А-ЯЁа-яё]{8,}")
_MIN_PART = 5


def _glued_cut(word: str, known: Callable[[str], bool]) -> str | None:
    """"межмуниципальнойпрограммы" → "межмуниципальной программы",
    "ПравительстваМурманской" → "Правительства Мурманской": the one cut into two words the
    dictionary knows (a small letter followed by a capital first), or None."""
    turns = [k for k in range(1, len(word)) if word[k - 1].islower() and word[k].isupper()]
    cuts = turns or range(_MIN_PART, len(word) - _MIN_PART + 1)
    for k in cuts:
        if min(k, len(word) - k) >= _MIN_PART and known(word[:k]) and known(word[k:]):
            return f"{word[:k]} {word[k:]}"
    return None


def cut_glued(word: str, known: Callable[[str], bool]) -> str | None:
    """The two dictionary words a word glued from them is cut into, or None."""
    return _glued_cut(word, known)


def unglue(text: str, known: Callable[[str], bool]) -> str:
    """Words a site's text layer glued together cut apart where the dictionary knows neither
    the whole nor fails to know both halves (for matching words; titles keep what is
    printed)."""
    def cut(m: re.Match[str]) -> str:
        word = m.group(0)
        if known(word):
            return word
        return _glued_cut(word, known) or word
    # most texts' long words are all known: checked without a Python call per word
    if all(map(known, _LONG_WORD.findall(text))):
        return text
    return _LONG_WORD.sub(cut, text)
