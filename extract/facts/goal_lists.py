"""Goals' and tasks' lists: items numbered or bulleted a paragraph each, a list flattened into
one cell ("- a; - b"), a labelled list going on in paragraphs of its own. Split from
extract/facts/goals.py, which finds the statements and their labels."""

from __future__ import annotations

import re

from extract.facts.lines import Chunk, join_broken, squash
from ingest.bullets import SYMBOL_BULLETS

_NEW_POINT = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s")
# "-Обновление …": a dash glued to the item's capital is a bullet too (a Word cell typed so)
# (Word's Symbol-font bullets, copied from a PDF into a cell or a paragraph, count as "•")
_INLINE_BULLET = re.compile(rf"(?:^|(?<=[;.]))\s*[-–—•·{SYMBOL_BULLETS}](?:\s+|(?=[А-ЯЁ]))")
# "Цель Программы:   - Формирование …": a space-aligned passport opens each value with a dash
_LEADING_BULLET = re.compile(rf"^\s*[-–—•·{SYMBOL_BULLETS}](?:\s+|(?=[А-ЯЁ]))")
# "Задачи: 1) укреплять …; 2) развивать …": a numbered list run into one paragraph
_INLINE_NUMBER = re.compile(r"^\s*\d{1,2}\)\s+")


def list_item(text: str) -> str:
    """A list item without its bullet, spacing and closing punctuation."""
    return _LEADING_BULLET.sub("", squash(text)).strip().rstrip(";,.").strip()


def split_inline(text: str) -> list[str]:
    """"- a; - b; - c" (a list flattened into one cell) → [a, b, c]."""
    if _INLINE_BULLET.match(text):
        parts = _INLINE_BULLET.split(text)
    elif ";" in text:
        parts = text.split(";")
    else:
        parts = [text]
    if len(parts) > 1 and all(_INLINE_NUMBER.match(p) for p in parts if p.strip()):
        parts = [_INLINE_NUMBER.sub("", p) for p in parts]  # "1) a; 2) b": the items' numbers
    return [x for x in (list_item(p) for p in parts) if x]


def list_items(chunks: tuple[Chunk, ...], start: int) -> tuple[list[str], int]:
    """List items from `start` on (page-broken items rejoined); (items, index after them)."""
    items: list[str] = []
    kind = None  # bullets or numbers: a list does not switch from one to the other
    i = start
    while i < len(chunks):
        c = chunks[i]
        this = c.list_number[:1].isdigit() if c.list_number else None
        kind = this if kind is None else kind
        if (c.list_number and this == kind and not _NEW_POINT.match(c.text) and not c.heading
                and not c.bold):
            items.append(c.text)
            if c.text.rstrip().endswith(":") and len(items) > 1:
                items.pop()
                break
        elif items and c.text[:1].islower() and not items[-1].rstrip().endswith((".", ";")):
            items[-1] = f"{items[-1]} {c.text}"
        else:
            break
        i += 1
    return [x for x in (list_item(t) for t in items) if x], i


def continued_items(chunks: tuple[Chunk, ...], start: int, text: str) -> list[str]:
    """Items of a labelled list going on in paragraphs of their own: "Цели: a;" / "b;" /
    "Задачи: …" — after a statement ending with ";", each paragraph in lower case (no label,
    no number, no bullet) is the list's next item, up to one ending the list."""
    items: list[str] = []
    i = start
    while text.rstrip().endswith(";") and i < len(chunks):
        c = chunks[i]
        if c.cells is not None or c.list_number or c.heading or c.bold \
                or not c.text[:1].islower():
            break
        text, used = join_broken(c, list(chunks[i + 1 :]))
        items.append(list_item(text))
        i += 1 + used
    return [x for x in items if x]
