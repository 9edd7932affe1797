"""Letter-spaced words and split years joined where extract first sees a document's text.

Headings typeset with tracking come out of text layers and OCR as single letters ("П Л А Н",
"М У Н И Ц И П А Л Ь Н О Е ЗА Д А Н И Е"); a form's cells print a year's century apart ("на 20
22 год и на плановый период 20 23 и 20 24 годов"). No vocabulary word matches them, so the
title, kind and period are lost. Every paragraph and cell, of every format, is read once here:
a run of three or more single capitals (a pair among them now and then) becomes the word the
dictionary knows, or the dictionary words it cuts into; a split year is joined only between a
year's opener ("на", "период", a month) and a year word. Blocks keep their provenance.
Words are data: extract/vocab/spacing.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extract.facts.spaced import segment
from extract.vocab import load_yaml
from ingest.models import Cell, Paragraph, SourceDocument, Table

# a run of letters: tokens of one or two capitals, one space apart, not touching a word, a dot
# or a digit (initials "А. Б.", class lists "1 А Б В" are not runs of a word)
_RUN = r"(?<![\w.])(?:[А-ЯЁ]{1,2} ){2,}[А-ЯЁ]{1,2}(?![\w.])"
_MIN_SINGLES = 3  # single letters in a run: "ЗА О Т" is words, not a spaced word
_MIN_WORD = 4  # a joined word shorter than this is rather an abbreviation
_HINT = re.compile(r"[А-ЯЁ] [А-ЯЁ] [А-ЯЁ]|(?:19|20) \d\d")  # cheap test before the full pass


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    short: frozenset[str]
    abbreviations: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_yaml("spacing")
    openers = "|".join(sorted((re.escape(w) for w in data["year_openers"]), key=len, reverse=True))
    year = (rf"(?<!\w)(?P<open>(?:{openers})\s+)(?P<c>19|20) (?P<y>\d\d)(?!\d)"
            r"(?=\s*(?:год|гг?\b|г\.|(?:и|[-–—])\s*(?:19|20) ?\d\d(?!\d)))")
    return _Rules(re.compile(rf"(?P<run>{_RUN})|(?i:{year})"),
                  frozenset(data["short_words"]), frozenset(data["abbreviations"]))


def _join_run(run: str, known: Callable[[str], bool], rules: _Rules) -> str:
    """The word or words of a letter-spaced run, or the run as printed when it is no word."""
    tokens = run.split(" ")
    if sum(len(t) == 1 for t in tokens) < _MIN_SINGLES:
        return run
    letters = "".join(tokens)
    low = letters.lower()
    if low in rules.abbreviations or len(letters) < _MIN_WORD:
        return run
    if known(letters):
        return letters
    words = segment(letters, known, rules.short)
    if words and all(w.lower() in rules.short or (len(w) >= _MIN_WORD and known(w))
                     for w in words):
        return " ".join(words)
    return run


def respace_text(text: str, known: Callable[[str], bool]) -> str:
    """`text` with its letter-spaced words and split years joined ("П Л А Н" → "ПЛАН",
    "на 20 22 год" → "на 2022 год"); unchanged when it has neither."""
    if not _HINT.search(text):
        return text
    rules = _rules()

    def join(m: re.Match[str]) -> str:
        if m.group("run"):
            return _join_run(m.group("run"), known, rules)
        return f"{m.group('open')}{m.group('c')}{m.group('y')}"

    return rules.pattern.sub(join, text)


def _cell(cell: Cell, known: Callable[[str], bool]) -> Cell:
    text = respace_text(cell.text, known)
    return cell if text == cell.text else cell.model_copy(update={"text": text})


def _block(block: Paragraph | Table, known: Callable[[str], bool]) -> Paragraph | Table:
    if isinstance(block, Paragraph):
        text = respace_text(block.text, known)
        return block if text == block.text else block.model_copy(update={"text": text})
    if isinstance(block, Table):
        rows = tuple(row.model_copy(update={"cells": tuple(_cell(c, known) for c in row.cells)})
                     if any(_HINT.search(c.text) for c in row.cells) else row
                     for row in block.rows)
        changed = any(a is not b for a, b in zip(rows, block.rows, strict=True))
        return block.model_copy(update={"rows": rows}) if changed else block
    return block


def respace(doc: SourceDocument, known: Callable[[str], bool]) -> SourceDocument:
    """The document with every paragraph's and cell's letter-spaced words and split years
    joined (provenance, bold, headings kept)."""
    blocks = tuple(_block(b, known) for b in doc.blocks)
    return doc.model_copy(update={"blocks": blocks})


def changed_blocks(before: SourceDocument, after: SourceDocument) -> int:
    """How many blocks `respace` changed (for `--debug`)."""
    return sum(a is not b for a, b in zip(before.blocks, after.blocks, strict=True))
