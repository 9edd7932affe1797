"""A document's title as its top prints it, and the helpers its rule modules share.

Rules, in the order header.TITLE_RULES tries them: a report's title ("Анализ выполнения …",
extract/facts/title_report.py); the plan's own title (a bold, heading or capitals block naming a
plan, over as many lines as it runs: "Муниципальная программа" / «…» / "на 2015-2019 годы"); the
approved document's heading after the act that approves it (extract/facts/title_approved.py);
the subject of the act the document opens with ("Об утверждении …", "О плане …"); a legal site's
page title standing first ("ОБ УТВЕРЖДЕНИИ … (с изменениями на: …)"); the name row of a
passport; the first bold or capitals block after an appendix stamp ("Система основных
мероприятий …"). Titles of pages that start at a section or a table are
extract/facts/title_tables.py's.
"""

from __future__ import annotations

import re

from extract.cells import unit_line
from extract.facts import grifs
from extract.facts import requisites as rq
from extract.facts.acts import SUBJECT, act_header, letterhead_header, subject, subject_from
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, Line, squash
from extract.facts.stamps import stamp_kind, stamps
from extract.facts.title_text import QUOTES, SEE_BELOW, clean_title, name_only, open_quote
from extract.vocab import get_vocab

TITLE_WORDS = 60
_NAME_ROW = ("наименование",)
_SITE_TITLE_LINES = 3  # a legal site's page title stands among the first lines
_CONTINUATION_WORDS = 25
HEADING_WORDS = 25
HEADING_MIN_WORDS = 3
TABLE_LINE = re.compile(r"\|.*\||¦|│|┃|^\s*[№N]\s*п\s*/\s*п|^[-+=_─━═┌┐└┘├┤┬┴┼╔╗╚╝TL¬‰\\/\s]{6,}$")
_NUMBER_CAPTION = re.compile(r"^\s*(?:[№N]\s*(?:п\s*/\s*п\.?)?|п\s*/\s*п\.?|пп\.?)\s*$")  # "№ п/п"
# A table's header row flattened into a line by a site's export: the number column's "N" or
# "№" ("№ п/п") first, then the next column's name.
FLAT_ROW_HEADER = re.compile(r"^(?:N|№)(?:\s*п/п)?\s+[А-ЯЁ]")
_CAPTION = re.compile(r"^\s*Таблица\s*(?:N|№)?\s*\d*\.?\s*$", re.IGNORECASE)
_SHORT_HEAD = 3  # a heading's first line printed alone: "Сведения", "Перечень"
_SENTENCE_END = (".", ":", ";", "!", "?")
REQUISITES_LINE = re.compile(r"^\s*(?:от\s|№|N\s?\d|«?\s*\d{1,2}\s*»?\s)", re.IGNORECASE)
# "№7 «Улыбка»" under "… дошкольного образовательного учреждения": the owner's number and
# name go on the title, no act's requisites
NUMBERED_NAME = re.compile(r"^\s*№\s*\d{1,4}\s*[«\"“]")
# a line that opens with a settlement: "п. Лесной Ольховского района" under a title page's name
_PLACE_START = re.compile(r"^\s*(?:г|с|п|пос|ст|д|рп|р\.п)\.\s?[А-ЯЁ]")
_PLACE_OR_YEAR = re.compile(r"^\s*(?:(?:г|с|п|пос|ст|д|рп|р\.п)\.\s?[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+)?"
                            r"|(?:19|20)\d\d\s*(?:г\.?|год)?)\s*$")


def _has_period(ctx: Ctx, text: str) -> bool:
    return any(rx.search(text) for rx in ctx.vocab.period_title)


def _continues_title(ctx: Ctx, first: Chunk, text: str, nxt: Chunk) -> bool:
    """A title printed line by line (PDF) goes on in the next block: lower case, a quote, a
    parenthesis ("(дорожная карта) по …"), capitals after capitals, or, in a bold title that
    has not ended its sentence, the next bold line ("Программа развития МОУ Заречная" / "СОШ
    № 2 на 2023-2026 годы") — never into "ПАСПОРТ", a stamp, a date line, a label …"""
    if nxt.bold != first.bold or nxt.list_number or nxt.cells is not None:
        return False
    # a bare "ПРОГРАММА РАЗВИТИЯ" goes on in the owner's full name, however long it runs
    reach = TITLE_WORDS if len(text.split()) <= _SHORT_HEAD else _CONTINUATION_WORDS
    if len(nxt.text.split()) > reach or ends_title(ctx, nxt.text):
        return False
    if goes_on(ctx, text, nxt.text) or (first.text.isupper() and nxt.text.isupper()):
        return True
    # a bold title that has not yet said its years runs on; one that has ("… на 2024-2028
    # годы") goes on only in lower case: a bold line after it is the next heading
    return bool(first.bold or first.heading) and not text.rstrip().endswith(_SENTENCE_END) \
        and not _has_period(ctx, text) and not ctx.plan_noun(ctx.lemmas(nxt.text)[:4]) \
        and not _label(nxt.text)


