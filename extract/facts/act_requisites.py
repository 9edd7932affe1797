"""An act's date and number read around its letterhead's word: on the word's line and the short
lines under it, at the right end of the address lines over it, or printed first above the
letterhead's lines in capitals; and a form's row printing the date before the act's word,
turned round. Asked by extract/facts/acts.py as it reads the act's header."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.act_subject import BODY_WORDS, SUBJECT, requisites_before_subject
from extract.facts.ctx import Ctx, unspace

_DIGIT = re.compile(r"\d")
_REQUISITE_REACH = 6  # lines after the header that may hold its date, number, place


# "от «02» февраля 2016г.  ПРИКАЗ № 8": a form's row of date and act printed as one line
_DATE_FIRST = re.compile(r"^(от\s[^А-ЯЁа-яё]*[а-яё]*[^А-ЯЁа-яё]*?(?:19|20)\d\d\s*(?:г\.?|года)?)"
                         r"\s+([А-ЯЁ]{5,}\b.*)$")


# "12.02.2020 Распоряжение №83": a school's form row, the date in digits (a site may garble it:
# "12 2.202 г") left of the act's word in normal case and its number on the right
_DIGITS_FIRST = re.compile(r"^((?:от\s)?\d[\d\s./]{3,}\s*(?:г\.?|года)?)\s+"
                           r"([А-ЯЁ][а-яё]{5,}\s*(?:№|N)\s*\d.*)$")


def act_first(text: str) -> str:
    """A line opening with the act's date and going on with its word and number, turned round
    to the act's word first ("ПРИКАЗ № 8 от «02» февраля 2016г."); other lines as they are."""
    m = _DATE_FIRST.match(text.strip()) or _DIGITS_FIRST.match(text.strip())
    return f"{m.group(2)} {m.group(1)}" if m else text


def digits_first(text: str) -> bool:
    """The line is a form's row of the date in digits and the act's word with its number: the
    word in normal case is the act's own there, as in capitals elsewhere."""
    return bool(_DIGITS_FIRST.match(text.strip()))


REQUISITES_LINE = re.compile(r"^(?:от|№|N)\s")


def _number_cell(ctx: Ctx, text: str, j: int) -> bool:
    """Line j is a lone "N 290-ПП" following a date read without its number."""
    req = rq.read(ctx, text)
    return bool(req.date and not req.number and REQUISITES_LINE.match(ctx.top[j].text)
                and len(ctx.top[j].text.split()) <= 3)


def letterhead_requisites(ctx: Ctx, i: int, subject: tuple[int, int]) -> rq.Requisites:
    """Date and number under the act's word: on its line and the short lines after it, the
    subject's lines passed over ("ПРИКАЗ № 4-у / «Об утверждении …» / «14» сентября 2021 г.")."""
    text = rq.unglue(unspace(act_first(ctx.top[i].text)))
    lines: list[str] = []
    j = i + 1
    while j < min(i + 1 + _REQUISITE_REACH, len(ctx.top)):
        line = ctx.top[j].text
        if subject[0] <= j < subject[1]:
            j += 1
            continue
        if ctx.vocab.status_note.match(line.lstrip()):
            j = _note_end(ctx, j)  # the repealing act's requisites are never the page's own
            continue
        glued = requisites_before_subject(ctx, line)
        if glued:  # "от 14.02.2023 № 77 О внесении …": the subject runs on after them
            lines.append(glued)
            text = f"{text} {glued}"
            j += 1
            break
        if len(line.split()) > BODY_WORDS // 2 or SUBJECT.match(line) or _preamble(ctx, line):
            break  # "В соответствии с … от 29.12.2012 № 273-ФЗ": a cited act's requisites
        if _DIGIT.search(line) is None and line.isupper():
            # "постановление / ГЛАВЫ АДМИНИСТРАЦИИ … РАЙОНА / №227-Д": the body's name printed
            # under the act's word holds no requisite; its last word is not what "№" numbers
            j += 1
            continue
        lines.append(line)
        text = f"{text} {line}"
        j += 1
    # "18 декабря 2020 г. | N 290-ПП" under a long letterhead (a name printed in three
    # languages): the number's cell right after the last date line reached still belongs to it
    if j < len(ctx.top) and j == i + 1 + _REQUISITE_REACH and _number_cell(ctx, text, j):
        lines.append(ctx.top[j].text)
        text = f"{text} {ctx.top[j].text}"
    req = rq.read(ctx, text)
    if not (req.date or req.number):
        # both or neither: a number alone at a line's end over the act's word is a site
        # heading's ("Постановление … от 28.03.2013 № 874"), which the heading rules read whole
        tails = rq.read(ctx, f"{text} {_tail_requisites(ctx, i)}")
        req = tails if tails.date and tails.number else req
    if req.date and not req.number:  # "23.09.2019" / "г. Заречный" / "1066": no "№"
        number = next((n for x in lines if (n := rq.bare_number(x, req.date))), None)
        return rq.Requisites(req.act_type, number, req.date)
    return req


