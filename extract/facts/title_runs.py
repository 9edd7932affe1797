"""Where a title printed line by line meets what is around it: a site's menu item over it;
the owner's type word in the genitive with the years going on a bare plan heading; the
owner's short name repeated under its full name, a table's caption and header cells run into
the title's block ending it. Asked by extract/facts/title_lines.py as it joins a title's
lines."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, open_quote
from extract.facts.title_ends import ends_title, has_period
from extract.facts.vocab import institution_word

SHORT_HEAD = 3  # a bare plan heading: "ЦЕЛЕВАЯ ПРОГРАММА РАЗВИТИЯ"
_CONTINUATION_WORDS = 25
_SENTENCE_END = (".", ":", ";", "!", "?")


def owner_noun_with_years(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"ЦЕЛЕВАЯ ПРОГРАММА РАЗВИТИЯ" / "Лицея № 5 г. Лесного" / "на 2025 – 2030 годы" in one
    weight: a bare plan heading in capitals goes on in its owner named by its type word in the
    genitive when that block closes with the plan's years."""
    words = nxt.text.split()
    if len(text.split()) > SHORT_HEAD or not text.isupper() or has_period(ctx, text) \
            or not words or not words[0][:1].isupper() or ctx.plan_noun(ctx.lemmas(text)) is None:
        return False
    first = words[0].strip("(«\",.")
    return ctx.tools.tag(first)[1] == "gent" \
        and bool(set(ctx.lemmas(first)) & ctx.vocab.institution_words) \
        and len(words) <= _CONTINUATION_WORDS and has_period(ctx, nxt.text) \
        and not nxt.text.rstrip().endswith(".") and not ends_title(ctx, nxt.text)


def short_name_after_full(ctx: Ctx, text: str, line: str) -> bool:
    """"Отчет … муниципального казённого … учреждения «Школа № 3» Заречного района" / "МКОУ
    СОШ № 3 с. Лесное": a title that has named its owner in full (the legal form and the
    quoted name closed) does not go on in the owner's short name on a line of its own — the
    cover repeats it under the heading."""
    words = line.split()
    return bool(words) and institution_word(ctx.vocab, words[0].strip("(«\",.")) \
        and words[0][:1].isupper() and not open_quote(text) and "»" in text \
        and ctx.vocab.legal_form.search(text) is not None


_HEAD_CELL_WORDS = 3


def _head_cell(ctx: Ctx, line: str) -> bool:
    """"Название курса", "Наименование мероприятия": a table's header cell, a short line
    opening in a capital on a table-head word."""
    words = line.split()
    return 0 < len(words) <= _HEAD_CELL_WORDS and words[0][:1].isupper() \
        and ctx.lemmas(words[0])[:1] != () \
        and ctx.lemmas(words[0])[0] in ctx.vocab.table_head_words


def table_starts(ctx: Ctx, lines: tuple[str, ...]) -> bool:
    """"ПЛАН …" / "уровень …" / "Курсы внеурочной деятельности" / "Название курса" / "Класс":
    a text export runs a title into its table's caption and header cells; the header cell,
    and a caption in sentence case right above it, start the table."""
    if not lines:
        return False
    if _head_cell(ctx, lines[0]):
        return True
    first = lines[0].split()[0] if lines[0].split() else ""
    return len(lines) > 1 and first[:1].isupper() and first[1:].islower() \
        and not lines[0].rstrip().endswith(_SENTENCE_END) and _head_cell(ctx, lines[1])


_MENU_WORDS = 2


def menu_lines(ctx: Ctx, lines: tuple[str, ...]) -> int:
    """How many lines open a block before its heading starts over in capitals: a site's menu
    item "Программа развития школы" above "ПРОГРАММА РАЗВИТИЯ" / "…": the item repeats the
    heading's first words in sentence case and is no part of the title; so is a page heading
    naming a month alone ("Сентябрь 2018") above a plan's name."""
    if len(lines) > 2 and ctx.vocab.month_heading.match(lines[0]) \
            and ctx.plan_noun(ctx.lemmas(lines[1])):
        return 1  # "Сентябрь 2018" / "План работы" / …: the site's page heading
    if len(lines) < 2 or lines[0].isupper() or not lines[1].isupper():
        return 0
    first, caps = ctx.lemmas(lines[0]), ctx.lemmas(lines[1])
    same = len(first) >= _MENU_WORDS and caps[:_MENU_WORDS] == first[:_MENU_WORDS]
    return 1 if same and ctx.plan_noun(first) else 0


_DASHES = ("–", "-", "—")
_NAME_WORDS = 8  # "детский сад № 10 г. Заречного": the owner's own name after its type


def dash_owner(ctx: Ctx, text: str, nxt: Chunk) -> str | None:
    """"… дошкольного образовательного учреждения" / "– детский сад № 10 г. Лесного": the
    owner's name going on after a dash a reader took for a list's bullet; the title with it
    (the dash kept), None when `nxt` is no such line."""
    words, lem = text.split(), ctx.lemmas(nxt.text)
    if nxt.list_number not in _DASHES or not words or has_period(ctx, text) \
            or not set(ctx.lemmas(words[-1])) & ctx.vocab.institution_words \
            or len(nxt.text.split()) > _NAME_WORDS or nxt.text.rstrip().endswith(_SENTENCE_END) \
            or not set(lem[:2]) & ctx.vocab.institution_words:
        return None
    return f"{text} {nxt.list_number} {nxt.text}"