def goes_on(ctx: Ctx, text: str, nxt: str) -> bool:
    """The next line continues a title whatever its weight: it starts in lower case, with a
    quote or a parenthesis that is no note ("(в редакции …)", "(далее – …)"), or a quote is
    still open."""
    if nxt[:1] == "(":
        return not _note(ctx, nxt)
    return nxt[:1].islower() or nxt[:1] in QUOTES or open_quote(text)


def ends_title(ctx: Ctx, line: str) -> bool:
    """A line no title runs into: "ПАСПОРТ", "Содержание", a stamp, a table's "№ п/п", the
    requisites of an act or a report ("от «04» апреля 2022 года", "№ 5 от …"), a place ("г.
    Заречный") or a year printed alone under the title page's name."""
    if stopper(ctx, line) or stamp_kind(ctx, line) or _PLACE_OR_YEAR.match(line) \
            or _NUMBER_CAPTION.match(line):
        return True
    if line[:1] == "(" and _note(ctx, line):
        return True
    return bool(REQUISITES_LINE.match(line)) and bool(rq.read(ctx, line)) \
        and not NUMBERED_NAME.match(line)


def _note(ctx: Ctx, line: str) -> bool:
    """"(сентябрь 2022 г. - май 2024 г.)", "(в редакции …)", "(далее – …)": a note under a
    title, not its words ("(дорожная карта) по …" is)."""
    inner = line[1:].split(")", 1)[0]
    units = ctx.lemmas(inner)
    return (any(ch.isdigit() for ch in inner) or bool(SEE_BELOW.match(line))
            or unit_line(line, get_vocab(ctx.tools), ctx.tools) is not None  # "(процентов)"
            or (bool(units) and all(w in ctx.vocab.unit_notes for w in units))
            or bool(ctx.vocab.approval_note.match(line))
            or any(rx.match(line) for rx in ctx.vocab.amendments))


def _site_note(ctx: Ctx, line: str) -> bool:
    """"(далее - Программа)", "(утв. постановлением …)", "(в редакции …)" on their own lines
    under a heading: a legal site's notes, where the title ends ("(2007-2010 годы)" and "(МБОУ
    СОШ № 1)" are the title's own words)."""
    return line[:1] == "(" and (bool(SEE_BELOW.match(line))
                                or bool(ctx.vocab.approval_note.match(line))
                                or any(rx.match(line) for rx in ctx.vocab.amendments))


def _label(line: str) -> bool:
    """"Цель: …", "Исполнитель - …": a field's label, not a title's words."""
    head = line.split(":", 1)[0]
    return ":" in line and len(head.split()) <= 4


def _heads_its_block(ctx: Ctx, c: Chunk, line: Line) -> bool:
    """"Паспорт" opening a bold block that goes on in lower case ("Паспорт" / "муниципальной
    программы «…»", or all on one line; in plain text, where nothing is bold, too; or
    "Паспорт муниципальной программы" with the plan's name in quotes as the next bold block):
    the appendix's heading, not a section after it."""
    if not (line.first and (_strong(c) or ctx.plain)):
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
    if nxt is not None and len(words) == 1 and nxt.text[:1].islower() and _strong(nxt) \
            and ctx.plan_noun(ctx.lemmas(nxt.text)) is not None:
        return True  # "Паспорт" / "муниципальной программы …" as two bold blocks
    return len(lem) > 1 and any(ctx.plan_noun(lem[j:]) for j in range(1, len(lem))) \
        and nxt is not None and nxt.text[:1] in QUOTES and _strong(nxt)


def stopper(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.title_stoppers)


