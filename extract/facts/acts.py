"""The act a document opens with: its header, requisites, subject and issuing body.

Acts print their header in these ways:
- a letterhead form: the body's name, then the act's word on its own line ("П Р И К А З",
  "ПОСТАНОВЛЕНИЕ", glued "ПОСТАНОВЛЕНИЕот 22 октября 2010 г."), then the date and number
  (one line, tabs or many spaces between, or separate lines, with the place of signing), then
  the subject ("Об утверждении …", "О плане …") over one or more lines;
- a heading form, as legal sites print an act's name: "Постановление Администрации города N
  от 19.07.2010 № 450", the subject in quotes after it or on the next line (the date line
  may be a paragraph of its own under the body);
- without the act's word (a site drops the emblem and the word with it): the date and number
  at the very top, often a table row cell by cell, then the subject; the operative verb says
  which act it is.
The operative sentence names the body again in the nominative ("Правительство Республики N
постановляет:", "мэрия города N постановляет:"). The subject read over its lines is
extract/facts/act_subject.py's; the operative sentence's body is extract/facts/operative.py's;
the date and number read around the letterhead's word are extract/facts/act_requisites.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts import issued_for as issued_for_
from extract.facts import requisites as rq
from extract.facts.act_requisites import (
    DATED_WORDS,
    REQUISITES_LINE,
    act_first,
    digits_first,
    letterhead_requisites,
    requisites_above,
)
from extract.facts.act_subject import (
    SUBJECT,
    quoted_subject,
    subject_after,
    subject_on_act_line,
)
from extract.facts.ctx import Ctx, per_document, unspace
from extract.facts.issued_for import split_issued_for
from extract.facts.lines import Line, requisites_row
from extract.facts.operative_verb import operative_act
from extract.facts.plain_act import plain_act_word
from extract.facts.stamps import stamps

_HEADER_WORDS = 8  # "ПРИКАЗ", "ПРИКАЗ № 4-у", "ПОСТАНОВЛЕНИЕ от 5 октября 2010 г. N 406"
_HEADING_LINES = 6  # a heading form stands among the first lines
_ACT_INITIALS = "ПРУЗ"  # приказ, постановление, распоряжение, решение, указ, закон


@dataclass(frozen=True)
class ActHeader:
    """The act's header: `index` of its line in ctx.top, `style` letterhead | heading."""

    index: int
    style: str
    act: str
    org: str | None
    requisites: rq.Requisites
    subject: str | None
    subject_end: int  # index in ctx.top after the subject's last line


def _in_stamp(ctx: Ctx, i: int) -> bool:
    return any(s.start <= i < s.end for s in stamps(ctx))


def _act_word(ctx: Ctx, text: str) -> tuple[str, str] | None:
    """(act type, the rest of the line) when `text` opens with an act's word ("ВЫПИСКА ИЗ
    ПРИКАЗА": an extract's header is its act's)."""
    text = ctx.vocab.act_extract_prefix.sub("", text, count=1)
    if text.lstrip()[:1].upper() not in _ACT_INITIALS:  # most lines: no act's word, no work
        return None
    text = rq.unglue(unspace(text)).strip()
    first, _, rest = text.partition(" ")
    kind = rq.act_type(ctx, first)
    return (kind, rest) if kind and len(ctx.lemmas(first)) == 1 else None


# (a capitals line prints its "ОТ" so: "ПРИКАЗ ОТ 01.09.2023 Г. № 201-О")
_REQUISITES_START = re.compile(r"(?:от|ОТ|№|N|«|\d)")


def letterhead_at(ctx: Ctx, line: Line) -> str | None:
    got = _act_word(ctx, act_first(line.text))
    if not got:
        return None
    kind, rest = got
    text = rq.unglue(unspace(act_first(line.text)))
    first = text.split()[0]
    # the act's word alone, or with its requisites; "Приказ управления …" is a heading
    bare = not rest or bool(_REQUISITES_START.match(rest))
    if rest and ctx.vocab.status_note.match(rest):  # "РЕШЕНИЕ Утратило силу - …": a site's note
        return kind if first.isupper() else None
    short = len(text.split()) <= _HEADER_WORDS or bool(REQUISITES_LINE.match(rest))
    return kind if bare and short and (first.isupper() or line.bold
                                       or digits_first(line.text)) else None


