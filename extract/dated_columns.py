"""A plan table printed column by column, read as a dated list: refuse it.

Site text exports of a plan table sometimes print a row's cells out of the header's order,
the captions after the rows, row numbers on their own line or glued to the next activity, or
a whole column's cells in a run. The dated-list reader then pairs a month line with the lines
after it and glues cells of other columns into "events" ("Заведующий Заместитель заведующего
… Ответственный за ПБ 3", "Ответственный за ПБ Постоянно Ответственный за ПБ"). An event of a
real dated list is a name; lines of such an item that are cells of other columns give it away:

- a bare row number ("3", "1.") or one glued before a capitalised activity ("4 Проведение …");
- a column caption of the deadline or responsibles role ("Ответственные", "Дата проведения");
- a deadline cell: a date ("05.09 – 23.09.2022") or a line of deadline words only ("Постоянно").

When at least half the items carry such evidence the run is a table whose rows cannot be told
apart here: precision first, no activities (a glued activity costs as much as a lost one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.tools import ExtractTools
from extract.vocab import Vocab, get_vocab

_BARE_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*$")
_GLUED_NUMBER = re.compile(r"^\s*\d{1,3}\.?\s+[А-ЯЁ][а-яё]")
_DATE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?!\d)")
_CAPTION_ROLES = ("deadline", "responsibles")
_WORD = re.compile(r"[А-ЯЁа-яё]{3,}")


def _is_caption(line: str, vocab: Vocab, tools: ExtractTools) -> bool:
    lemmas = tuple(w for w in tools.lemmas(line) if w.isalpha())
    if not lemmas:
        return False
    return any(lemmas == phrase for role in vocab.roles if role.name in _CAPTION_ROLES
               for phrase in role.phrases)


def _is_deadline_cell(line: str, vocab: Vocab, tools: ExtractTools) -> bool:
    if _DATE.search(line):
        return True
    words = _WORD.findall(line)
    return bool(words) and all(tools.lemma(w.lower()) in vocab.deadline_words for w in words)


def foreign_cells(lines: Sequence[str], tools: ExtractTools) -> str | None:
    """The kind of cell of another column found among an item's lines, if any."""
    vocab = get_vocab(tools)
    if lines and _GLUED_NUMBER.match(lines[0]):
        return "glued row number"
    for line in lines:
        if _BARE_NUMBER.match(line):
            return "row number"
        if _is_caption(line, vocab, tools):
            return "column caption"
        if _is_deadline_cell(line, vocab, tools):
            return "deadline cell"
    return None


def columns_run(items: Sequence[Sequence[str]], tools: ExtractTools) -> str | None:
    """Why a dated list's items are a table printed column by column (None when not): at
    least half of them carry cells of other columns."""
    found = [k for k in (foreign_cells(lines, tools) for lines in items) if k]
    if not items or 2 * len(found) < len(items):
        return None
    kinds = sorted(set(found))
    return f"{len(found)}/{len(items)} items with {', '.join(kinds)}"
