"""A passport's name for the plan: its name row ("Наименование программы | …"), the same
label run into a text export's paragraph, and a page that opens with the passport's heading."""

from __future__ import annotations

import re
from functools import cache

from extract.facts.ctx import Ctx, drop_number, per_document
from extract.facts.lines import Chunk
from extract.facts.title import plan_title
from extract.facts.title_appendix import appendix_title
from extract.facts.title_ends import has_period
from extract.facts.title_lines import TITLE_WORDS, strong_block, with_continuation
from extract.facts.title_text import clean_title, name_only
from extract.vocab import load_yaml


def passport_plan_name(ctx: Ctx) -> str | None:
    """A passport's name row that names the plan in full ("Программа развития … на 2021-2025
    гг."): the document's own name for itself, over a title page's wording."""
    name = passport_name(ctx)
    if not name or not ctx.plan_noun(ctx.lemmas(name)):
        return None
    if name[:1].islower() and plan_title(ctx):
        return None  # "целевая программа …" as the row's sentence: the printed heading names it
    heading = plan_title(ctx)
    if heading and _spelling(heading) == _spelling(name):
        return None  # the same words printed above the passport: the heading's own form
    if not has_period(ctx, name):
        # a printed heading that states the plan's years ("ПРОГРАММА" / "по …" / "«…»" / "на
        # 2025-2030 гг") is the fuller name: the row without them is the passport's short form
        heading = plan_title(ctx)
        if heading and has_period(ctx, heading):
            return None
    return name


def _passport_appendix(ctx: Ctx, name: str) -> bool:
    """"Приложение к постановлению … / Паспорт муниципальной программы "X"": a page that
    starts at an appendix holding the passport alone has the passport's heading as its title
    (CONTRACT `title`), when that heading names the plan the name row names."""
    # (a text export prints the heading and its "(далее - …)" tail as one paragraph over the
    # table: the passport's heading rule reads it where the appendix's finds none)
    heading = appendix_title(ctx) or passport_heading(ctx)
    lem = ctx.lemmas(drop_number(heading)) if heading else ()
    # ("ПОДПРОГРАММА «…» государственной программы «…»" over "ПАСПОРТ ПОДПРОГРАММЫ": the
    # appendix's own heading opening with its plan's noun names it as the row does)
    if not heading or (lem[:1] != _PASSPORT and ctx.plan_noun(lem[:1]) is None):
        return False
    # the row's name with its quotes or without them (a table's cell read as the bare name)
    quoted = _QUOTED.search(name)
    core = (quoted.group(0) if quoted else name).strip("«»\"“” ")
    return len(core.split()) > 1 and core in heading


_QUOTED = re.compile(r"[«\"“].+[»\"”]")
_PASSPORT_NAME_REACH = 40  # the passport follows the plan's heading on its first page


def heading_repeated_by_passport(ctx: Ctx) -> str | None:
    """The plan's heading under an appendix grif ("Муниципальная комплексная программа / «…»")
    that the passport's own heading repeats word for word ("Паспорт / муниципальной комплексной
    программы / «…»") while the name row words it otherwise ("Муниципальная целевая программа
    «…»"): two prints of the name agree over the row."""
    name = passport_name(ctx)
    heading = plan_title(ctx) or appendix_title(ctx)
    if not name or not heading:
        return None
    words = ctx.lemmas(heading)
    if not ctx.plan_noun(words) or words == ctx.lemmas(name):
        return None
    head = ctx.head[:_PASSPORT_NAME_REACH]
    return heading if any(_repeats(ctx, head, i, words) for i in range(len(head))) else None


_HEADING_LINES = 4  # "Паспорт" / its kind / the quoted name / the years: a reader's lines


def _repeats(ctx: Ctx, head: tuple[Chunk, ...], i: int, words: tuple[str, ...]) -> bool:
    """The passport's heading from chunk `i` on (a reader may print its lines apart) in the
    words `words` (lemmas)."""
    if ctx.lemmas(head[i].text)[:1] != _PASSPORT:
        return False
    text = ""
    for c in head[i : i + _HEADING_LINES]:
        if c.cells is not None:
            break
        text = f"{text} {c.text}"
        if ctx.lemmas(text) == (*_PASSPORT, *words):
            return True
    return False


_DASH = re.compile(r"\s*[-–—]\s*")


def _spelling(text: str) -> str:
    """The words of a name as spelled, whatever their case and dashes ("ПРОГРАММА … 2021 -
    2025 годы" and "Программа … 2021 – 2025 годы" spell one name; "гг" and "годы" do not)."""
    return " ".join(_DASH.sub("-", text.lower().replace("ё", "е")).split())


@per_document
def passport_name(ctx: Ctx) -> str | None:
    """"Наименование программы | Программа развития …" row of a passport table (or the title
    the table extractor read from it)."""
    name = ctx.once("passport_name", lambda: _passport_row_name(ctx))
    if name and name[:1].islower() and appendix_title(ctx):
        # "муниципальная программа … (далее - программа)": the row's sentence, not a printed
        # name; the appendix's own heading ("Паспорт муниципальной программы …") is the title
        return None
    if name and _passport_appendix(ctx, name):
        return None  # the row worded as a name: the appendix's own heading names it still
    return name


