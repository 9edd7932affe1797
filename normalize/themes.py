"""Indicator themes: which concept of the genre an indicator name measures.

A theme is what is measured in which population (data/themes.yaml): share and count of one
thing are one theme; young teachers and all teachers, pupils and teachers, ЕГЭ and ОГЭ,
participants and winners, training in general and on one topic are different themes.

Decision, per name (cached: a name is judged once per process):
1. overrides of a user's file (`--themes FILE`): the first whose pattern fits decides;
2. rules: the name's SUBJECT is the first population or counted object it mentions
   (data/theme_vocab.yaml `subjects`, quoted words skipped: "фестиваль «Грамотный читатель»"
   counts no readers); a rule holds when its subject fits, every `all` item is found, no
   `none` item is, and (with `only`) no other content word is left. User themes are tried
   first; among the themes whose rules hold the one with the highest score (words matched,
   +2 for a rule that names its subjects) wins, and a tie between two themes gives no theme
   — a wrong theme is worse than none;
3. similarity (normalize/theme_similar.py), only when no rule decided: navec word vectors
   of the name against the themes' example names, under a conservative threshold and only
   for a theme whose rules accept the name's subject and exclude none of its words.
Themes with facets (exam subject, olympiad stage, kind of literacy) get the facet values the
name names appended to their code: "ege_mean.russian", "olympiad_winners.regional.math".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalize.lemmas import Lemmatizer
from normalize.theme_phrases import Phrase, Tok, compile_phrase, lemma_set, tokens
from normalize.theme_vocab import (
    TAXONOMY_FILES,
    Item,
    OverrideSpec,
    Rule,
    Theme,
    ThemeDataError,
    ThemesFileSpec,
    Vocab,
    compile_themes,
    compile_vocab,
    read_yaml,
    taxonomy_specs,
    validated,
)

SUBJECT_BONUS = 2
# Indicator names are a line or two; a longer cell (a paragraph read as a name) is judged by
# its beginning, so a hostile cell costs no more than a long name.
MAX_NAME = 600
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    """The theme of a name, how it was decided (rule / similar / override) and why."""

    code: str
    label: str
    source: str
    why: str


@dataclass(frozen=True, slots=True)
class Override:
    """A user's decision: names fitting `pattern` (regex) or `phrase` get `theme` (None: no
    theme)."""

    text: str
    pattern: re.Pattern[str] | None
    phrase: Phrase | None
    theme: Theme | None


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    span: Span


class ThemeMatcher:
    """Themes of indicator names: overrides, then rules, then similarity."""

    def __init__(self, lem: Lemmatizer, vocab: Vocab, themes: tuple[Theme, ...],
                 overrides: tuple[Override, ...] = (), similar: bool = True) -> None:
        self.lem, self.vocab, self.themes, self.overrides = lem, vocab, themes, overrides
        self.by_code = {t.code: t for t in themes}
        self._similar = None
        if similar:
            from normalize.theme_similar import Similarity

            self._similar = Similarity(lem, vocab, themes)
        self._subject_index = _subject_index(vocab)
        self._rules = _rules_by_subject(themes, vocab)
        self.match = lru_cache(maxsize=50_000)(self._match)

    def warm(self) -> None:
        """Build what the first similarity fallback would build (the examples' vectors)."""
        if self._similar is not None:
            self._similar.warm()

    def _match(self, name: str) -> ThemeMatch | None:
        """The theme of one indicator name, or None."""
        toks = tokens(name[:MAX_NAME], self.lem)
        lemmas = lemma_set(toks)
        for o in self.overrides:
            if _override_fits(o, name, toks, lemmas):
                if o.theme is None:
                    return None
                return self._result(o.theme, toks, "override", f"override {o.text!r}")
        subject = self.subject(toks)
        found = self._by_rules(toks, lemmas, subject)
        if found is not None:
            return found
        if self._similar is None:
            return None
        hit = self._similar.best(toks, subject, self.allows)
        if hit is None:
            return None
        theme, score, example = hit
        return self._result(theme, toks, "similar",
                            f"similar {score:.2f} to example {example!r}")

    def subject(self, toks: tuple[Tok, ...]) -> Subject | None:
        """The first population or counted object the name mentions (longest phrase)."""
        for i, tok in enumerate(toks):
            if tok.quoted or tok.barrier:
                continue
            best: Subject | None = None
            for name, phrase in _candidates(self._subject_index, tok):
                end = phrase.end_at(toks, i)
                if end is not None and (best is None or end > best.span[1]):
                    best = Subject(name, (i, end))
            if best is not None:
                return best
        return None

    def _by_rules(self, toks: tuple[Tok, ...], lemmas: frozenset[str],
                  subject: Subject | None) -> ThemeMatch | None:
        scored: list[tuple[int, int, Theme, str]] = []
        decided: set[str] = set()
        for theme, n, rule in self._rules[subject.name if subject else "none"]:
            if theme.code in decided:
                continue  # the theme's first rule that holds counts
            score = rule_score(rule, toks, lemmas, subject, self.vocab.filler)
            if score is not None:
                decided.add(theme.code)
                user = 1 if theme.source == "user" else 0
                scored.append((user, score, theme, f"rule {theme.code}#{n}"))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], -s[1]))
        top = scored[0]
        rivals = [s for s in scored[1:] if s[:2] == top[:2] and s[2] is not top[2]]
        if rivals:
            return None  # two themes fit equally well: undecided rather than wrong
        why = f"{top[3]}: subject {subject.name if subject else 'none'}, score {top[1]}"
        return self._result(top[2], toks, "rule", why)

    def allows(self, theme: Theme, toks: tuple[Tok, ...], subject: Subject | None) -> bool:
        """True when one of the theme's rules holds on the name but for some of its `all`
        items — its first one (the concept's key term: наставничество, дополнительное
        образование, ЕГЭ …) found, when it has any: similarity completes what rules half saw,
        it never brings a concept the name does not name — with its subject, exclusions and
        `only` words respected, and when the name's kind of value (a share, a count, a mean)
        is one the theme measures ("Доля выпускников, сдавших ЕГЭ на 70 баллов" is no mean)."""
        kind = measure_kind(toks)
        if kind is not None and theme.measures and kind.isdisjoint(theme.measures):
            return False
        lemmas = lemma_set(toks)
        return any(rule_score(r, toks, lemmas, subject, self.vocab.filler, need_all=False)
                   is not None
                   and (not r.all or _find(r.all[0], toks, lemmas) is not None)
                   for r in theme.rules)

    def _result(self, theme: Theme, toks: tuple[Tok, ...], source: str, why: str) -> ThemeMatch:
        code, label = faceted(theme, toks, self.vocab)
        return ThemeMatch(code, label, source, why)

    def catalogue(self) -> tuple[Theme, ...]:
        """Every theme this matcher knows (user's first)."""
        return self.themes


