"""A letterhead's lines cleaned before they are read as a body's name: a site's one long line
cut before its tax numbers and contacts, capitals words glued at a line join cut apart, and the
lines that hold no name (digits, contacts, rules, a convocation) told apart."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.issuer_finish import TRAILING_PARENTHESES
from extract.facts.spaced import segment
from extract.facts.vocab_chrome import ChromeVocab

LETTERHEAD_WORDS = 15  # a letterhead line is short and has no digits (no date, no address)
_DIGIT = re.compile(r"\d")
# "«Средняя общеобразовательная школа № 5»": an institution's number is part of its name (a
# date, an address, a phone, a postal code still leave the line out)
_NUMBERED = re.compile(r"(?:№|N)\s?\d{1,3}(?!\d)(?![./-]\d)")
# "… детский сад № 20 имени 1 Мая", "школа имени 50-летия Октября": a date a name honours
# "№ 72" alone on a line among the letterhead's address lines: the act's number printed there
# (an institution's number stands in its name's line)
_BARE_NUMBER = re.compile(r"^\s*(?:№|N)\s?\d+\s*$")
_HONOURED_DATE = re.compile(r"(?:имени|им\.)\s*\d{1,3}(?:-[а-яё]+)?\s+[А-ЯЁа-яё]")
_GLUED_CAPS = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{10,}(?![А-ЯЁа-яё])")
_MIN_PART = 4


def before_requisites(ctx: Ctx, line: str) -> str:
    """"МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ «…» (МБОУ «…») ИНН/КПП … ОГРН … 171000, … область, …":
    a site that joined a letterhead into one long line; the body's name is what stands before
    its short name in parentheses, its tax numbers and contacts (a short line is left whole:
    `kept` judges it)."""
    if len(line.split()) <= LETTERHEAD_WORDS:
        return line
    m = ctx.vocab.contact_line.search(line)
    if not m:
        return line
    if m.start() == 0:
        return ""  # "192289, …, тел. …, ОГРН …": an address and contacts, no name
    name = line[: m.start()].rstrip(" ,;|")
    short = TRAILING_PARENTHESES.search(name)
    return name[: short.start()] if short and short.start() > 0 else name


def unglued(ctx: Ctx, line: str) -> str:
    """"АДМИНИСТРАЦИЯ ГОРОДАЛУГОВСКА" → "АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА": a long word in capitals
    the dictionary does not know, made of two words it knows, one of them a body's or a place's
    word, lost the space between them at a line join (a name is left as it is)."""
    def cut(m: re.Match[str]) -> str:
        word = m.group(0)
        if ctx.tools.is_known(word.lower()):
            return word
        parts = segment(word, ctx.tools.is_known, ())
        if not parts or len(parts) != 2 or not all(
                len(p) >= _MIN_PART and ctx.tools.is_known(p.lower()) for p in parts):
            return word
        generic = (ctx.vocab.org_words | ctx.vocab.settlement_words | ctx.vocab.place_markers
                   | ctx.vocab.municipal_words)
        # one of the two is a body's or a place's word: "ГОРОДА|ЛУГОВСКА", not "ЗЕЛЕНО|БОРСКОГО"
        return " ".join(parts) if any(set(ctx.lemmas(p)) & generic for p in parts) else word
    return _GLUED_CAPS.sub(cut, line)


def before_address(vocab: ChromeVocab, line: str) -> str:
    """The name a letterhead's line opens with, its street address joined on after it cut off
    ("МАОУ «Школа № 4» г. Лесной ул. Садовая, д.9" → "МАОУ «Школа № 4» г. Лесной"); the line
    itself when it holds no address or opens with one."""
    m = vocab.letterhead_address_start.search(line)
    return line[: m.start()] if m and m.start() else line


def kept(ctx: Ctx, line: str) -> bool:
    """False for a line with digits (a date, an address, a phone; not an institution's "№ 5"),
    for a contact line ("E-mail: …", "www.…"), a rule, a council's convocation line and a
    site's switch to its accessible version."""
    digits = _DIGIT.search(_HONOURED_DATE.sub("", _NUMBERED.sub("", line)))
    return not digits and not _BARE_NUMBER.match(line) \
        and not ctx.vocab.contact_line.search(line) \
        and not _RULE.match(line) \
        and not ctx.vocab.convocation_line.match(line) \
        and not site_switch(ctx.vocab, line)  # "ШЕСТОЙ СОЗЫВ"; "ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ"


def site_switch(vocab: ChromeVocab, line: str) -> bool:
    """"ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ": a site's switch to its accessible version, no document's."""
    return bool(vocab.site_switch_line.match(line))


_RULE = re.compile(r"^[\s_\-–—=.]*$")