def _heading_at(ctx: Ctx, i: int) -> tuple[str, str] | None:
    """(act type, text) of a heading form starting at line i: the act's word, the body, its
    date and number on this line or the next lines of its paragraph."""
    line = ctx.top[i]
    got = _act_word(ctx, line.text)
    # "постановление … от 22.10.2014 № 1061 «…»;" in lower case: an item of a list of acts
    # (those an item repeals or amends), never the heading of the page's own act
    if not got or not line.text.lstrip()[:1].isupper() \
            or (line.text.split()[0].isupper() and not _caps_word_heading(ctx, line.text)):
        return None
    if _cited_form(ctx, line.text):
        return None
    if line.text.rstrip().endswith(" |"):  # "Приказ о дежурстве |": a site's page title
        return None
    # "2. Постановление … признать утратившим силу": an item of the body, never the heading
    if line.first and ctx.chunks[line.chunk].list_number:
        return None
    if plain_act_word(ctx, i):  # the word alone over its date and number: a letterhead's
        return None
    text = line.text
    # "Приказ о введении карантина" / "На основании постановления … от … № 45": the subject
    # follows the act's word at once, the next line is the preamble citing another act
    about = SUBJECT.match(got[1][:1].upper() + got[1][1:]) is not None
    for nxt in ctx.top[i + 1 : i + 3] if not about else ():
        # "Решение о разработке | - Федеральный закон от … N 3-ФЗ": a list item starts
        # another act (one a passport cites), never the rest of this heading
        if rq.read(ctx, text) or not _heading_goes_on(line, nxt) or _LIST_ITEM.match(nxt.text):
            break
        text = f"{text} {nxt.text}"
    return (got[0], text) if rq.read(ctx, text) else None


def _caps_word_heading(ctx: Ctx, text: str) -> bool:
    """"РЕШЕНИЕ Н-ского городского Совета … от 25.12.2008 № 15": a site's heading printing
    the act's word in capitals and its body in normal case, its date and number on the line;
    a letterhead's capitals line carries no lower-case body."""
    words = text.split()
    if len(words) < 2 or not words[1][:1].isupper() or words[1].isupper():
        return False  # "РЕШЕНИЕ от 3 марта 2009 г. N 12": a letterhead's act line, no body
    req = rq.read(ctx, text)
    return bool(req.number and req.date)


# the act's word in an oblique case ("Приказа Министерства … от … N 462" in a list of legal
# grounds, "Постановлением … от …"): an act the text cites, never the page's own heading
_CITED_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _cited_form(ctx: Ctx, text: str) -> bool:
    first = rq.unglue(unspace(text)).split()[0]
    return ctx.tools.tag(first)[1] in _CITED_CASES


_LIST_ITEM = re.compile(r"^\s*[-–—•]\s")


def _heading_goes_on(line: Line, nxt: Line) -> bool:
    """The next line carries on the heading: a line of its paragraph, or — where a reader gives
    one paragraph per printed line — the date and number printed under the body ("Постановление
    Администрации …" / "от 14 мая 2019 г. N 83-па" / the subject)."""
    if nxt.chunk == line.chunk:
        return True
    return (line.single and nxt.single and nxt.bold == line.bold
            and bool(REQUISITES_LINE.match(nxt.text)))


def _heading_org(ctx: Ctx, text: str) -> str | None:
    """"Постановление Администрации города N от …" → "Администрации города N"."""
    words = rq.unglue(text).split()[1:]
    # "Постановление №10 от …": a site's heading without a body, the number glued to its sign
    # ("Приказ МБОУ «Гимназия № 1» от …": a number inside the body's quoted name is the name's)
    cut = next((k for k, w in enumerate(words) if not _in_quotes(words[:k])
                and (w in ("от", "N") or w.startswith("№") or w[:1].isdigit())), len(words))
    org = " ".join(words[:cut]).strip(" ,")
    return org or None


def _in_quotes(words: list[str]) -> bool:
    """A quoted name opened by `words` is still open after them."""
    text = " ".join(words)
    return text.count("«") > text.count("»")


def _for_org(ctx: Ctx, text: str) -> str | None:
    """"Приказ №7 от 12.09.2019 г. По Луговской средней школе «Об …»" → "Луговская средняя
    школа": a heading naming no body before its requisites, the school it is issued for after
    them (issued_for)."""
    rest = issued_for_.after_requisites(ctx, text)
    issued = split_issued_for(ctx, rest) if rest else None
    return issued_for_.in_nominative(ctx, issued[0]) if issued else None


