"""A title's block read up to a line that starts something else (a table's row, "ПАСПОРТ", a
stamp, a site's note, the authors, the imprint, a page's number, a line after the title's
years). Asked by extract/facts/title_lines.py as it joins a title's blocks, and by the title
rules that read one block."""

from __future__ import annotations

import re

from extract.facts.comma_clause import goes_on_after_comma
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, open_quote, squash
from extract.facts.passport_stack import bare_field
from extract.facts.place_line import place_year_line
from extract.facts.title_ends import PLACE_OR_YEAR, SPECKS, has_period, range_left_open, stopper
from extract.facts.title_goes_on import YEARS_END, after_years, goes_on, head_name_line
from extract.facts.title_notes import labelled_note, site_note
from extract.facts.title_rubric import rubric_after_name
from extract.facts.title_runs import menu_lines, short_name_after_full, table_starts
from extract.facts.title_subject import header_word, subject_line
from extract.facts.title_text import QUOTES

TABLE_LINE = re.compile(r"\|.*\||¦|│|┃|^\s*[№N]\s*п\s*/\s*п|^[-+=_─━═┌┐└┘├┤┬┴┼╔╗╚╝TL¬‰\\/\s]{6,}$")


def own_lines(ctx: Ctx, c: Chunk) -> str:
    """A block's text up to a line that starts something else: a table's row printed in the
    same paragraph ("N п/п | Мероприятие | …"), "ПАСПОРТ", a stamp, a legal site's line of
    amendment dates."""
    if len(c.lines) < 2:
        return _cutafter_years(ctx, c.text)
    kept: list[str] = []
    lines = c.lines[menu_lines(ctx, c.lines):]
    for j, line in enumerate(lines):
        if kept and SPECKS.match(line.strip()):
            continue  # "tt": an OCR reader's specks among the heading's lines
        if kept and goes_on_after_comma(ctx, kept[-1], line) and not TABLE_LINE.search(line):
            kept.append(line)  # "… ДО 2030 ГОДА," / "УТВЕРЖДЕННОЙ …": the sentence goes on
            continue
        # ("Дорожная карта" / "Введение ФГОС …": the plan's subject, not an "Введение" heading)
        if kept and (TABLE_LINE.search(line) or table_starts(ctx, lines[j : j + 2])
                     or ctx.vocab.month_alone.match(line)
                     or (stopper(ctx, line) and not subject_line(ctx, " ".join(kept), line))
                     or site_note(ctx, line) or labelled_note(ctx, line)
                     or ctx.vocab.date_list.match(line)
                     or _noteafter_years(ctx, kept, line)
                     or _placeafter_years(ctx, kept, line)
                     or _authors_line(ctx, kept, line) or _imprint_or_motto(ctx, kept, line)
                     or short_name_after_full(ctx, " ".join(kept), line)
                     or bare_field(ctx, line)  # a flattened passport's "Наименование"
                     or _page_number(kept, line)
                     or rubric_after_name(ctx, kept, line)):
            break
        kept.append(line)
    if header_word(ctx, kept):
        kept.pop()
    # "Отчет … за 2024 (1)" / "СОДЕРЖАНИЕ": a bracket after the years ends the title whether
    # the block is that one line or the lines under it too
    return _cutafter_years(ctx, squash(" ".join(kept)))


_LABEL = re.compile(r"^\s*([А-ЯЁа-яё]+)\s*:")


# a page's number alone on its line ("1", "- 2 -"): a years line has four digits
_PAGE_LINE = re.compile(r"^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$")


_NUMBER_SIGN_END = re.compile(r"(?:№|\bN)\s*$")


def _page_number(kept: list[str], line: str) -> bool:
    """A page's number under the heading, kept on its own line by a text export of a printed
    page ("ПРОГРАММА РАЗВИТИЯ …" / "1" / "СОДЕРЖАНИЕ"): the page's furniture, not the title's
    last word (unless the line before ends with "№": "детский сад №" / "5")."""
    return bool(_PAGE_LINE.match(line)) and not _NUMBER_SIGN_END.search(kept[-1])


