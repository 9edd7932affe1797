"""Lines under a title that are not its words: a note in brackets, a legal site's note, a
field's label (the title rules' line joiner, extract/facts/title_lines.py, stops at them).
"""

from __future__ import annotations

import re

from extract.cells import unit_line
from extract.facts.ctx import Ctx
from extract.facts.title_text import SEE_BELOW
from extract.vocab import get_vocab


def note(ctx: Ctx, line: str) -> bool:
    """"(сентябрь 2022 г. - май 2024 г.)", "(в редакции …)", "(далее – …)": a note under a
    title, not its words ("(дорожная карта) по …" is)."""
    inner = line[1:].split(")", 1)[0]
    units = ctx.lemmas(inner)
    return (any(ch.isdigit() for ch in inner) or bool(SEE_BELOW.match(line))
            or audience_note(ctx, line)
            or unit_line(line, get_vocab(ctx.tools), ctx.tools) is not None  # "(процентов)"
            or (bool(units) and all(w in ctx.vocab.unit_notes for w in units))
            or bool(ctx.vocab.approval_note.match(line))
            or any(rx.match(line) for rx in ctx.vocab.amendments))


def audience_note(ctx: Ctx, line: str) -> bool:
    """"(возраст 7–11 лет, срок реализации – июнь …)": a bracketed note saying whom a
    programme is for and how long it runs, printed under its name (a title exported a line per
    paragraph runs into it, as its bracket is often left open or closed lines later)."""
    if line.lstrip()[:1] != "(":
        return False
    lem = ctx.lemmas(line.lstrip()[1:])
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.title_audience_notes)


# (the label in capitals on a title page as well: "СРОК РЕАЛИЗАЦИИ: 2019 - 2022 гг.")
_FIELD_HEAD = re.compile(r"^\s*(?:[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}|[А-ЯЁ]+(?:\s+[А-ЯЁ]+){0,2})\s*:")


def labelled_note(ctx: Ctx, line: str) -> bool:
    """"Срок реализации: 1.06.2016 – 28.06.2016", "Возраст детей: 7-17 лет": the same note
    printed as a field on a line of its own under the name, its label's lemmas those of a
    bracketed note."""
    m = _FIELD_HEAD.match(line)
    if m is None:
        return False
    lem = ctx.lemmas(m.group(0))
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.title_audience_notes)


def site_note(ctx: Ctx, line: str) -> bool:
    """"(далее - Программа)", "(утв. постановлением …)", "(в редакции …)" on their own lines
    under a heading: a legal site's notes, where the title ends ("(2007-2010 годы)" and "(МБОУ
    СОШ № 1)" are the title's own words)."""
    return line[:1] == "(" and (bool(SEE_BELOW.match(line)) or audience_note(ctx, line)
                                or bool(ctx.vocab.approval_note.match(line))
                                or any(rx.match(line) for rx in ctx.vocab.amendments))


def field_label(line: str) -> bool:
    """"Цель: …", "Исполнитель - …": a field's label, not a title's words."""
    head = line.split(":", 1)[0]
    return ":" in line and len(head.split()) <= 4


_NOMINATIVE_END = ("учреждение", "организация")


def owner_line(ctx: Ctx, line: str) -> bool:
    """"Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8»" printed on its own
    line between a grif and the heading: the owner a title page prints over its title, no
    heading (a name in the genitive under a genre word, "… учреждения «…»", goes on a title)."""
    m = ctx.vocab.legal_form.match(line.strip())
    if m is None or m.group(0).split()[-1].lower() not in _NOMINATIVE_END:
        return False
    lem = ctx.lemmas(line)
    return not any(ctx.plan_noun(lem[k:]) for k in range(len(lem)))
