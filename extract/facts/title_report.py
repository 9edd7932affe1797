"""A report's title as its top prints it: "Анализ выполнения …", "Информация о выполнении …",
"ОТЧЕТ" / "о выполнении муниципального задания" / "на 2022 год", up to the report's date or its
form's first field; or the capitals heading of a page a text layer glued into one paragraph.
The first rule header.TITLE_RULES tries (and header.KIND_RULES' report kind)."""

from __future__ import annotations

import re

from extract.facts.acts import act_header
from extract.facts.blank_in_title import with_blank_value
from extract.facts.card_head import cover_with_owner
from extract.facts.cover_vote import fuller_cover_heading
from extract.facts.ctx import Ctx
from extract.facts.glued_heading import caps_seam_heading, glued_heading
from extract.facts.lines import Chunk, squash
from extract.facts.report_form_title import FLAT_CHUNKS, FLAT_WORDS, flattened_report, report_lines
from extract.facts.report_phrases import assessed, in_caption_run, qualifiers, report_phrases
from extract.facts.site_card import heading_under_card, own_heading
from extract.facts.site_chrome import PAGE_HEADING
from extract.facts.title_ends import has_period
from extract.facts.title_form_blanks import with_form_blanks, without_form_fields
from extract.facts.title_lines import TITLE_WORDS, with_continuation
from extract.facts.title_paragraph import lines_from
from extract.facts.title_text import clean_title

_TITLE_LINES = 8


def report_title(ctx: Ctx) -> str | None:
    """A title opening with a report phrase: "Анализ выполнения …", "Информация о выполнении …"
    (read once per document: the title, kind and issuer rules all ask)."""
    found: str | None = ctx.once("report_title",
                                 lambda: without_form_fields(ctx, _report_title(ctx)))
    return found


# "Публичный доклад директора МБОУ СОШ № 13...Публичный...": a document-sharing site's card
# title cut short and run into the next cut title; the document prints its title in full below
_TRUNCATED = re.compile(r"\w\.{3}[А-ЯЁ]")


def _report_title(ctx: Ctx) -> str | None:
    for i, c in enumerate(ctx.head):
        if _TRUNCATED.search(c.text):
            continue
        found = _report_title_at(ctx, i, c)
        if found:  # a card's label over the cover's own heading: the fuller heading wins
            found = fuller_cover_heading(ctx, found)
        if found is not None:
            return f"{_qualifier_above(ctx, i)}{found}" if found else None
    return _report_line(ctx) or flattened_report(ctx) or _flattened_opening(ctx)


def _without_card_line(ctx: Ctx, c: Chunk, title: str) -> str:
    """"Публичный отчет" / "ПУБЛИЧНЫЙ ОТЧЕТ" / "МУНИЦИПАЛЬНОГО …": a site's card heading in
    sentence case over the cover that names the report again in capitals, read into one
    block by a text export (a Word file keeps them apart): the title starts at the cover."""
    lines = [line.strip() for line in c.lines[:2]]
    if len(lines) < 2 or _in_capitals(lines[0]) or not _in_capitals(lines[1]) \
            or not title.startswith(lines[0]):
        return title
    card = ctx.lemmas(lines[0])
    if not card or tuple(ctx.lemmas(lines[1])[: len(card)]) != tuple(card):
        return title
    return title[len(lines[0]):].strip()


def _qualifier_above(ctx: Ctx, i: int) -> str:
    """"ПРЕДВАРИТЕЛЬНЫЙ" / "ОТЧЕТ О ВЫПОЛНЕНИИ …": a report's qualifier printed alone on the
    line above its genre word opens the title ("" when there is none)."""
    above = ctx.head[i - 1] if i else None
    if above is None or above.cells is not None or above.list_number \
            or not _in_capitals(above.text):
        return ""
    lem = ctx.lemmas(above.text)
    head = ctx.lemmas(ctx.head[i].text)[:1]
    if not lem or qualifiers(ctx, lem) != len(lem) or head == lem[:1]:
        return ""
    return f"{squash(above.text)} "