def _authors_line(ctx: Ctx, kept: list[str], line: str) -> bool:
    """"ПРОГРАММА …" / "«…»" / "Николаева Анна Петровна," / "Составитель: …": a title page's
    authors under its heading, their full name on a line of its own or under a label; the
    title ends before them (a bare name not while a quote is open: a patron's name goes on;
    nor the head's name under a title naming his position: "Публичный отчет директора …")."""
    m = _LABEL.match(line)
    if m and ctx.lemmas(m.group(1))[:1] and ctx.lemmas(m.group(1))[0] in ctx.vocab.author_labels:
        return True
    text = " ".join(kept)
    return not open_quote(text) and bool(ctx.vocab.full_name.match(line.strip().rstrip(",;"))) \
        and not head_name_line(ctx, text, line)


def _imprint_or_motto(ctx: Ctx, kept: list[str], line: str) -> bool:
    """A text export's title page run into one block, as the blocks would have ended it: the
    imprint "Заречный 2011г." under the name, or a quoted motto under a title closed by its
    years ("… на 2015-2020 г.г." / "«Школа успеха»", as `_continues_title` between blocks)."""
    text = " ".join(kept)
    return place_year_line(ctx, line) or (
        line.lstrip()[:1] in QUOTES and bool(YEARS_END.search(text)) and not open_quote(text))


def _noteafter_years(ctx: Ctx, kept: list[str], line: str) -> bool:
    """"ГОДОВОЙ ПЛАН РАБОТЫ" / "НА 2021-2022 УЧЕБНЫЙ ГОД" / "(начальное общее образование)":
    a line in brackets under the title's years is a note on it, the title ends at its years."""
    text = line.strip()
    return text.startswith("(") and text.endswith(")") and has_period(ctx, " ".join(kept))


def _cutafter_years(ctx: Ctx, text: str) -> str:
    """A PDF reader's one line holding a title's lines ("Программа развития … на 2025-2028
    годы Паспорт программы развития", "… НА 2021-2022 УЧЕБНЫЙ ГОД (начальное общее
    образование)"): the title ends at its years when what follows them starts something else
    ("ПАСПОРТ", a stamp) or is a note in brackets."""
    for rx in ctx.vocab.period_title:
        m = rx.search(text)
        rest = text[m.end():].strip() if m else ""
        if m and rest and not open_quote(text[: m.end()]) \
                and not goes_on_after_comma(ctx, text[: m.end()] + rest[:1], rest[1:]) \
                and (stopper(ctx, rest) or (rest[:1] == "(" and rest.endswith(")"))):
            return text[: m.end()].rstrip()
    return text


def _placeafter_years(ctx: Ctx, kept: list[str], line: str) -> bool:
    """"Программа развития …" / "на 2022–2025 годы" / "г. Заречный" / "2022 год", or "Отчет …
    за 2023 год" / "Аналитическая часть": a title exported a line per paragraph ends at its
    years; a line after them goes on it only in lower case, in quotes or in a bracket that is
    no note, or in capitals under capitals ("… В 2011 - 2013 ГОДАХ" ПО ОСНОВНЫМ" / "…
    НАПРАВЛЕНИЯМ") unless the capitals closed on the years themselves."""
    text = " ".join(kept)
    if range_left_open(text, line):
        return False  # "… на период 2012-" / "2020 гг.": the range's end year, the title's
    # "… ВОСПИТАНИЯ 2021-2025 ГОД" / "МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ": as between blocks
    # (_continues_title), capitals closed by their years do not run on into the owner's name
    caps = text.isupper() and line.isupper() and not YEARS_END.search(text)
    return has_period(ctx, text) and (bool(PLACE_OR_YEAR.match(line)) or after_years(ctx, line)
                                      or not (caps or goes_on(ctx, text, line)))
