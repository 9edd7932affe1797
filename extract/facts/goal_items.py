"""Goals' and tasks' items as legal sites and school pages print them, made readable.

A legal site's section page interleaves the list with notes of later amendments ("Задачи:" /
"(в ред. Постановления … от … N …)" / "1) …;" / "(в ред. …)"), a PDF's text layer loses an
item's marker ("1.Обеспечение …", "2 Формирование …"), and a section lists its tasks as bare
paragraphs in lower case, each ending with ";" ("Задачи Программы:" / "обеспечение …;" /
"создание …"). The goals and tasks rules in extract/facts/goals.py read the chunks these
functions give back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk

# "1.Обеспечение" (no space), "2 Формирование" (no dot): a list's number a text layer printed
# loose, read only as the next number of a list or the first under a label
_LOOSE_NUMBER = re.compile(r"^(\d{1,2})(?:\.(?=[А-ЯЁ])|\s+(?=[А-ЯЁ][а-яё]))")


def _without_notes(ctx: Ctx, text: str) -> str:
    for rx in ctx.vocab.amendments[:1]:  # "(в ред. …)", "(с изменениями …)"
        text = rx.sub(" ", text)
    return " ".join(text.split())


def readable(ctx: Ctx, chunks: tuple[Chunk, ...]) -> tuple[Chunk, ...]:
    """The chunks without amendment notes (a chunk only a note is left out), a loose list
    number read as the item's marker."""
    out: list[Chunk] = []
    for c in chunks:
        if c.cells is None and "(" in c.text:
            lines = tuple(x for x in (_without_notes(ctx, line) for line in c.lines) if x)
            text = _without_notes(ctx, c.text)
            if not text:
                continue
            c = replace(c, text=text, lines=lines or (text,))
        for piece in _numbered_lines(c) or _list_lines(c) or (c,):
            out.append(_loose_marker(piece, out[-1] if out else None))
    return tuple(out)


# "3. Повысить", "1.Обеспечение", "2 Формирование": a line opening with an item's number
_LINE_NUMBER = re.compile(r"^(\d{1,2})(?:[.)]\s*|\s+)(?=[А-ЯЁ])")


def _numbered_lines(c: Chunk) -> tuple[Chunk, ...]:
    """A numbered list a reader kept as one paragraph's lines ("1.Обеспечение …" / "2
    Формирование …" / "3. Повысить …": a Word paragraph broken by line breaks, or a text
    export's item whose loose next number the reader took for the item's next line) → one
    chunk an item; numbers running on one by one, a line without its number the item's
    wrapped rest. Empty when the lines are no such list."""
    if c.cells is not None or len(c.lines) < 2:
        return ()
    first = c.list_number.rstrip(".)") if c.list_number else None
    lines = list(c.lines) if first is None else list(c.lines[1:])
    items: list[tuple[int, str]] = [] if first is None or not first.isdigit() \
        else [(int(first), c.lines[0])]
    if first is not None and not items:
        return ()
    for line in lines:
        m = _LINE_NUMBER.match(line)
        if m and (not items or int(m.group(1)) == items[-1][0] + 1):
            items.append((int(m.group(1)), line[m.end():].strip()))
        elif items and line[:1].islower():
            items[-1] = (items[-1][0], f"{items[-1][1]} {line}")
        else:
            return ()
    if len(items) < 2:
        return ()
    return tuple(replace(c, text=text, lines=(text,), list_number=f"{n}.") for n, text in items)


def _list_lines(c: Chunk) -> tuple[Chunk, ...]:
    """A paragraph whose lines are a sentence leading into a list with a colon and the list's
    items in lower case, each on its line ending with ";" but the last ("… следующих задач:" /
    "обеспечение …;" / "оснащение … ."): a text export saved a paragraph a line but its reader
    joined them; the lines are paragraphs again. Empty when no line does so."""
    if c.cells is not None or len(c.lines) < 3:
        return ()
    for k, line in enumerate(c.lines[:-2]):
        items = c.lines[k + 1 :]
        if line.rstrip().endswith(":") and all(x[:1].islower() for x in items) \
                and all(x.rstrip().endswith(";") for x in items[:-1]):
            return tuple(replace(c, text=x, lines=(x,), list_number=None) for x in c.lines)
    return ()


def _loose_marker(c: Chunk, before: Chunk | None) -> Chunk:
    m = _LOOSE_NUMBER.match(c.text) if c.cells is None and not c.list_number else None
    if m is None or before is None:
        return c
    number = int(m.group(1))
    follows = before.text.rstrip().endswith(":") and not before.list_number and number == 1
    if before.list_number and before.list_number.rstrip(".)").isdigit():
        follows = int(before.list_number.rstrip(".)")) + 1 == number
    if not follows:
        return c
    text = c.text[m.end():].strip()
    return replace(c, text=text, lines=(text, *c.lines[1:]), list_number=f"{number}.")


def plain_items(chunks: tuple[Chunk, ...], start: int) -> list[str]:
    """"обеспечение …;" / "создание …;" / "оснащение … .": a list printed as paragraphs in lower
    case, no number, no bullet, each but the last ending with ";" — read from `start` while
    the items go on (two at least: one paragraph is a sentence of the text)."""
    items: list[str] = []
    for c in chunks[start:]:
        if c.cells is not None or c.list_number or c.heading or c.bold \
                or not c.text[:1].islower():
            break
        items.append(c.text.strip().rstrip(";,.").strip())
        if not c.text.rstrip().endswith(";"):
            break
    return items if len(items) > 1 and all(items) else []