def _report_title_at(ctx: Ctx, i: int, c: Chunk) -> str | None:
    """The report's title read from head chunk `i`; "" when the document is no report (its
    chunk says so), None when the chunk opens none."""
    if c.list_number or in_caption_run(ctx, i):
        return None
    if len(c.text.split()) > TITLE_WORDS:  # the heading glued to the body under it
        glued = glued_heading(ctx, c.text) or caps_seam_heading(ctx, c.text)
        return clean_title(ctx, glued) if glued and report_phrases(ctx, glued) else None
    lem = ctx.lemmas(c.text)
    run_on = _run_on(ctx, i)
    openers = report_phrases(ctx, c.text, lem) or report_phrases(ctx, run_on)
    form = [] if openers else assessed(ctx, _with_next(ctx, i))
    openers = openers or form
    if openers and openers[0][0] == "о" and act_header(ctx) is not None:
        return None  # "О результатах мониторинга …" as an act's subject: an order
    if openers and _says_sentence(ctx, c):
        return None  # "Публичный доклад заведующего подготовлен для …": the body's sentence
    if openers and (_label_over_act(ctx, c) or _genre_card(ctx, i, lem)):
        return None
    if openers and _past_year_of_plan(ctx, ctx.head[:i], c.text):
        return ""  # an annual plan's "Анализ работы … за" the year before it
    cover = _cover_under_page_title(ctx, c) if openers else None
    if cover is not None:
        return clean_title(ctx, lines_from(ctx, cover))
    own = own_heading(ctx, i, lambda text: any(s[0] != "о" for s in report_phrases(ctx, text))) \
        if openers else None
    own = own or (heading_under_card(ctx, i) if openers else None)
    if own is not None:
        return clean_title(ctx, own)
    if openers or _reviews_draft(ctx, i, lem):
        # "ОТЧЕТ" / "о выполнении муниципального задания" / "на 2022 год и …"
        card_at = i
        i = _capitals_cover(ctx, i, lem) if openers else i
        c = ctx.head[i]
        # "ПОКАЗАТЕЛИ" (bold) / "деятельности <owner> (самообследование)": one heading
        whole = run_on if form and run_on else with_continuation(ctx, ctx.head, i)
        if i != card_at:
            whole = cover_with_owner(ctx, c, whole)
        return clean_title(ctx, with_blank_value(ctx, with_form_blanks(ctx, i, _without_card_line(
            ctx, c, report_lines(ctx, c) or _block_lines(ctx, c)
            or _with_year_line(ctx, i, whole)))))
    return None


def _says_sentence(ctx: Ctx, c: Chunk) -> bool:
    """The paragraph's first line ends with a full stop and its words hold a verb or a short
    participle ("… подготовлен для родителей."): a sentence about the report, no heading."""
    line = c.lines[0] if c.lines else c.text
    return line.rstrip().endswith(".") and any(
        ctx.tools.tag(w.lower())[0] in ("VERB", "PRTS") for w in line.split() if w.isalpha())


def _genre_card(ctx: Ctx, i: int, lem: list[str] | tuple[str, ...]) -> bool:
    """"Публичный отчет" (a site's page heading naming the genre alone, in normal case) over
    the document's own line "Отчет о результатах самообследования … за 2016-2017 г": the own
    line is the title, not both glued (a cover's capitals, "ПУБЛИЧНЫЙ ОТЧЕТ" / "МБДОУ …", and
    a word going on below, "Отчет" / "о выполнении …", are one heading)."""
    c = ctx.head[i]
    nxt = ctx.head[i + 1] if i + 1 < len(ctx.head) else None
    if nxt is None or nxt.list_number or nxt.cells is not None or len(c.lines) > 1 \
            or _in_capitals(c.text) or _YEAR.search(c.text) \
            or not any(len(seq) + skip == len(lem) for skip in {0, qualifiers(ctx, lem)}
                       for seq in report_phrases(ctx, c.text, tuple(lem))):
        return False  # the genre's words alone
    own = report_phrases(ctx, nxt.text)
    return bool(own) and own[0][0] != "о" and not _in_capitals(nxt.text)


