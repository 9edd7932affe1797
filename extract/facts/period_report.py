"""A report's period on the line right under its title ("Отчет …" / the owner / "Отчет за 2021
года"): a form's heading printed under a grif of many short lines, below the first blocks the
intro rule reads."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.lines import squash

_UNDER_TITLE = 2  # blocks under the title's last block that may say its years


def period_under_title(ctx: Ctx, title: str | None, report: bool) -> str | None:
    """The years ("за 2021 года", "за 2023 год") a block right under a report's title names."""
    if not report or not title:
        return None
    whole = squash(title)
    inside = [k for k, c in enumerate(ctx.head) if c.text.strip() and squash(c.text) in whole]
    if not inside:
        return None
    for c in ctx.head[inside[-1] + 1 : inside[-1] + 1 + _UNDER_TITLE]:
        for rx in ctx.vocab.period_intro:
            m = rx.search(c.text)
            if m:
                return squash(m.group("period"))
    return None
