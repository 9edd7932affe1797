"""An act's subject ("Об утверждении …", "О плане …") read over the lines that continue it:
where it opens after the act's header, what carries it on (lower case, an open quote, an end no
phrase can end with, the requisites of an act it amends), what stops it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.issued_for import split_issued_for
from extract.facts.lines import Line
from extract.facts.subject_brackets import bracket_inside
from extract.facts.vocab import institution_word

_SUBJECT_REACH = 8
BODY_WORDS = 40
_SUBJECT_WORDS = 80
_LINE_WORDS = 15  # a line printed on its own that continues the subject is short
SUBJECT = re.compile(r"^[«\"“„]?\s*(?:О|Об|ОБ|Обо)(?:\s|$)")
_QUOTES = "«\"“„"
_ANGLED = re.compile(r"^<\s*(.+?)\s*>[\s.]*$", re.S)
# "…-НЕВСКОГО", "…-ЯРСКИХ": endings of adjectives only (a name in -ского the tagger takes for
# a surname)
_ADJECTIVE_END = re.compile(r"(?:ого|его|ых|их)$")


# "от 01.09.2023 года «Об …»": the date's year word, which the date patterns leave after it
_YEAR_WORD = re.compile(r"^(?:года|год|г\.|г)(?=[\s«\"“„]|$)\s*")


def quoted_subject(ctx: Ctx, text: str) -> str | None:
    """The subject in quotes after a heading's date and number: '… № 3 "Об утверждении …"'."""
    dates = sorted((m for rx in ctx.vocab.dates if (m := rx.search(text))), key=lambda m: m.start())
    ends = [m.end() for m in (ctx.vocab.number.search(text), *dates[:1]) if m]
    rest = _YEAR_WORD.sub("", text[max(ends):].strip()) if ends else ""
    angled = _ANGLED.match(rest)  # "… N 134-р <Об одобрении …>": a legal database's brackets
    rest = angled.group(1) if angled else rest
    if SUBJECT.match(rest):
        return within_quotes(rest)
    issued = split_issued_for(ctx, rest)  # "… г. По Луговской средней школе «Об …»"
    return issued[1] if issued else None


# the quote closing a subject that opened with one: a closing quote the next sentence follows
_CLOSE_THEN_SENTENCE = re.compile(r"(?<=\S)[»\"“”](?=\s+[А-ЯЁ])")


def within_quotes(text: str) -> str:
    """'"Об утверждении плана …" В целях … ПРИКАЗЫВАЮ: …': a subject printed in quotes on a
    line the page's body runs on after (a whole act on one line) ends at its closing quote —
    the one that balances «» or, for straight quotes, the first closing one before a new
    sentence; `text` as it is when no quote opens it or none closes it early."""
    if text[:1] not in _QUOTES:
        return text
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "«") - (ch == "»")
        if ch == "»" and depth == 0:
            return text[: k + 1] if text[k + 1 :].strip()[:1].isupper() else text
    m = _CLOSE_THEN_SENTENCE.search(text, 1) if text[0] != "«" else None
    return text[: m.end()] if m else text


def subject_from(ctx: Ctx, i: int) -> tuple[str, int]:
    """The subject starting at line i with the lines that continue it; (text, index after)."""
    lines = ctx.top
    text, j = lines[i].text, i + 1
    caps = ctx.in_capitals(text) and sum(ch.isalpha() for ch in text) > 3
    while j < len(lines) and len(text.split()) < _SUBJECT_WORDS:
        nxt, prev = lines[j], lines[j - 1]
        # "25.09.2014 № 402-П" has no case of its own: it goes with either
        upper = ctx.in_capitals(nxt.text) if sum(ch.isalpha() for ch in nxt.text) > 3 else caps
        if (_stops_subject(ctx, nxt.text) and not bracket_inside(ctx, lines, j, _LINE_WORDS)) \
                or (upper != caps and not caps):
            break
        if caps and not upper:
            break
        same = nxt.chunk == prev.chunk
        if same and _body_line(ctx, text, nxt.text):
            break
        # the subject's last line may close a block of the header's short lines (a text
        # export keeps "ПОСТАНОВЛЕНИЕ" / "от …" / "Об утверждении программы" together and
        # sets the programme's quoted name apart): the next block goes on it all the same
        if not same and not ((prev.single or _name_after_block(ctx, j - 1, text, nxt.text))
                             and (nxt.single or _quote_closes(text, nxt.text))
                             and _goes_on(ctx, text, nxt, prev)) \
                and not _named_day(ctx, i, nxt.text):
            break
        text, j = f"{text} {nxt.text}", j + 1
        if not same and not nxt.single:
            break  # the quote closed: what its block goes on with is the preamble
    return text, j


