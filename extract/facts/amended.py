"""The act a page belongs to when the page is a part of a plan that a later act amended.

A legal site publishes a plan's appendix ("Приложение № 2 / к Программе") under the title of
the act that amended it: "О внесении изменений в постановление Правительства N области от
09.11.2006 № 423-ПП/12". The page prints no act of its own; the act it names approved the
plan the appendix belongs to, the original a stack of stamps would give (CONTRACT `order`),
and its body issued the plan.
"""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx, drop_number
from extract.facts.lines import squash
from extract.facts.stamps import stamps

_TOP_LINES = 4  # the site's title stands over the page


def _amended(ctx: Ctx) -> tuple[str, rq.Requisites] | None:
    """(body as written, requisites) of the act an amending title names over a plan's
    appendix that prints no act of its own."""
    found: tuple[str, rq.Requisites] | None = ctx.once("amended_subject", lambda: _read(ctx))
    return found


def _read(ctx: Ctx) -> tuple[str, rq.Requisites] | None:
    marks = stamps(ctx)
    if not any(s.kind == "appendix" and s.parent for s in marks) or any(
            s.requisites for s in marks):
        return None
    for line in ctx.top[:_TOP_LINES]:
        m = ctx.vocab.amended_subject.match(squash(line.text))
        if not m:
            continue
        req = rq.read(ctx, m.group("requisites"), rq.act_type(ctx, m.group("act")))
        if req.number and req.date:
            return m.group("org"), req
    return None


def requisites_of_amended(ctx: Ctx) -> rq.Requisites | None:
    """The requisites of the act the title amends ("… от 09.11.2006 № 423-ПП/12")."""
    got = _amended(ctx)
    return got[1] if got else None


def issuer_of_amended(ctx: Ctx) -> str | None:
    """The body of the act the title amends ("Правительство N области")."""
    got = _amended(ctx)
    return nominative_head(got[0], ctx) if got else None



_ITEM_REACH = 12  # the operative items follow the preamble at the page's top


def requisites_of_restated(ctx: Ctx) -> rq.Requisites | None:
    """"1. Внести в постановление … от 01.12.2015 N 334-п «Об утверждении муниципальной
    программы …» … изменения:" / "1) Приложение к Постановлению изложить в следующей
    редакции:" and the plan printed after it: a page printing no act of its own gives the act
    that approved the plan it restates, as a stack of stamps would (CONTRACT `order`)."""
    head = ctx.head[:_ITEM_REACH]
    for k, c in enumerate(head):
        m = ctx.vocab.amending_item.match(squash(drop_number(c.text)))
        if not m or not _names_plan(ctx, m.group("subject")):
            continue
        below = [*c.lines[1:], *(x.text for x in head[k + 1 : k + 3])]
        if not any(ctx.vocab.restate_item.search(line) and _opens_appendix(ctx, line)
                   for line in below):
            continue
        req = rq.read(ctx, m.group("requisites"), rq.act_type(ctx, m.group("act")))
        if req.number and req.date:
            return req
    return None


def _names_plan(ctx: Ctx, subject: str) -> bool:
    lem = ctx.lemmas(subject)
    return any(ctx.plan_noun(lem[j:]) for j in range(2, min(len(lem), 6)))


_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}|[а-я])[.)]\s*")  # "1)", "а)"


def _opens_appendix(ctx: Ctx, line: str) -> bool:
    words = _ITEM_MARK.sub("", line).split()
    return bool(words) and "приложение" in ctx.lemmas(words[0])
