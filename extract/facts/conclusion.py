"""A founder's conclusion on how its institution fulfilled the municipal task ("Заключение об
исполнении муниципального задания … за 6 месяцев 2024 года" / the institution's name / a table
of plan, fact and deviation) under the founder's approval stamp ("УТВЕРЖДЕН / Начальник
Управления образования … / ___ И.О. Фамилия"). The founder issues it: the institution named
under the heading is what it is about, no author (CONTRACT `issuer`)."""

from __future__ import annotations

from extract.facts import title_report as title_report_
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.order import _names_a_body
from extract.facts.people import signatories
from extract.facts.position_text import without_acting

_HEAD_CHUNKS = 12  # the conclusion's first paragraphs, where it says whose report it read


def is_conclusion(ctx: Ctx) -> bool:
    """The report's title opens with a founder's conclusion word ("Заключение об исполнении …")."""
    title = title_report_.report_title(ctx)
    openers = {x[:1] for x in ctx.vocab.conclusion_words}
    return title is not None and ctx.lemmas(title)[:1] in openers


def founder_of_conclusion(ctx: Ctx) -> str | None:
    """The body whose head's approval stamp stands over a conclusion ("Начальник Управления
    образования Администрации Лесного района" → "Управление образования Администрации …")."""
    if not is_conclusion(ctx):
        return None
    for s in ctx.once("signatories", lambda: signatories(ctx))[:1]:
        words = without_acting(ctx, (s.position or "").split())
        if len(words) < 2 or not set(ctx.lemmas(words[0])[:1]) & ctx.vocab.issuer_heads:
            continue
        rest = " ".join(words[1:])
        if set(ctx.lemmas(words[1])[:1]) & ctx.vocab.org_words and _names_a_body(ctx, rest):
            return nominative_head(rest, ctx)
    return None


def founder_submitted_to(ctx: Ctx) -> str | None:
    """"… отчета о выполнении муниципального задания …, представленного Управлению образования
    учреждением …": the body the institution reported to wrote the conclusion (its approval
    stamp misread)."""
    if not is_conclusion(ctx):
        return None
    for c in ctx.head[:_HEAD_CHUNKS]:
        m = ctx.vocab.conclusion_submitted_to.search(c.text)
        if m and set(ctx.lemmas(m.group("body").split()[0])[:1]) & ctx.vocab.org_words:
            return nominative_head(m.group("body"), ctx)
    return None