def _letterhead(ctx: Ctx) -> ActHeader | None:
    for i, line in enumerate(ctx.top):
        kind = None if _in_stamp(ctx, i) else letterhead_at(ctx, line) or plain_act_word(ctx, i)
        if kind and not act_first(line.text).lstrip()[:2].isupper():
            # "Постановление от 23.05.2013 г № 616" in bold over the subject in normal case: a
            # site's heading; the act's own print in capitals below it wins (CONTRACT `title`)
            i, line, kind = _own_print_below(ctx, i) or (i, line, kind)
        elif kind and _subject_on_line(ctx, i):
            # "ПРИКАЗ от … № 88 Об утверждении …" whole on one line over a letterhead and its own
            # "ПРИКАЗ": a site's heading repeating the act; the act's own print below wins
            i, line, kind = _own_print_below(ctx, i) or (i, line, kind)
        if kind:
            kind = _struck_choice(ctx, i, kind)
            subject, end = _subject_on_line(ctx, i) or subject_after(ctx, i + 1)
            if subject is None:  # "ПРИКАЗ № 45 ОТ … ПО МБОУ «…» «ОБ …»": on the act's own line
                subject = quoted_subject(ctx, line.text)
            start = next((k for k in range(i + 1, end) if SUBJECT.match(ctx.top[k].text)), end)
            # "РЕШЕНИЕ Утратило силу - Решение … от …": the first date under it is the
            # repealing act's; the site's heading gives the act's own
            req = rq.Requisites() if _status_noted(ctx, line.text) \
                else letterhead_requisites(ctx, i, (start, end))
            if not (req.number or req.date):
                req = requisites_above(ctx, i) or req
            return ActHeader(i, "letterhead", kind, None, rq.Requisites(kind, req.number, req.date),
                             subject, end)
    return None


def _subject_on_line(ctx: Ctx, i: int) -> tuple[str, int] | None:
    """"ПРИКАЗ от 12.03.2022 № 88 Об утверждении …": the subject run on after the requisites
    on the act word's own line."""
    got = _act_word(ctx, act_first(ctx.top[i].text))
    return subject_on_act_line(ctx, i, got[1]) if got and got[1] else None


def _struck_choice(ctx: Ctx, i: int, kind: str) -> str:
    """"РАСПОРЯЖЕНИЕ" / "ПОСТАНОВЛЕНИЕ": a blank form printing both words, one to strike out
    (the strike lost in the text); a legal site's heading above names which act it is."""
    if i + 1 >= len(ctx.top):
        return kind
    other = letterhead_at(ctx, ctx.top[i + 1]) or plain_act_word(ctx, i + 1)
    if not other or other == kind:
        return kind
    h = heading_header(ctx)
    return h.act if h is not None and h.index < i and h.act == other else kind


_OWN_PRINT_REACH = 8  # the site's heading and subject, the cut letterhead's body lines


def _own_print_below(ctx: Ctx, i: int) -> tuple[int, Line, str] | None:
    """The act's word in capitals a few lines below line i ("ПОСТАНОВЛЕНИЕ"), with its kind."""
    for j in range(i + 1, min(i + 1 + _OWN_PRINT_REACH, len(ctx.top))):
        line = ctx.top[j]
        if _in_stamp(ctx, j) or not act_first(line.text).lstrip()[:2].isupper():
            continue
        kind = letterhead_at(ctx, line) or plain_act_word(ctx, j)
        if kind:
            return j, line, kind
    return None


def _status_noted(ctx: Ctx, line: str) -> bool:
    """The act's word with a legal site's status note glued after it."""
    got = _act_word(ctx, act_first(line))
    return bool(got and got[1] and ctx.vocab.status_note.match(got[1]))


def _heading(ctx: Ctx) -> ActHeader | None:
    for i in range(min(_HEADING_LINES, len(ctx.top))):
        heading = None if _in_stamp(ctx, i) else _heading_at(ctx, i)
        if heading:
            kind, text = heading
            req = rq.read(ctx, text)
            quoted = quoted_subject(ctx, text)
            subject, end = (quoted, i + 1) if quoted else subject_after(ctx, i + 1)
            return ActHeader(i, "heading", kind, _heading_org(ctx, text) or _for_org(ctx, text),
                             rq.Requisites(kind, req.number, req.date), subject, end)
    return _numbered_heading(ctx)