def _rules_by_subject(themes: tuple[Theme, ...], vocab: Vocab
                      ) -> dict[str, list[tuple[Theme, int, Rule]]]:
    """(theme, rule number, rule) that can hold for a name of each subject, in theme order."""
    names = [name for name, _ in vocab.subjects] + ["none"]
    out: dict[str, list[tuple[Theme, int, Rule]]] = {name: [] for name in names}
    for theme in themes:
        for n, rule in enumerate(theme.rules, start=1):
            for name in names:
                if rule.subjects is None or name in rule.subjects:
                    out[name].append((theme, n, rule))
    return out


def _subject_index(vocab: Vocab) -> dict[str, list[tuple[str, Phrase]]]:
    index: dict[str, list[tuple[str, Phrase]]] = {}
    for name, phrases in vocab.subjects:
        for p in phrases:
            for lemma in p.slots[0]:
                index.setdefault(lemma, []).append((name, p))
    return index


def _candidates(index: dict[str, list[tuple[str, Phrase]]], tok: Tok) -> list[tuple[str, Phrase]]:
    out: list[tuple[str, Phrase]] = []
    for lemma in tok.lemmas:
        out += index.get(lemma, ())
    return out


def _find(item: Item, toks: tuple[Tok, ...], lemmas: frozenset[str]) -> tuple[Span, int] | None:
    """The span of the longest phrase of `item` found in the name, and its slot count."""
    if lemmas.isdisjoint(item.triggers):
        return None
    best: tuple[Span, int] | None = None
    for p in item.phrases:
        if not p.possible(lemmas):
            continue
        span = p.find(toks)
        if span is not None and (best is None or len(p.slots) > best[1]):
            best = (span, len(p.slots))
    return best


def rule_score(rule: Rule, toks: tuple[Tok, ...], lemmas: frozenset[str],
               subject: Subject | None, filler: frozenset[str], need_all: bool = True
               ) -> int | None:
    """The rule's score on a name (words its items matched, plus the subject bonus), or
    None when it does not hold. need_all=False: `all` items may be missing (they then leave
    their words uncovered for `only`)."""
    name = subject.name if subject else "none"
    if rule.subjects is not None and name not in rule.subjects:
        return None
    if need_all and any(lemmas.isdisjoint(i.triggers) for i in rule.all):
        return None
    covered: set[int] = set(range(subject.span[0], subject.span[1] + 1)) if subject else set()
    score = SUBJECT_BONUS if rule.subjects is not None else 0
    for item in rule.all:
        hit = _find(item, toks, lemmas)
        if hit is None:
            if need_all:
                return None
            continue
        (a, b), slots = hit
        covered.update(range(a, b + 1))
        score += slots
    if any(_find(item, toks, lemmas) for item in rule.none):
        return None
    if rule.only is not None:
        allowed = filler | rule.only
        for k, t in enumerate(toks):
            if (k not in covered and not t.barrier and t.lemmas.isdisjoint(allowed)
                    and not _number(t)):
                return None
    return score


