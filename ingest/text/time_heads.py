"""A time heading set in capitals over the items of a plan without a table.

    СЕНТЯБРЬ. Заседание МО №1
    1.Анализ работы МО за прошедший год
    …
    НОЯБРЬ. Заседание МО №2

A text saved a paragraph per line without blank lines runs such a heading into the item above
it (or into the title). Its head — the words before the first dot, colon or dash — is in
capitals and names a month (the date stems of data/cell_kinds.yaml), so it opens a block of its
own, as its paragraph does in the original. Capitals keep a wrapped sentence that goes on with
"Март 2009 г." from being cut."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ingest.yaml_data import load_yaml

_HEAD = re.compile(r"^\s*([^.:–—]{3,40}?)\s*(?:[.:–—]|$)")
_MAX_HEAD_WORDS = 4


@lru_cache(maxsize=1)
def _month_stems() -> tuple[str, ...]:
    path = Path(__file__).parent / "data" / "cell_kinds.yaml"
    return tuple(load_yaml(path.read_text("utf-8"))["date_stems"])


@lru_cache(maxsize=1)
def unit_cells() -> frozenset[str]:
    """Lines that are only a unit of measure (data/cell_kinds.yaml), lower case."""
    path = Path(__file__).parent / "data" / "cell_kinds.yaml"
    units = load_yaml(path.read_text("utf-8"))["unit_cells"]
    return frozenset(" ".join(str(u).split()) for u in units)


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "cell_kinds.yaml"
    return frozenset(load_yaml(path.read_text("utf-8"))["month_names"])


_MONTH_RANGE = re.compile(r"^\s*([А-ЯЁа-яё]+)(?:\s*[-–—]\s*([А-ЯЁа-яё]+))?\s*:?\s*$")


def is_month_label(text: str) -> bool:
    """A paragraph that is only a month's name or a range of two ("октябрь", "Ноябрь –
    декабрь"): a calendar's month label, in any case."""
    m = _MONTH_RANGE.match(text)
    return m is not None and all(w.lower() in _month_names() for w in m.groups() if w)


def is_time_heading(line: str) -> bool:
    """True for "СЕНТЯБРЬ. Заседание …", "ЯНВАРЬ – ФЕВРАЛЬ:", "ДЕКАБРЬ"."""
    m = _HEAD.match(line)
    if not m:
        return False
    head = m.group(1)
    letters = [ch for ch in head if ch.isalpha()]
    if len(head.split()) > _MAX_HEAD_WORDS or len(letters) < 3 or not all(ch.isupper()
                                                                          for ch in letters):
        return False
    words = re.findall(r"[а-яё]+", head.lower())
    return any(w.startswith(stem) for w in words for stem in _month_stems())
