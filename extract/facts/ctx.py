"""What every document-fact rule gets: the chunks, earlier results, lemmatizer and vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extract.facts.case import mid_sentence_capitals
from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab
from extract.found import Found
from extract.tools import ExtractTools

_SPACED = re.compile(r"(?<!\w)(?:[А-ЯЁA-Z] ){2,}[А-ЯЁA-Z](?!\w)")
_LEAD_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")

# How far into the document the title page and order header may reach (chunks).
HEADER_SPAN = 40


def unspace(text: str) -> str:
    """"П Р И К А З" → "ПРИКАЗ" (letter-spaced words of order headers)."""
    return _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


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

    @cached_property
    def prose(self) -> tuple[Chunk, ...]:
        """Chunks that are not table rows."""
        return tuple(c for c in self.chunks if c.cells is None)

    @cached_property
    def head(self) -> tuple[Chunk, ...]:
        """The first prose chunks: title page, order header."""
        return self.prose[:HEADER_SPAN]

    @cached_property
    def proper_lemmas(self) -> frozenset[str]:
        """Lemmas the document writes with a capital inside a sentence (names, not the
        organisation words some writers capitalise: "Управления образования")."""
        texts = [x for c in self.chunks for x in (c.cells if c.cells is not None else (c.text,))]
        return mid_sentence_capitals(texts, self.tools) - self.vocab.org_words

    def lemmas(self, text: str) -> tuple[str, ...]:
        """Lemmas of `text` (letter-spaced words joined first)."""
        got = self._lemma_cache.get(text)
        if got is None:
            got = tuple(self.tools.lemmas(unspace(text)))
            self._lemma_cache[text] = got
        return got

    def starts_with(self, text: str, seq: tuple[str, ...]) -> bool:
        """True when the lemmas of `text` open with `seq`."""
        return self.lemmas(text)[: len(seq)] == seq

    def plan_noun(self, lemmas: tuple[str, ...]) -> str | None:
        """Kind named by a plan noun at the start of `lemmas` ("дорожная карта" → roadmap)."""
        for seq, kind in self.vocab.plan_nouns:
            if lemmas[: len(seq)] == seq:
                return kind
        return None
