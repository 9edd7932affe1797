"""A narrow table cell's text: words that did not fit its width are broken without a hyphen.

A word processor breaks a word inside a cell only when the word alone is wider than the cell
("202⏎0", "пла⏎н", "измерен⏎ия"); a plain wrap moves whole words. So a line that is one word,
filled so far that the next line's first character would not fit beside it, and a next line
that starts a word's tail (a lowercase letter after letters, a digit after digits) are one word
split by the cell's width: they are joined without a space. A number wrapped at its thousands
space ("1⏎000") stays one line, so that it reads as one value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ingest.pdf.layout import Line
from ingest.yaml_data import load_yaml

_GROUP_HEAD = re.compile(r"(?:^|\s)\d{1,3}$")  # "1", "12 345": a number's leading groups
_GROUP = re.compile(r"\d{3}(?:[\s,.]|$)")  # "000", "500,5": its next thousands group
_TAIL_MAX = 3  # a broken word's tail on the next line is short: the cell fits only a few glyphs


@lru_cache(maxsize=1)
def _short_words() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "short_words.yaml"
    return frozenset(load_yaml(path.read_text("utf-8"))["short_words"])


def _tail(prev: str, word: str) -> bool:
    """The next line's first word continues prev's last glyph's kind (digits, lowercase)."""
    if len(word) > _TAIL_MAX and not word.isdigit():
        return False
    if prev[-1].isdigit():
        return word[:1].isdigit() and prev.isdigit()
    return prev[-1].isalpha() and word[:1].isalpha() and word[:1].islower() and (
        word.lower().rstrip(".,;:") not in _short_words())


def _broken(prev: Line, line: Line, right: float) -> bool:
    """prev is one word broken by the cell's right edge (its padding mirrored from the left)."""
    word = prev.text.strip()
    if " " in word or not word or not line.words:  # (a line of spaces: a damaged file's)
        return False
    first = line.words[0]
    if not _tail(word, first.text):
        return False
    glyph = (first.x1 - first.x0) / max(len(first.text), 1)
    return prev.x1 + glyph > right


def _group_wrapped(prev: Line, line: Line, right: float) -> bool:
    """"1⏎000": the next thousands group would not fit beside the line (stacked values such as
    "95⏎100" in a wide cell fit and stay apart)."""
    if not (_GROUP_HEAD.search(prev.text.strip()) and _GROUP.match(line.text) and line.words):
        return False
    first = line.words[0]
    glyph = (first.x1 - first.x0) / max(len(first.text), 1)
    return prev.x1 + 4 * glyph > right  # a space and three digits


def cell_text(lines: Sequence[Line], left: float, right: float) -> str:
    """A ruled cell's lines joined by "\\n", a word broken by the cell's width joined back.

    left, right: the cell's rules; the text's padding is taken as the first line's inset."""
    if not lines:
        return ""
    inner = right - (min(ln.x0 for ln in lines) - left)
    parts = [lines[0].text]
    for prev, line in itertools.pairwise(lines):
        if _broken(prev, line, inner):
            parts[-1] += line.text
        elif _group_wrapped(prev, line, inner):
            parts[-1] += " " + line.text  # "1 000" wrapped at its group space
        else:
            parts.append(line.text)
    return "\n".join(parts)
