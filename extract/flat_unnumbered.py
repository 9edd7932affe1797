"""Rows of a flattened plan table whose header has no number column: each row opens a line.

    Содержание работы Срок исполнения Ответственный          ← the header, cells run together
    Блок 1. Организационная работа                           ← a section (its label)
    Обновить уголок безопасности в течение года Воспитатели  ← a row on one line
    Подбор литературы для родителей                          ← a row wrapped onto two lines:
    в течение года воспитатели групп                            its cells go on under it

A site's export of a kindergarten's plan prints no item numbers, so extract/flat_rows.py's
numbered rows never start. Here a line opens a row unless it continues the row above (that
row's split still lacks a cell, or the line opens in lower case) or opens with a section
label ("Блок 2.Методическая работа", its number glued to the name too). Session facts75, dev75.
"""

from __future__ import annotations

import re
from typing import Literal

from extract.vocab import Vocab

Action = Literal["row", "continue", "section"]

# "Блок 2.Методическая работа": the label's number glued to the section's name
_GLUED_LABEL = re.compile(r"^(\w+\s+(?:\d{1,3}|[IVXLC]{1,6})\.)(?=[А-ЯЁ«\"])")


def spaced_label(text: str) -> str:
    """`text` with a space put after a section label's number glued to the name."""
    return _GLUED_LABEL.sub(r"\1 ", text, count=1)


def unnumbered_action(text: str, row_open: bool, row_complete: bool, vocab: Vocab) -> Action:
    """What a line under a header without a number column is: a new row, the open row's next
    line, or a section."""
    if vocab.section_label.match(spaced_label(text)):
        return "section"
    if row_open and (text[:1].islower() or not row_complete):
        return "continue"
    return "row"


_GOES_ON = re.compile(r"[,;:\-–—(«]$|\s(?:и|или|в|во|по|на|с|со|к|для|из|от|за)$", re.I)


def cut_by_end(text: str, complete: bool) -> bool:
    """The text's last row stops inside it: its cells are not all there and it ends inside a
    quote or a phrase ("Консультация «Правила"); CONTRACT: such a row is no activity (a title
    printed whole over empty cells is kept)."""
    text = text.rstrip()
    return not complete and (text.count("«") > text.count("»") or bool(_GOES_ON.search(text)))
