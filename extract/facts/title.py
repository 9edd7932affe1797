"""Title, kind, period and place of a document, from its title page and header lines."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx, drop_number
from extract.facts.lines import Chunk, squash
from extract.facts.order import approved_kind, order_header

_SEE_BELOW = re.compile(r"\s*\(\s*далее\s*[-–—]?[^)]*\)", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:гг|г|др|пр|т\.\s?[пд]|см|стр)\.$")  # "… гг."
_TITLE_WORDS = 60
_NAME_ROW = ("наименование",)


def clean_title(text: str) -> str:
    """Whitespace-normalised title without "(далее – …)", outer quotes and a final period."""
    text = _SEE_BELOW.sub("", squash(text))
    if text.startswith("«") and text.endswith("»") and text.count("«") == text.count("»"):
        text = text[1:-1]
    text = text.strip()
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text[:-1].rstrip()
    return text


def _has_period(ctx: Ctx, text: str) -> bool:
    return any(rx.search(text) for rx in ctx.vocab.period_title)


def _with_continuation(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str:
    """A title page splits "Программа …" and "… на 2021-2025 гг." into two bold blocks."""
    text = chunks[i].text
    for nxt in chunks[i + 1 : i + 6]:  # a title printed line by line (PDF)
        if (nxt.bold != chunks[i].bold or not nxt.text[:1].islower() or nxt.list_number
                or len(nxt.text.split()) > 25):
            break
        text = f"{text} {nxt.text}"
    if _has_period(ctx, text) or i + 1 >= len(chunks):
        return text
    nxt = chunks[i + 1]
    if (nxt.bold or nxt.heading) and _has_period(ctx, nxt.text) and len(nxt.text.split()) < 40:
        return f"{text} {nxt.text}"
    return text


def report_title(ctx: Ctx) -> str | None:
    """A title opening with a report phrase: "Анализ выполнения …", "Информация о выполнении …"."""
    for c in ctx.head:
        if c.list_number or len(c.text.split()) > _TITLE_WORDS:
            continue
        lem = ctx.lemmas(c.text)
        if any(lem[: len(seq)] == seq for seq in ctx.vocab.report_openers):
            return clean_title(c.text)
    return None


def passport_name(ctx: Ctx) -> str | None:
    """"Наименование программы | Программа развития …" row of a passport table."""
    for c in ctx.chunks:
        cells = [x for x in (c.cells or ()) if x]
        if (len(cells) >= 2 and ctx.lemmas(cells[0])[:1] == _NAME_ROW
                and ctx.plan_noun(ctx.lemmas(cells[1]))):
            return clean_title(cells[1])
    return None


def plan_title(ctx: Ctx) -> str | None:
    """The first bold block (else the first line) naming a plan: "Дорожная карта по …"."""
    head = ctx.head
    found = [i for i, c in enumerate(head)
             if not c.list_number and len(c.text.split()) <= _TITLE_WORDS
             and ctx.plan_noun(ctx.lemmas(c.text))]
    if not found:
        return None
    strong = [i for i in found if head[i].bold or head[i].heading]
    i = strong[0] if strong else found[0]
    return clean_title(_with_continuation(ctx, head, i))


def order_subject(ctx: Ctx) -> str | None:
    """A bare order's subject line: "О проведении …", "Об утверждении …"."""
    start = order_header(ctx)
    if start is None:
        return None
    for c in ctx.head[start + 1 : start + 8]:
        if re.match(r"^«?\s*Об?\s", c.text) and len(c.text.split()) <= _TITLE_WORDS:
            return clean_title(c.text)
        m = re.search(r"«\s*(Об?\s[^»]+)»", c.text)
        if m:
            return clean_title(m.group(1))
    return None


def kind_report(ctx: Ctx) -> str | None:
    return "report" if report_title(ctx) else None


def kind_approves(ctx: Ctx) -> str | None:
    hit = approved_kind(ctx)
    return hit[0] if hit else None


def kind_plan_title(ctx: Ctx) -> str | None:
    t = plan_title(ctx)
    return ctx.plan_noun(ctx.lemmas(t)) if t else None


def kind_bare_order(ctx: Ctx) -> str | None:
    return "order" if order_header(ctx) is not None else None


def kind_has_activities(ctx: Ctx) -> str | None:
    return "roadmap" if ctx.found.activities else None


def _first(patterns: tuple[re.Pattern[str], ...], text: str, group: str) -> str | None:
    for rx in patterns:
        m = rx.search(text)
        if m:
            return squash(m.group(group))
    return None


def period_labelled(ctx: Ctx) -> str | None:
    """"Срок реализации Дорожной карты: 2022-2026 годы" (a line or a passport row)."""
    for c in ctx.chunks:
        text = ": ".join(x for x in c.cells if x) if c.cells else drop_number(c.text)
        got = _first(ctx.vocab.period_label, text, "period")
        if got:
            return got
    return None


def period_from_title(ctx: Ctx, title: str | None) -> str | None:
    """"… на 2023 год", "… на 2021-2025 гг." in the title."""
    return _first(ctx.vocab.period_title, title, "period") if title else None


def period_from_intro(ctx: Ctx) -> str | None:
    """"… за 2022 учебный год" in the first lines (reports name the year they cover)."""
    for c in ctx.head[:8]:
        got = _first(ctx.vocab.period_title[1:2], c.text, "period")
        if got:
            return got
    return None


def _place(ctx: Ctx, texts: list[str], patterns: tuple[re.Pattern[str], ...], group: str
           ) -> str | None:
    for text in texts:
        for rx in patterns:
            for m in rx.finditer(text):
                found = squash(m.group(group))
                lem = ctx.lemmas(found)
                if group == "place" and set(lem) & ctx.vocab.not_places:
                    continue
                return found
    return None


def municipality(ctx: Ctx, title: str | None) -> str | None:
    """The phrase naming the municipality, as written: title first, then the text, then tables."""
    texts = [t for t in (title,) if t] + [c.text for c in ctx.prose] + \
        [c.text for c in ctx.chunks if c.cells is not None]
    return _place(ctx, texts, ctx.vocab.municipality, "place")


def region(ctx: Ctx, title: str | None) -> str | None:
    """The phrase naming the region ("Оренбургской области"), as written."""
    texts = [t for t in (title,) if t] + [c.text for c in ctx.chunks]
    return _place(ctx, texts, ctx.vocab.region, "region")


def context_texts(ctx: Ctx, title: str | None) -> tuple[str, ...]:
    """Title and header lines, for municipality and region detection downstream."""
    head = [c.text[:400] for c in ctx.head[:12] if c.text]
    return tuple(dict.fromkeys([t for t in (title,) if t] + head))
