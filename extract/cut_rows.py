"""A plan table's last row cut by the end of the text (a page saved only in part, an excerpt).

A row the text stops inside is no activity: what it says is unknown. Such a row ends the
document's last table and shows the cut in one of two ways (CONTRACT: a record lists what the
document says, and a cut row does not say it whole):

- its text stops on a word the dictionary does not know, printed in lower case and with no
  closing mark after it ("Отдел образования адми", "Правила движ"), or knows only as a name
  (a river's "Пра" in lower case is a cut "пра…"), or on a word that leads to another (a
  preposition or a conjunction: "один раз в к", "Иванова А.А. и") or a stub of a letter or
  two right after a preposition ("один раз в п");
- it fills its title alone, the title stopping on a word that leads to another (a
  preposition, a conjunction, a pronoun; after a preposition an adjective waiting for its
  noun: "… центров на те", "… в дошкольных") or on a stub of two letters ("… в 2013 го"),
  while the columns the other rows fill (term, executor, result, mark) stay empty — the one
  row of a table too; so does a three-letter stub the dictionary does not know ("… оценки
  кач"): an abbreviation is printed with its full stop. A whole title over empty cells
  ("2.3. | Повышение квалификации педагогов |" and the text ends) is kept: the cut fell
  between cells, the title is said;
- its last cell stops on a capitalised word where every other row's cell of that column ends
  on a surname with its initials ("Отдел культуры, Лебедева О.П." over "Отдел образования,
  Белов"): the cut fell between the surname and the initials;
- a table that prints " |" after every cell prints none after its last one ("… | Начальник
  управления культ" and the text ends): the reader (Row.cut) saw the text stop inside the
  cell, even when its last word is a real one.
"""

from __future__ import annotations

import re

from extract.cut_marks import broken_or_unquoted
from extract.tools import ExtractTools

_LAST_WORD = re.compile(r"([А-Яа-яЁёA-Za-z]+)$")
_MIN_CUT = 4  # shorter unknown words are abbreviations ("пед", "соц") as often as cuts
_MIN_NAME_CUT = 3  # a lower-case word known only as a name ("пра"): no abbreviation either
_CLOSING_POS = frozenset({"PREP", "CONJ"})  # no cell ends on them: "один раз в к"


def _common(word: str, tools: ExtractTools) -> bool:
    """The dictionary knows the word as a common one (not only as a name, "пра")."""
    return tools.is_known(word) and not tools.is_proper(word)


def stops_mid_word(text: str, tools: ExtractTools) -> bool:
    """The text ends on a lower-case word the dictionary does not know ("… администрации
    адми") or knows only as a name ("… ведомственные пра"): the word was cut. Abbreviations
    and names (capitals) are never read so."""
    m = _LAST_WORD.search(text.rstrip())
    word = m.group(1) if m else ""
    if not word.islower():
        return False
    if len(word) >= _MIN_CUT and not tools.is_known(word):
        return True
    return len(word) >= _MIN_NAME_CUT and tools.is_known(word) and tools.is_proper(word)


def stops_on_link(text: str, tools: ExtractTools) -> bool:
    """The text ends on a preposition or a conjunction ("… и", "один раз в к"), or on a
    stub of a letter or two right after a preposition ("один раз в п"): a cell never does,
    the text was cut there."""
    m = _LAST_WORD.search(text.rstrip())
    word = m.group(1) if m else ""
    if not word or not word.islower():
        return False
    if tools.tag(word)[0] in _CLOSING_POS:
        return True
    before = _BEFORE_LAST.search(text.rstrip())
    return len(word) <= _STUB and before is not None \
        and tools.tag(before.group(1).lower())[0] == "PREP"


# parts of speech that lead to a word after them: a title stopping on one is unfinished
_LEADING_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})
# a modifier waiting for its noun — after a preposition only ("на те", "в дошкольных"): alone
# it is often the noun itself ("… обучающихся", "… детей и взрослых")
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})
_STUB = 2  # a word's first letters left by the cut ("… в 2013 го")
_BEFORE_LAST = re.compile(r"([А-Яа-яЁё]+)\s+[А-Яа-яЁё]+$")