def own_lines(ctx: Ctx, c: Chunk) -> str:
    """A block's text up to a line that starts something else: a table's row printed in the
    same paragraph ("N п/п | Мероприятие | …"), "ПАСПОРТ", a stamp."""
    if len(c.lines) < 2:
        return c.text
    kept: list[str] = []
    for line in c.lines[_menu_lines(ctx, c.lines):]:
        if kept and (TABLE_LINE.search(line) or stopper(ctx, line)
                     or _site_note(ctx, line)):
            break
        kept.append(line)
    return squash(" ".join(kept))


_MENU_WORDS = 2


def _menu_lines(ctx: Ctx, lines: tuple[str, ...]) -> int:
    """How many lines open a block before its heading starts over in capitals: a site's menu
    item "Программа развития школы" above "ПРОГРАММА РАЗВИТИЯ" / "…": the item repeats the
    heading's first words in sentence case and is no part of the title."""
    if len(lines) < 2 or lines[0].isupper() or not lines[1].isupper():
        return 0
    first, caps = ctx.lemmas(lines[0]), ctx.lemmas(lines[1])
    same = len(first) >= _MENU_WORDS and caps[:_MENU_WORDS] == first[:_MENU_WORDS]
    return 1 if same and ctx.plan_noun(first) else 0


