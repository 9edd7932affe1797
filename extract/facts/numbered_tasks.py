"""Tasks each printed under its own numbered singular label: "Задача 1. Достижение качества
образования …" / "Задача 2. Развитие …" — a programme's passport value or its text states its
tasks so, one by one, where no plural "Задачи:" heading leads a list (the plural forms are
extract/facts/goals.py's). A label's statement goes on over the lines under it that carry on
in lower case; the next label, a capitalised line after a finished sentence, or the paragraph's
end closes it, and it ends with its full stop (a section's heading "Задача 1. …" has none).
The label words are the vocabulary's task labels (extract/vocab/sections.yaml)."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.vocab import get_vocab

_NUMBER = re.compile(r"\d")


def _task_label(ctx: Ctx, line: str) -> int | None:
    """Where the statement starts after a numbered singular task label opening `line`."""
    m = get_vocab(ctx.tools).goal_task_label.match(line)
    if not m or not _NUMBER.search(m.group(0)):
        return None
    word = m.group(1)
    if word.lower().endswith("и") or not set(ctx.lemmas(word)) & ctx.vocab.task_words:
        return None  # "Задачи 1 …" is a plural heading's; "Цель 1." is a goal's
    return m.end()


def numbered_tasks(ctx: Ctx) -> list[str]:
    """The statements of "Задача N." labels opening lines of the running text, in order."""
    out: list[str] = []
    for c in ctx.prose:
        lines = [x.strip() for x in (c.lines or (c.text,)) if x.strip()]
        current: list[str] | None = None
        for line in lines:
            at = _task_label(ctx, line)
            if at is not None:
                current = [line[at:].strip()]
                out.append("")
            elif current is not None and line[:1].islower() \
                    and not current[-1].rstrip().endswith((".", ";")):
                current.append(line)
            else:
                current = None
            if current is not None:
                out[-1] = squash(" ".join(current))
    # a statement is a sentence, closed by its full stop; "Задача 1. Развитие кадров" with no
    # stop heads a section (its points "1.1. …" under it), no task of its own
    return [t.rstrip(".;, ") for t in out if t.endswith((".", ";")) and t.rstrip(".;, ")]
