"""A title's text as the document's own name: whitespace normalised, "(далее – …)" tails,
notes of amendments, a site's wrapper quotes and a final full stop dropped."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import open_quote, squash
from extract.facts.title_runon import cut_run_on, record_cut
from extract.facts.title_tails import form_caption

# (its bracket may be left open at the line's end: "Программа" / "(далее" / "Программа)", a
# sentence an export broke a word per line)
SEE_BELOW = re.compile(r"\s*\(\s*далее(?:\s*[-–—]?[^)]*\)|\s*)[\s.,;:]*$", re.IGNORECASE)
_DEFINED_AS = re.compile(r"\(\s*далее\s*[-–—]?[^)]*\)", re.IGNORECASE)
# the end of a plan's name: its closed quote, or its years ("… на 2013 — 2016 годы паспорт
# программы": a site's line running the name into the passport's heading without quotes)
_AFTER_CLOSED_QUOTE = re.compile(r"(?:(?<=[»\"”])|(?<=\d\sгоды)|(?<=\dгоды)|(?<=\dгг\.)"
                                 r"|(?<=\d\sгг\.))\s+(?=[а-яё])")
# "- целевая программа …": a passport cell's value printed after a dash, which is no word of it
# (or glued to a capitals heading's first word, "-МУНИЦИПАЛЬНОЕ": a reader's stray mark)
_CELL_DASH = re.compile(r"^[-–—](?:\s+|(?=[А-ЯЁ]{2}))")
# "… г.г.", "по 31.08.2023г." (a year's "г." glued to its date)
# ("… НА 2011 - 2013 ГГ." in a capitals subject: the same abbreviation)
# (a person's initials: "… Ивановой А.А." keeps its last initial's full stop)
_ABBREVIATION_END = re.compile(r"(?:(?:^|[\s.])(?:гг|г|др|пр|т\.\s?[пд]|см|стр)|(?<=\d)гг?"
                               r"|(?<=\s)[А-ЯЁ]\.\s?[А-ЯЁ])\s?\.$",  # "на 2024-2029 г г ."
                               re.IGNORECASE)
QUOTES = "«\"“„"
_ACT_NUMBER_END = re.compile(r"(?:№|\bN)\s*[\w/-]+\s*$")


def _note_or_cited(m: re.Match[str]) -> str:
    """A note of amendments goes, unless it follows a cited act's number inside the subject
    ("О внесении изменений в постановление … от 20.09.2010 N 70 (ред. от 22.04.2011)"): there
    it names which edition of the cited act is amended, a part of the subject as printed."""
    before = m.string[: m.start()]
    if m.group(0).startswith("(") and (_DATED.search(before) or _DATED_NAMED.search(before)):
        return m.group(0)
    return " "


# a cited act's date a few words before its number ("от 20.09.2010 N 70", "от 5 мая 2010 г. № 7")
_CITED = (r"\bот\s+\d{1,2}(?:\.\d{1,2}\.|\s+[а-яё]+\s+)\d{4}\s*(?:г\.?|года)?\s*"
          r"(?:№|\bN)\s*[\w/-]+\s*")
_DATED = re.compile(_CITED + "$", re.IGNORECASE)
# … or its number with its quoted name after it ('… от 30.09.2014 N 11 "Об утверждении программы
# "Развитие …"" (ред. от …)'): the edition bracket still names the cited act's text; the name
# holds no bracket of its own and runs to the note
_DATED_NAMED = re.compile(_CITED + r"[«\"“„][^()]*[»\"”]\s*$", re.IGNORECASE)


def _unquote(text: str) -> str:
    """A subject printed in quotes after its act's number: '"О программе "Кадры" на 2008 год"'
    → 'О программе "Кадры" на 2008 год' (the outer pair only)."""
    if text[:1] not in QUOTES:
        return text
    inner = text[1:]
    if text[:1] == '"' and inner.count('"') % 2 == 1 and inner.endswith('"'):
        # the last quote is the wrapper's only when the names inside close without it; a site
        # printing nested closing quotes as one ('"О … "О программе … "Кадры …"') keeps it
        return inner[:-1] if _open_names(inner[:-1]) <= 0 else inner
    if text[:1] == '"' and inner.count('"') % 2 == 0:
        # a wrapper at both ends around inner quotes a site left unbalanced (nested closing
        # quotes printed as one: '"О внесении … "Об утверждении … "…" годы", … N 5"'): both
        # go when every name is closed before the last quote, or the last quote follows an
        # act's number (no name ends so); when a name is still open ('"Об утверждении
        # программы "Развитие … "Город …" … годы"'), the last quote closes it
        body = inner[:-1]
        wrapper = _open_names(body) <= 0 or bool(_ACT_NUMBER_END.search(body)) \
            or _cited_name_open(body)
        return body.rstrip() if inner.endswith('"') and wrapper else inner
    if text[:1] == "«" and inner.endswith("»") and inner.count("«") < inner.count("»"):
        return inner[:-1]
    return text


def _open_names(text: str) -> int:
    """How many names `text` leaves open, its straight quotes read as opening ones (at the
    start, after a space or a bracket) or closing ones (after a word)."""
    depth = 0
    for at, ch in enumerate(text):
        if ch == '"':
            depth += 1 if at == 0 or text[at - 1].isspace() or text[at - 1] == "(" else -1
    return depth


def _cited_name_open(text: str) -> bool:
    """The one name `text` leaves open is a cited act's, its quote right after the act's
    number ('… решение … от 07.12.2007 № 88 "Об утверждении программ "А" на … гг., "Б"'): a
    site merging nested closing quotes closes it with the wrapper's quote, which is no plan
    name's end."""
    opened: list[int] = []
    for at, ch in enumerate(text):
        if ch != '"':
            continue
        if at == 0 or text[at - 1].isspace() or text[at - 1] == "(":
            opened.append(at)
        elif opened:
            opened.pop()
    return len(opened) == 1 and bool(_ACT_NUMBER_END.search(text[: opened[0]]))


