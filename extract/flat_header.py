"""A table header flattened into one line by a site's text export.

    N Наименование мероприятия Сроки исполнения Ответственные исполнители

Each header cell of such a line still opens with a capital letter while the words inside a
cell are in lower case, so the line is cut before its capitalised words; every part must then
read as a column name of the table-header vocabulary (extract/vocab/headers.yaml, read at its
head phrase by extract/headphrase.py). A line is a header when its parts name the activities
and at least one field (deadline, responsible parties, result …) — an ordinary sentence never
reads as three column names in a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.activity_cols import TITLE_ROLES
from extract.cell_fit import FIELDS
from extract.headphrase import HEAD, read_header
from extract.tools import ExtractTools

MAX_WORDS = 30  # a header line is short; longer lines are not tried at all
# the activity and one field ("Мероприятие Срок проведения"): two capitalised column names;
# so few are read only when both are short bare names (a contents line "Раздел 1. «Основные
# результаты деятельности …" also opens two capitalised parts)
MIN_COLUMNS = 2
SHORT_COLUMN_WORDS = 3
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"^[«\"(]?[А-ЯЁA-Z](?:[а-яёa-z]|$)")
_NUMBER_CELL = re.compile(r"^(?:№|N|#)(?:\s*п\s*/\s*п\.?)?$|^п\s*/\s*п\.?$", re.I)
_FIELD_ROLES = frozenset({*FIELDS, "start", "end", "indicator"})


@dataclass(frozen=True)
class FlatColumn:
    """One column of a flattened header: its name as written and the role it reads as."""

    text: str
    role: str


@dataclass(frozen=True)
class FlatHeader:
    """The columns of a flattened header line, left to right (the number column included)."""

    columns: tuple[FlatColumn, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(c.role for c in self.columns)

    def describe(self) -> str:
        """'N → number | Сроки исполнения → deadline …' for the trace."""
        return " | ".join(f"{c.text} → {c.role}" for c in self.columns)


def _parts(line: str) -> list[str]:
    """The line cut before each capitalised word (a number cell "№ п/п" kept whole); words in
    parentheses never start a part."""
    parts: list[list[str]] = []
    depth = 0
    for word in line.split():
        opens = depth == 0 and bool(_CAPITAL.match(word))
        if not parts or (opens and not _NUMBER_CELL.match(" ".join([*parts[-1], word]))):
            parts.append([word])
        else:
            parts[-1].append(word)
        depth = max(0, depth + word.count("(") - word.count(")"))
    return [" ".join(p) for p in parts]


def _role(text: str, tools: ExtractTools) -> tuple[str, float] | None:
    """The role a header part names at its head and how strongly, or None."""
    if _NUMBER_CELL.match(text):
        return "number", HEAD
    reading = read_header(text, tools)
    if not reading.scores:
        return None
    role, score = reading.scores[0]
    return (role, score) if score >= HEAD else None


def _single_roles(read: list[tuple[str, str, float]]) -> list[FlatColumn]:
    """Each role kept by one column, as in a real table: the strongest reading, on a tie the
    rightmost ("Участники (классы) | Ответственный" — the party answering for the row closes
    a school plan's header); the other columns that read as it are kept as "other" cells."""
    keep: dict[str, int] = {}
    for k, (_, role, score) in enumerate(read):
        if role not in keep or score >= read[keep[role]][2]:
            keep[role] = k
    return [FlatColumn(text, role if keep[role] == k else "other")
            for k, (text, role, score) in enumerate(read)]


def _cheap_reject(line: str) -> bool:
    words = line.split()
    capitals = sum(bool(_CAPITAL.match(w)) for w in words)
    return (not 3 <= len(words) <= MAX_WORDS or capitals < MIN_COLUMNS
            or line.rstrip()[-1:] in ".;:,")


def _short(text: str) -> bool:
    """A column name as a bare two-column header prints it: a few words, no number."""
    return len(text.split()) <= SHORT_COLUMN_WORDS and not _DIGIT.search(text)


def read_flat_header(line: str, tools: ExtractTools) -> FlatHeader | None:
    """The columns of `line` when it is a flattened table header, else None."""
    if _cheap_reject(line):
        return None
    read: list[tuple[str, str, float]] = []
    for part in _parts(line.strip()):
        role = _role(part, tools)
        if role is None:
            return None
        read.append((part, *role))
    named = [role for _, role, _ in read if role != "number"]
    if len(named) < 3 and not all(_short(text) for text, role, _ in read if role != "number"):
        return None
    if len(named) - len(set(named)) > 1 or not set(named) & set(TITLE_ROLES):
        return None
    columns = _single_roles(read)
    if not set(named) & _FIELD_ROLES:
        return None
    return FlatHeader(tuple(columns))


def leading_columns(text: str, tools: ExtractTools) -> int:
    """How many of the capitalised parts `text` opens with read as column names in a row
    ("Мероприятия Дата проведения Класс …" → 2): a title run on into its table's header."""
    count = 0
    for part in _parts(text.strip()):
        if not _CAPITAL.match(part) or _role(part, tools) is None:
            break
        count += 1
    return count
