"""A two-column passport whose PDF text stacks its cells as lines of one paragraph: "Цель
программы создание условий …" (the label and a value in lower case, no separator), a bare
"Задачи" with the numbered items as paragraphs under it, and the label column's second word
("программы") printed as a line of its own between two lines of the value.

Read only where a paragraph holds two or more such labels without a separator ("Наименование",
"Цель программы", "Задачи"): a single "Цель …" opening a line is a sentence as likely as a row,
and a label with a colon or a dash is read by the goals rules already. The value runs to the
next label; items inside it are split as the table reader splits an unmarked cell (a line after
";" or "." or a capitalised noun in the nominative after a finished line opens the next item).
"""

from __future__ import annotations

import re
from functools import cache

from extract.facts.ctx import Ctx
from extract.facts.goals import strip_label
from extract.facts.lines import Chunk, squash
from extract.tools import ExtractTools
from extract.vocab import get_vocab

_MIN_LABELS = 2
_SEPARATOR = re.compile(r"[:–—]|\s-\s")
# a line that stops mid-phrase: the next line goes on with it, whatever its case
_OPEN_END = re.compile(r"(?:[,\-–—(«:]|\s(?:и|или|в|во|на|по|с|со|к|для|о|об|от|до|из|за|при))$",
                       re.I)


def _kind(ctx: Ctx, line: str) -> tuple[str, str] | None:
    """("goals" | "tasks" | "other", the value on the label's line) when `line` opens with a
    passport label and no separator; None otherwise."""
    for kind, words, plural in (("goals", ctx.vocab.goal_words, False),
                                ("tasks", ctx.vocab.task_words, True)):
        rest = strip_label(ctx, line, words, plural)
        if rest is not None:
            head = line[: len(line) - len(rest)] if rest else line
            return None if _SEPARATOR.search(head) else (kind, rest)
    if bare_field(ctx, line):
        return ("other", "")
    return None


_WORDS = re.compile(r"[А-Яа-яЁё]+")


def bare_field(ctx: Ctx, line: str) -> bool:
    """A line that is a passport field's name and nothing else ("Наименование программы")."""
    words = _WORDS.findall(line)
    if not words or len(words) != len(line.split()):
        return False
    lem = tuple((ctx.lemmas(w) or ("",))[0] for w in words)
    while lem and lem[-1] in ctx.vocab.doc_words:
        lem = lem[:-1]
    return lem in _phrases(ctx.tools)


@cache
def _phrases(tools: ExtractTools) -> frozenset[tuple[str, ...]]:
    return frozenset(p for s in get_vocab(tools).passport_fields for p in s.phrases if p)


def _stray(ctx: Ctx, line: str) -> bool:
    """The label column's wrapped word between two value lines: "программы" alone."""
    word = line.strip()
    return word.isalpha() and word.islower() and bool(set(ctx.lemmas(word)) & ctx.vocab.doc_words)


def _opens_item(ctx: Ctx, line: str, above: str) -> bool:
    """A line that starts an item of its own: after ";" or "." or, after a line that did not
    stop mid-phrase, a capitalised noun in the nominative ("Совершенствование …")."""
    if above.rstrip().endswith((";", ".")):
        return True
    word = line.split()[0].strip("«\"(“") if line.split() else ""
    if not word[:1].isupper() or word.isupper() or _OPEN_END.search(above.rstrip()):
        return False
    pos, case = ctx.tools.tag(word.lower())
    return pos == "NOUN" and case in ("nomn", "accs") and not ctx.tools.is_proper(word)


def _items(ctx: Ctx, lines: list[str]) -> list[str]:
    items: list[str] = []
    for line in lines:
        if items and not _opens_item(ctx, line, items[-1]):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
    return [x for x in (squash(i).strip().rstrip(";,.").strip() for i in items) if x]


def _list_after(ctx: Ctx, prose: tuple[Chunk, ...], start: int) -> list[str]:
    """The numbered paragraphs right under the paragraph, each one item."""
    items: list[str] = []
    for c in prose[start:]:
        if c.cells is not None or c.heading or c.bold or not (c.list_number or "")[:1].isdigit():
            break
        lines = [x for x in (c.lines or (c.text,)) if not _stray(ctx, x)]
        items.append(squash(" ".join(lines)).strip().rstrip(";,.").strip())
    return [x for x in items if x]


def goals_tasks(ctx: Ctx) -> tuple[list[str], list[str]]:
    """Goals and tasks of the stacked passports in the document's paragraphs."""
    out: dict[str, list[str]] = {"goals": [], "tasks": [], "other": []}
    prose = ctx.prose
    for i, c in enumerate(prose):
        if c.cells is not None or len(c.lines) < 2:
            continue
        labels = {j: k for j, line in enumerate(c.lines) if (k := _kind(ctx, line))}
        if len(labels) < _MIN_LABELS or not any(k[0] != "other" for k in labels.values()):
            continue
        marks = sorted(labels)
        for n, j in enumerate(marks):
            kind, rest = labels[j]
            end = marks[n + 1] if n + 1 < len(marks) else len(c.lines)
            lines = [x for x in [rest, *c.lines[j + 1 : end]] if x and not _stray(ctx, x)]
            items = _items(ctx, lines)
            if end == len(c.lines):
                items += _list_after(ctx, prose, i + 1)
            out[kind] += items
    return out["goals"], out["tasks"]
