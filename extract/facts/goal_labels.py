"""Goals' and tasks' labels inside a page a text layer flattened into one paragraph.

A mirror's PDF text may run a whole page into one paragraph: "… процессам. Цель Программы
развития: Формирование … . Создание … . Задачи Программы развития: 1. Осуществить …". Split
before each label, each label's statement split into its items, the paragraph reads as the
page printed it (the goals and tasks rules in extract/facts/goals.py read the pieces)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

_WORD = re.compile(r"\s*([А-Яа-яЁёA-Za-z]+)")
_FINITE = ("VERB", "PRTS")
_FLAT_WORDS = 80  # a page flattened into one paragraph, not a paragraph of the body
# a sentence's end, then a capitalised word and a few more up to a colon: a label's place
_INLINE_LABEL = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁ][а-яё]+(?:\s+[А-Яа-яЁё]+){0,5}\s*:)")
_INLINE_LABEL_START = re.compile(r"^(?:\d{1,2}\.\s+)?[А-ЯЁ][а-яё]+(?:\s+[А-Яа-яЁё]+){0,5}\s*:")
_INLINE_ITEM = re.compile(r"(?:(?<=[:.;])|^)\s*(\d{1,2}\.)\s+(?=[А-ЯЁ])")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁ])")
_POINT = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?$")


def flattened_labels(ctx: Ctx, c: Chunk, labelled: Callable[[str], bool]) -> list[Chunk]:
    """A page a text layer flattened into one long paragraph, split before each "Цель …:" /
    "Задачи …:" label it runs into ("… процессам. Цель Программы развития: Формирование …
    Задачи Программы развития: 1. …"): the label opens its statement as a paragraph would, and
    the statement's numbered items ("1. …") or its aims, each a sentence naming one with no
    verb of its own ("Формирование … . Создание … ."), are its list's items."""
    if c.cells is not None or len(c.lines) > 1:
        return [c]
    if len(c.text.split()) < _FLAT_WORDS:
        # a piece the reflow cut out of a page run into one line (extract/facts/reflow.py)
        # opening with its label: its items read as the flattened page's
        return _label_items(ctx, c, c.text) if c.list_number is None and labelled(c.text) \
            and _INLINE_LABEL_START.match(c.text) else [c]
    cuts = [m.end() for m in _INLINE_LABEL.finditer(c.text)
            if labelled(c.text[m.end():])]
    if not cuts:
        return [c]
    bounds = [0, *cuts, len(c.text)]
    first = c.text[: cuts[0]].strip()
    out = [replace(c, text=first, lines=(first,))]
    for a, b in pairwise(bounds[1:]):
        out += _label_items(ctx, c, c.text[a:b].strip())
    return out


def _label_items(ctx: Ctx, c: Chunk, piece: str) -> list[Chunk]:
    """"Задачи …: 1. … 2. …" → the bare label and its numbered items; "Цель …: Формирование … .
    Создание … ." → the bare label and its aims (bullets); else the piece as one paragraph."""
    label, _, statement = piece.partition(":")
    numbered = _INLINE_ITEM.split(statement.strip())
    if len(numbered) > 1 and not numbered[0].strip():
        pairs = list(zip(numbered[1::2], numbered[2::2], strict=False))
    else:
        aims = _SENTENCES.split(statement.strip())
        if len(aims) < 2 or not all(_aim(ctx, x) for x in aims):
            return [replace(c, text=piece, lines=(piece,), list_number=None)]
        pairs = [("-", x) for x in aims]
    return [replace(c, text=f"{label}:", lines=(f"{label}:",), list_number=None)] + [
        replace(c, text=x.strip(), lines=(x.strip(),), list_number=n) for n, x in pairs]


def _aim(ctx: Ctx, sentence: str) -> bool:
    """A sentence naming an aim: a noun in the nominative first, no verb of its own."""
    words = _WORD.findall(sentence)
    return bool(words) and ctx.tools.tag(words[0].lower()) == ("NOUN", "nomn") \
        and not any(ctx.tools.tag(w.lower())[0] in _FINITE for w in words)


def _point(mark: str | None) -> tuple[int, ...] | None:
    m = _POINT.match(mark or "")
    return tuple(int(x) for x in m.group(1).split(".")) if m else None


def section_entry(prose: tuple[Chunk, ...], i: int) -> bool:
    """"1.10. Цель Программы" followed by "1.11. Задачи Программы": a bare label numbered as
    a section, the next paragraph its next sibling — an entry of a contents or a section
    heading among headings, with nothing stated under it (a label's own list is numbered
    "1."… under it, or "1.10.1."…, never as the label's next sibling)."""
    this = _point(prose[i].list_number)
    after = _point(prose[i + 1].list_number) if i + 1 < len(prose) else None
    if this is None or after is None or prose[i].text.rstrip().endswith(":"):
        return False
    return len(this) == len(after) and this[:-1] == after[:-1] and after[-1] == this[-1] + 1


_QUALIFIER_WORDS = 5


def qualified_link(ctx: Ctx, rest: str) -> str | None:
    """After a label's word, its owner (in the genitive) and a word linking it to its statement
    ("Основными задачами | школы являются:", "Задачами | спортивной школы являются: …"): the
    statement after the link ("" when the list follows the colon), None when `rest` is no such
    owner and link — or the owner is neither the document nor its institution ("Целью
    мониторинга является …": a sentence about something else)."""
    words = rest.split()
    if not rest.strip() or rest.lstrip()[:1] in ":–—-":
        return None  # "Задачи: …", "Задачи – …": the separator, no owner
    for k, w in enumerate(words[:_QUALIFIER_WORDS]):
        # ("являются:": the link closed by the colon before the list)
        tail = " ".join(words[k:]).replace(":", " ", 1) + " "
        rx = next((rx for rx in ctx.vocab.statement_links if rx.match(tail)), None)
        if rx is not None:
            return rx.sub("", tail, count=1).strip() if k and _own(ctx, words[:k]) else None
        # the owner's words: its name ("школы", "МБОУ «СОШ № 6»"), no verb of a sentence
        if ctx.tools.tag(w.strip(",.«»\"").lower())[0] in _FINITE or w.endswith((":", ";")):
            return None
    return None


_ABBREVIATION = re.compile(r"^[«\"]?[А-ЯЁ]{2,}")  # "МБОУ", "ДЮСШ": an institution's short name


def _own(ctx: Ctx, words: list[str]) -> bool:
    """The owner's words name the document or its institution ("школы", "Программы", "МБОУ
    …")."""
    owners = ctx.vocab.doc_words | ctx.vocab.task_owner_words
    return any(set(ctx.lemmas(w)) & owners or _ABBREVIATION.match(w) for w in words)
