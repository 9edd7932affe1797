"""Where a dash list item of a hard-wrapped text ends without a blank line.

A passport exported as text prints a row's value as a dash list and the next row's label right
under its last item ("- развитие сети школ" / "Сроки реализации 2024-2028 годы"); so does a
plan's "Цель:" / "- …" / "Задачи:" / "- …". The reader otherwise joins every line up to the next
blank one to the open item, gluing the label (and its value) onto the last item. A line ends the
item when the item so far is finished (its quotes and brackets closed, no open word at its end)
and the line opens a passport row (data/row_labels.yaml) or is a short label closed by a colon,
or the item closed its sentence with a full stop and the line opens in capitals, no field of
the item's own ("Срок: …"): the list is over ("- создание условий … ." / "Учебно-тренировочный
процесс ведется …"). A numbered item going on its label's sentence in lower case ("1)
получение …;") ends so too. A wrap of the item itself goes on in lower case or within an open
phrase and is kept."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ingest.bullets import SYMBOL_BULLETS
from ingest.text.lines import closes_quotes
from ingest.yaml_data import load_yaml

_DASH_ITEM = re.compile(rf"^\s*(?:[-–—•·{SYMBOL_BULLETS}]\s+(?=\S)|[-–—•·](?=[а-яё]{{2}})"
                        # "1) получение …;": a numbered item going on the label's sentence
                        r"|(?:\d{1,2}[.)]|[а-я]\))\s*(?=[а-яё]{2}))")
# an item closed by its full stop after a full word ("… спортивного резерва."; not "им.", "г.",
# "т.д.", an initial): a line opening in capitals after it is the text after the list
_CLOSED = re.compile(r"(?<![.\w])[А-ЯЁа-яё][а-яё]{2,}[»\")]?\.$")
# "Срок: сентябрь", "Ответственный: …": the item's own field under it, no text after the list
_FIELD = re.compile(r"^[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}\s*:")
# an item left mid-phrase: the next line carries it on whatever its first letter
_OPEN_END = re.compile(r"(?:[,\-–—(«]|\s(?:и|или|в|во|на|по|о|об|к|для|с|со|от|до|из|при))$",
                       re.IGNORECASE)
_MAX_LABEL_WORDS = 8  # "Задачи профориентационной работы в школе:" — a label, not a sentence


@lru_cache(maxsize=1)
def row_labels() -> tuple[tuple[str, ...], ...]:
    """The passport row labels of data/row_labels.yaml as tuples of word beginnings."""
    path = Path(__file__).parent / "data" / "row_labels.yaml"
    return tuple(tuple(label.split()) for label in load_yaml(path.read_text("utf-8"))["labels"])


def _words(line: str) -> list[str]:
    return re.findall(r"[а-яa-z]+", line.lower().replace("ё", "е"))


def _opens_label(words: list[str]) -> bool:
    return any(len(words) >= len(label)
               and all(w.startswith(s) for w, s in zip(words[: len(label)], label, strict=True))
               for label in row_labels())


def item_end_rule(item: list[str], line: str) -> str | None:
    """The rule ending the dash item `item` (its lines so far) before `line`, or None when the
    line carries the item on: "row_label" (a passport row opens), "label_line" (a short line
    closed by a colon introduces what follows), "closed_item" (the item's full stop, then a
    line in capitals)."""
    if not item or not _DASH_ITEM.match(item[0]):
        return None
    text = line.strip()
    so_far = "\n".join(item).rstrip()
    if not text[:1].isupper() or not closes_quotes(so_far) or _OPEN_END.search(so_far):
        return None
    words = _words(text)
    if _opens_label(words):
        return "row_label"
    if text.endswith(":") and len(words) <= _MAX_LABEL_WORDS:
        return "label_line"
    if _CLOSED.search(so_far) and not _FIELD.match(text):
        return "closed_item"
    return None
