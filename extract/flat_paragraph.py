"""A whole plan table flattened into ONE paragraph, cut back into the lines flat_rows reads.

    План мероприятий … МОУ «СОШ № 6» № п/п Мероприятие Дата Ответственный Общешкольные
    мероприятия 1 Неделя русского языка 12.02.2009 Учителя 2 Литературный вечер Май 2009г
    Иванова Л.Т. ^ Работа библиотеки 1 Пополнение фонда В течение года Библиотекарь

Some site exports lose every line break of a table. The header is still there as its column
names after a number cell ("№ п/п", "N"), and the rows still open with their bare numbers, so
the paragraph is cut before the header, after it, and before each number that goes on with the
row numbering (the next one, or 1 again when a section restarts it) and opens a capitalised
text. A "^" (a site's heading mark) also ends a line: the section heading that follows it is
a line of its own. Runs only on long paragraphs that hold a number cell.
"""

from __future__ import annotations

import re

from extract.activity_cols import TITLE_ROLES
from extract.flat_header import MAX_WORDS, read_flat_header
from extract.tools import ExtractTools

MAX_HEADER_WORDS = 12
_NUMBER_CELL = re.compile(r"(?<!\S)(?:№|N)(?:\s*п\s*/\s*п\.?)?(?=\s)")
_ROW_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_CAPITAL = re.compile(r"^[«\"(]?[А-ЯЁA-Z]")
_HEADING_MARK = "^"


def _header_words(words: list[str], tools: ExtractTools) -> int:
    """How many of `words` make the longest flattened header, 0 if none does. Its title
    column comes before the field columns: a section heading right after the header reads as
    a second title column at the end, and is no part of it; a header never holds a row
    number."""
    best = 0
    for n in range(3, min(len(words), MAX_HEADER_WORDS) + 1):
        if _ROW_NUMBER.match(words[n - 1]):
            break
        header = read_flat_header(" ".join(words[:n]), tools)
        if header is not None and header.roles[-1] not in TITLE_ROLES:
            best = n
    return best


def _row_lines(words: list[str]) -> list[str]:
    """The words after the header cut into section and row lines."""
    lines: list[list[str]] = [[]]
    expected = 1
    for k, word in enumerate(words):
        if word == _HEADING_MARK:
            lines.append([])
            continue
        m = _ROW_NUMBER.match(word)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if m and int(m.group(1)) in (expected, 1) and _CAPITAL.match(nxt):
            expected = int(m.group(1)) + 1
            lines.append([])
        lines[-1].append(word)
    return [" ".join(line) for line in lines if line]


def unflatten(text: str, tools: ExtractTools) -> list[str] | None:
    """The lines of a table flattened into the paragraph `text`, or None when it holds none."""
    if len(text.split()) <= MAX_WORDS:
        return None
    for m in _NUMBER_CELL.finditer(text):
        words = text[m.start():].split()
        n = _header_words(words, tools)
        rows = _row_lines(words[n:]) if n else []
        if sum(bool(_ROW_NUMBER.match(r.split()[0])) for r in rows) >= 2:
            before = text[: m.start()].strip()
            return [*([before] if before else []), " ".join(words[:n]), *rows]
    return None


def flattened_lead(text: str, tools: ExtractTools) -> str | None:
    """The text before a table flattened into the paragraph `text` (a plan's title printed as a
    plain sentence before the header: "План мероприятий … . № п/п Мероприятие …"), or None."""
    cut = unflatten(text, tools)
    if not cut or len(cut) < 3 or read_flat_header(cut[0], tools) is not None:
        return None
    return cut[0] if text.startswith(cut[0]) and len(cut[0]) < len(text) else None
