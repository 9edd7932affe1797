"""A body's sentence is no title (CONTRACT `title`: the document's own name as printed).

A page that prints no heading before its body ("В 2023 году коллектив школы продолжил работу
над …", "Настоящий план разработан в соответствии с …" over the plan's table) may hand a title
rule its first paragraph; a text export may run that paragraph into the heading under it
("Настоящий план разработан …. ПЛАН РАБОТЫ … на 2024-2025 учебный год"). What a title rule
returns is weighed here: the evidence of a sentence (a predicate — a finite verb or a short
participle — outside quotes and brackets, a body's opening such as "Настоящий …" or "В 2023
году …", a closing full stop, a length no heading has) against the evidence of a heading (a
document's genre word first, capitals). A sentence's leading part is cut off a heading that
follows it; a title that is only a sentence is refused, and the next rule is asked. The weights
and words are data (extract/vocab/facts.yaml `title_prose`); `--debug` names the decision
("header.title:<rule>:prose_refused", "header.title:prose_cut")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from extract.facts.act_subject import SUBJECT
from extract.facts.ctx import Ctx
from extract.facts.report_phrases import report_phrases
from extract.facts.title_lines import HEADING_WORDS

# a sentence's end after a word or a closing quote, not after an abbreviation ("2023 г. План")
_SENTENCE_END = re.compile(r"(?:(?<=[а-яёa-z]{3})|(?<=[»\"”)]))[.!?]\s+(?=[«\"А-ЯЁ])")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”|\([^()]*\)")
_WORD = re.compile(r"[А-Яа-яЁё]+")
_CLAUSE = re.compile(r"[,;:–—]")
_FULL_STOP = re.compile(r"(?:[а-яё]{3}|[»\"”)])\.$")


def prose_score(ctx: Ctx, text: str) -> int:
    """The sentence's evidence less the heading's (weights `title_prose`): at or over the
    threshold, `text` is a sentence of the body."""
    w = ctx.vocab.title_prose
    bare = _QUOTED.sub(" ", text)
    score = w.predicate if _predicate(ctx, bare) else 0
    score += w.opener if _opens_body(ctx, text) else 0
    score += w.full_stop if _FULL_STOP.search(text.rstrip()) or _printed_stop(ctx, text) else 0
    score += w.long if len(text.split()) > HEADING_WORDS else 0
    score += w.genre_first if _genre_first(ctx, text) else 0
    first = text.split()[0] if text.split() else ""
    return score + (w.capitals if first.isupper() and len(first) > 1 else 0)


_STOP_REACH = 12  # blocks from the top a title is printed in


def _printed_stop(ctx: Ctx, text: str) -> bool:
    """The page prints `text` closed by a full stop, which the title rule's clean-up dropped
    ("… план совместных мероприятий на весну." over the table)."""
    if _FULL_STOP.search(f"{text.rstrip()}.") is None:
        return False
    closed = f"{' '.join(text.split())}."
    return any(closed in " ".join(c.text.split()) for c in ctx.head[:_STOP_REACH])


def is_prose(ctx: Ctx, text: str) -> bool:
    """`text` reads as a body's sentence rather than a heading (`prose_score`)."""
    return prose_score(ctx, text) >= ctx.vocab.title_prose.threshold


def _predicate(ctx: Ctx, text: str) -> bool:
    """A finite verb or a short participle of a main clause ("продолжил", "разработан"): a
    sentence says something, a heading names it. A subordinate clause's verb ("Изменения,
    которые вносятся в …", "Как организован …") is a heading's as well; an initial is no
    word."""
    subordinate = ctx.vocab.title_prose.subordinate_words
    for clause in _CLAUSE.split(text):
        words = _WORD.findall(clause)
        if words and set(ctx.lemmas(words[0])[:1]) & subordinate:
            continue
        if any(len(w) > 2 and ctx.tools.tag(w.lower())[0] in ("VERB", "PRTS") for w in words):
            return True
    return False


def _opens_body(ctx: Ctx, text: str) -> bool:
    """"Настоящий план …", "Данная программа …", "В 2023 году …", "В течение года …": how a
    body's first sentence opens, never a heading."""
    words = text.split()
    if not words:
        return False
    return bool(set(ctx.lemmas(words[0])[:1]) & ctx.vocab.title_prose.opener_words) \
        or ctx.vocab.title_prose.opener_phrase.match(text) is not None


def _genre_first(ctx: Ctx, text: str) -> bool:
    """A document's genre word opens `text`: a plan's noun ("План работы …"), a report's
    phrase ("Справка о …"), an act's subject ("О …", "Об утверждении …")."""
    lem = tuple(ctx.lemmas(" ".join(text.split()[:6])))
    return bool(lem) and (ctx.plan_noun(lem) is not None or SUBJECT.match(text) is not None
                          or bool(report_phrases(ctx, text, lem)))


def heading_of(ctx: Ctx, title: str) -> tuple[str | None, bool]:
    """(the heading in `title`, whether a sentence was cut off it): `title` itself when it reads
    as a heading; the part after its leading sentences when those read as the body's and the
    rest opens as a heading does; the heading a body's sentence was run on to with no full stop
    between; None when it is a sentence of the body."""
    ends = [m.end() for m in _SENTENCE_END.finditer(title.strip())]
    for end in ends:  # the shortest body's text before a heading ("Уважаемые родители! …")
        lead, rest = title.strip()[:end].strip(), title.strip()[end:].strip()
        if is_prose(ctx, lead) and _genre_first(ctx, rest) and not is_prose(ctx, rest):
            return rest, True
    if not is_prose(ctx, title):
        return title, False
    head = _before_run_on(ctx, title.strip())
    return (head, True) if head else (None, False)


# a capitalised word that may open a sentence a text export ran on after the heading
_RUN_ON_START = re.compile(r"\s(?=[А-ЯЁ][а-яё])")


def _before_run_on(ctx: Ctx, title: str) -> str | None:
    """"Отчёт о результатах самообследования МБДОУ «…» 2025 Самообследование … проведено
    комиссией.": a heading a text export ran on into the body's first sentence with no full
    stop between; the heading up to the sentence, when it reads as one (its genre word first,
    no sentence) and what follows is a sentence."""
    for m in _RUN_ON_START.finditer(title):
        head, tail = title[: m.start()].strip(), title[m.end():]
        if _genre_first(ctx, head) and not is_prose(ctx, head) and is_prose(ctx, tail):
            return head
    return None


Rule = tuple[str, Callable[[Ctx], Any]]


def first_heading(rules: tuple[Rule, ...], ctx: Ctx, trace: list[str]) -> str | None:
    """The title of the first rule that finds one reading as a heading (`heading_of`); a rule
    whose text is a sentence of the body is passed over."""
    for name, rule in rules:
        value = rule(ctx)
        if not value:
            continue
        heading, cut = heading_of(ctx, value)
        if heading is None:
            trace.append(f"header.title:{name}:prose_refused")
            continue
        trace.append(f"header.title:{name}")
        if cut:
            trace.append("header.title:prose_cut")
        return heading
    return None
