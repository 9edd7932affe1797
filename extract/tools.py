"""Tools extraction is given by its caller (extract may not import the later normalize stage)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+")


@dataclass(frozen=True)
class ExtractTools:
    """`lemma(word) -> lemma` is the shared cached lemmatizer (normalize.lemmas), injected."""

    lemma: Callable[[str], str]

    def lemmas(self, text: str) -> list[str]:
        """Lemmas of the words of `text` (hyphenated words split into parts)."""
        return [self.lemma(w) for w in _WORD.findall(text)]
