"""The body of an act printed under its act word ("Приказ" / "отдела образования администрации
N-ского района" / "Заречной области"; "постановление" / "ГЛАВЫ АДМИНИСТРАЦИИ … РАЙОНА"): no
letterhead above, the body (or its head) in the genitive below."""

from __future__ import annotations

import re

from extract.facts.act_subject import SUBJECT
from extract.facts.acts import heading_header, letterhead_header
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.requisites import act_type

_BODY_LINES = 3  # the body's name and its region take a few lines under the act word
_LINE_WORDS = 8
_DIGIT = re.compile(r"\d")
# the act's date and number a text export glued onto the body's line ("АДМИНИСТРАЦИИ … РАЙОНА от
# 12.03.2024 № 145"): no part of the body's name
_REQUISITES = re.compile(r"\s+(?:от\s+\d|(?:№|N)\s*\d|\d{1,2}\.\d{1,2}\.\d{2,4}).*$", re.S)


def _opens_page(ctx: Ctx, index: int) -> bool:
    """The act's word opens the page, or only a legal site's heading of the same act
    ("Постановление №10 от …", naming no body) is printed above it."""
    if index == 0:
        return True
    h = heading_header(ctx)
    return index == 1 and h is not None and h.index == 0 and h.org is None


def _under_site_heading(ctx: Ctx, index: int) -> bool:
    """Only a legal site's heading naming the act's body ("Постановление Главы … района от …
    № …") and the subject it repeats are printed above the act's own word."""
    h = heading_header(ctx)
    return h is not None and h.index == 0 and h.org is not None and 0 < index <= h.subject_end


def _lone_act_word(ctx: Ctx, text: str) -> bool:
    """"ПОСТАНОВЛЕНИЕ", "П О С Т А Н О В Л Е Н И Е": a line that is an act's word alone."""
    words = ctx.unspaced(text).split()
    return len(words) == 1 and act_type(ctx, words[0]) is not None


_OFFICIAL_REACH = 4  # "ГЛАВЫ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА": the territory's noun within


def _names_body(ctx: Ctx, words: list[str]) -> bool:
    """"отдела образования …" opens with a body's word; "ГЛАВЫ АДМИНИСТРАЦИИ …" with an
    official's, the body's word after it (the head who issues the act for the body), or the
    territory he heads ("ГЛАВЫ … МУНИЦИПАЛЬНОГО РАЙОНА", "ГЛАВЫ ГОРОДСКОГО ОКРУГА …": his own
    act, CONTRACT `issuer`)."""
    head = [ctx.lemmas(w) for w in words[:2]]
    if len(head[0]) != 1:
        return False
    if head[0][0] in ctx.vocab.org_words:
        return True
    if head[0][0] not in ctx.vocab.officials or len(head) < 2:
        return False
    return bool(set(head[1]) & ctx.vocab.org_words) or any(
        set(ctx.lemmas(w)) & ctx.vocab.municipal_words for w in words[1:_OFFICIAL_REACH + 1])


def issuer_below_act_word(ctx: Ctx) -> str | None:
    """The body named in the genitive on the lines right under the act's word when the word
    opens the page (nothing printed above it), in the nominative."""
    h = letterhead_header(ctx)
    if h is None or not _opens_page(ctx, h.index):
        return None
    if h.subject and h.subject_end == h.index + 1:
        # "ПРИКАЗ от … № 88 Об утверждении …" whole on one line: a site's heading repeating the
        # act's requisites and subject over its own print, whose letterhead is no body under it
        return None
    return _body_under(ctx, h.index, h.act)


def own_print_under_site_heading(ctx: Ctx) -> str | None:
    """A legal site's heading names the body in its own words ("… муниципального образования
    N-ского района"); the act's own print under it ("ПОСТАНОВЛЕНИЕ" / "ГЛАВЫ АДМИНИСТРАЦИИ …")
    names it as the act does, and wins (CONTRACT `issuer`: as the document prints it)."""
    h = letterhead_header(ctx)
    if h is None or not _under_site_heading(ctx, h.index):
        return None
    return _body_under(ctx, h.index, h.act)


def _body_under(ctx: Ctx, index: int, act: str) -> str | None:
    start = index + 1
    if start < len(ctx.top) and ctx.lemmas(ctx.unspaced(ctx.top[start].text)) == (act,):
        # a site's heading "Постановление от … № …" over the form's own "П О С Т А Н О В Л Е Н И Е"
        start += 1
    while start < len(ctx.top) and ctx.top[start].text.strip().isupper() and _lone_act_word(
            ctx, ctx.top[start].text):
        # a blank form printing both words, one to strike out: "РАСПОРЯЖЕНИЕ" / "ПОСТАНОВЛЕНИЕ"
        start += 1
    lines = [line.text.strip() for line in ctx.top[start : start + _BODY_LINES]]
    if lines and _REQUISITES.search(lines[0]):  # the body ends where the act's date begins
        lines = [_REQUISITES.sub("", lines[0])]
    # "отдела образования …" under "Приказ"; "АДМИНИСТРАЦИИ" under "ПОСТАНОВЛЕНИЕ" (all capitals)
    if not lines or not (lines[0][:1].islower() or lines[0].isupper()):
        return None
    if not _names_body(ctx, lines[0].split()):
        return None
    body = [lines[0]]
    for text in lines[1:]:
        if (_DIGIT.search(text) or SUBJECT.match(text) or len(text.split()) > _LINE_WORDS
                or text.endswith((".", ":"))):
            break
        body.append(text)
    return nominative_head(" ".join(" ".join(body).split()), ctx)
