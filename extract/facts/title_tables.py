"""Titles of pages that start at a part of a document: a section's heading on a legal site
("Раздел V. Мероприятия Программы"), a short heading over the table it names, an appendix's
heading glued to a site's line, a programme's name in the first row of its table."""

from __future__ import annotations

import re

from extract.facts.contents_plan import contents_kind
from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.operative_verb import operative_at_start
from extract.facts.stamps import contents_lines, list_heading, stamp_kind
from extract.facts.title_block_lines import TABLE_LINE, own_lines
from extract.facts.title_ends import stopper
from extract.facts.title_lines import HEADING_MIN_WORDS, HEADING_WORDS, TITLE_WORDS
from extract.facts.title_text import QUOTES, clean_title
from extract.vocab import get_vocab

_TABLE_HEADING_REACH = 3  # the heading stands first (a site's boilerplate line may precede it)
_WORDS = re.compile(r"[А-ЯЁа-яё]{2,}")
_SECTION = re.compile(r"^(?:Раздел|РАЗДЕЛ|Глава|ГЛАВА)\s+(?:[IVXLC]{1,6}|\d{1,2})\.?\s+[А-ЯЁ«\"]")
_SECTION_REACH = 6
_BOLD_LINES = 8  # a heading's printed lines, at most


def section_heading(ctx: Ctx) -> str | None:
    """A page of a legal site that starts at a section of a document ("Раздел V. Мероприятия
    Программы", the site's boilerplate lines above it): the section's heading is its title."""
    listed = contents_lines(ctx)  # "Содержание" / "Раздел I. …": an entry of the contents
    for k in range(min(len(ctx.top), _SECTION_REACH)):
        text = _wrapped_heading(ctx, k)
        # "Раздел 3 «…» изложить в следующей редакции:": an amending act's item, no heading
        if k not in listed and (m := _SECTION.match(text)) \
                and len(text.split()) <= HEADING_WORDS // 2 \
                and not text.rstrip().endswith(":"):
            return None if _generic(ctx, text[m.end() - 1:]) else clean_title(ctx, text)
    return None


def _wrapped_heading(ctx: Ctx, k: int) -> str:
    """Top line k with the lines of its chunk that continue it: a heading wrapped inside a
    table cell (a PDF keeps a cell's wrapped lines apart, "… в органах" / "местного
    самоуправления …") is as long as its whole text, not its first line."""
    top = ctx.top
    parts = [top[k].text]
    for nxt in top[k + 1:]:
        if nxt.chunk != top[k].chunk or nxt.first or not nxt.text[:1].islower() \
                or parts[-1].rstrip().endswith((".", ":", ";")):
            break
        parts.append(nxt.text)
    return " ".join(parts)


def _generic(ctx: Ctx, name: str) -> bool:
    """"Аналитическая часть", "Общие сведения …": a part every such document has, naming no
    document — no title rather than it."""
    lem = ctx.lemmas(name)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.generic_sections)


def table_heading(ctx: Ctx) -> str | None:
    """A document that opens with a short heading and then its table ("Показатели
    результативности при реализации Стратегии" / the indicator table, a drawn frame's top
    line between): the heading is its title."""
    chunks = ctx.chunks
    reach = _TABLE_HEADING_REACH
    for k, c in enumerate(chunks):
        if k >= reach or c.cells is not None:
            return None
        if ctx.vocab.table_label.match(c.text):
            reach += 1  # '"Таблица 49' over the caption: a label, the caption is the heading
            continue
        names_plan = _names_plan_list(ctx, c.text)
        if c.list_number and not (k == 0 and names_plan and any(q in c.text for q in QUOTES)):
            # "5. Сведения о …": a numbered section of a longer document; unless it opens the
            # page and names its plan ("5. Система мероприятий подпрограммы "…"")
            continue
        j = k + 1
        while j < len(chunks) and chunks[j].cells is None and (
                TABLE_LINE.search(chunks[j].text) or _amendment_only(ctx, chunks[j].text)):
            # "----T-----¬": the frame's top printed as a line of its own; "(в ред.
            # постановления … от … N …)": a note of the appendix's later edition
            j += 1
        text = clean_title(ctx, own_lines(ctx, c))
        if j < len(chunks) and chunks[j].cells is not None and _heading_ok(ctx, text,
                                                                           names_plan):
            return text
    return None


def _heading_ok(ctx: Ctx, text: str, names_plan: bool) -> bool:
    """`text` reads as a table's heading: a few words to a title's length, no sentence."""
    return (len(text.split()) <= (TITLE_WORDS if names_plan else HEADING_WORDS)
            and len(_WORDS.findall(text)) >= HEADING_MIN_WORDS and not TABLE_LINE.search(text)
            and not text.rstrip().endswith((".", ":", ";")) and text[:1].isupper()
            and not stamp_kind(ctx, text) and not stopper(ctx, text))