def with_continuation(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str:
    """A title page splits "Программа …" and "… на 2021-2025 гг." into two bold blocks (the
    blocks that follow it in the document: a table between ends the title)."""
    text = own_lines(ctx, chunks[i])
    if text != chunks[i].text:
        return text
    if chunks is not ctx.chunks:
        i, chunks = next(k for k, c in enumerate(ctx.chunks) if c is chunks[i]), ctx.chunks
    for k in range(i + 1, min(i + 6, len(chunks))):
        nxt = chunks[k]
        if not (_continues_title(ctx, chunks[i], text, nxt)
                or _owners_town(ctx, chunks, i, k, text)):
            break
        text = f"{text} {nxt.text}"
    if _has_period(ctx, text) or i + 1 >= len(chunks):
        return text
    nxt = chunks[i + 1]
    if (nxt.bold or nxt.heading) and _has_period(ctx, nxt.text) and len(nxt.text.split()) < 40 \
            and not ends_title(ctx, nxt.text):
        return f"{text} {nxt.text}"
    return text


def _owners_town(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, k: int, text: str) -> bool:
    """"… детский сад «Надежда»" / "г. Заречного" / "на 2025 - 2030 гг.": a town line in the
    title's weight with the plan's years after it belongs to the owner's name (a town line
    that ends the title page has no years after it)."""
    town, after = chunks[k], chunks[k + 1] if k + 1 < len(chunks) else None
    return (after is not None and town.bold == chunks[i].bold == after.bold
            and bool(_PLACE_OR_YEAR.match(town.text)) and not town.text[:1].isdigit()
            and not _has_period(ctx, text) and _has_period(ctx, after.text)
            and len(after.text.split()) <= _SHORT_HEAD * 2)



def _strong(c: Chunk) -> bool:
    return c.bold or bool(c.heading) or c.text.isupper()


def plan_title(ctx: Ctx) -> str | None:
    """The plan's heading as the document's title, unless the act the document opens with is
    about something else (the plan is one of its appendices: the act's subject is the title)."""
    return None if _other_subject(ctx) else (plan_heading(ctx) or _approved_heading(ctx))


def _approved_heading(ctx: Ctx) -> str | None:
    """An act's text run into one paragraph ("… постановляет: утвердить прилагаемую программу"
    / "УТВЕРЖДЕНА постановлением …" / "Межмуниципальная программа …"): the heading under the
    approval stamp, when it names a plan."""
    if act_header(ctx) is None:
        return None
    heading = appendix_title(ctx)
    if not heading or not ctx.plan_noun(ctx.lemmas(heading)):
        return None
    # "ПАСПОРТ" / "МУНИЦИПАЛЬНОЙ ПРОГРАММЫ …": the passport's heading, not the plan's own
    return heading if ctx.tools.nominative(heading.split()[0]) is None else None


def plan_heading(ctx: Ctx) -> str | None:
    """The first bold block naming a plan ("Дорожная карта по …"); in a document that does
    not open with an act, the first block naming one."""
    head = ctx.head
    found = [i for i, c in enumerate(head)
             if not c.list_number and len(c.text.split()) <= TITLE_WORDS
             and not c.text[:1].islower() and ctx.plan_noun(ctx.lemmas(c.text))
             and not grifs.over_grif(ctx, c)]
    strong = [i for i in found if _strong(head[i])]
    if strong:
        return clean_title(ctx, with_continuation(ctx, head, grifs.lone_adjective(ctx, strong[0])))
    if act_header(ctx) is None:
        weak = found
    else:  # a plain-text act: its body's sentences are not titles
        weak = [i for i in found if ctx.plain and not head[i].text.rstrip().endswith(".")]
    if weak:
        card = _card_over_heading(ctx, weak)
        if card:
            return clean_title(ctx, card)
        return clean_title(ctx, with_continuation(ctx, head, grifs.after_grif(ctx, weak)))
    return None


def _says(ctx: Ctx, text: str) -> bool:
    """True when a line holds a verb or a short participle ("разработана"): a sentence."""
    return any(ctx.tools.tag(w.lower())[0] in ("VERB", "PRTS") for w in text.split() if w.isalpha())


_CARD_REACH = 3  # the document's own heading follows the site's card at once
_CARD_WORDS = 2


def _card_over_heading(ctx: Ctx, found: list[int]) -> str | None:
    """A site's card title alone on the first line ("Календарный план воспитания на … уч.год")
    over the document's own heading that opens with the same words ("Календарный план
    воспитательной работы" / "на 2023-2024 учебный год" / "на основе …"): the heading is the
    title, its lines joined up to its years."""
    head = ctx.head
    if not found or found[0] != 0 or len(head[0].lines) > 1:
        return None
    card = ctx.lemmas(head[0].text)[:_CARD_WORDS]
    k = next((i for i in found[1:] if i <= _CARD_REACH), None)
    if k is None or ctx.lemmas(head[k].text)[:_CARD_WORDS] != card:
        return None
    lines = head[k].lines or (head[k].text,)
    text = lines[0]
    if len(text.split()) > HEADING_MIN_WORDS * 2 or _says(ctx, text):
        return None  # "Дорожная карта разработана в соответствии …": the body's sentence
    for nxt in lines[1:]:
        if _has_period(ctx, text) or ends_title(ctx, nxt) or not goes_on(ctx, text, nxt):
            break
        text = f"{text} {nxt}"
    return text


def _other_subject(ctx: Ctx) -> bool:
    """The document opens with an act whose subject neither approves nor names a plan ("О
    создании центров …", "О внесении изменений в постановление …"): its subject is the title,
    not the heading of a plan it approves among other things further down."""
    from extract.facts.order import approved_kind  # order imports this module's neighbours

    header, text = act_header(ctx), subject(ctx)
    return header is not None and bool(text) and approved_kind(ctx) is None



def order_subject(ctx: Ctx) -> str | None:
    """The subject of the act the document opens with: "О проведении …", "Об утверждении …"."""
    text = subject(ctx)
    if not text:
        return None
    title = clean_title(ctx, text)
    # "ПРИКАЗ № 8" / "«О назначении …»": the act's own print quotes its subject, a reader sees
    # the quotes (a site's heading wraps its subject in them; those go)
    header = letterhead_header(ctx)
    own = header is not None and header.subject == text and text[:1] == "«" \
        and text.rstrip(" .")[-1:] == "»" and f"«{title}»" == squash(text.rstrip(" ."))
    return f"«{title}»" if own else title


def site_title(ctx: Ctx) -> str | None:
    """A legal site's page title at the very top: "ОБ УТВЕРЖДЕНИИ … (с изменениями на …)".
    An amending act's subject over a page that starts at an appendix of the amended plan
    ("О внесении изменений в …" / "Приложение № 2 / к Программе" / its heading) names the
    act, not the page: the appendix's heading is the title."""
    for i, line in enumerate(ctx.top[:_SITE_TITLE_LINES]):
        if SUBJECT.match(line.text):
            text = subject_from(ctx, i)[0]
            if _amends(ctx, text) and appendix_title(ctx):
                return None
            return clean_title(ctx, text)
    return None


def _amends(ctx: Ctx, text: str) -> bool:
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.amend_openers)


def passport_plan_name(ctx: Ctx) -> str | None:
    """A passport's name row that names the plan in full ("Программа развития … на 2021-2025
    гг."): the document's own name for itself, over a title page's wording."""
    name = passport_name(ctx)
    if not name or not ctx.plan_noun(ctx.lemmas(name)):
        return None
    if name[:1].islower() and plan_title(ctx):
        return None  # "целевая программа …" as the row's sentence: the printed heading names it
    if not _has_period(ctx, name):
        # a printed heading that states the plan's years ("ПРОГРАММА" / "по …" / "«…»" / "на
        # 2025-2030 гг") is the fuller name: the row without them is the passport's short form
        heading = plan_title(ctx)
        if heading and _has_period(ctx, heading):
            return None
    return name