_DATED_ABOVE = 4  # the act's word, its date and number, a blank: the lines over the subject


def _named_day(ctx: Ctx, i: int, line: str) -> bool:
    """"… в период проведения выборов" / "4 декабря 2011 года": a day written out alone under
    the subject whose act's own date is printed above it names the day the subject is about
    (a date under a subject that has none above it is the act's own)."""
    if not ctx.vocab.event_date_line.match(line):
        return False
    day, year = (int(x) for x in re.findall(r"\d+", line))
    for x in ctx.top[max(0, i - _DATED_ABOVE) : i]:
        for rx in ctx.vocab.dates:
            m = rx.search(x.text)
            if m:  # the same day printed again under the subject is the act's own date
                digits = [int(d) for d in re.findall(r"\d+", m.group(0))]
                return not (day in digits and (year in digits or year % 100 in digits))
    return False


def _body_line(ctx: Ctx, text: str, line: str) -> bool:
    """A text export with no blank lines keeps the header and the body in one block, each
    paragraph a line of its own: a line of the body's length opening in capitals ("С 22
    апреля по 6 мая прошёл конкурс …") after a subject that could end ends the subject."""
    words = line.split()
    if len(words) <= BODY_WORDS or not line[:1].isupper():
        return False
    opened = sum(text.count(q) for q in "«“„") > text.count("»") + text.count("”")
    return not opened and text.count('"') % 2 == 0 and not open_end(ctx, text)


def _quote_closes(text: str, line: str) -> bool:
    """The subject's quote closes on this line ('"РАЗВИТИЕ …' / 'НА … ГОДОВ"', or the name
    quoted whole on it), the preamble run on under it in the same block: the line goes on it."""
    opened = text.count('"') % 2 == 1 or line[:1] in _QUOTES
    return opened and line.rstrip().endswith(('"', "»", "”"))


def _name_after_block(ctx: Ctx, k: int, text: str, line: str) -> bool:
    """Line k ends a block of short lines (a header's lines printed each on its own) with a
    subject that has quoted nothing yet, and the next block opens the quoted name."""
    lines = [ln for ln in ctx.top if ln.chunk == ctx.top[k].chunk]
    return line[:1] in _QUOTES and not any(q in text for q in _QUOTES) \
        and all(len(ln.text.split()) <= _LINE_WORDS for ln in lines)


def _goes_on(ctx: Ctx, text: str, nxt: Line, prev: Line) -> bool:
    """A line printed on its own continues the subject: it starts in lower case, or a quote
    is still open, or the subject cannot end where the line broke ("… ОТ" / "30.09.2013 №
    …", "… ПРОГРАММЫ АЛЕКСАНДРО-НЕВСКОГО" / "МУНИЦИПАЛЬНОГО РАЙОНА …"), or the line opens
    the quoted name of what the subject is about ("Об утверждении программы" / "«Развитие
    …»"); and the line is as short."""
    if nxt.bold != prev.bold:
        return False
    # a long line goes on only where the subject cannot end ("… в государственных и" /
    # "муниципальных организациях …"): a lower-case line after a dangling word
    if len(nxt.text.split()) > _LINE_WORDS:
        return (nxt.text[:1].islower() and (open_end(ctx, text) or _topic_after_genre(
            ctx, text, nxt, prev))) or _amended_name(text, nxt.text) \
            or _amended_requisites(ctx, text, nxt.text) or _wrapped_subject(text, nxt.text)
    opened = sum(text.count(q) for q in "«“„") > text.count("»") + text.count("”")
    straight = text.count('"') % 2 == 1
    named = nxt.text[:1] in _QUOTES and not any(q in text for q in _QUOTES)
    # "на долгосрочный период" / "(до 2030 года) в Н-ской области": a line printed on its own
    # that opens with a bracket its subject's words follow goes on, as inside a paragraph
    bracket = nxt.text[:1] == "(" and _bracket_goes_on(nxt.text)
    return nxt.text[:1].islower() or opened or straight or named or bracket \
        or open_end(ctx, text) or _awaits_requisites(ctx, text) \
        or _caps_goes_on(ctx, text, nxt.text) or _owner_goes_on(ctx, text, nxt.text) \
        or _town_goes_on(ctx, text, nxt.text) or _institution_goes_on(ctx, text, nxt.text)