# a school's letterhead printing the act's date and number at the right end of its address
# lines, over the act's word: "ул. Школьная, 5 «20» 12 .2021 г." / "тел. … e-mail: … № 72"
_TAIL_DATE = re.compile(r"(?:«\s?\d{1,2}\s?»|(?<!\d)\d{1,2}[.\s])\s?(?:\d{1,2}|[а-яё]{3,})\s?\.?\s?"
                        r"(?:19|20)\d\d\s*(?:г\.?|года)?\s*$")


_TAIL_NUMBER = re.compile(r"(?:№|N)\s*\d[\w/-]*\s*$")


_ABOVE_REACH = 3  # the address and contact lines right over the act's word


def _tail_requisites(ctx: Ctx, i: int) -> str:
    """The date and number ending the lines just over the act's word, as one text ("" when
    none): read only when nothing under the word gives either."""
    tails = [m.group(0) for line in ctx.top[max(0, i - _ABOVE_REACH) : i]
             for rx in (_TAIL_DATE, _TAIL_NUMBER) if (m := rx.search(line.text))]
    return " ".join(tails)


def _preamble(ctx: Ctx, line: str) -> bool:
    """The line opens the act's preamble ("В соответствии с …", "На основании …")."""
    lem = ctx.lemmas(line)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.body_openers)


_NOTE_LINES = 3  # "Утратил силу - Постановление Правительства … / от 10.06.2013 № 186"


def _note_end(ctx: Ctx, j: int) -> int:
    """Index after a site's status note opening at line j: its lines run until the repealing
    act's date and number are read (a note on one line ends on it)."""
    text = ""
    for k in range(j, min(j + _NOTE_LINES, len(ctx.top))):
        text = f"{text} {ctx.top[k].text}"
        req = rq.read(ctx, text)
        if req.date and req.number:
            return k + 1
    return j + 1


_ABOVE_LINES = 6  # "РОССИЙСКАЯ ФЕДЕРАЦИЯ" / region / district / body: the letterhead's lines


def requisites_above(ctx: Ctx, i: int) -> rq.Requisites | None:
    """"ОТ 03.11.2020 Г. № 953" / "РОССИЙСКАЯ ФЕДЕРАЦИЯ" / … / "ПОСТАНОВЛЕНИЕ": the act's date
    and number printed first, right above its letterhead's lines in capitals."""
    k = i - 1
    while k >= max(0, i - _ABOVE_LINES) and ctx.in_capitals(ctx.top[k].text) \
            and _DIGIT.search(ctx.top[k].text) is None:
        k -= 1
    if k < 0 or k == i - 1 or not REQUISITES_LINE.match(ctx.top[k].text.lower()) \
            or len(ctx.top[k].text.split()) > DATED_WORDS:
        return None
    req = rq.read(ctx, rq.unglue(unspace(ctx.top[k].text)))
    return req if req.number and req.date else None


DATED_WORDS = 6
