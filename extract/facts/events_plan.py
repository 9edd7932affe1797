"""A programme of events is a plan of measures: "Программа мероприятий Управления образования
…, посвященных Дню города" over a table of events (dates, places, responsibles) lists what is
held when — a roadmap (CONTRACT `kind`: a list of measures is a roadmap), not a programme.

The evidence is weighed: the title opens with the head phrase ("программа мероприятий",
doc_kinds.yaml events_plan_openers, no plan adjective before it — "Муниципальная программа
мероприятий …" is a municipal programme), the activity rules read events from its table, and
no passport stands in the document (a programme's passport may name "Программа мероприятий по
…" as a section: the document stays a programme)."""

from __future__ import annotations

from extract.facts import title as title_
from extract.facts.ctx import Ctx

_PASSPORT = "паспорт"


def kind_events_plan(ctx: Ctx) -> str | None:
    """"roadmap" for a programme of events with its events read and no passport."""
    t = title_.plan_heading(ctx)
    lem = ctx.lemmas(t) if t else ()
    if not any(lem[: len(seq)] == seq for seq in ctx.vocab.events_plan_openers):
        return None
    if not ctx.found.activities or _has_passport(ctx):
        return None
    return "roadmap"


def _has_passport(ctx: Ctx) -> bool:
    """A passport's heading or row anywhere in the document ("Паспорт программы", a cell)."""
    for c in ctx.chunks:
        texts = c.cells if c.cells is not None else (c.text,)
        if any(ctx.lemmas(x[:40])[:1] == (_PASSPORT,) for x in texts if x):
            return True
    return False
