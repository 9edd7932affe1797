"""A title run on over lines: the helpers the title rules share (extract/facts/title.py,
title_passport.py, title_report.py, title_approved.py, title_tables.py). What ends a title (its
years, a line no title runs into) is in extract/facts/title_ends.py; whether a line goes on a
title whatever its weight is extract/facts/title_goes_on.py's; a block read up to a line that
starts something else is extract/facts/title_block_lines.py's.
"""

from __future__ import annotations

import re

from extract.facts.comma_clause import goes_on_after_comma
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, open_quote
from extract.facts.title_block_lines import own_lines
from extract.facts.title_ends import (
    FORM_LABELS,
    OBLIQUE,
    PLACE_OR_YEAR,
    ends_title,
    has_period,
    range_left_open,
    year_line,
    year_word_after,
    years_after_labels,
)
from extract.facts.title_form_blanks import owner_over_blocks
from extract.facts.title_goes_on import YEARS_END, after_years, goes_on, head_name_line
from extract.facts.title_notes import field_label
from extract.facts.title_owner_years import owner_blocks_to_years
from extract.facts.title_place_tail import territory_goes_on
from extract.facts.title_runs import (
    dash_owner,
    owner_noun_with_years,
)
from extract.facts.title_subject import owner_after_years, subject_line
from extract.facts.title_text import QUOTES
from extract.facts.vocab import institution_word

TITLE_WORDS = 60
_CONTINUATION_WORDS = 25
HEADING_WORDS = 25
HEADING_MIN_WORDS = 3
_JOINED_BLOCKS = 5  # blocks a title page's heading runs on over before its years
SHORT_HEAD = 3  # a heading's first line printed alone: "Сведения", "Перечень"
_SENTENCE_END = (".", ":", ";", "!", "?")
# "I.АНАЛИЗ ИТОГОВ …": a section's number glued to its heading (no list marker was read)
_GLUED_SECTION = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\.(?=[А-ЯЁ])")


def _name_left_open(text: str, line: str) -> bool:
    """The title's last quoted name is still open and the next block closes it: a paragraph
    (or page) break inside the name, no end of the title."""
    return text.count("«") > text.count("»") and line[:1].isalpha() \
        and line.count("«") < line.count("»")


def _cut_at_preposition(ctx: Ctx, text: str, line: str) -> bool:
    """"… в соответствии с" / "проектом «Школа": the title's phrase cut at a preposition goes
    on in the next block whatever its weight (a dash or "№" awaits the same way)."""
    words = text.split()
    return bool(words) and words[-1].lower() in ctx.vocab.dangling_words \
        and line[:1].isalpha() and not ends_title(ctx, line)