def _passport_row_name(ctx: Ctx) -> str | None:
    if ctx.found.document.title:
        return clean_title(ctx, name_only(ctx.found.document.title))
    for c in ctx.chunks:
        cells = [x for x in (c.cells or ()) if x]
        if (len(cells) >= 2 and ctx.lemmas(cells[0])[:1] in _name_rows()
                and ctx.plan_noun(ctx.lemmas(cells[1]))):
            return clean_title(ctx, name_only(cells[1]))
    return _name_label_line(ctx)


_NAME_LABEL = re.compile(r"\bНаименование\s+(?P<noun>[А-ЯЁа-яё]+)\s+(?=[А-ЯЁ«\"])")


def _name_label_line(ctx: Ctx) -> str | None:
    """A text export's passport with no cells, its rows run into paragraphs ("… Наименование
    программы Ведомственная целевая программа «Образование» на 2011-2013 годы Дата и номер
    …"): the plan's name after the label, up to its years."""
    if not ctx.plain:
        return None
    for c in ctx.head:
        for m in _NAME_LABEL.finditer(c.text):
            rest = c.text[m.end():]
            if ctx.plan_noun(ctx.lemmas(m.group("noun"))) is None \
                    or ctx.plan_noun(ctx.lemmas(" ".join(rest.split()[:4]))) is None:
                continue
            ends = [p.end("period") for rx in ctx.vocab.period_title if (p := rx.search(rest))]
            if ends:
                return clean_title(ctx, rest[: min(ends)])
    return None

_PASSPORT = ("паспорт",)
_PASSPORT_REACH = 2  # the page opens with it
_TABLE_REACH = 40
_BARE_HEADING_WORDS = 2  # a contents page's lines before the passport table


def passport_heading(ctx: Ctx) -> str | None:
    """A page that opens with the passport's heading and nothing above it ("Паспорт программы
    развития МБДОУ … на 2021-2024 годы", its table next): the heading names the document when
    no other rule found a title."""
    head = ctx.head
    for i, c in enumerate(head[:_PASSPORT_REACH]):
        if _passport_heading(ctx, c, c.text):
            return clean_title(ctx, with_continuation(ctx, head, i))
        # a page's number run into the line ("1" / "Паспорт …" exported as lines) is no word;
        # a bare "Паспорт программы" names no plan (the table's rows may)
        if heading := _over_flat_captions(ctx, c):
            return clean_title(ctx, heading)
        text = drop_number(c.text)
        if len(text.split()) > _BARE_HEADING_WORDS and _plain_over_table(ctx, c) \
                and _passport_heading(ctx, c, text, weight=False):
            return clean_title(ctx, text)
    above = _above_first_table(ctx)
    if above is not None and _passport_heading(ctx, above, above.text):
        # a contents page first ("Содержание / 1. Паспорт … 3"), then the heading over the table
        return clean_title(ctx, above.text)
    return None


@cache
def _name_rows() -> frozenset[tuple[str, ...]]:
    """"Наименование программы", "Название программы": the name row's first word (lemma)."""
    return frozenset((str(x),) for x in load_yaml("passport")["name_row_words"])


_CAPTION_WORDS = 2  # "Наименование", "Наименование раздела"
_BARE_NUMBER = re.compile(r"^\d{1,2}\.?$")


@cache
def _column_headings() -> frozenset[str]:
    return frozenset(str(x) for x in load_yaml("passport")["column_headings"])


def _over_flat_captions(ctx: Ctx, c: Chunk) -> str | None:
    """"Паспорт Программы развития" / "Наименование" / "Содержание" / "Полное наименование …":
    a text export flattened the passport's table a cell a line, its column captions right
    under the heading; the heading line alone names the document (returned), or None."""
    lines = [x.strip() for x in c.lines]
    while lines and _BARE_NUMBER.match(lines[0]):
        lines = lines[1:]  # "1." / "Паспорт …": the section's number on its own line
    found = ctx.plain and c.cells is None and len(lines) > 3 \
        and _passport_heading(ctx, c, lines[0], weight=False) \
        and len(lines[1].split()) <= _CAPTION_WORDS and lines[2].lower() in _column_headings()
    return lines[0] if found else None


def _plain_over_table(ctx: Ctx, c: Chunk) -> bool:
    """A plain text's line right over a table: a text export keeps no weight, and the passport's
    table under the line marks it as the heading ("Паспорт программы развития" / "| … |")."""
    if not ctx.plain:
        return False
    k = next((k for k, c2 in enumerate(ctx.chunks) if c2 is c), None)
    return k is not None and k + 1 < len(ctx.chunks) and ctx.chunks[k + 1].cells is not None


def _passport_heading(ctx: Ctx, c: Chunk, text: str, weight: bool = True) -> bool:
    lem = ctx.lemmas(text)
    return c.cells is None and (strong_block(c) or not weight) and lem[:1] == _PASSPORT \
        and len(text.split()) <= TITLE_WORDS \
        and any(ctx.plan_noun(lem[j:]) for j in range(1, min(len(lem), 4)))


def _above_first_table(ctx: Ctx) -> Chunk | None:
    """The block right above the document's first table, when that table opens the head."""
    for k, c in enumerate(ctx.chunks[:_TABLE_REACH]):
        if c.cells is not None:
            return ctx.chunks[k - 1] if k else None
    return None
