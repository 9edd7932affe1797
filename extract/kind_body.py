"""The document's kind when no rule read one: the genre words of its whole text vote
(rule `body_vote`).

Real pages reach the end of the pipeline without a kind when they show no heading of their own:
a section page of a self-examination report, a public report whose heading a site's contents
list replaced, a table of a programme's indicators under a school's card. Their records still
have a kind (a reader tells it from the text), and a missing kind is a sure miss, so the text's
own genre phrases vote — a report's ("в отчетном периоде", "самообследование", "публичный
доклад"), a programme's ("программа развития", "срок реализации программы"), a plan's ("план
мероприятий", "срок исполнения"), an act's operative verb ("постановляю"). The phrases are data
(extract/vocab/kinds_body.yaml); the kind named most, by a margin, wins."""

from __future__ import annotations

import re
from functools import cache
from typing import cast, get_args

from extract.found import Found
from extract.models import DocKind, DraftDocument
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Paragraph, SourceDocument


@cache
def _phrases() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml("kinds_body")
    unknown = set(data["phrases"]) - set(get_args(DocKind))
    if unknown:  # a vocabulary naming no kind of CONTRACT is a bug of the data
        raise ValueError(f"kinds_body.yaml: unknown kinds {sorted(unknown)}")
    return tuple((kind, re.compile(p, re.I)) for kind, ps in data["phrases"].items() for p in ps)


@cache
def _limits() -> tuple[int, int]:
    data = load_yaml("kinds_body")
    return int(data["min_votes"]), int(data["margin"])


def _text(doc: SourceDocument) -> str:
    parts: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            parts.append(b.text)
        else:
            parts += (c.text for r in b.rows for c in r.cells)
    return "\n".join(parts)


def body_vote(text: str) -> tuple[str | None, dict[str, int]]:
    """The kind the text's genre phrases name most (by the margin), and the votes."""
    votes: dict[str, int] = {}
    for kind, rx in _phrases():
        n = len(rx.findall(text))
        if n:
            votes[kind] = votes.get(kind, 0) + n
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    min_votes, margin = _limits()
    if not ranked or ranked[0][1] < min_votes:
        return None, votes
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < margin:
        return None, votes
    return ranked[0][0], votes


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """A kind for a document no earlier extractor gave one."""
    if found.document.kind is not None or not doc.blocks:
        return Found()
    kind, votes = body_vote(_text(doc))
    if kind is None:
        return Found()
    return Found(document=DraftDocument(kind=cast(DocKind, kind)),
                 trace=(f"header.kind:body_vote {votes}",))