def _continues_title(ctx: Ctx, first: Chunk, text: str, nxt: Chunk) -> bool:
    """A title printed line by line (PDF) goes on in the next block: lower case, a quote, a
    parenthesis ("(дорожная карта) по …"), capitals after capitals, or, in a bold title that
    has not ended its sentence, the next bold line ("Программа развития МОУ Заречная" / "СОШ
    № 2 на 2023-2026 годы") — never into "ПАСПОРТ", a stamp, a date line, a label …"""
    if nxt.list_number or nxt.cells is not None or ctx.vocab.form_caption.match(nxt.text) \
            or _GLUED_SECTION.match(nxt.text):
        return False
    # a name left open or a phrase cut at its preposition goes on, on the next page too
    if _name_left_open(text, nxt.text) or _cut_at_preposition(ctx, text, nxt.text) \
            or range_left_open(text, nxt.text) or goes_on_after_comma(ctx, text, nxt.text):
        return True  # "… в МБОУ «Средняя" / "общеобразовательная школа № 14» на …"
    if first.source.page and nxt.source.page and nxt.source.page > first.source.page:
        return False  # a title page's heading does not go on to the next page ("Челябинск 2024")
    if _short_owner_closing_years(ctx, text, nxt):
        return True  # "Программа воспитания …" / "МБОУ Лесная СОШ на 2015-2019 г.г."
    if nxt.bold != first.bold:
        return _owner_with_years(ctx, text, nxt) or _owner_after_name(ctx, text, nxt) \
            or _kind_word_goes_on(ctx, first, text, nxt) or _owner_without_years(ctx, text, nxt) \
            or owner_after_years(ctx, first.text, text, nxt.text)
    if subject_line(ctx, text, nxt.text) or _short_owner_with_years(ctx, text, nxt) \
            or owner_noun_with_years(ctx, text, nxt):
        return True  # "Дорожная карта" / "Введение ФГОС …"; "ПРОГРАММА РАЗВИТИЯ" / "МБОУ …"
    # a bare "ПРОГРАММА РАЗВИТИЯ" goes on in the owner's full name, however long it runs
    reach = TITLE_WORDS if len(text.split()) <= SHORT_HEAD else _CONTINUATION_WORDS
    if len(nxt.text.split()) > reach or ends_title(ctx, nxt.text):
        return False
    # "с. Заречное" / "2020 год" / "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА": a text export's paragraph opening
    # on the title page's place line ends the title as that line alone would
    if len(nxt.lines) > 1 and ends_title(ctx, nxt.lines[0]):
        return False
    if territory_goes_on(ctx, text, nxt.text):
        return True  # "… департамента образования" / "Заречной области"
    # (an unmarked list item ending in ";" under a title that has said its years: the body's)
    if has_period(ctx, text) and (after_years(ctx, nxt.text) or nxt.text.rstrip().endswith(";")):
        return False
    # "… на 2015-2020 г.г." / "«Центр успешной личности»": a quoted block under a title closed
    # by its years is the programme's motto on the title page, not its name's words
    if nxt.text[:1] in QUOTES and (years := YEARS_END.search(text)) \
            and (not open_quote(text) or text.rfind("«") < years.start()):
        return False  # (a name's nested quotes printed with one closing mark stay no open quote)
    if goes_on(ctx, text, nxt.text):
        return True
    if first.text.isupper() and nxt.text.isupper():
        # "… ВОСПИТАНИЯ 2021-2025 ГОД" / "МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ …": a heading closed by
        # its years is joined up to them; the owner's name in capitals after it is no part
        return not YEARS_END.search(text)
    # a bold title that has not yet said its years runs on; one that has ("… на 2024-2028
    # годы") goes on only in lower case: a bold line after it is the next heading
    return bool(first.bold or first.heading) and not text.rstrip().endswith(_SENTENCE_END) \
        and not has_period(ctx, text) and not ctx.plan_noun(ctx.lemmas(nxt.text)[:4]) \
        and not field_label(nxt.text)


