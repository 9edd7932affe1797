"""An act's requisites as printed: its type, number and date.

Real acts write them in many ways (forms in extract/vocab/facts.yaml): "№" or "N", with or
without a space ("№27 -р" → "27-р"), with suffixes ("-р", "-рп", "/1", "а", "-р/адм"); the date
before or after the number, with or without "от", as digits or with the month's name, in a
stamp with blanks ("от « 15»____03____2021 г."); the act's word glued to what follows
("РАСПОРЯЖЕНИЕот 14 мая 2018 г."). A "№" that belongs to an appendix, a protocol or an
institution ("МБОУ СОШ № 5") is not the act's number, and notes of later amendments
("(в ред. постановления от … N …)") are blanked before anything is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts.ctx import Ctx, unspace
from extract.facts.lines import squash

# "ПОСТАНОВЛЕНИЕот", "N 1799г. КалининградОб": words a site's text export ran together.
_GLUED_CAPS = re.compile(r"(?<=[А-ЯЁ]{4})(?=(?:от|№)(?:\s|\d))")
_GLUED_WORDS = re.compile(r"(?<=[а-яё]{2})(?=[А-ЯЁ][а-яё])")
_DIGIT_FROM = re.compile(r"(?<=\d)(?=от\s)")
_SPACED_SUFFIX = re.compile(r"\s*([-/])\s*")
_BLANKS = re.compile(r"[_\s.]+")
_WORD_BEFORE = re.compile(r"([А-Яа-яЁёA-Za-z]+)[\s.,]*$")
_WORDS = re.compile(r"[А-Яа-яЁёA-Za-z]+")
_NAME_END = re.compile(r"[\d»\"”]")
# the town an institution's name places it in, right before its number ("МБДОУ г. Энска № 7")
_TOWN_BEFORE = re.compile(r"(?<![А-Яа-яЁё])(?:г|гор|с|п|пос)\.\s*[А-ЯЁ][а-яё-]+[\s.,]*$")
# "N 1799г. Калининград", "N 1021-рг. Кемерово": the town's "г." glued on, not a suffix
_CITY_ABBREVIATION = re.compile(r"(?<=[\dа-яё])г$")
_FORM_BLANK = re.compile(r"\s*_+\s*")
_SPACED_YEAR = re.compile(r"(?<=\d\.\d\d\.)\s+(?=(?:19|20)\d\d(?!\d))")
# "31. 03. 22 г.": a date typed with a space after each full stop (the year often short)
_SPACED_DOTS = re.compile(
    r"(?<![\d.])(?P<d>[0-2]?\d|3[01])\.\s+(?P<m>0[1-9]|1[0-2])\.\s+(?P<y>(?:19|20)?\d\d)(?![\d.])")


@dataclass(frozen=True)
class Requisites:
    """Type, number and date of an act as read from a text (None when absent or blank)."""

    act_type: str | None = None
    number: str | None = None
    date: str | None = None

    def __bool__(self) -> bool:
        return bool(self.number or self.date)


def unglue(text: str) -> str:
    """Put back the spaces a text export lost between an act's word and its date, and between
    two words ("КалининградОб утверждении")."""
    text = _GLUED_CAPS.sub(" ", text)
    text = _DIGIT_FROM.sub(" ", text)
    return _GLUED_WORDS.sub(" ", text)


def without_amendments(ctx: Ctx, text: str) -> str:
    """`text` with notes of later amendments blanked ("(в ред. … от … N …)")."""
    for rx in ctx.vocab.amendments:
        text = rx.sub(lambda m: " " * len(m.group(0)), text)
    return text


def act_type(ctx: Ctx, word: str) -> str | None:
    """"ПОСТАНОВЛЕНИЕ", "к приказу", "распоряжением" → the act's type (a lemma), or None."""
    for lemma in ctx.lemmas(word)[:3]:
        if lemma in ctx.vocab.act_types:
            return lemma
    return None


def abbreviated_act(ctx: Ctx, text: str) -> str | None:
    """"Пр.№ 12 от …" → приказ: the act's type from its word abbreviated before the number."""
    return next((act for act, rx in ctx.vocab.act_abbreviations.items() if rx.search(text)),
                None)


def is_own_number(ctx: Ctx, before: str) -> bool:
    """False when the word before "№" numbers something else: "Приложение № 2",
    "протокол № 1", "МБОУ СОШ № 15", "детский сад № 18"."""
    m = _WORD_BEFORE.search(before)
    if not m:
        return True
    word = m.group(1)
    lemma = ctx.lemmas(word)[-1:] or [""]
    if lemma[0] in ctx.vocab.act_types:
        return True
    if lemma[0] in ctx.vocab.numbered_not_acts:
        return False
    # an institution's abbreviation ("СОШ", "МБДОУ"), not an act's word in capitals
    if word.isupper() and 2 <= len(word) <= 8:
        return False
    # a name's lower-case word ("оздоровления", "вида") or its town ("МБДОУ г. Энска № 7");
    # "Пр.№41" abbreviates the act's word
    return not ((word[:1].islower() or _TOWN_BEFORE.search(before))
                and _names_institution(ctx, before))


