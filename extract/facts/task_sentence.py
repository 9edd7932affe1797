"""Tasks listed under a sentence that says the document's tasks follow ("Программа решает
следующие задачи:"), for a document that states its tasks nowhere else; the labelled forms are
extract/facts/goals.py."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.goal_items import plain_items
from extract.facts.goal_lists import list_items
from extract.facts.goals import SENTENCE_BREAK, aim_paragraph, labelled_prose
from extract.facts.lines import Chunk

# the tasks word in the plural leads into a list: one item alone is a list cut short
_MIN_TASKS = 2
_LAST_WORD_COLON = re.compile(r"([А-Яа-яЁё]+)\s*:\s*$")


def tasks_of_sentence(ctx: Ctx) -> list[str]:
    """The list under the first sentence that says the document's tasks follow ("Программа
    решает следующие задачи:", "Ключевая идея плана … представлена в единстве задач:") — for a
    document that states its tasks nowhere else (a section's "… можно решить следующие
    задачи:" is about its own topic, not the document's)."""
    prose = labelled_prose(ctx)
    for i, c in enumerate(prose):
        if _leads_into_tasks(ctx, _last_sentence(c)):
            # "… при осуществлении следующих задач:" / "обеспечение …;" / "оснащение … ."
            items = list_items(prose, i + 1)[0] or plain_items(prose, i + 1) \
                or _aim_paragraphs(ctx, prose, i + 1)
            if len(items) >= _MIN_TASKS:
                return items
    return []


def _last_sentence(c: Chunk) -> str:
    """The chunk's last sentence, from the last line opening in capitals (a text reader
    joins a heading with the sentence under it)."""
    lines = c.lines or (c.text,)
    start = max((k for k, line in enumerate(lines) if line[:1].isupper()), default=0)
    return SENTENCE_BREAK.split(" ".join(lines[start:]))[-1]


def _leads_into_tasks(ctx: Ctx, text: str) -> bool:
    """A sentence naming the document or its goal and ending on the tasks word, inflected,
    before a colon (the bare word, "Задачи:", is a label `strip_label` reads)."""
    m = _LAST_WORD_COLON.search(text)
    if not m:
        return False
    lemma = ctx.lemmas(m.group(1))[:1]
    if not lemma or lemma[0] not in ctx.vocab.task_words or lemma[0] == m.group(1).lower():
        return False
    # "Программа решает следующие задачи:"; "Достижению данной цели служит решение следующих
    # задач:", "Для достижения которой …" — the tasks of the document's goal are the document's;
    # "Перед коллективом школы стояли следующие задачи:" — the institution's year is a report's
    return bool(set(ctx.lemmas(text[: m.start()]))
                & (ctx.vocab.doc_words | ctx.vocab.goal_words | ctx.vocab.task_lead_words
                   | ctx.vocab.task_owner_words))


def _aim_paragraphs(ctx: Ctx, prose: tuple[Chunk, ...], start: int) -> list[str]:
    """"… решение следующих задач:" / "Обеспечение условий …." / "Организация ….": tasks
    printed as plain paragraphs opening with a capital, no number or bullet, each one sentence
    naming an aim (a noun in the nominative, no verb of its own) closed by a full stop or ";";
    the list ends at the first paragraph that is not."""
    items: list[str] = []
    for c in prose[start:]:
        if not c.text.rstrip().endswith((".", ";")) or not aim_paragraph(ctx, c):
            break
        items.append(c.text.strip().rstrip(";.").strip())
    return items