def bold_lines_heading(ctx: Ctx) -> str | None:
    """A heading printed as bold centred lines, each a paragraph of its own (a PDF print of
    a heading Word keeps as one paragraph broken into lines), that opens the page straight
    above its table: the lines together are the title."""
    chunks = ctx.chunks
    n = 0
    while n < min(len(chunks), _BOLD_LINES) and chunks[n].cells is None and chunks[n].bold \
            and not chunks[n].list_number:
        n += 1
    if n < 2 or n >= len(chunks) or chunks[n].cells is None:
        return None
    text = clean_title(ctx, squash(" ".join(c.text for c in chunks[:n])))
    return text if ctx.in_capitals(chunks[0].text) and _heading_ok(
        ctx, text, _names_plan_list(ctx, text)) else None


def _amendment_only(ctx: Ctx, text: str) -> bool:
    """The line is a note of later amendments and nothing else (vocab `amendment_patterns`)."""
    return any((m := rx.match(text.strip())) is not None and m.end() == len(text.strip())
               for rx in ctx.vocab.amendments)


def _names_plan_list(ctx: Ctx, text: str) -> bool:
    """"Система программных мероприятий подпрограммы …", "ПРОГНОЗИРУЕМЫЕ ЗНАЧЕНИЯ … ПРОГРАММЫ":
    an appendix's heading, a list word first and the plan it belongs to named after it."""
    if not list_heading(ctx, text):
        return False
    lem = ctx.lemmas(text)
    return any(ctx.plan_noun(lem[k:]) for k in range(1, len(lem)))


_GLUED_WORD = re.compile(r"(?<=\d)[А-ЯЁ][а-яё]{3,}")  # "2019 -2021Перечень": no space between


def glued_heading(ctx: Ctx) -> str | None:
    """The text before the first table ends with an appendix's heading run into a site's
    line ("… программам 2019 -2021Перечень целевых показателей … программы «…» … по годам" /
    "ее реализации"): from its list word to the table, when it names the plan."""
    chunks = ctx.chunks
    first = next((k for k, c in enumerate(chunks[:_TABLE_HEADING_REACH + 1])
                  if c.cells is not None), None)
    if not first:
        return None
    text = squash(" ".join(c.text for c in chunks[:first]))
    for m in _GLUED_WORD.finditer(text):
        tail = clean_title(ctx, text[m.start():])
        if _names_plan_list(ctx, tail) and len(tail.split()) <= TITLE_WORDS:
            return tail
    return None


_PLAN_ROW_REACH = 8  # rows of the first table looked at


def _cell_after(cells: tuple[str, ...], text: str) -> bool:
    """A filled cell after the row's text: a contents row's page ("Концепция развития | 13-15"),
    not a name across the width."""
    k = cells.index(text)
    return any(x and x != text for x in cells[k + 1:])


def table_plan_row(ctx: Ctx) -> str | None:
    """An indicator appendix whose table opens with a row across the width naming the
    programme ("Государственная программа … «…» на 2014-2018 годы" above its subprogrammes'
    rows): that name is the title when nothing above the table gave one."""
    rows = [c for c in ctx.chunks if c.cells is not None]
    if not rows or operative_at_start(ctx) is not None:
        return None  # an act's body quoting a new table for its plan: no name of the page
    if contents_kind(ctx) is not None:
        return None  # a contents page's rows are the plan's sections ("Концепция Программы …")
    first = rows[0].source.table
    for c in rows[:_PLAN_ROW_REACH]:
        if c.source.table != first:
            break
        texts = [x for x in (c.cells or ()) if x and any(ch.isalpha() for ch in x)]
        if len(texts) == 1 and get_vocab(ctx.tools).section_label.match(texts[0]):
            return None  # "Подпрограмма 1 «…»": a numbered part, the first of the table's groups
        if len(texts) == 1 and len(texts[0].split()) <= TITLE_WORDS \
                and not _cell_after(c.cells or (), texts[0]) \
                and ctx.plan_noun(ctx.lemmas(texts[0])):
            return clean_title(ctx, texts[0])
    return None


def card_label(ctx: Ctx) -> str | None:
    """A site's card line naming the plan on top of a page that prints no heading of its own
    ("программа развития МБОУ СОШ № 5" over a contents list and the introduction): read last,
    when no rule found the document's own heading, the card is the title (CONTRACT `title`)."""
    if not ctx.head:
        return None
    c = ctx.head[0]
    text = squash(c.text)
    if c.cells is not None or c.list_number or len(c.lines) > 1 or len(text.split()) > TITLE_WORDS \
            or text.endswith((".", ":", ";")) or not ctx.plan_noun(ctx.lemmas(text)):
        return None
    return clean_title(ctx, text)
