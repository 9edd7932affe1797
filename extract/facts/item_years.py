"""A bare order's items are no heading of it: "ПРИКАЗЫВАЮ: … 2. Утвердить прилагаемые: 2.1.
План мероприятий … в 2020 году; 2.2. Положение о …" (CONTRACT `period`).

An order about something else (a grant, a contest) approves a plan among its appendices; the
plan's years are the appendix's, not the act's term. A text export prints each item on a line
of its own, short enough to read like a heading: years found only in the items after the
operative verb of an act of kind `order` are dropped (an act approving a plan is the plan's
kind, and its approving item's years are read by their own rule)."""

from __future__ import annotations

from extract.facts.ctx import Ctx, unspace
from extract.facts.operative_verb import operative_at


def _operative_index(ctx: Ctx) -> int | None:
    for i, c in enumerate(ctx.head):
        words = unspace(c.text).split()
        if any(operative_at(ctx, words, k) for k in range(len(words))):
            return i
    return None


def item_years_only(ctx: Ctx, kind: str | None, period: str | None) -> bool:
    """`period` (a period's text as found) is printed only in numbered items after the
    operative verb of an order."""
    if kind != "order" or not period:
        return False
    at = _operative_index(ctx)
    if at is None:
        return False
    holding = [i for i, c in enumerate(ctx.head) if period in c.text]
    return bool(holding) and all(i > at and ctx.head[i].list_number for i in holding)


def unless_item_years(ctx: Ctx, kind: str | None, period: str | None,
                      trace: list[str]) -> str | None:
    """`period`, or None when only an order's items print it (`--debug` names the drop)."""
    if item_years_only(ctx, kind, period):
        trace.append("header.period:order_item_years_dropped")
        return None
    return period