def _topic_after_genre(ctx: Ctx, text: str, nxt: Line, prev: Line) -> bool:
    """"Об утверждении плана мероприятий «дорожная карта»" / "по подготовке к … аттестации …"
    (both bold, set as two paragraphs): a subject closing on the plan's quoted genre goes on in
    the bold paragraph that opens with a preposition, the plan's topic."""
    first = nxt.text.split(maxsplit=1)[0]
    return prev.bold and text.rstrip().endswith(("»", '"', "”")) \
        and ctx.tools.tag(first)[0] == "PREP"


def _institution_goes_on(ctx: Ctx, text: str, line: str) -> bool:
    """"О внесении изменений в учебный план" / "МБОУ «Лицей № 2» на 2023-2024 учебный год": a
    line opening with an institution's legal form names whose the document the subject is
    about is; a subject closed by a full stop or a colon is done."""
    first = line.split(maxsplit=1)[0] if line.split() else ""
    return not text.rstrip().endswith((".", ":", ";")) and first.isupper() \
        and first not in ctx.vocab.institution_types and institution_word(ctx.vocab, first)


def _town_goes_on(ctx: Ctx, text: str, line: str) -> bool:
    """"… детей и подростков города" / "Заречного в 2009 году": a subject ending with a
    settlement's word awaits its name; the next line opening with a proper noun gives it."""
    words = text.rstrip().split()
    first = line.split()[0] if line.split() else ""
    return bool(words) and first[:1].isupper() and _settlement_end(ctx, words[-1])


def _settlement_end(ctx: Ctx, word: str) -> bool:
    """The word is a settlement's ("города", "поселка", "с."), its name still to come."""
    lem = ctx.lemmas(word.rstrip(".,"))
    return bool(lem) and lem[-1] in ctx.vocab.settlement_words


def _owner_goes_on(ctx: Ctx, text: str, line: str) -> bool:
    """"… среди населения" / "Н-ского муниципального района на …": a line opening with a
    place's adjective in the genitive names whose the subject's last noun is; no preamble or
    heading opens so. Only a subject in sentence case (capitals have their own rule)."""
    first = line.split()[0].rstrip(",") if line.split() else ""
    tail = first.split("-")[-1].lower()
    return not ctx.in_capitals(text) and first[:1].isupper() and not first.isupper() \
        and len(tail) > 3 and bool(_ADJECTIVE_END.search(tail)) \
        and ctx.tools.tag(tail)[0] in ("ADJF", "NOUN", "")


_ENDS_NUMBERED = re.compile(r"(?:№|\bN)\s*[\w./-]+\s*$")


def _amended_name(text: str, line: str) -> bool:
    """"О внесении изменений в постановление … от … № 25" / '"О порядке …"': the amended
    act's quoted name printed as a paragraph of its own under its requisites goes on the
    subject, however long."""
    return (line[:1] in _QUOTES and not any(q in text for q in _QUOTES)
            and bool(_ENDS_NUMBERED.search(text)) and line.rstrip(" .").endswith(('"', "»", "”")))


def _wrapped_subject(text: str, line: str) -> bool:
    """"«О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ" / "«РАЗВИТИЕ …» НА … ОТ … № 674»": a
    subject printed inside quotes of its own, still open, goes on in the long line closing
    them (a preamble opens no quote first and closes none last)."""
    opened = sum(text.count(q) for q in "«“„") - text.count("»") - text.count("”")
    return text[:1] in "«“„" and opened > 0 and line.rstrip(" .").endswith(("»", "”"))