def _owner_after_name(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"ПРОГРАММА ПО … «Вместе»" (capitals, bold) / "Муниципального бюджетного … учреждения
    «…»" (plain): a named plan heading in capitals goes on in its owner's legal name in the
    genitive, printed in another weight, when neither says years."""
    words = text.split()
    if not words or not words[0].isupper() or not text.rstrip().endswith(("»", '"')) \
            or ctx.plan_noun(ctx.lemmas(words[0])) is None:
        return False
    m = ctx.vocab.legal_form.match(nxt.text.lower())
    return (m is not None and ctx.tools.tag(nxt.text.split()[0])[1] in OBLIQUE
            and len(nxt.text.split()) <= TITLE_WORDS and not nxt.text.rstrip().endswith(".")
            and not has_period(ctx, text) and not has_period(ctx, nxt.text))


def _owner_without_years(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"Программа на летний период" (bold) / "Муниципального казенного … детского сада № 2"
    (plain): a plan heading that names no years goes on in its owner's legal name in the
    genitive on the next line, capitalised as a line of its own — one name, no sentence (a bare
    "ПРОГРАММА РАЗВИТИЯ" in capitals goes on only in a block closed by its years,
    `_owner_with_years`)."""
    words = text.split()
    if len(words) <= SHORT_HEAD or text.isupper() or has_period(ctx, text) \
            or ctx.plan_noun(ctx.lemmas(words[0])) is None or text.rstrip().endswith(_SENTENCE_END):
        return False
    first = nxt.text.split()[0] if nxt.text.split() else ""
    return (first[:1].isupper() and ctx.vocab.legal_form.match(nxt.text.lower()) is not None
            and ctx.tools.tag(first)[1] == "gent" and len(nxt.text.split()) <= _CONTINUATION_WORDS
            and not nxt.text.rstrip().endswith(_SENTENCE_END) and not has_period(ctx, nxt.text)
            and not ends_title(ctx, nxt.text))


def _owner_with_years(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"ПРОГРАММА РАЗВИТИЯ" (bold) / "Муниципального … учреждения … на 2021 – 2025 гг." (plain):
    a bare plan noun in capitals goes on in the owner's name printed in another weight when that
    block closes with the plan's years."""
    return (len(text.split()) <= SHORT_HEAD and (text.isupper() or _legal_genitive(ctx, nxt))
            and ctx.plan_noun(ctx.lemmas(text)) is not None
            and len(nxt.text.split()) <= TITLE_WORDS and not ends_title(ctx, nxt.text)
            and has_period(ctx, nxt.text))


def _short_owner_with_years(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"ПРОГРАММА РАЗВИТИЯ" / "МБОУ СОШ № 2 с. Кедровое на 2024-2028 годы" in one weight (a
    text copy has none): a bare plan noun in capitals goes on in its owner's short name when
    that block closes with the plan's years."""
    words = nxt.text.split()
    return (len(text.split()) <= SHORT_HEAD and text.isupper() and bool(words)
            and ctx.plan_noun(ctx.lemmas(text)) is not None and not has_period(ctx, text)
            and institution_word(ctx.vocab, words[0].strip(",."))
            and len(words) <= _CONTINUATION_WORDS
            and has_period(ctx, nxt.text) and not ends_title(ctx, nxt.text))


def _short_owner_closing_years(ctx: Ctx, text: str, nxt: Chunk) -> bool:
    """"Программа воспитания и социализации обучающихся" / "МБОУ Лесная СОШ на 2015-2019
    г.г.", in any weights: a plan's heading that has not said its years goes on in its owner's
    short name when that line ends on the plan's years (a sentence about the school would run
    on past them)."""
    words = nxt.text.split()
    return (bool(words) and ctx.plan_noun(ctx.lemmas(text)) is not None
            and not has_period(ctx, text) and not text.rstrip().endswith(_SENTENCE_END)
            and institution_word(ctx.vocab, words[0].strip(",."))
            and len(words) <= _CONTINUATION_WORDS and bool(YEARS_END.search(nxt.text))
            and has_period(ctx, nxt.text) and not ends_title(ctx, nxt.text))


def _legal_genitive(ctx: Ctx, nxt: Chunk) -> bool:
    """"Программа развития" (bold) / "Муниципального … учреждения … на 2015-2020 г.г."
    (plain): a block opening on the owner's legal form in the genitive belongs to the bare plan
    noun above it, in whatever case the noun is printed."""
    words = nxt.text.split()
    return bool(words) and ctx.vocab.legal_form.match(nxt.text.lower()) is not None \
        and ctx.tools.tag(words[0])[1] == "gent"


# "… школы имени" / "А.В. Суворова …": a line broken after "имени" goes on in the name
_HONORIFIC_END = re.compile(r"(?:^|\s)(?:им\.|имени)\s*$", re.IGNORECASE)


def _kind_word_goes_on(ctx: Ctx, first: Chunk, text: str, nxt: Chunk) -> bool:
    """"Публичный отчет" (bold) / "директора" / "муниципального … учреждения «…»" / "Ивановой
    А.А." or "ПРОГРАММА РАЗВИТИЯ" (bold) / "муниципального … учреждения" / … / "на 2024-2028
    годы" (plain): the genre word printed alone goes on in lower-case lines of another weight
    (its owner in the genitive) up to its years, and in the head's name after his position."""
    lem = ctx.lemmas(first.text)
    if len(first.text.split()) > SHORT_HEAD or has_period(ctx, text) \
            or len(nxt.text.split()) > _CONTINUATION_WORDS or ends_title(ctx, nxt.text) \
            or (ctx.plan_noun(lem) is None
                and not any(lem[: len(seq)] == seq for seq in ctx.vocab.report_openers)):
        return False
    if goes_on(ctx, text, nxt.text) or (_HONORIFIC_END.search(text) and text != first.text):
        return not nxt.text.rstrip().endswith(_SENTENCE_END)
    return head_name_line(ctx, text, nxt.text)


def with_continuation(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str:
    """A title page splits "Программа …" and "… на 2021-2025 гг." into two bold blocks (the
    blocks that follow it in the document: a table between ends the title)."""
    text = own_lines(ctx, chunks[i])
    if text != chunks[i].text:
        return text
    if chunks is not ctx.chunks:
        i, chunks = next(k for k, c in enumerate(ctx.chunks) if c is chunks[i]), ctx.chunks
    from extract.facts.owner_run import owner_run  # it reads this module's rules

    k = i + 1
    while k < min(i + _JOINED_BLOCKS + 1, len(chunks)):
        if dashed := dash_owner(ctx, text, chunks[k]):  # "… учреждения" / "– детский сад № 10"
            text, k = dashed, k + 1
            continue
        run = 1 if (_continues_title(ctx, chunks[i], text, chunks[k])
                    or _owners_town(ctx, chunks, i, k, text)
                    or _owner_before_years(ctx, chunks, i, k, text)) \
            else owner_run(ctx, chunks, i, k, text)
        if not run:
            break
        text = " ".join([text, *(c.text for c in chunks[k:k + run])])
        k += run
    if k < len(chunks) and year_word_after(ctx, text, chunks[k].text):
        return f"{text} {chunks[k].text.strip()}"  # "… по 23 февраля 2024" / "г."
    if has_period(ctx, text) or k >= len(chunks):
        return text
    # "ПРОГРАММА РАЗВИТИЯ" / "муниципального … детей" / "ЦЕНТРА … г. Лесного" / "на … годы"
    if run := owner_blocks_to_years(ctx, text, chunks[k : k + 4]):
        return " ".join([text, *(" ".join(c.text.split()) for c in chunks[k : k + run])])
    nxt = chunks[k]
    # the heading is joined up to its years inclusive: a block that is only its years
    # closes it in any weight
    if year_line(ctx, nxt) and len(text.split()) <= TITLE_WORDS:
        return f"{text} {nxt.text.strip()}"
    # "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ" / the institution's name / its caption / the budget cycle
    owner = owner_over_blocks(ctx, chunks[k : k + 5], text)
    if owner and len(text.split()) <= SHORT_HEAD:
        return owner
    # "… МБУК «…»" / "(наименование учреждения)" / "за 2 квартал 2018 года": the form's caption
    # under the owner's blank is no title; the years under it still close the heading
    # ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ" / "Дата начала действия" / "на 2022 год и на плановый период …":
    # a task form's code box read between its heading and the budget cycle, a label or two)
    years = years_after_labels(ctx, chunks[k : k + FORM_LABELS + 1])
    if years and len(text.split()) <= TITLE_WORDS:
        return f"{text} {years}"
    if k == i + 1 and (nxt.bold or nxt.heading) and has_period(ctx, nxt.text) \
            and len(nxt.text.split()) < 40 and not ends_title(ctx, nxt.text):
        return f"{text} {nxt.text}"
    return text


def _owners_town(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, k: int, text: str) -> bool:
    """"… детский сад «Надежда»" / "г. Заречного" / "на 2025 - 2030 гг.": a town line in the
    title's weight with the plan's years after it belongs to the owner's name (a town line
    that ends the title page has no years after it)."""
    town, after = chunks[k], chunks[k + 1] if k + 1 < len(chunks) else None
    return (after is not None and town.bold == chunks[i].bold == after.bold
            and bool(PLACE_OR_YEAR.match(town.text)) and not town.text[:1].isdigit()
            and not has_period(ctx, text) and has_period(ctx, after.text)
            and len(after.text.split()) <= SHORT_HEAD * 2)


def _owner_before_years(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, k: int, text: str) -> bool:
    """"Отчет" / "о результатах самообследования" (bold) / "Муниципального … учреждения «…» №25"
    (plain) / "за 2023 год": the genre word printed alone goes on in its owner's legal name in
    the genitive, in another weight, when the plan's or report's years follow it at once."""
    first, owner = chunks[i], chunks[k]
    after = chunks[k + 1] if k + 1 < len(chunks) else None
    if after is None or owner.list_number or owner.cells is not None \
            or len(first.text.split()) > SHORT_HEAD or has_period(ctx, text) \
            or not has_period(ctx, after.text) or len(after.text.split()) > SHORT_HEAD * 2:
        return False
    lem = ctx.lemmas(first.text)
    if ctx.plan_noun(lem) is None \
            and not any(lem[: len(seq)] == seq for seq in ctx.vocab.report_openers):
        return False
    words = owner.text.split()
    return bool(words) and ctx.vocab.legal_form.match(owner.text.lower()) is not None \
        and ctx.tools.tag(words[0])[1] in OBLIQUE and len(words) <= TITLE_WORDS \
        and not owner.text.rstrip().endswith(".")


def strong_block(c: Chunk) -> bool:
    """A block printed as a heading: bold, a heading style, or capitals."""
    return c.bold or bool(c.heading) or c.text.isupper()