# "приказом МБОУ «Лесная СОШ» № 45 от 01.09.2024": the act's date right after the number
# makes it the act's, whatever name stands before it
_DATE_AFTER = re.compile(r"\s*от\s*[«\"]?\s*\d")
_QUOTED_END = re.compile(r"[«\"“]([^«»\"“”]{1,80})[»\"”]\s*$")


def _quoted_institution(ctx: Ctx, before: str) -> bool:
    """"МАОУ ДО «СШ» №25", "«Спортивная школа» №25": a number right after a quoted name that
    names an institution (its type word or abbreviation inside the quotes) is the
    institution's own number ("МО «Город Энск» № 5" names a town, not an institution) unless
    the act's date follows it (`_own_numbers`)."""
    m = _QUOTED_END.search(before)
    if not m:
        return False
    for word in _WORDS.findall(m.group(1)):
        lemma = (ctx.lemmas(word)[-1:] or ("",))[0]
        if lemma in ctx.vocab.institution_words or (word.isupper() and 2 <= len(word) <= 8):
            return True
    return False


_LOOK_BACK = 5  # "детский сад присмотра и оздоровления № 333": the name's words before "№"


def _names_institution(ctx: Ctx, before: str) -> bool:
    """True when the words before "№" name an institution (its type word or abbreviation)
    before any act's word: "Заведующий МБДОУ – детский сад присмотра и оздоровления № 333" — the
    institution's number, never an act's."""
    # a name closed or a date given before ("МБОУ «Школа № 3» 09.04.2024 г. № 160") ends it
    words = _WORDS.findall(_NAME_END.split(before)[-1])[-_LOOK_BACK - 1 : -1]
    for word in reversed(words):
        lemma = (ctx.lemmas(word)[-1:] or ("",))[0]
        if lemma in ctx.vocab.act_types:
            return False
        if lemma in ctx.vocab.institution_words or (word.isupper() and 2 <= len(word) <= 8):
            return True
    return False


def _own_numbers(ctx: Ctx, text: str) -> list[tuple[re.Match[str], int]]:
    """The act's "№ …" matches in `text`, each with where its span starts: the sign itself, or
    the scope before it ("по школе № 5" → from "по")."""
    found = list(ctx.vocab.number.finditer(text))
    out: list[tuple[re.Match[str], int]] = []
    for k, m in enumerate(found):
        if _quoted_institution(ctx, text[: m.start()]) and not _DATE_AFTER.match(text[m.end():]):
            continue  # "директор МАОУ ДО «СШ» №25": the school's number, no act's
        if is_own_number(ctx, text[: m.start()]) or _second_dated(ctx, text, found, k, out):
            out.append((m, m.start()))
        elif k == len(found) - 1 and (scope := _SCOPE.search(text[: m.start()])) \
                and _scope_before(ctx, text[: m.start()]):
            out.append((m, scope.start()))
    return out


def _second_dated(ctx: Ctx, text: str, found: list[re.Match[str]], k: int,
                  own: list[tuple[re.Match[str], int]]) -> bool:
    """"приказом по МОУ СОШ №13 с УИОП № 236-а от 31.08.2011": a second "№" after the one that
    numbered the institution, the act's date right after it and no "№" after — the act's
    number, whatever abbreviation ("УИОП") stands before it (an institution carries one
    number)."""
    if k == 0 or k != len(found) - 1 or own or not _DATE_AFTER.match(text[found[k].end():]):
        return False
    m = _WORD_BEFORE.search(text[: found[k - 1].start()])
    word = m.group(1) if m else ""
    return (word.isupper() and 2 <= len(word) <= 8) \
        or (ctx.lemmas(word)[-1:] or [""])[0] in ctx.vocab.institution_words


_SCOPE = re.compile(r"(?<![А-Яа-яЁё])по\s+([а-яё]+)\s*$")


def _scope_before(ctx: Ctx, before: str) -> bool:
    """"приказом по школе № 81/2-А": "по <institution word>" is the act's scope, naming no
    institution of its own, so the number after it is the act's — unless another "№" follows
    (then this one numbers the institution: "по школе № 5 … № 12")."""
    m = _SCOPE.search(before)
    if not m:
        return False
    lemma = (ctx.lemmas(m.group(1))[-1:] or ("",))[0]
    return lemma in ctx.vocab.institution_words


