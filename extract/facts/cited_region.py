"""A region named only inside an act the text cites ("…, постановлением Правительства Заречной
области от 05.10.2018 N 338-п …") is the cited act's region, not the document's: an amending
act of a district cites its region's programme or order as its basis. So is a region named as
an event's theme ("смотр, посвящённый Дню Заречной области"). Such spans are blanked before the
region (and the places handed downstream) are looked for; so is a news lead's region, where
something happened ("В Заречной области стартовал марафон …"), and a region named in the quoted
subject of any act cited by its number ("… от 21.10.2016 № 80-п «Об утверждении Порядка …
города N Заречной Республики»": the cited act's matter), except in the document's own title."""

from __future__ import annotations

from extract.facts.cited_plans import without_cited_plan_regions
from extract.facts.ctx import Ctx


def without_cited_regions(ctx: Ctx, text: str, cited_titles: bool = True) -> str:
    """`text` with each cited regional act's body and region ("распоряжения Правительства
    Республики N " before "от …") replaced by spaces (offsets kept); with `cited_titles`, the
    regions the quoted subjects of acts cited by number name as well (not for a title: an
    amending act's subject quoting the plan it amends names the document's own matter)."""
    rx, words = ctx.vocab.cited_regional_act, ctx.vocab.cited_region_words
    out = text
    for m in rx.finditer(text):
        if words.search(m.group(0)) and not _own_stamp_act(ctx, text, m.start()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    # "… ИФНС России № 12 по Заречной области": a federal office's region, no one's own;
    # "…, посвящённый Дню Заречной области": an event's theme; "… на территории РФ и
    # Республики N": the cited law's second level
    for rx in (ctx.vocab.federal_branch_region, ctx.vocab.theme_region,
               ctx.vocab.federal_pair_region):
        for m in rx.finditer(out):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    if cited_titles:
        out = without_cited_plan_regions(_without_title_regions(ctx, out))
    # "В Заречной области стартовал марафон …": a news lead's region, where things happen
    for m in ctx.vocab.news_lead_region.finditer(out):
        if ctx.tools.tag(m.group("next"))[0] == _FINITE:
            end = m.start("next")
            out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out


_FINITE = "VERB"


def _without_title_regions(ctx: Ctx, text: str) -> str:
    """`text` with the regions named inside cited acts' quoted subjects blanked."""
    out = text
    for m in ctx.vocab.cited_act_title.finditer(text):
        at = m.start("title")
        for r in ctx.vocab.cited_title_region.finditer(m.group("title")):
            start, end = at + r.start(), at + r.end()
            out = out[:start] + " " * (end - start) + out[end:]
    return out


_STAMP_WORDS = 4  # "Приложение N 1 к" / "УТВЕРЖДЕНА": a stamp's words before its act


def _own_stamp_act(ctx: Ctx, text: str, start: int) -> bool:
    """"Приложение 1 к постановлению Правительства Республики N от …" run into one paragraph:
    the act a stamp opening the text names is the document's own, its region the document's."""
    return len(text[:start].split()) <= _STAMP_WORDS and any(
        rx.match(text) for kind, rx in ctx.vocab.stamp_starts if kind in ("appendix", "approval"))