def _label_over_act(ctx: Ctx, c: Chunk) -> bool:
    """"Самообследование МБОУ «…» 10.02.22" over a school's letterhead, its "ПРИКАЗ" and the
    order's subject: a line above the act's letterhead is the site's label for the page, and
    the act's subject is the title (CONTRACT `title`)."""
    act = act_header(ctx)
    if act is None or act.style != "letterhead" or not act.subject or len(c.lines) > 1:
        return False
    at = ctx.chunks.index(c)
    start = next((k for k, line in enumerate(ctx.top) if line.chunk == at), None)
    return start is not None and start + 1 < act.index


def _cover_under_page_title(ctx: Ctx, c: Chunk) -> int | None:
    """Index in `ctx.top` of the document's own report heading under a site's page heading
    opening `c` (`_cover_below`)."""
    at = ctx.chunks.index(c)
    start = next((k for k, line in enumerate(ctx.top) if line.chunk == at), None)
    return _cover_below(ctx, start) if start is not None else None


def _cover_below(ctx: Ctx, start: int) -> int | None:
    """Index in `ctx.top` of the document's own report heading in capitals ("ПУБЛИЧНЫЙ
    ДОКЛАД") a few lines under line `start`, a site's page heading; None without one."""
    if not PAGE_HEADING.match(ctx.top[start].text):
        return None
    for k in range(start + 1, min(start + 1 + _TITLE_LINES, len(ctx.top))):
        text = ctx.top[k].text
        if _in_capitals(text) and any(seq[0] != "о" for seq in report_phrases(ctx, text)):
            return k
    return None


def _capitals_cover(ctx: Ctx, i: int, lem: tuple[str, ...] | list[str]) -> int:
    """"Отчет о результатах самообследования" or "отчет самообследования" (a site's card
    heading, not in capitals, saying no years) over the cover printed in capitals that names
    the report again ("ОТЧЕТ" / "О РЕЗУЛЬТАТАХ …" / the owner / "за 2023 год"): the cover is
    the title; the block to read it from (`i` when the heading is in capitals, says its years
    or no cover follows)."""
    first = ctx.head[i].lines[0] if ctx.head[i].lines else ctx.head[i].text
    # a heading that runs on up to its years is the cover itself ("Отчет" / "о …" / the owner
    # / "за 2020-2021 учебный год"), a capitals line under it the body's first heading
    if _in_capitals(first) or has_period(ctx, with_continuation(ctx, ctx.head, i)):
        return i
    for k in range(i + 1, min(i + 1 + _TITLE_LINES, len(ctx.head))):
        c = ctx.head[k]
        top = c.lines[0] if c.lines else c.text
        if c.list_number or c.cells is not None or not _in_capitals(top) \
                or len(c.text.split()) > TITLE_WORDS:
            continue
        cover = ctx.lemmas(c.text)
        if cover[:1] == tuple(lem[:1]) \
                and any(seq[0] != "о" for seq in report_phrases(ctx, c.text, cover)):
            return k
    return i


def _in_capitals(line: str) -> bool:
    """In capitals but for a year's word ("ЗА 2023 год")."""
    return bool(re.sub(r"(?:19|20)\d\d\s*(?:год\w*|гг?\.?)", "", line).isupper())


