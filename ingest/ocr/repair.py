"""Repairs of Tesseract's usual misreadings, applied to OCR words only (text layers are exact).

The confusions are data (data/confusions.yaml); each is repaired only in a context where the
misreading is unambiguous: a number sign only right before a number, a stray letter only
alone at a line's end with little confidence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

import yaml

from ingest.ocr.words import Word

# a stray letter is dropped only when Tesseract itself doubts it
MAX_STRAY_CONF = 70.0
_STARTS_WITH_DIGIT = re.compile(r"^\d")
# the number column's heading "N п/п" / "№ п/п" ("по порядку"): the sign stands before it too
_ORDINAL_MARK = re.compile(r"^п\s*[/.]\s*п\.?$", re.I)
# a row number "2." whose dot came out as a colon, first on its line before a worded name
_NUMBER_COLON = re.compile(r"^(\d{1,3}):$")
_STARTS_WITH_LETTER = re.compile(r"^[«\"(]?[А-ЯЁа-яё]")


@functools.cache
def _table() -> dict:
    path = Path(__file__).parent / "data" / "confusions.yaml"
    with path.open(encoding="utf-8") as fh:
        loaded: dict = yaml.safe_load(fh)
    return loaded


def _number_sign(text: str, following: str | None) -> str:
    """"М 306" → "N 306", "Мо 306" → "№ 306": the sign read as letters before a number
    or before "п/п" of a number column's heading ("М№ п/п" → "№ п/п")."""
    if following is None or not (_STARTS_WITH_DIGIT.match(following)
                                 or _ORDINAL_MARK.match(following)):
        return text
    signs = _table()["number_sign"]
    if text in signs["as_latin_n"]:
        return "N"
    return "№" if text in signs["as_numero"] else text


def _stray(word: Word, following: Word | None) -> bool:
    """A lone non-word letter closing a line (after other words), read with little confidence."""
    ends_line = following is None or following.line != word.line
    return (ends_line and word.conf < MAX_STRAY_CONF
            and word.text in _table()["stray_letters"])


def _row_number(word: Word, following: Word | None) -> str:
    """"2: Другие …" → "2. Другие …": a numbered row's dot read as a colon (never so printed
    before a name that starts on the same line)."""
    found = _NUMBER_COLON.match(word.text)
    if found and following is not None and following.line == word.line \
            and _STARTS_WITH_LETTER.match(following.text):
        return found.group(1) + "."
    return word.text


def repair(words: list[Word]) -> list[Word]:
    """Words in Tesseract's reading order with the known confusions repaired."""
    out: list[Word] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        starts_line = i == 0 or words[i - 1].line != word.line
        if not starts_line and _stray(word, following):
            continue
        text = _number_sign(word.text, following.text if following else None)
        if starts_line:
            text = _row_number(replace(word, text=text), following)
        out.append(word if text == word.text else replace(word, text=text))
    return out
