"""An institution named in a title with its rural settlement after it ("Отчет … МКУК «Сельский
клуб» СП Озерки"): the settlement is part of the name that tells the club from the others of
the same name, as the form prints it."""

from __future__ import annotations

from extract.facts.ctx import Ctx


def with_settlement(ctx: Ctx, title: str | None, name: str | None) -> str | None:
    """`name` with the settlement that follows it in `title` ("СП Озерки"), when one does."""
    if not title or not name:
        return name
    at = title.find(name)
    if at < 0:
        return name
    m = ctx.vocab.settlement_tail.match(title[at + len(name) :])
    return f"{name} {m.group('tail')}" if m else name
