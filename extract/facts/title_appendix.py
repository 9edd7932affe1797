"""A plan's appendix titled under its approval stamps: the first bold or capitals block after
the stamps ("Перечень мероприятий подпрограммы …"), the passport's heading over two paragraphs,
a text export's line run into its stamp (the rule `appendix_title` of rule_tables.TITLE_RULES)."""

from __future__ import annotations

import re

from extract.facts.caption_tail import caption_tail
from extract.facts.ctx import Ctx, drop_number, per_document
from extract.facts.lines import Chunk, Line
from extract.facts.stamps import Stamp, stamps
from extract.facts.title_ends import stopper
from extract.facts.title_lines import (
    HEADING_MIN_WORDS,
    SHORT_HEAD,
    TITLE_WORDS,
    strong_block,
    with_continuation,
)
from extract.facts.title_notes import owner_line
from extract.facts.title_paragraph import lines_from
from extract.facts.title_text import QUOTES, clean_title

# A table's header row flattened into a line by a site's export: the number column's "N" or
# "№" ("№ п/п") first, then the next column's name.
FLAT_ROW_HEADER = re.compile(r"^(?:N|№)(?:\s*п/п)?\s+[А-ЯЁ]")
_CAPTION = re.compile(r"^\s*Таблица\s*(?:N|№)?\s*\d*\.?\s*$", re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яё]{2,}", re.IGNORECASE)


def _heads_its_block(ctx: Ctx, c: Chunk, line: Line) -> bool:
    """"Паспорт" opening a bold block that goes on in lower case ("Паспорт" / "муниципальной
    программы «…»", or all on one line; in plain text, where nothing is bold, too; or
    "Паспорт муниципальной программы" with the plan's name in quotes as the next bold block):
    the appendix's heading, not a section after it."""
    if not (line.first and (strong_block(c) or ctx.plain)):
        return False
    if len(c.lines) > 1:
        return c.lines[1][:1].islower()
    words = line.text.split()
    if len(words) >= HEADING_MIN_WORDS and words[1][:1].islower() \
            and ctx.plan_noun(ctx.lemmas(" ".join(words[1:]))) is not None:
        return True
    lem = ctx.lemmas(c.text)
    k = next((k for k, c2 in enumerate(ctx.chunks) if c2 is c), len(ctx.chunks) - 1)
    nxt = ctx.chunks[k + 1] if k + 1 < len(ctx.chunks) else None
    if nxt is not None and len(words) == 1 and nxt.text[:1].islower() and strong_block(nxt) \
            and ctx.plan_noun(ctx.lemmas(nxt.text)) is not None:
        return True  # "Паспорт" / "муниципальной программы …" as two bold blocks
    return len(lem) > 1 and any(ctx.plan_noun(lem[j:]) for j in range(1, len(lem))) \
        and nxt is not None and nxt.text[:1] in QUOTES and strong_block(nxt)


_PASSPORT = ("паспорт",)