def _amended_requisites(ctx: Ctx, text: str, line: str) -> bool:
    """"О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ" / "ПРАВИТЕЛЬСТВА … ОТ 31.10.2013 N 366 «…»": a
    subject naming the act it amends goes on in a long line that opens with the act's body in
    the genitive (a letterhead's body stands in the nominative) and gives its number soon."""
    words = line.split()
    if not words or not _awaits_requisites(ctx, text):
        return False
    pos, case = ctx.tools.tag(words[0].strip(",").lower())[:2]
    return pos == "NOUN" and case == "gent" \
        and bool(_NUMBERED.search(" ".join(words[:_LINE_WORDS])))


def _caps_goes_on(ctx: Ctx, text: str, line: str) -> bool:
    """A subject in capitals has no lower case to show it goes on: a line opening with a
    preposition or a conjunction ("О ВНЕСЕНИИ ИЗМЕНЕНИЙ" / "В ГОСУДАРСТВЕННУЮ ПРОГРАММУ …")
    carries it on, as a lower-case line would."""
    first = line.split()[0].lower() if line.split() else ""
    return ctx.in_capitals(text) and ctx.in_capitals(line) and (
        first in ctx.vocab.dangling_words
        or (not _CAPS_YEARS_END.search(text) and _caps_place_opens(ctx, line)))


# "… НА 2015 - 2017 ГОДЫ": a subject closed by its years awaits no genitive
_CAPS_YEARS_END = re.compile(r"(?:19|20)\d\d\s*(?:ГОД[АЫ]?|ГГ?\.)[\"»”]?$")


def _caps_place_opens(ctx: Ctx, line: str) -> bool:
    """"О ПОДГОТОВКЕ … УЧРЕЖДЕНИЙ" / "ГОРОДА ЗАРЕЧНОГО К НАЧАЛУ …", "… ЗАРЕЧНОГО РАЙОНА …": a
    line in capitals opening with a place in the genitive names whose the subject's last noun
    is (a settlement's word declined, or a place's adjective before its marker); so does any
    line opening with a genitive ("ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ РАЗВИТИЯ" / "ДОШКОЛЬНОГО
    ОБРАЗОВАНИЯ …" / "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА …"): a heading, a grif or the act's word
    under a subject opens in the nominative."""
    words = [w.lower().strip(",.") for w in line.split()[:2]]
    lem = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    if lem[0] in ctx.vocab.settlement_words and words[0] != lem[0]:
        return True
    if len(words) == 2 and lem[1] in ctx.vocab.place_markers and words[1] != lem[1] \
            and words[0].endswith(("ого", "его")):
        return True
    pos, case = ctx.tools.tag(words[0])[:2]
    return pos in ("ADJF", "NOUN") and case == "gent"


_NUMBERED = re.compile(r"(?:№|\bN)\s*\d")


def _awaits_requisites(ctx: Ctx, text: str) -> bool:
    """"О внесении изменений в постановление Правительства" / "Н-ской области от" / "25.09.2014
    № 402-П", or "… в программу «…», утвержденную постановлением" / "Правительства … от …":
    a subject naming the act it changes, or the act that approved what it changes, goes on up
    to that act's date and number."""
    if _NUMBERED.search(text):
        return False
    lem = ctx.lemmas(text)
    # "… УТВЕРЖДЕННУЮ ПОСТАНОВЛЕНИЕМ" / "ПРАВИТЕЛЬСТВА … ОТ 28.06.2013 № 331": the act named last
    if any(a == "в" and b in ctx.vocab.act_types for a, b in pairwise(lem)) \
            or (bool(lem) and lem[-1] in ctx.vocab.act_types):
        return True
    words = [w.strip(",.;:«»\"") for w in text.split()]
    return any(_approved_by_act(ctx, w, v) for w, v in pairwise(words))


def _approved_by_act(ctx: Ctx, word: str, nxt: str) -> bool:
    """"утвержденную постановлением": a participle and the act it names."""
    if not (word.isalpha() and nxt.isalpha()):
        return False
    lem = ctx.lemmas(nxt)
    return bool(lem) and lem[0] in ctx.vocab.act_types \
        and ctx.tools.tag(word.lower())[0] in ("PRTF", "PRTS")