def _numbered_heading(ctx: Ctx) -> ActHeader | None:
    """A site's heading without the act's word: '№ 99 от 31.03.2022 г. "О создании …"' — the
    number, the date, the subject; the act is of the type its operative verb says."""
    for i in range(min(_HEADING_LINES, len(ctx.top))):
        text = rq.unglue(ctx.top[i].text.strip())
        req = rq.read(ctx, text) if ctx.vocab.number.match(text) else rq.Requisites()
        date = req.date or (_date_line_above(ctx, i) if req.number else None)
        subject = quoted_subject(ctx, text) if req.number and date else None
        if subject is None:
            continue
        kind = operative_act(ctx)
        if kind is None:
            return None
        return ActHeader(i, "heading", kind, None, rq.Requisites(kind, req.number, date),
                         subject, i + 1)
    return _dated_heading(ctx)


_DATE_WORDS = 4  # "9 Ноября 2017", "09.11.2017 г."


def _date_line_above(ctx: Ctx, i: int) -> str | None:
    """"9 Ноября 2017" / "№2557 «Об утверждении …»": a site's list of acts prints the act's
    date alone on the line above its number and quoted subject."""
    if i == 0:
        return None
    above = ctx.top[i - 1].text.strip()
    if len(above.split()) > _DATE_WORDS or any(ch in above for ch in "№«"):
        return None
    return rq.read(ctx, above).date


_DATED_LINES = 4  # "08.09.2016" / "№" / "354-П" / "г. N": a form's row of requisites cell by cell


def _dated_heading(ctx: Ctx) -> ActHeader | None:
    """A form whose act's word is not printed (a site drops the emblem with it): the date and
    number at the very top, often a table row cell by cell ("08.09.2016 | № | 354-П"), then the
    subject ("О внесении изменений …"); the act is of the type its operative verb says."""
    lines = ctx.top[:_DATED_LINES]
    text, end = "", 0
    for line in lines:
        if len(line.text.split()) > DATED_WORDS or SUBJECT.match(line.text):
            break
        text, end = f"{text} {line.text}", end + 1
    req = rq.read(ctx, text) if text else rq.Requisites()
    if not (req.number and req.date):
        return _row_under_letterhead(ctx)
    subject, after = subject_after(ctx, end)
    kind = operative_act(ctx) if subject else None
    if subject is None or kind is None:
        return None
    return ActHeader(0, "heading", kind, None, rq.Requisites(kind, req.number, req.date),
                     subject, after)


_LETTERHEAD_LINES = 3  # "ПРАВИТЕЛЬСТВО / N-СКОЙ ОБЛАСТИ" over the row of requisites


def _row_under_letterhead(ctx: Ctx) -> ActHeader | None:
    """"ПРАВИТЕЛЬСТВО N-СКОЙ ОБЛАСТИ" / "от | 24 января 2019 года | № | 28 | г. N" (a row of
    cells) / the subject: a letterhead printing no act's word over the act's requisites; the act
    is of the type its operative verb says, the letterhead above names its body."""
    top = ctx.top
    i = 0
    while i < min(_LETTERHEAD_LINES, len(top)) and ctx.in_capitals(top[i].text):
        i += 1
    if not i or i >= len(top) or not requisites_row(ctx.chunks[top[i].chunk]):
        return None
    req = rq.read(ctx, top[i].text)
    subject, after = subject_after(ctx, i + 1)
    kind = operative_act(ctx) if subject and req.number and req.date else None
    if kind is None:
        return None
    return ActHeader(i, "heading", kind, None, rq.Requisites(kind, req.number, req.date),
                     subject, after)


def letterhead_header(ctx: Ctx) -> ActHeader | None:
    """The act's word on its own line under a letterhead ("ПРИКАЗ"), read once per document."""
    found: ActHeader | None = ctx.once("letterhead", lambda: _letterhead(ctx))
    return found


def heading_header(ctx: Ctx) -> ActHeader | None:
    """A legal site's heading ("Постановление … от … № …"), read once per document."""
    found: ActHeader | None = ctx.once("heading", lambda: _heading(ctx))
    return found


def act_header(ctx: Ctx) -> ActHeader | None:
    """The header of the act the document opens with: the letterhead form (the act's own
    print) when there is one, else a legal site's heading."""
    return letterhead_header(ctx) or heading_header(ctx)


@per_document
def subject(ctx: Ctx) -> str | None:
    """The act's subject: the letterhead's, else the heading's."""
    for h in (letterhead_header(ctx), heading_header(ctx)):
        if h and h.subject:
            return h.subject
    return None