# a title page's foot run into its title: where and when it was printed ("… п. Лесной, 2022")
# the town's marker may be left out ("… детского сада № 7 г. Лесной" / "Лесной, 2024 г")
_PRINTED_AT = re.compile(r"(?<=[а-яё»\"])\s+(?:(?:г|с|п|пос|ст|д|рп|р\.п)\.\s?)?[А-ЯЁ][\w-]+"
                         r"(?:\s[А-ЯЁ][\w-]+)?\s*,\s*(?:19|20)\d\d\s*(?:г\.?|год)?\s*\.?\s*$")


# "Санкт-" / "Петербурга": a capitalised compound broken at the line's end after its hyphen
# (its second part capitalised too: a soft hyphen's word goes on in lower case)
BROKEN_COMPOUND = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)-\s+(?=[А-ЯЁ][а-яё])")


# the federal form's footnote mark printed between the number sign and the number
_FOOTNOTE_AFTER_SIGN = re.compile(r"№\s*\d\)\s*(?=\d)")


def clean_title(ctx: Ctx, text: str) -> str:
    """Whitespace-normalised title without "(далее – …)", notes of amendments, outer quotes,
    the place and year of the title page's foot ("п. Лесной, 2022") and a final period."""
    text = squash(ctx.unspaced(text))  # "О Т Ч Е Т О В Ы П О Л Н Е Н И И" as a reader reads it
    for rx in ctx.vocab.amendments:
        text = rx.sub(_note_or_cited, text)
    # a site's text export closes a one-cell table's line with its border ("… годы |")
    text = SEE_BELOW.sub("", _before_restart(ctx, squash(text).strip(" |│┃")))
    if text.startswith("«") and text.endswith("»") and text.count("«") == text.count("»"):
        text = text[1:-1]
    text = _unquote(_CELL_DASH.sub("", text.strip())).strip()
    text = _PRINTED_AT.sub("", text)
    text = _once(text)
    text = _shift_cut(ctx, text)
    if (uncaptioned := form_caption(ctx, text)) != text:  # "… ---- (наименование …) ЗА …"
        text = uncaptioned
        record_cut(ctx, text, "form_caption")
    text = ctx.vocab.form_date.sub("", text)  # the date its blanks were filled in with
    text = ctx.vocab.form_blank.sub("", text).rstrip(" ,;:")  # the form's blanks to fill in
    text = _section_cut(ctx, text)
    text = ctx.vocab.title_status_tail.sub("", text)
    text = ctx.vocab.title_file_tail.sub("", text)
    text = ctx.vocab.title_page_mark.sub("", text)  # "… на 2023-2027 годы 1": the page's number
    text = BROKEN_COMPOUND.sub(r"\1-", text)  # "Санкт- Петербурга"
    text = _FOOTNOTE_AFTER_SIGN.sub("№ ", text)  # "ЗАДАНИЯ № 1) 1": the form's footnote mark
    text = cut_run_on(ctx, text)  # "… годы в новой редакции", "Паспорт … Наименование …"
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text[:-1].rstrip()
    return text


def _once(text: str) -> str:
    """"Публичный доклад МОУ СОШ с. Лесное" (a site's page title) over the same heading printed
    by the document, its lines joined to it: the title said twice is said once."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 \
            and [w.casefold() for w in words[:half]] == [w.casefold() for w in words[half:]]:
        return " ".join(words[:half])
    return text


def _shift_cut(ctx: Ctx, text: str) -> str:
    """"ПРОГРАММА … лагеря" / "смена с 01.06.2025 г. по 25.06.2025 г.": the camp's shift and
    its dates are its term (`period_of_shift`), not its name; the title ends before them."""
    m = ctx.vocab.shift_term.search(text)
    return text[: m.start()].rstrip(" ,;:-–—") if m and m.start() > 0 else text


def _section_cut(ctx: Ctx, text: str) -> str:
    """"ПУБЛИЧНЫЙ ДОКЛАД … за 2023 год Раздел 1. Общая информация …": a line run on into the
    next numbered section's heading; the title ends before the heading."""
    m = ctx.vocab.section_heading.search(text)
    return text[: m.start()].rstrip(" ,;:-–—") if m else text


def _before_restart(ctx: Ctx, text: str) -> str:
    """"Программа «X» паспорт программы «X»": a site's line running the title into the
    passport's own heading ends the title where a lower-case restart word follows the closed
    name."""
    for m in _AFTER_CLOSED_QUOTE.finditer(text):
        head = text[: m.start()]
        if open_quote(head):
            continue
        word = text[m.end():].split(maxsplit=1)[0]
        if ctx.lemmas(word)[:1] and ctx.lemmas(word)[0] in ctx.vocab.title_restarts:
            return head
    return text


def name_only(text: str) -> str:
    """A passport's name cell ends at its "(далее – Программа)": what follows it there is the
    next row's label a reader merged into the cell."""
    m = _DEFINED_AS.search(text)
    return text[: m.end()] if m else text