def passport_name(ctx: Ctx) -> str | None:
    """"Наименование программы | Программа развития …" row of a passport table (or the title
    the table extractor read from it)."""
    name = ctx.once("passport_name", lambda: _passport_row_name(ctx))
    if name and name[:1].islower() and appendix_title(ctx):
        # "муниципальная программа … (далее - программа)": the row's sentence, not a printed
        # name; the appendix's own heading ("Паспорт муниципальной программы …") is the title
        return None
    return name


def _passport_row_name(ctx: Ctx) -> str | None:
    if ctx.found.document.title:
        return clean_title(ctx, name_only(ctx.found.document.title))
    for c in ctx.chunks:
        cells = [x for x in (c.cells or ()) if x]
        if (len(cells) >= 2 and ctx.lemmas(cells[0])[:1] == _NAME_ROW
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
        if c.cells is not None or _CAPTION.match(line.text) or (
                stopper(ctx, line.text) and not _heads_its_block(ctx, c, line)):
            continue  # "Таблица 1" over the heading: a caption
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (not line.first and nxt is not None and nxt.chunk == line.chunk
                and len(line.text.split()) <= _SHORT_HEAD and line.text[:1].isupper()
                and nxt.text[:1].islower()):  # "Сведения" / "о целевых показателях …"
            return clean_title(ctx, lines_from(ctx, k))
        if line.first and len(c.text.split()) <= TITLE_WORDS and (
                _strong(c) or (ctx.plain and not c.text.rstrip().endswith("."))):
            return clean_title(ctx, with_continuation(ctx, ctx.chunks, line.chunk))
        # a line inside a long run of lines (a text export's page joined into one paragraph),
        # its first line too: "МУНИЦИПАЛЬНАЯ ПРОГРАММА" / "«…»" / "Паспорт …" / rows
        inside = not line.first or len(c.text.split()) > TITLE_WORDS
        if inside and (line.text.isupper() or ctx.plan_noun(ctx.lemmas(line.text))):
            return clean_title(ctx, lines_from(ctx, lines.index(line)))
    return None


def _after_notes(lines: tuple[Line, ...], i: int) -> int:
    """Index of the first line from i that is not inside a note in parentheses
    ("(в редакции распоряжения … от … N …)")."""
    while i < len(lines) and lines[i].text.startswith("("):
        while i < len(lines) and ")" not in lines[i].text:
            i += 1
        i += 1
    return i


def lines_from(ctx: Ctx, i: int) -> str:
    """A title printed inside a longer paragraph: its line and the lines of the paragraph
    that go on it (lower case, a quote opening or still open: "Муниципальная программа" /
    "«Развитие образования …» на 2014 - 2020 годы")."""
    text = ctx.top[i].text
    caps = text.isupper()
    for nxt in ctx.top[i + 1 : i + 6]:
        if nxt.chunk != ctx.top[i].chunk or ends_title(ctx, nxt.text):
            break
        # "ГОДОВОЙ ПЛАН" / "МУНИЦИПАЛЬНОГО … УЧРЕЖДЕНИЯ" / "на 2025-2026 учебный год": a
        # capitals heading goes on in capitals up to its years; the place under it does not
        caps = caps and nxt.text.isupper()
        if _has_period(ctx, text) and _PLACE_START.match(nxt.text):
            break
        if not (caps or goes_on(ctx, text, nxt.text)):
            break
        text = f"{text} {nxt.text}"
    return text


_PASSPORT = ("паспорт",)
_PASSPORT_REACH = 2  # the page opens with it


def passport_heading(ctx: Ctx) -> str | None:
    """A page that opens with the passport's heading and nothing above it ("Паспорт программы
    развития МБДОУ … на 2021-2024 годы", its table next): the heading names the document when
    no other rule found a title."""
    for i, c in enumerate(ctx.head[:_PASSPORT_REACH]):
        lem = ctx.lemmas(c.text)
        if c.cells is None and _strong(c) and lem[:1] == _PASSPORT \
                and len(c.text.split()) <= TITLE_WORDS \
                and any(ctx.plan_noun(lem[j:]) for j in range(1, min(len(lem), 4))):
            return clean_title(ctx, with_continuation(ctx, ctx.head, i))
    return None
