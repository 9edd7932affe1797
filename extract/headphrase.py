"""What a header cell names: the role phrases found at its head phrase, not anywhere in it.

"Результаты, достижение которых обеспечиваются мероприятиями" names results although it
mentions мероприятия; "Наименование органа …, ответственного за реализацию мероприятия" names
the responsible body. The head of a header (a noun phrase) is its first noun, or a leading
adjective standing for a noun ("Ответственные за …"); a generic head ("Наименование",
"Перечень") passes the role to the noun it governs ("Наименование показателя"). Nouns opening
later comma/slash segments, or joined by "и", are coordinated heads ("Цель, задачи,
мероприятия", "Наименование показателя, единица измерения") unless the segment is a relative
or participial clause. A role phrase scores by where it is found: covering a head, in the
head's noun chain, or elsewhere. Part-of-speech tags come from the lemmatizer (pymorphy3) via
`ExtractTools.tag`; results are cached per header text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.tools import ExtractTools
from extract.vocab import Vocab, get_vocab

_TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+|[,;/:()]")
_BREAKS = frozenset(",;/:(")
_PREPOSITIONS = frozenset({"PREP", "CONJ", "VERB", "INFN", "PRCL"})
_NOUNS = frozenset({"NOUN"})
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
# Weights of a role phrase found covering the head, a coordinated head, inside the head's noun
# chain, or elsewhere in the header (each plus the phrase length where it covers a head).
HEAD, COORDINATED, CHAIN, ELSEWHERE = 3.0, 2.0, 1.0, 0.5
# A weak phrase of a role scores this much less ("Участники" loses to "Ответственные").
WEAK = 1.0


@dataclass(frozen=True)
class HeadReading:
    """A header text read for its head: lemmas, head positions and role scores."""

    lemmas: tuple[str, ...]
    heads: tuple[int, ...]  # first = the head, then coordinated heads
    scores: tuple[tuple[str, float], ...]  # (role, score), best first

    @property
    def head(self) -> str | None:
        return self.lemmas[self.heads[0]] if self.heads else None

    def score(self, role: str) -> float:
        return dict(self.scores).get(role, 0.0)


def _segments(tokens: list[str]) -> list[list[int]]:
    """Token positions (words only) of the comma/slash/colon separated parts, outside
    parentheses: an aside in parentheses ("Условия (формы) оказания услуги", "Содержание
    услуги (наименование показателя)") restates or annotates, it heads nothing."""
    out: list[list[int]] = [[]]
    depth = 0
    for i, tok in enumerate(tokens):
        if tok in _BREAKS or tok == ")":
            depth = max(0, depth + (tok == "(") - (tok == ")"))
            if out[-1]:
                out.append([])
        elif not depth:
            out[-1].append(i)
    return [s for s in out if s]


def _segment_head(seg: list[int], tokens: list[str], lemmas: list[str], tools: ExtractTools,
                  vocab: Vocab, first: bool) -> tuple[int | None, list[int]]:
    """(head position, its noun chain) of one segment; a non-first segment must open with a
    noun and hold no relative clause or verb."""
    tags = [tools.tag(tokens[i]) for i in seg]
    if not first:
        pos0 = tags[0][0]
        if pos0 not in _NOUNS or any(lemmas[i] in vocab.clause_words for i in seg) or any(
                t[0] in ("VERB", "PRTS") for t in tags):
            return None, []
    head_k = next((k for k, (pos, _) in enumerate(tags) if pos in _NOUNS), None)
    if tags[0][0] in _ADJECTIVES and (head_k is None or (head_k > 1
                                      and tags[1][0] not in _ADJECTIVES | _NOUNS)):
        head_k = 0  # "Ответственные за исполнение": an adjective standing for a noun
    if head_k is None:
        return (seg[0], seg[:1]) if tokens[seg[0]].isalpha() else (None, [])
    chain = [seg[head_k]]
    for k in range(head_k + 1, len(seg)):
        if tags[k][0] in _PREPOSITIONS or lemmas[seg[k]] in vocab.clause_words:
            break
        chain.append(seg[k])
    head = seg[head_k]
    if lemmas[head] in vocab.generic_heads:
        nxt = next((i for i in chain[1:] if tools.tag(tokens[i])[0] in _NOUNS), None)
        head = nxt if nxt is not None else head
    return head, chain


def _match_weight(start: int, n: int, heads: list[int], chains: list[list[int]]) -> float:
    span = set(range(start, start + n))
    if heads and heads[0] in span:
        return HEAD + n
    if any(h in span for h in heads[1:]):
        return COORDINATED + n
    if any(span <= set(c) for c in chains):
        return CHAIN + 0.5 * n
    return ELSEWHERE


@lru_cache(maxsize=20_000)
def read_header(text: str, tools: ExtractTools) -> HeadReading:
    """The head of a header text and the role scores of its phrases (cached per text)."""
    vocab = get_vocab(tools)
    tokens = _TOKEN.findall(text)
    lemmas = [t if t in _BREAKS or t in "()" else tools.lemma(t) for t in tokens]
    heads: list[int] = []
    chains: list[list[int]] = []
    for k, seg in enumerate(_segments(tokens)):
        for part in _and_parts(seg, lemmas):
            head, chain = _segment_head(part, tokens, lemmas, tools, vocab, first=not heads)
            if head is not None:
                heads.append(head)
                chains.append(chain)
        if k == 0 and not heads:
            break
    heads, chains = _past_groups(heads, chains, lemmas, vocab)
    words = [(i, lem) for i, lem in enumerate(lemmas) if lem not in _BREAKS and lem not in "()"]
    scores: dict[str, float] = {}
    for role in vocab.roles:
        best = 0.0
        for j, (i, lem) in enumerate(words):
            for phrase in role.by_first.get(lem, ()):
                if tuple(w for _, w in words[j:j + len(phrase)]) == phrase:
                    weight = _match_weight(i, len(phrase), heads, chains)
                    best = max(best, weight - WEAK if phrase in role.weak else weight)
        if best == 0 and any(p.search(text.lower()) for p in role.patterns):
            best = HEAD + 1
        if best:
            scores[role.name] = best
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    return HeadReading(tuple(lemmas), tuple(heads), ranked)


def _past_groups(heads: list[int], chains: list[list[int]], lemmas: list[str], vocab: Vocab
                 ) -> tuple[list[int], list[list[int]]]:
    """Heads reordered so that a first head naming the rows' groups ("Задачи, показатели")
    follows the first coordinated head naming anything else (the rows' own noun)."""
    k = next((k for k, h in enumerate(heads) if lemmas[h] not in vocab.group_heads), 0)
    if k == 0:
        return heads, chains
    order = [k, *range(k), *range(k + 1, len(heads))]
    return [heads[i] for i in order], [chains[i] for i in order]


def _and_parts(seg: list[int], lemmas: list[str]) -> list[list[int]]:
    """A segment split at "и" (coordinated nouns: "Сроки и этапы реализации")."""
    out: list[list[int]] = [[]]
    for i in seg:
        if lemmas[i] == "и" and out[-1]:
            out.append([])
        else:
            out[-1].append(i)
    return [p for p in out if p]


def reads_as_caption(text: str, tools: ExtractTools) -> bool:
    """The text names a column at its head ("Сроки", "Участники мероприятия"): a caption of a
    table header, no value of a passport row."""
    reading = read_header(text, tools)
    return bool(reading.scores) and reading.scores[0][1] >= HEAD
