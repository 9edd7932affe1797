"""What ends a title: its years said ("на 2021-2025 годы", a block that is only its years), or
a line no title runs into ("ПАСПОРТ", a stamp, a table's "№ п/п", an act's requisites, a place
or a year alone). Split from extract/facts/title_lines.py, which joins a title's lines and asks
these at every step; the title rules import them from there or from here."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.stamps import stamp_kind
from extract.facts.title_notes import labelled_note, note

_NUMBER_CAPTION = re.compile(r"^\s*(?:[№N]\s*(?:п\s*/\s*п\.?)?|п\s*/\s*п\.?|пп\.?)\s*$")  # "№ п/п"
REQUISITES_LINE = re.compile(r"^\s*(?:от\s|№|N\s?\d|«?\s*\d{1,2}\s*»?\s)", re.IGNORECASE)
# "№7 «Улыбка»" under "… дошкольного образовательного учреждения": the owner's number and
# name go on the title, no act's requisites
NUMBERED_NAME = re.compile(r"^\s*№\s*\d{1,4}\s*[«\"“]")
# (a marked place may carry its year, a text copy gluing it to the name: "г. Лесной2025 г")
PLACE_OR_YEAR = re.compile(r"^\s*(?:(?:г|с|п|пос|ст|д|рп|р\.п|г\.\s?п|с\.\s?п)\.\s?"
                           r"[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+)?"
                           r"(?:,?\s*(?:19|20)\d\d\s*(?:г\.?|года?)?)?"
                           r"|(?:19|20)\d\d\s*(?:г\.?|год)?)\s*$")

# a contents page's entry: its name, then dots or ellipses leading to its page ("Концепция
# развития школы ……………… 12"); a printed PDF gives each entry a block of its own, and an
# entry naming a plan is no heading of the document
CONTENTS_LEADER = re.compile(r"…[.…]|[.…]…|\.{4,}")


def has_period(ctx: Ctx, text: str) -> bool:
    """The text states a plan's years ("на 2021-2025 годы")."""
    # the title joiners ask it of the same few heading texts again and again
    seen: dict[str, bool] = ctx.once("has_period", dict)
    found = seen.get(text)
    if found is None:
        found = seen[text] = any(rx.search(text) for rx in ctx.vocab.period_title)
    return found


_BRACKET_YEARS = re.compile(r"^\(\s*(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*(?:гг?\.?|годы)?\s*\)$")


def year_line(ctx: Ctx, c: Chunk) -> bool:
    """A block that is nothing but a period statement ("за 2024 год", "2008- 2009 уч. год",
    "на период 2013-2017 г.г."): the last line of a title page's heading, whatever its weight.
    The period reader's own patterns decide, so the joiner and the reader take the same lines."""
    text = c.text.strip()
    if c.list_number or c.cells is not None or not text:
        return False
    # ("(октябрь 2024 г. - июнь 2026 г.)" in brackets is a note under the title, `note`; the
    # plan's two years alone in brackets, "(2024 – 2027)", are its term as a DOCX joins it)
    if text[:1] == "(":
        return _BRACKET_YEARS.match(text) is not None
    return any((m := rx.search(text)) is not None and m.start() == 0
               and m.end() >= len(text.rstrip(".")) for rx in ctx.vocab.period_title)


# a line an OCR reader made of a scan's specks: a few Latin letters or marks, no word
SPECKS = re.compile(r"^[\sA-Za-z|/\\.,:;'`’•■-]{1,4}$")
_ENDS_ON_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")


def year_word_after(ctx: Ctx, text: str, line: str) -> bool:
    """"… с 21 января по 23 февраля 2024" / "г.": the year's word printed alone on the line
    under the title's last year closes the title (it is the title's word, no line of its own)."""
    return bool(_ENDS_ON_YEAR.search(text)) and bool(ctx.vocab.year_word_line.match(line))


