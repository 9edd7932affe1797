"""The similarity fallback of theme matching: navec word vectors (they ship inside natasha's
package data; nothing is downloaded) of an indicator name against the themes' example names.

Only names no rule decided reach it, each once per process (ThemeMatcher caches), and the
vectors load on the first such name (Lemmatizer.embedding: ~0.6 s, shared with natasha's NER).
A name's vector is the mean of its content words' vectors — words of the shared filler list
(доля, количество, муниципальный …) are left out, they say nothing about the concept. The
fallback is conservative: the best example must reach THRESHOLD, beat the best example of
any other theme by MARGIN, and the theme's rules must accept the name's subject, find at
least one of their `all` items in it and exclude none of its words (ThemeMatcher.allows; a
theme defined by its generality — a rule with `only` — is not given to a name with words that
rule does not allow: training "по подготовке к ГИА" is not training); a name and its example
must agree in negation ("не преодолевших" is not "преодолевших").

Measured on our tables (tests/normalize): navec's news vectors put paraphrases of one
concept at cosine 0.6–0.8 and different concepts sharing words at 0.8–0.95, so below 0.9 the
fallback decided only wrongly; at 0.9 it takes near copies of an example and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from normalize.lemmas import Lemmatizer
from normalize.theme_phrases import Tok, tokens
from normalize.theme_vocab import Theme, Vocab

if TYPE_CHECKING:
    from normalize.themes import Subject

THRESHOLD = 0.9
MARGIN = 0.03
MIN_WORDS = 2  # a name of one content word is too little to judge by similarity
NEGATIONS = frozenset({"не", "без", "ни", "нет"})


class Similarity:
    """Cosine similarity of name vectors to the themes' example vectors."""

    def __init__(self, lem: Lemmatizer, vocab: Vocab, themes: tuple[Theme, ...]) -> None:
        self.lem, self.vocab, self.themes = lem, vocab, themes
        self._examples: list[tuple[Theme, str, Any]] | None = None

    def vector(self, toks: tuple[Tok, ...]) -> Any:
        """Unit mean vector of the content words, or None when fewer than MIN_WORDS have one."""
        import numpy as np

        emb = self.lem.embedding()
        vecs = []
        for t in toks:
            if t.barrier or not t.lemmas.isdisjoint(self.vocab.filler):
                continue
            word = next((w for w in sorted(t.lemmas) if w in emb), None)
            if word is not None:
                vecs.append(emb[word])
        if len(vecs) < MIN_WORDS:
            return None
        v = np.mean(vecs, axis=0)
        norm = float(np.linalg.norm(v))
        return v / norm if norm else None

    def warm(self) -> None:
        """Lemmatise the taxonomy's examples and take their vectors now (~0.3 CPU-s): in the
        forkserver's warm-up, once for every worker, not in a worker's first document."""
        self._example_vectors()

    def _example_vectors(self) -> list[tuple[Theme, str, Any]]:
        if self._examples is None:
            self._examples = []
            for theme in self.themes:
                for ex in theme.examples:
                    v = self.vector(tokens(ex, self.lem))
                    if v is not None:
                        self._examples.append((theme, ex, v))
        return self._examples

    def best(self, toks: tuple[Tok, ...], subject: Subject | None,
             allows: Callable[[Theme, tuple[Tok, ...], Subject | None], bool]
             ) -> tuple[Theme, float, str] | None:
        """(theme, cosine, example) of the closest example, when it is close enough and the
        theme accepts the name; else None."""
        if subject is None:
            return None
        v = self.vector(toks)
        if v is None:
            return None
        per_theme: dict[str, tuple[float, Theme, str]] = {}
        for theme, ex, ev in self._example_vectors():
            score = float(v @ ev)
            if score > per_theme.get(theme.code, (-1.0,))[0]:
                per_theme[theme.code] = (score, theme, ex)
        ranked = sorted(per_theme.values(), key=lambda s: -s[0])
        if not ranked or ranked[0][0] < THRESHOLD:
            return None
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
            return None
        score, theme, ex = ranked[0]
        if _negated(toks) != _negated(tokens(ex, self.lem)):
            return None
        return (theme, score, ex) if allows(theme, toks, subject) else None


def _negated(toks: tuple[Tok, ...]) -> bool:
    return any(not t.lemmas.isdisjoint(NEGATIONS) for t in toks)