def _unfinished(title: str, tools: ExtractTools) -> bool:
    text = title.rstrip()
    m = _LAST_WORD.search(text)
    if m is None or not m.group(1).islower():
        return False
    pos = tools.tag(m.group(1))[0]
    if pos in _LEADING_POS or len(m.group(1)) <= _STUB:
        return True
    if len(m.group(1)) <= _MIN_CUT - 1 and not _common(m.group(1), tools):
        return True  # "… оценки кач" over empty cells: a stub, an abbreviation has its stop
    before = _BEFORE_LAST.search(text)
    return pos in _MODIFIER_POS and before is not None \
        and tools.tag(before.group(1).lower())[0] == "PREP"


def open_title_only(title: str, fields: list[str], others_filled: bool,
                    tools: ExtractTools) -> bool:
    """Only the title is printed, stopping on a lower-case word that leads to another, and
    the row's other columns are empty where other rows fill them (or it is the only row)."""
    return _unfinished(title, tools) and not any(fields) and others_filled


# "Белов Н.Г.", "Белова-Орлова Н.": a surname with its initials ends the cell
_INITIALS_END = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?$")
_NAME_END = re.compile(r"(?:^|[\s,])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?$")
_SIBLINGS = 2  # rows enough to say how the column ends its cells


def stops_before_initials(texts: list[str], siblings: list[list[str]]) -> bool:
    """The row's last filled cell ends on a capitalised word with no initials after it, where
    the cells of that column in the other rows (two at least) all end on a surname with its
    initials: the text stopped between a surname and its initials."""
    k = max((j for j, t in enumerate(texts) if t.strip()), default=None)
    if k is None or not _NAME_END.search(texts[k].rstrip()):
        return False
    column = [row[k].rstrip() for row in siblings if k < len(row) and row[k].strip()]
    return len(column) >= _SIBLINGS and all(_INITIALS_END.search(c) for c in column)


def cut_row(texts: list[str], title: str, fields: list[str], others_filled: bool,
            tools: ExtractTools, siblings: list[list[str]] | None = None,
            unclosed: bool = False) -> str | None:
    """Why the last row of the text's last table was cut by the text's end, or None
    (`siblings`: the other rows' cell texts; `unclosed`: the reader found no closing mark
    after the row's last cell where it prints one after every cell)."""
    last = next((t for t in reversed(texts) if t.strip()), "")
    if last and stops_mid_word(last, tools):
        return "stops mid-word"
    if open_title_only(title, fields, others_filled, tools):
        return "title only, unfinished"
    if siblings and stops_before_initials(texts, siblings):
        return "stops before a surname's initials"
    if last and stops_on_link(last, tools):
        return "stops after a preposition or conjunction"
    if unclosed:
        return "no closing bar after its last cell"
    return broken_or_unquoted(texts)  # extract/cut_marks.py


# a list's items closed by ";" each; a finished last item closes with a full stop (or a
# bracket or quote) — or with nothing, when no item above closes either
_ITEM_CLOSED = re.compile(r";(?=\s*(?:\n|\d{1,2}[.)]\s|[-–—•·▪]\s))")
_TEXT_CLOSED = re.compile(r"[.!?)»\"”:;]\s*$")


def cut_last_item(raw: str, items: list[str], tools: ExtractTools) -> str | None:
    """Why the last item of a list cell that the text's end cuts was cut, or None: it stops
    mid-word or on a link word, or it stays open where every item above it closes with ";"
    ("1. …; 2. …; 3. … социально-экономического статус" and the text ends)."""
    if len(items) < 2:
        return None
    if stops_mid_word(items[-1], tools):
        return "stops mid-word"
    if stops_on_link(items[-1], tools):
        return "stops after a preposition or conjunction"
    closed = len(_ITEM_CLOSED.findall(raw.rstrip()))
    if closed >= len(items) - 1 and not _TEXT_CLOSED.search(raw):
        return "open where the items above close with ';'"
    return None