# "… на период 2012-" / "2020 гг.", "… на 2012 –" / "2020 годы": a range of years broken after
# its first year and dash, its end year (and only its years' word) on the next line
OPEN_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*$")
_RANGE_END = re.compile(
    r"^\s*(?:19|20)\d\d\s*(?:г\.\s?г\.|гг?\.?|годы|годов|год[аы]?)?\s*[»\"”]?\s*\.?\s*$",
    re.IGNORECASE)


def range_left_open(text: str, line: str) -> bool:
    """The title's range of years waits for its end year, printed alone on the next line: that
    line closes the title even though a year alone under a heading ends it elsewhere."""
    return bool(OPEN_RANGE.search(text)) and bool(_RANGE_END.match(line))


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})


def ends_title(ctx: Ctx, line: str) -> bool:
    """A line no title runs into: "ПАСПОРТ", "Содержание", a stamp, a table's "№ п/п", the
    requisites of an act or a report ("от «04» апреля 2022 года", "№ 5 от …"), a place ("г.
    Заречный") or a year printed alone under the title page's name."""
    if stopper(ctx, line) or stamp_kind(ctx, line) or PLACE_OR_YEAR.match(line) \
            or _NUMBER_CAPTION.match(line) or ctx.vocab.month_alone.match(line):
        return True
    if (line[:1] == "(" and note(ctx, line)) or labelled_note(ctx, line):
        return True
    return bool(REQUISITES_LINE.match(line)) and bool(rq.read(ctx, line)) \
        and not NUMBERED_NAME.match(line)


def stopper(ctx: Ctx, text: str) -> bool:
    """A line opening on a word no title runs into ("ПАСПОРТ", "Введение", "Утверждаю") — a
    noun in lower case and an oblique case ("введения ФГОС …", "раздела 2") is the title's
    own genitive going on, never a section heading."""
    lem = ctx.lemmas(text)
    if not any(lem[: len(seq)] == seq for seq in ctx.vocab.title_stoppers):
        return False
    first = text.split()[0] if text.split() else ""
    return not (first[:1].islower() and ctx.tools.tag(first)[1] in OBLIQUE)


FORM_LABELS = 2  # a form's code box labels between its heading and its years
_LABEL_WORDS = 8
_YEARS_WORDS = 16  # the longest years' statement: a budget cycle spelt out


def years_after_labels(ctx: Ctx, blocks: tuple[Chunk, ...]) -> str | None:
    """The years' line ("за 2 квартал 2018 года", "на 2022 год и на плановый период 2023 и 2024
    годов") after a form's caption or code box labels ("(наименование учреждения)", "Дата
    начала действия"), which a text reader may have run into the same block: the years as
    printed, None when no caption comes first or no years' statement follows it."""
    words = " ".join(c.text for c in blocks if c.cells is None).split()
    for n in range(1, min(_LABEL_WORDS, len(words)) + 1):
        if not ctx.vocab.form_caption.match(" ".join(words[:n])):
            continue
        rest = words[n : n + _YEARS_WORDS]
        for end in range(len(rest), 0, -1):
            line = " ".join(rest[:end])
            if years_only(ctx, line):
                return line
    return None


def years_only(ctx: Ctx, text: str) -> bool:
    """`text` is nothing but a period statement or a budget cycle."""
    return any((m := rx.match(text)) is not None and m.end() >= len(text.rstrip("."))
               for rx in (*ctx.vocab.period_title, *ctx.vocab.period_budget))


def closes_on_years(ctx: Ctx, text: str) -> bool:
    """A heading printed with a closing full stop right after its years ("Публичный доклад
    заведующего МБДОУ «…» за 2023-2024 учебный год."): the stop closes the heading, no
    sentence of the body ends there (a body's sentence goes on past its years)."""
    body = text.rstrip()
    if not body.endswith(".") or body.endswith(".."):
        return False
    end = len(body.rstrip("."))
    return any(m.end() >= end for rx in ctx.vocab.period_title for m in rx.finditer(body))
