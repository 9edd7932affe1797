"""What every document-fact rule gets: the chunks, earlier results, lemmatizer and vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import Any, TypeVar

from extract.facts import spaced
from extract.facts.case import is_capitals, mid_sentence_capitals, quoted_lower_openers
from extract.facts.lines import Chunk, Line, top_lines
from extract.facts.vocab import FactsVocab
from extract.found import Found
from extract.tools import ExtractTools

# ("II.Цель …": a Roman numeral a PDF glued to its heading's word)
_LEAD_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[IVX]{1,4}\.(?:\s+|(?=[А-ЯЁ])))")

# How far into the document the title page and order header may reach (chunks, lines).
HEADER_SPAN = 40
TOP_LINES = 120


T = TypeVar("T")


def per_document(rule: Callable[[Ctx], T]) -> Callable[[Ctx], T]:
    """`rule(ctx)` computed once per document: a rule or helper of the context alone that
    several rules ask for (the plan's heading, the act's subject) is not read again."""
    key = f"{rule.__module__}.{rule.__qualname__}"

    @wraps(rule)
    def once(ctx: Ctx) -> T:
        memo = ctx.memo
        if key not in memo:
            memo[key] = rule(ctx)
        found: T = memo[key]
        return found

    return once


def unspace(text: str) -> str:
    """"П Р И К А З" → "ПРИКАЗ", "п о с т а н о в л я ю" → "постановляю" (letter-spaced words
    of order headers; `Ctx.unspaced` also cuts a run of several words)."""
    return spaced.unspace(text)


def drop_number(text: str) -> str:
    """"4. Цель …" → "Цель …"."""
    return _LEAD_NUMBER.sub("", text, count=1)


@dataclass(frozen=True)
class Ctx:
    """Context of the header rules for one document."""

    chunks: tuple[Chunk, ...]
    found: Found
    tools: ExtractTools
    vocab: FactsVocab
    _lemma_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # results that several rules ask for, computed once per document (stamps, the act header)
    memo: dict[str, Any] = field(default_factory=dict, compare=False)

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """`compute()`, computed the first time `key` is asked for only."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def prose(self) -> tuple[Chunk, ...]:
        """Chunks that are not table rows."""
        return tuple(c for c in self.chunks if c.cells is None)

    @cached_property
    def head(self) -> tuple[Chunk, ...]:
        """The first prose chunks: title page, order header."""
        return self.prose[:HEADER_SPAN]

    @cached_property
    def plain(self) -> bool:
        """True for a plain text: no block is bold or a heading (titles are not marked)."""
        return not any(c.bold or c.heading for c in self.chunks[:HEADER_SPAN * 2])

    @cached_property
    def top(self) -> tuple[Line, ...]:
        """The first printed lines (prose and layout rows), whatever the reader joined."""
        return top_lines(self.chunks, HEADER_SPAN, TOP_LINES)

    @cached_property
    def proper_lemmas(self) -> frozenset[str]:
        """Lemmas the document writes with a capital inside a sentence (names, not the
        organisation words some writers capitalise: "Управления образования")."""
        texts = [x for c in self.chunks for x in (c.cells if c.cells is not None else (c.text,))]
        # a text export's paragraph running a site's heading in normal case into a subject in
        # capitals reads as capitals whole: its mixed-case lines still write names
        texts += [x for c in self.chunks if c.cells is None and len(c.lines) > 1
                  and is_capitals(c.text) for x in c.lines]
        return mid_sentence_capitals(texts, self.tools) - (
            self.vocab.org_words - self.vocab.proper_org_words)

    @cached_property
    def lower_openers(self) -> frozenset[str]:
        """Words the document writes in lower case after an opening quote («город Энск»)."""
        return quoted_lower_openers(
            x for c in self.chunks for x in (c.cells if c.cells is not None else (c.text,)))

    def unspaced(self, text: str) -> str:
        """Letter-spaced words joined, a run of several cut into dictionary words
        ("А Д М И Н И С Т Р А Ц И Я Г О Р О Д А" → "АДМИНИСТРАЦИЯ ГОРОДА")."""
        return spaced.unspace(text, self.tools.is_known, self.vocab.spaced_short_words)

    def lemmas(self, text: str) -> tuple[str, ...]:
        """Lemmas of `text` (letter-spaced words joined first)."""
        got = self._lemma_cache.get(text)
        if got is None:
            got = tuple(self.tools.lemmas(spaced.unglue(self.unspaced(text),
                                                        self.tools.is_known)))
            self._lemma_cache[text] = got
        return got

    def in_capitals(self, text: str) -> bool:
        """`text.isupper()`, a broken "№" ("в„–", its "в" in lower case) read as "№"."""
        for sign in self.vocab.broken_number_signs:
            text = text.replace(sign, "№")
        return text.isupper()

    def starts_with(self, text: str, seq: tuple[str, ...]) -> bool:
        """True when the lemmas of `text` open with `seq`."""
        return self.lemmas(text)[: len(seq)] == seq

    def opens_with(self, text: str, words: frozenset[str]) -> bool:
        """True when the first word of `text` (quotes and brackets aside) has a lemma in
        `words` ("- управление …" no: a dash opens it)."""
        first = text.split()[:1]
        return bool(first) and bool(set(self.lemmas(first[0].strip("«»\"(),.:;"))) & words)

    def plan_noun(self, lemmas: tuple[str, ...]) -> str | None:
        """Kind named by a plan noun at the start of `lemmas` ("дорожная карта" → roadmap),
        after the adjectives plans take ("муниципальная программа", "долгосрочная целевая
        программа" → programme); a plan's name that opens with such an adjective ("сетевой
        график") is matched where it starts."""
        skip = 0
        while skip < len(lemmas) and lemmas[skip] in self.vocab.plan_adjectives:
            skip += 1
        for at in range(skip + 1):
            for seq, kind in self.vocab.plan_nouns:
                if lemmas[at : at + len(seq)] == seq:
                    return kind
        return None

    def part_of_plan(self, lemmas: tuple[str, ...]) -> str | None:
        """"План-график долгосрочной целевой программы …": the kind of the plan named right
        after a plan's working part (`plan_parts`), or None."""
        for seq in self.vocab.plan_parts:
            if lemmas[: len(seq)] == seq:
                return self.plan_noun(lemmas[len(seq) :])
        return None