# The word a name opens with says what kind of value it gives.
_KINDS: dict[str, frozenset[str]] = {
    "доля": frozenset({"share"}), "удельный": frozenset({"share"}),
    "процент": frozenset({"share"}), "охват": frozenset({"share", "count"}),
    "количество": frozenset({"count"}), "число": frozenset({"count"}),
    "численность": frozenset({"count"}),
    "средний": frozenset({"mean", "score"}),
}


def measure_kind(toks: tuple[Tok, ...]) -> frozenset[str] | None:
    """The kinds of value (share, count, mean/score) a name's first word announces, or None."""
    first = next((t for t in toks if not t.barrier), None)
    if first is None:
        return None
    for lemma in first.lemmas:
        if lemma in _KINDS:
            return _KINDS[lemma]
    return None


def _number(tok: Tok) -> bool:
    """Years and counts ("в 2024 году", "не менее 72 часов") say nothing about a concept."""
    return all(w.isdigit() for w in tok.lemmas)


def faceted(theme: Theme, toks: tuple[Tok, ...], vocab: Vocab) -> tuple[str, str]:
    """The theme's code and label with the facet values the name names (across commas and
    brackets: "по математике (профильный уровень)")."""
    toks = tuple(t for t in toks if not t.barrier)
    code, labels = theme.code, []
    for facet in theme.facets:
        used: set[int] = set()
        found = []
        for value in vocab.facets[facet]:
            hit = _free_match(value.phrases, toks, used)
            if hit is not None:
                used.update(hit)
                found.append(value)
        if found:
            found.sort(key=lambda v: v.code)
            code += "." + "+".join(v.code for v in found)
            labels.append(", ".join(v.label for v in found))
    label = theme.label + (": " + "; ".join(labels) if labels else "")
    return code, label


def _free_match(phrases: tuple[Phrase, ...], toks: tuple[Tok, ...],
                used: set[int]) -> tuple[int, ...] | None:
    """Word positions of the first match of one of `phrases` whose words no earlier facet
    value took ("математике профильного уровня" is math_profile, not also math)."""
    for p in phrases:
        start = 0
        while (hit := p.positions(toks, start)) is not None:
            if used.isdisjoint(hit):
                return hit
            start = hit[0] + 1
    return None


def _override_fits(o: Override, name: str, toks: tuple[Tok, ...], lemmas: frozenset[str]) -> bool:
    if o.pattern is not None:
        return o.pattern.search(name) is not None
    return o.phrase is not None and o.phrase.possible(lemmas) and o.phrase.find(toks) is not None


# ---- building matchers -------------------------------------------------------------------


@lru_cache(maxsize=4)
def default_matcher(lem: Lemmatizer) -> ThemeMatcher:
    """The taxonomy's matcher for this lemmatizer (built once per process)."""
    vocab = compile_vocab(lem)
    return ThemeMatcher(lem, vocab, compile_themes(list(taxonomy_specs()), vocab, lem,
                                                   "+".join(TAXONOMY_FILES)))


def load_matcher(lem: Lemmatizer, path: Path | None) -> ThemeMatcher:
    """The taxonomy's matcher plus a user's themes and overrides file (None: taxonomy only).
    Raises ThemeDataError (one line naming the file) when the file is malformed."""
    if path is None:
        return default_matcher(lem)
    where = str(path)
    spec: ThemesFileSpec = validated(ThemesFileSpec, read_yaml(path) or {}, where)
    vocab = compile_vocab(lem)
    user = compile_themes(spec.themes, vocab, lem, where, source="user")
    base = default_matcher(lem).themes
    taken = {t.code for t in base} & {t.code for t in user}
    if taken:
        raise ThemeDataError(f"{where}: такие коды тем уже есть в таксономии: "
                             f"{', '.join(sorted(taken))}")
    themes = user + base
    by_code = {t.code: t for t in themes}
    overrides = tuple(_override(o, i, by_code, lem, where) for i, o in enumerate(spec.overrides))
    return ThemeMatcher(lem, vocab, themes, overrides)


def _override(o: OverrideSpec, i: int, by_code: dict[str, Theme], lem: Lemmatizer,
              where: str) -> Override:
    """A user's override checked: one pattern (regex or phrase), a known theme or null."""
    w = f"{where}: overrides.{i}"
    if (o.name is None) == (o.phrase is None):
        raise ThemeDataError(f"{w}: укажите что-то одно: `name` (регулярное выражение) "
                             "или `phrase`")
    if o.theme is not None and o.theme not in by_code:
        raise ThemeDataError(f"{w}: неизвестная тема {o.theme!r}")
    theme = by_code[o.theme] if o.theme is not None else None
    if o.name is not None:
        try:
            return Override(o.name, re.compile(o.name, re.IGNORECASE), None, theme)
        except re.error as exc:
            raise ThemeDataError(f"{w}: неверное регулярное выражение: {exc}") from None
    assert o.phrase is not None
    try:
        return Override(o.phrase, None, compile_phrase(o.phrase, lem), theme)
    except ValueError as exc:
        raise ThemeDataError(f"{w}: {exc}") from None