def _tidy_number(raw: str, town_after: bool) -> str | None:
    number = _SPACED_SUFFIX.sub(r"\1", squash(raw)).rstrip(".-/")
    if town_after:
        number = _CITY_ABBREVIATION.sub("", number)
    digits = [ch for ch in number if ch.isdigit()]
    # "от 00.00.2020 № 00": a draft's placeholder, no act's number (no act is numbered zero)
    return number if digits and set(digits) != {"0"} else None


def number(ctx: Ctx, text: str) -> str | None:
    """The act's number in `text` ("№ 18", "N 01/288", "№27 -р" → "27-р"; "Приказ 01-21/159"
    with no "№": a code after the act's word, or after the date closing the line)."""
    for m, _ in _own_numbers(ctx, text):
        got = _tidy_number(m.group("number"), text[m.end() : m.end() + 1] == ".")
        if got:
            return got
    bare = ctx.vocab.bare_number.search(text)
    if bare and act_type(ctx, bare.group("act")):
        return bare.group("number")
    dated = ctx.vocab.dated_number.search(text)  # "от 23 января 2015г 15-П": no "№" printed
    return dated.group("number") if dated else None


_COMMA_DATE = re.compile(r"(\d{1,2}),(\d{2}),(\d{4})")


def _blank_date(m: re.Match[str]) -> str | None:
    """"« 15»____03____2021" → "15.03.2021"; a stamp left blank gives None."""
    day, month, year = m.group("d"), _BLANKS.sub("", m.group("m")), m.group("y")
    if not month.isdigit() or not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(day):02d}.{int(month):02d}.{year}"


def date(ctx: Ctx, text: str) -> str | None:
    """The act's date as written ("от 09.12.2022", "3 февраля 2021 г.")."""
    m = ctx.vocab.blank_date.search(text)
    if m:
        got = _blank_date(m)
        if got:
            return got
    found = [d for rx in ctx.vocab.dates if (d := rx.search(text))]
    if not found:
        return None
    written = squash(min(found, key=lambda d: d.start()).group("date"))
    return _COMMA_DATE.sub(r"\1.\2.\3", written)  # "29,12,2022" → "29.12.2022"


# "23.09.2019" / "г. Заречный" / "1066": a register's letterhead prints the number alone on
# its line, no "№" before it
_BARE_NUMBER = re.compile(r"^\s*(?P<number>\d{1,6}(?:\s?[-/]\s?[\dА-Яа-яЁё]{1,6})*)\s*$")


def bare_number(line: str, date_text: str | None) -> str | None:
    """The act's number printed alone on a requisites line ("1066", "45-р"), or None; a year
    the date already names ("2019" under "23 сентября") is none."""
    m = _BARE_NUMBER.match(line)
    if not m or (date_text and m.group("number") in date_text):
        return None
    return _tidy_number(m.group("number"), False)


def unblank(text: str) -> str:
    """"Приказ №_664 от«_04__» _декабря 2024 г." → "Приказ № 664 от « 04 » декабря 2024 г.":
    the blanks of a form filled in by typing over them are spaces (a blank left empty stays
    without a number or a date)."""
    text = _FORM_BLANK.sub(" ", text) if "_" in text else text
    text = _SPACED_DOTS.sub(r"\g<d>.\g<m>.\g<y>", text)
    return _SPACED_YEAR.sub("", text)  # "09.04. 2024 г.": a space before the year


def read(ctx: Ctx, text: str, kind: str | None = None) -> Requisites:
    """Requisites in `text` (amendment notes left out); `kind`: the act's type if known."""
    # a stamp's lines are read again as each next line joins them: each text once
    seen: dict[tuple[str, str | None], Requisites] = ctx.once("requisites.read", dict)
    found = seen.get((text, kind))
    if found is None:
        clean = without_amendments(ctx, unglue(unspace(unblank(text))))
        found = seen[text, kind] = Requisites(act_type=kind, number=number(ctx, clean),
                                              date=date(ctx, clean))
    return found


def blank_out(ctx: Ctx, text: str) -> str:
    """`text` with its requisites removed (the act's number, dates, "от", "г."): what is left
    of a stamp's act line is the body that issued it ("МБДОУ №18", "администрации МО - …")."""
    text = unblank(text)
    # "приказом по школе № 5": the scope goes with the number, naming no body
    spans = [(start, m.end()) for m, start in _own_numbers(ctx, text)]
    spans += [m.span() for rx in (ctx.vocab.blank_date, *ctx.vocab.dates)
              for m in rx.finditer(text)]
    spans += [m.span() for m in ctx.vocab.requisite_words.finditer(text)]
    spans += [m.span("number") for m in ctx.vocab.dated_number.finditer(text)]
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