def _run_on(ctx: Ctx, i: int) -> str:
    """"Информация" / "о количестве детей …": a one-word heading and the lower-case line
    that goes on it, read as one phrase (the opener spans both); "" when none goes on. The
    genre word may follow its qualifiers ("Информационная справка" / "о проведении …")."""
    c = ctx.head[i]
    nxt = ctx.head[i + 1] if i + 1 < len(ctx.head) else None
    words = len(c.text.split())
    if nxt is None or not nxt.text[:1].islower() or nxt.list_number or not words or (
            words > 1 and qualifiers(ctx, ctx.lemmas(c.text)) != words - 1):
        return ""
    return f"{c.text} {nxt.text}"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _past_year_of_plan(ctx: Ctx, above: tuple[Chunk, ...], text: str) -> bool:
    """"Годовой план … на 2015 – 2016 учебный год" above "Анализ работы … за 2014 – 2015
    учебный год": a plan's heading with its years over a report heading on years that end
    by the plan's start; the report is the plan's section reviewing the past year."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return False
    for c in above:
        if c.list_number or len(c.text.split()) > TITLE_WORDS or not has_period(ctx, c.text) \
                or not ctx.plan_noun(ctx.lemmas(c.text)):
            continue
        planned = [int(y) for y in _YEAR.findall(c.text)]
        # (a school year "2014 – 2015" ends in the year the plan's "2015 – 2016" starts)
        if planned and max(years) <= min(planned) and min(years) < min(planned):
            return True
    return False


_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\s+год\s*$")
# "за 2020-2021 учебный год": the years a report covers, in whatever weight the page prints
_FOR_YEARS = re.compile(r"^\s*за\s+(?:19|20)\d\d", re.I)


def _with_year_line(ctx: Ctx, i: int, text: str) -> str:
    """"Отчет о результатах самообследования … школы …" / "2023 год": a report's title with no
    years of its own goes on over the year line in its weight right under it (the year the
    report covers; a plan's title page prints its place and year at the foot instead), or
    over a short "за 2020-2021 учебный год" line in any weight (only a report says "за")."""
    if has_period(ctx, text):
        return text
    k = i + 1
    while k < len(ctx.head) and ctx.head[k].text in text:
        k += 1  # the lines the title already took
    if k >= len(ctx.head) or k > i + _TITLE_LINES:
        return text
    nxt = ctx.head[k]
    if _YEAR_LINE.match(nxt.text) and nxt.bold == ctx.head[i].bold:
        return f"{text} {nxt.text.strip()}"
    if _for_years(ctx, nxt):
        return f"{text} {nxt.text.strip()}"
    # "ОТЧЕТ о результатах самообследования" / "МБДОУ «…» по показателям деятельности …" /
    # "• за 2022 год": the owner's lines of a cover set as paragraphs of their own between
    for m in range(k + 1, min(k + 1 + _OWNER_PARAS, len(ctx.head))):
        if not _heading_part(ctx.head[m - 1]):
            break
        if _for_years(ctx, ctx.head[m]):
            return " ".join([text, *(c.text.strip() for c in ctx.head[k : m + 1])])
    return text


_OWNER_PARAS = 2


def _for_years(ctx: Ctx, c: Chunk) -> bool:
    """A short "за 2020-2021 учебный год" line."""
    return bool(_FOR_YEARS.match(c.text)) and len(c.text.split()) <= _LINE_WORDS \
        and has_period(ctx, c.text)


def _heading_part(c: Chunk) -> bool:
    """A paragraph a heading may go on through: short, no list item, no row, no sentence."""
    return c.cells is None and not c.list_number and len(c.text.split()) <= TITLE_WORDS \
        and not c.text.rstrip().endswith((".", ":", ";"))


def _reviews_draft(ctx: Ctx, i: int, lem: tuple[str, ...] | list[str]) -> bool:
    """"ЗАКЛЮЧЕНИЕ № …" / "на проект постановления …": a review of a draft act, in its line or
    the next."""
    if not lem or lem[0] not in ctx.vocab.review_openers:
        return False
    nxt = ctx.lemmas(ctx.head[i + 1].text) if i + 1 < len(ctx.head) else []
    seq = list(lem[1:]) + list(nxt)
    return any(tuple(seq[k:k + len(o)]) == o for o in ctx.vocab.review_objects
               for k in range(min(len(seq), len(lem))))


_LINE_WORDS = 8
_SENTENCE_WORDS = 5
_ASSESSED_LINES = 3  # "Показатели деятельности …, подлежащей" / "самообследованию" / "за 2020 год"


def _with_next(ctx: Ctx, i: int) -> str:
    """Block `i` of the head and the block under it, read as one heading."""
    nxt = ctx.head[i + 1].text if i + 1 < len(ctx.head) else ""
    return f"{ctx.head[i].text} {nxt}"


def _report_line(ctx: Ctx) -> str | None:
    """A report's heading as a short line inside a text export's paragraph, not its first
    (a letterhead or the owner's name above it, packed with requisites or not;
    "Информационно-аналитическая справка" / "о …" / "за 2024-2025 учебный год" under it):
    the line and the lines that go on it."""
    for i, line in enumerate(ctx.top):
        c = ctx.chunks[line.chunk]
        if (line.first and len(c.text.split()) <= TITLE_WORDS) \
                or len(line.text.split()) > _LINE_WORDS \
                or line.text.rstrip().endswith("."):
            continue
        below = " ".join(x.text for x in ctx.top[i : i + _ASSESSED_LINES])
        if any(seq[0] != "о" for seq in report_phrases(ctx, line.text)) or assessed(ctx, below):
            return clean_title(ctx, lines_from(ctx, _cover_below(ctx, i) or i))
    return None


def _block_lines(ctx: Ctx, c: Chunk) -> str | None:
    """A block of several lines opening with the report's title (a text file's lines read
    as one paragraph, the body's first sentence under the title): the title's line and the
    lines that go on it (None unless the block ends with a sentence of the body)."""
    if len(c.lines) < 2 or not _body_sentence(c.lines[-1]):
        return None
    at = ctx.chunks.index(c)
    first = next((k for k, line in enumerate(ctx.top) if line.chunk == at), None)
    return lines_from(ctx, first) if first is not None else None


def _body_sentence(line: str) -> bool:
    """A line of the body, not of a title: a sentence ending with a full stop, long or opening
    with a word in sentence case ("В течение года клуб провёл …" under "за 2023 год"; a
    title's lines go on in lower case, a name's in capitals)."""
    words = line.split()
    if not line.rstrip().endswith(".") or len(words) < _SENTENCE_WORDS:
        return False
    first = words[0]
    return len(words) > 2 * _LINE_WORDS \
        or (first[:1].isupper() and (len(first) == 1 or first[1:].islower()))


# a mirror's page count and page number before the text ("40" / "1 Анализ работы …")
_PAGE_NUMBERS = re.compile(r"^(?:\d{1,3}\s+)+(?=[А-ЯЁ])")
# "… за 2013-2014 учебный год Муниципальное …": the years close the heading, the body's first
# sentence opens in capitals after them
_YEARS_CLOSE = re.compile(r"\bза\s+(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?\s*"
                          r"(?:(?:учебн\w+\s+)?год\w*|гг?\.)\.?(?=\s+[А-ЯЁ])", re.I)
_QUOTE_CLOSE = re.compile(r"»(?=\s+[А-ЯЁ][а-яё])")
_OPENER_WORDS = 6


def _flattened_opening(ctx: Ctx) -> str | None:
    """A page a text layer flattened into one long paragraph opening with the report's title in
    sentence case ("Публичный доклад муниципального … учреждения «…» Муниципальное …", "Отчёт о
    реализации Программы развития … за 2012-2013 учебный год Концептуальные идеи …"): the title
    up to its years, or up to the owner's closing quote, where the body's capital follows."""
    for c in ctx.head[:FLAT_CHUNKS]:
        text = _PAGE_NUMBERS.sub("", c.text)
        words = text.split()
        if len(words) <= TITLE_WORDS \
                or not any(s[0] != "о"
                           for s in report_phrases(ctx, " ".join(words[:_OPENER_WORDS]))):
            continue
        head = " ".join(words[:FLAT_WORDS])
        m = _YEARS_CLOSE.search(head)
        end = m.end() if m else _name_closed(head)
        return clean_title(ctx, head[:end]) if end else None
    return None


def _name_closed(head: str) -> int | None:
    """Where the owner's quoted name closes, all its quotes closed, the body's capital next."""
    return next((q.end() for q in _QUOTE_CLOSE.finditer(head)
                 if head.count("«", 0, q.end()) == head.count("»", 0, q.end())), None)
