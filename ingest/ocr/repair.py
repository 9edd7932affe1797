"""Repairs of Tesseract's usual misreadings, applied to OCR words only (text layers are exact).

The confusions are data (data/confusions.yaml); each is repaired only in a context where the
misreading is unambiguous: a number sign only right before a number, a stray letter only
alone at a line's end with little confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.ocr.image import Rule
from ingest.ocr.vocab import confusions
from ingest.ocr.words import Word

# a stray letter is dropped only when Tesseract itself doubts it
MAX_STRAY_CONF = 70.0
_STARTS_WITH_DIGIT = re.compile(r"^\d")
# the number column's heading "N п/п" / "№ п/п" ("по порядку"): the sign stands before it too
_ORDINAL_MARK = re.compile(r"^п\s*[/.]\s*п\.?$", re.I)
# a row number "2." whose dot came out as a colon, first on its line before a worded name
_NUMBER_COLON = re.compile(r"^(\d{1,3}):$")
_STARTS_WITH_LETTER = re.compile(r"^[«\"(]?[А-ЯЁа-яё]")
# a year, alone, closing a date or a range of years, and what is glued to it ("2011гол")
_YEAR = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.|(?:19|20)\d\d[-–])?(?:19|20)\d\d$")
# a short capitalised name closing with a soft sign and its punctuation ("СОШЬ", "ИМЦЬ,")
_SOFT_CLOSE = re.compile(r"^([А-ЯЁ]{2,4})Ь([,.;:)]*)$")
_YEAR_GLUED = re.compile(r"^((?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d)(\D+)$")


def _number_sign(text: str, following: str | None) -> str:
    """"М 306" → "N 306", "Мо 306" → "№ 306": the sign read as letters before a number
    or before "п/п" of a number column's heading ("М№ п/п" → "№ п/п")."""
    if following is None or not (_STARTS_WITH_DIGIT.match(following)
                                 or _ORDINAL_MARK.match(following)):
        return text
    signs = confusions()["number_sign"]
    if text in signs["as_latin_n"]:
        return "N"
    return "№" if text in signs["as_numero"] else text


def _stray(word: Word, following: Word | None) -> bool:
    """A lone non-word letter closing a line (after other words), read with little confidence."""
    ends_line = following is None or following.line != word.line
    return (ends_line and word.conf < MAX_STRAY_CONF
            and word.text in confusions()["stray_letters"])


def _row_number(word: Word, following: Word | None) -> str:
    """"2: Другие …" → "2. Другие …": a numbered row's dot read as a colon (never so printed
    before a name that starts on the same line)."""
    found = _NUMBER_COLON.match(word.text)
    if found and following is not None and following.line == word.line \
            and _STARTS_WITH_LETTER.match(following.text):
        return found.group(1) + "."
    return word.text


def _after_year(text: str, previous: str | None) -> str:
    """"2024 т." → "2024 г.", "за 2019 гол" → "за 2019 год", "2011гол" → "2011год": the
    word after a year read with "т" for "г" or "л" for "д"."""
    table: dict[str, str] = confusions()["after_year"]
    if previous is not None and _YEAR.match(previous) and text in table:
        return table[text]
    glued = _YEAR_GLUED.match(text)
    if glued and glued.group(2) in table:
        return glued.group(1) + table[glued.group(2)]
    return text


def _quote_open(out: list[Word], word: Word) -> bool:
    """A quotation opened earlier in the word's Tesseract paragraph is still open."""
    depth = 0
    for w in out:
        if w.line[:2] == word.line[:2]:
            depth = max(depth + w.text.count("«") - w.text.count("»"), 0)
    return depth > 0


def _closing_quote(out: list[Word], word: Word, following: Word | None) -> str:
    """"«Троицкая / СОШЬ" → "СОШ»": the closing guillemet of a quoted name read as Ь, at the
    end of a line inside an open quotation (a word spelt so goes on inside the quotes)."""
    found = _SOFT_CLOSE.match(word.text)
    ends_line = following is None or following.line != word.line
    if found and ends_line and _quote_open(out, word):
        return found.group(1) + "»" + found.group(2)
    return word.text


def _walled(a: Word, b: Word | None, walls: list[Rule]) -> bool:
    """No neighbour on the line, or a vertical rule between the two words."""
    if b is None or b.line != a.line:
        return True
    left, right = (a, b) if a.left < b.left else (b, a)
    mid = a.top + a.height // 2
    return any(r.y0 <= mid <= r.y1 and left.left + left.width <= r.x0 <= right.left
               for r in walls)


def _cell_sign(words: list[Word], i: int, walls: list[Rule]) -> str:
    """A cell holding nothing but "М" heads a number column: the Latin N read as М."""
    word = words[i]
    if word.text not in confusions()["number_sign"]["alone_in_cell"]:
        return word.text
    before = words[i - 1] if i > 0 else None
    after = words[i + 1] if i + 1 < len(words) else None
    mid = word.top + word.height // 2
    in_cell = any(r.y0 <= mid <= r.y1 and abs(r.x0 - word.left) < 4 * word.width for r in walls)
    if in_cell and _walled(word, before, walls) and _walled(word, after, walls):
        return "N"
    return word.text


def repair(words: list[Word], rules: list[Rule] | None = None) -> list[Word]:
    """Words in Tesseract's reading order with the known confusions repaired (`rules`: the
    page's ruling lines, for the repairs that need to know a word stands alone in a cell)."""
    walls = [r for r in rules or [] if r.x0 == r.x1]
    out: list[Word] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        starts_line = i == 0 or words[i - 1].line != word.line
        sign = _cell_sign(words, i, walls)
        word = word if sign == word.text else replace(word, text=sign)
        if not starts_line and _stray(word, following):
            continue
        text = _number_sign(word.text, following.text if following else None)
        if starts_line:
            text = _row_number(replace(word, text=text), following)
        text = _after_year(text, out[-1].text if out and not starts_line else None)
        text = _closing_quote(out, replace(word, text=text), following)
        out.append(word if text == word.text else replace(word, text=text))
    return out