def open_end(ctx: Ctx, text: str) -> bool:
    """True when `text` ends with a word a phrase cannot end with: a preposition, "№", an
    adjective waiting for its noun."""
    last = text.split()[-1].strip(",") if text.split() else ""
    if last.lower() in ctx.vocab.dangling_words:
        return True
    # "… отчета о реализации": the noun still owes the object it is about
    lem = ctx.lemmas(text)
    if len(lem) > 1 and lem[-2] in ("о", "об") and lem[-1] in ctx.vocab.object_awaiting_nouns:
        return True
    word = last.split("-")[-1]
    return word.isalpha() and (ctx.tools.tag(word.lower())[0] == "ADJF"
                               or bool(_ADJECTIVE_END.search(word.lower())))


def _stops_subject(ctx: Ctx, text: str) -> bool:
    # '"Об утверждении муниципальной программы …"' in quotes: the title of the act the subject
    # names ("О внесении изменений в постановление … от … № 1202"), not a subject of its own
    own_subject = SUBJECT.match(text) and text[:1] not in _QUOTES
    if (text.startswith("(") and not _bracket_goes_on(text)) or own_subject \
            or ctx.vocab.date_list.match(text):
        return True
    if any(rx.match(text) for rx in ctx.vocab.amendments) or _operative_line(ctx, text):
        return True
    lem = ctx.lemmas(text)
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.body_openers)


def _operative_line(ctx: Ctx, text: str) -> bool:
    """"Правительство Республики N ПОСТАНОВЛЯЕТ:": the operative sentence's line, kept in the
    subject's block by a text export, closes with its verb and a colon; no subject does."""
    words = text.rstrip().split()
    if not words or not words[-1].endswith(":"):
        return False
    lem = ctx.lemmas(words[-1].rstrip(":"))
    return bool(lem) and lem[-1] in ctx.vocab.operative_verbs


def _bracket_goes_on(text: str) -> bool:
    """"(до 2030 года) в Н-ской области": a bracket the subject's own words follow on its line
    is part of the subject; a note ("(в редакции …)", "(с изменениями на …)") ends its line."""
    close = text.find(")")
    tail = text[close + 1 :].strip() if close > 0 else ""
    return tail[:1].islower() and "далее" not in text[:close].lower()


def subject_after(ctx: Ctx, start: int) -> tuple[str | None, int]:
    """The subject opening within a few lines from `start`, before the body's long text;
    (text, index after) or (None, start)."""
    for i in range(start, min(start + _SUBJECT_REACH, len(ctx.top))):
        text = ctx.top[i].text
        glued = _after_requisites(ctx, text)
        if glued is not None:  # "от 14.02.2023 № 77 О внесении изменений …" on one line
            joined, end = subject_from(ctx, i)
            return joined[len(text) - len(glued):].strip(), end
        if len(text.split()) > BODY_WORDS and not SUBJECT.match(text):
            break
        if SUBJECT.match(text):
            return subject_from(ctx, i)
    return None, start


def subject_on_act_line(ctx: Ctx, i: int, rest: str) -> tuple[str, int] | None:
    """The subject printed on the act word's own line after its date and number ("ПРИКАЗ от 5
    сентября 2023 года № 241 Об утверждении …", `rest` the line after the word), with the lines
    that continue it; (text, index after) or None."""
    glued = _after_requisites(ctx, rest)
    if glued is None:
        return None
    joined, end = subject_from(ctx, i)
    return within_quotes(joined[len(ctx.top[i].text) - len(glued):].strip()), end


_REQUISITES_FIRST = re.compile(r"^\s*(?:от\s|№|N\s|\d{1,2}[./ ])", re.IGNORECASE)


def _after_requisites(ctx: Ctx, text: str) -> str | None:
    """The subject printed on the requisites' line after the act's date and number, without a
    blank line between ("от 14.02.2023 № 77 О внесении изменений в …"), or None."""
    if not _REQUISITES_FIRST.match(text):
        return None
    rest = quoted_subject(ctx, text)
    return rest.lstrip() if rest and text.endswith(rest) else None


def requisites_before_subject(ctx: Ctx, text: str) -> str | None:
    """The date and number of a requisites' line that goes on in the subject ("от 14.02.2023
    № 77" of "от 14.02.2023 № 77 О внесении …"), or None."""
    rest = _after_requisites(ctx, text)
    return text[: len(text) - len(rest)].strip() if rest else None
