"""The act a page belongs to when the page is a part of a plan that a later act amended.

A legal site publishes a plan's appendix ("Приложение № 2 / к Программе") under the title of
the act that amended it: "О внесении изменений в постановление Правительства N области от
09.11.2006 № 423-ПП/12". The page prints no act of its own; the act it names approved the
plan the appendix belongs to, the original a stack of stamps would give (CONTRACT `order`),
and its body issued the plan.
"""

from __future__ import annotations

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.lines import squash
from extract.facts.order import nominative_head
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