@per_document
def appendix_title(ctx: Ctx) -> str | None:
    """The first bold or capitals block after the stamps ("Перечень мероприятий
    подпрограммы …", "СИСТЕМА ЦЕЛЕВЫХ ИНДИКАТОРОВ …"); in plain text, the first line after
    them that is not a sentence, or names a plan. A site's "(утв. …)" bracket is a stamp under
    the heading, not over it: the heading is looked for after the stamps above it."""
    found = [s for s in stamps(ctx) if not s.text.lstrip().startswith("(")]
    if not found:
        return None
    lines = ctx.top
    i = _after_notes(lines, found[-1].end)
    for k, line in enumerate(lines[i : i + 3], i):
        c = ctx.chunks[line.chunk]
        if FLAT_ROW_HEADER.match(line.text):
            return None  # "N Наименование мероприятия Сроки …": the table starts, no title
        if not _CYRILLIC.search(ctx.unspaced(line.text)):
            continue  # an export's anchor names ("Par33"), a code: no heading of a Russian act
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and nxt.text.lstrip()[:1] == "(" \
                and ctx.vocab.form_caption.match(nxt.text.strip()):
            continue  # "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ …" / "(наименование органа …)": the stamp's blank
        if nxt is not None and stopper(ctx, line.text) and _heads_next_block(ctx, line, nxt):
            # "1. Паспорт" / "муниципальной программы «…»": the heading over two paragraphs
            return clean_title(ctx, f"{drop_number(line.text)} "
                                    f"{with_continuation(ctx, ctx.chunks, nxt.chunk)}")
        if c.cells is not None or _CAPTION.match(line.text) or caption_tail(ctx, lines, k) or (
                stopper(ctx, line.text) and not _heads_its_block(ctx, c, line)
                and not _heads_next_line(ctx, line, nxt)):
            continue  # "Таблица 1" over the heading: a caption
        if (not line.first and nxt is not None and nxt.chunk == line.chunk
                and len(ctx.unspaced(line.text).split()) <= SHORT_HEAD  # "П Л А Н" is a word
                and line.text[:1].isupper()
                and nxt.text[:1].islower()):  # "Сведения" / "о целевых показателях …"
            return clean_title(ctx, lines_from(ctx, k))
        # "Паспорт подпрограммы 1" / «…»: a passport's heading in any weight (a PDF keeps none)
        if line.first and len(c.text.split()) <= TITLE_WORDS and (
                strong_block(c) or (ctx.plain and not c.text.rstrip().endswith("."))
                or ctx.lemmas(drop_number(line.text))[:1] == _PASSPORT):
            return clean_title(ctx, with_continuation(ctx, ctx.chunks, line.chunk))
        # a line inside a long run of lines (a text export's page joined into one paragraph),
        # its first line too: "МУНИЦИПАЛЬНАЯ ПРОГРАММА" / "«…»" / "Паспорт …" / rows; a run
        # of lines ending in a sentence ("ГОДОВОЙ ПЛАН …" / "НА … ГОД" / "Работа … направлена
        # на ….") opens with its heading as well
        inside = not line.first or len(c.text.split()) > TITLE_WORDS or len(c.lines) > 1
        if inside and (line.text.isupper() or ctx.plan_noun(ctx.lemmas(line.text))
                       or _under_its_stamp(ctx, found[-1], k, line)):
            return clean_title(ctx, lines_from(ctx, lines.index(line)))
    return None


def _under_its_stamp(ctx: Ctx, stamp: Stamp, k: int, line: Line) -> bool:
    """"Приложение к решению … №38." / "Мероприятия по организации … на 2011 год": a text
    export's paragraph that runs a one-line stamp into the heading; the line right after the
    stamp, capitalised and no sentence, is the heading (whatever word it opens with); a
    signature ("Заведующий ____ И.О. Фамилия") is none."""
    return (k == stamp.end and not line.first and line.text[:1].isupper()
            and len(line.text.split()) >= HEADING_MIN_WORDS and "_" not in line.text
            and not line.text.rstrip().endswith((".", ":", ";"))
            and not ctx.vocab.names[0].search(line.text) and not owner_line(ctx, line.text))


def _heads_next_block(ctx: Ctx, line: Line, nxt: Line) -> bool:
    """"1. Паспорт" as a paragraph of its own over "муниципальной программы «…»" in the next:
    a short line, the whole of its block, over a lower-case block naming a plan."""
    c = ctx.chunks[line.chunk]
    return (line.first and len(c.lines) <= 1 and nxt.first
            and nxt.chunk != line.chunk and ctx.chunks[nxt.chunk].cells is None
            and len(drop_number(line.text).split()) <= SHORT_HEAD and nxt.text[:1].islower()
            and ctx.plan_noun(ctx.lemmas(nxt.text)[:3]) is not None)


def _heads_next_line(ctx: Ctx, line: Line, nxt: Line | None) -> bool:
    """"… N 1988" / "Паспорт" / "муниципальной программы «…»": inside a text export's paragraph
    that runs the stamp into the heading, a short line over a lower-case line naming a plan
    opens the appendix's heading."""
    return (nxt is not None and not line.first and nxt.chunk == line.chunk
            and len(line.text.split()) <= SHORT_HEAD and nxt.text[:1].islower()
            and ctx.plan_noun(ctx.lemmas(nxt.text)[:3]) is not None)


def _after_notes(lines: tuple[Line, ...], i: int) -> int:
    """Index of the first line from i that is not inside a note in parentheses
    ("(в редакции распоряжения … от … N …)")."""
    while i < len(lines) and lines[i].text.startswith("("):
        while i < len(lines) and ")" not in lines[i].text:
            i += 1
        i += 1
    return i
