"""Pure scoring of an extraction record against an expected one (both CONTRACT dicts).

Every metric is a count of true positives, false positives and false negatives, so documents
add up to an overall micro-averaged precision/recall/F1.

Scoring is strict by default: a value counts only when it is the expected text after the
normalisation `canon` does — Unicode NFKC, "ё" → "е", every kind of double quote ("«»", "“”",
"„“") → '"', every dash (‐ ‑ – — −) → "-", runs of whitespace → one space, no spaces inside
quotes. Nothing else is forgiven: "город Пенза" is not "Пенза", "Управления образования" is
not "Управление образования администрации …", a missing word or a final period is an error.

Case counts, everywhere. Texts are as the document writes them (titles, responsibles, results,
goals, tasks — "ПЛАН МЕРОПРИЯТИЙ по …" stays so), except the names the CONTRACT wants in a
canonical form: the municipality and region (nominative, short), and the issuer, which the
extractor writes in normal case when a letterhead prints it in capitals ("КОМИТЕТ ПО
ОБРАЗОВАНИЮ / АДМИНИСТРАЦИИ … РАЙОНА" → "Комитет по образованию администрации … района"),
and signatories, whose blocks printed in capitals are written in normal case too ("ДИРЕКТОР
ГИМНАЗИИ / А.Б.СОКОЛОВА" → "Директор гимназии", "А.Б. Соколова"; issue 11): expected records hold
that properly written form.

| field                      | strict (default)                         | --loose                 |
|----------------------------|------------------------------------------|-------------------------|
| kind, order.date, period,  | equal                                    | equal                   |
| deadline (and apart:       |                                          |                         |
| deadline.start/end/recur.) |                                          |                         |
| document.title             | canon (as written, case included)        | fuzzy                   |
| municipality, region       | canon (CONTRACT: canonical nominative)   | "город X" = "X", fuzzy  |
| issuer                     | canon (normal case, no trailing region   | one name's word stems   |
|                            | after a municipality)                    | in the other's, fuzzy   |
| order.number               | canon                                    | letters and digits only |
| signatories                | name canon (spaces between initials      | name letters only;      |
|                            | ignored), position canon                 | position fuzzy          |
| activities, indicators     | PAIRED by fuzzy title / name; a pair     | same                    |
|                            | is a TP                                  |                         |
| wording                    | a pair's title / name canon              | every pair is a TP      |
| responsibles, goals, tasks | canon, one to one                        | fuzzy, one to one       |
| results                    | canon                                    | fuzzy                   |
| targets                    | op, value, unit (letters only)           | same                    |
| statuses                   | done and years                           | same                    |
| indicator_values           | (year, kind, value) of paired indicators | same                    |

Fuzzy means rapidfuzz ratio ≥ 90 on the letters-and-digits form `norm` (case, ё, punctuation and
spacing ignored). `--loose` is for triage only: it hides wrong case, wrong grammatical form,
a parent body in an issuer, and near-miss texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from pipelines.eval_diff import DIFFERS, MISSING, UNEXPECTED, Mismatch

SIMILAR = 90.0  # rapidfuzz ratio (0..100) at which two texts name the same thing
_NON_WORD = re.compile(r"[^\w]+")
_STEM = 5  # word beginnings compared for organisation names (case endings differ)
_CITY = re.compile(r"^(?:город|г)\s+")
_QUOTES = str.maketrans(dict.fromkeys("«»“”„‟〝〞＂", '"'))
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_INSIDE_QUOTES = re.compile(r"(?<=[«„“])\s+|\s+(?=[»”])")
_INITIAL_SPACE = re.compile(r"(?<=\b[А-ЯЁA-Z]\.)\s+(?=[А-ЯЁA-Z]\.)")
_INITIAL_GLUED = re.compile(r"(?<=\b[А-ЯЁA-Z]\.)(?=[А-ЯЁA-Z][а-яёa-z])")

Rec = dict[str, Any]

# Metrics in report order; `roadmaps evaluate --min-f1` gates each of them in every file
# (pipelines/eval_gate.py). `deadline` counts start, end and recurrence together (recorded
# floors and reports use it); each part is scored apart too, so that a month off by one does
# not hide behind a right recurrence.
DEADLINE_PARTS = ("start", "end", "recurrence")
METRICS = ("document", "activities", "wording", "deadline",
           *(f"deadline.{k}" for k in DEADLINE_PARTS), "responsibles", "results", "targets",
           "statuses", "indicators", "indicator_values", "goals", "tasks")


@dataclass
class Counts:
    """True positives, false positives, false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (None if self.empty else 0.0)

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (None if self.empty else 0.0)

    @property
    def f1(self) -> float | None:
        """F1, or None when there was nothing to find and nothing was found."""
        if self.empty:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Score:
    """Counts per metric and the mismatches behind them."""

    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in METRICS})
    diffs: list[Mismatch] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for m, c in other.counts.items():
            self.counts.setdefault(m, Counts()).add(c)
        self.diffs += other.diffs


def canon(text: str | None) -> str:
    """Strict comparison form: NFKC, ё → е, one kind of quote and dash, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").replace("ё", "е").replace("Ё", "Е")
    text = _INSIDE_QUOTES.sub("", " ".join(text.split()))
    return text.translate(_QUOTES).translate(_DASHES)


def canon_name(text: str | None) -> str:
    """A person's name in canonical spacing: "Е. В. Ганина", "Е.В.Ганина" → "Е.В. Ганина"."""
    text = _INITIAL_SPACE.sub("", canon(text))
    return _INITIAL_GLUED.sub(" ", text)


def norm(text: str | None) -> str:
    """Loose comparison and pairing form: lower case, ё → е, words only, single spaces."""
    return " ".join(_NON_WORD.sub(" ", (text or "").casefold().replace("ё", "е")).split())


def similar(a: str | None, b: str | None) -> bool:
    """Same text up to case, punctuation and small differences (loose)."""
    na, nb = norm(a), norm(b)
    return na == nb or (bool(na) and bool(nb) and fuzz.ratio(na, nb) >= SIMILAR)


def same_place(a: str | None, b: str | None) -> bool:
    """Loose: "город Пенза" and "Пенза" are the same municipality."""
    return similar(_CITY.sub("", norm(a)), _CITY.sub("", norm(b)))


def _stems(text: str | None) -> set[str]:
    return {w[:_STEM] for w in norm(text).split()}


def same_org(a: str | None, b: str | None) -> bool:
    """Loose: similar, or one name's words contained in the other's, up to their endings:
    "ИМДЦ" in "МКУ ИМДЦ", "Управления образования" in "Управление образования администрации …"."""
    if similar(a, b):
        return True
    wa, wb = _stems(a), _stems(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def same_text(a: str | None, b: str | None) -> bool:
    """Strict: equal after `canon`."""
    return canon(a) == canon(b)


@dataclass(frozen=True)
class Rules:
    """How one scoring run compares texts: strict (the default) or loose (triage)."""

    loose: bool = False

    @property
    def text(self) -> Callable[[Any, Any], bool]:
        """Titles, results, positions."""
        return similar if self.loose else same_text

    @property
    def place(self) -> Callable[[Any, Any], bool]:
        return same_place if self.loose else same_text

    @property
    def org(self) -> Callable[[Any, Any], bool]:
        return same_org if self.loose else same_text

    @property
    def number(self) -> Callable[[Any, Any], bool]:
        return (lambda a, b: norm(a) == norm(b)) if self.loose else same_text

    def name_key(self, name: str | None) -> str:
        """Signatories are paired by this form of their names."""
        return norm(name).replace(" ", "") if self.loose else canon_name(name)

    def item_key(self, text: Any) -> str:
        """Responsibles, goals and tasks are paired by this form (exact in strict mode)."""
        return norm(str(text)) if self.loose else canon(str(text))


STRICT = Rules()
LOOSE = Rules(loose=True)


@dataclass(frozen=True)
class Item:
    """Where a compared field belongs: the document (no item), or an activity / indicator with
    its label in the expected record and the index of the extracted item paired with it."""

    kind: str | None = None
    label: str | None = None
    index: int | None = None

    def mismatch(self, name: str, exp: Any, got: Any, kind: str = DIFFERS) -> Mismatch:
        """The record of one mismatch of field `name` here."""
        return Mismatch(name, kind, exp, got, self.kind, self.label, self.index)


NO_ITEM = Item()


def _eq(a: Any, b: Any) -> bool:
    return a == b


def compare(name: str, exp: Any, got: Any, same: Callable[[Any, Any], bool] = _eq,
            at: Item = NO_ITEM) -> tuple[Counts, list[Mismatch]]:
    """One field: absent on both sides counts nothing; a wrong value is both FP and FN. `at`
    says which item the field belongs to (for the mismatch record)."""
    if exp in (None, "", []) and got in (None, "", []):
        return Counts(), []
    if exp in (None, "", []):
        return Counts(fp=1), [at.mismatch(name, None, got)]
    if got in (None, "", []):
        return Counts(fn=1), [at.mismatch(name, exp, None)]
    if same(exp, got):
        return Counts(tp=1), []
    return Counts(fp=1, fn=1), [at.mismatch(name, exp, got)]


def match_items(exp: list[Any], got: list[Any], key: Callable[[Any], str],
                form: Callable[[str | None], str] = norm, exact: bool = False
                ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching by the `form` of `key`: fuzzy at SIMILAR (or `exact`), best pairs
    first. Returns (pairs (exp index, got index), unmatched expected, unmatched got)."""
    ek, gk = [form(key(e)) for e in exp], [form(key(g)) for g in got]
    scored = []
    for i, a in enumerate(ek):
        for j, b in enumerate(gk):
            s = 100.0 if a == b else (fuzz.ratio(a, b) if a and b and not exact else 0.0)
            if s >= SIMILAR:
                scored.append((-s, i, j))
    scored.sort()
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_e and j not in used_g:
            pairs.append((i, j))
            used_e.add(i)
            used_g.add(j)
    return (sorted(pairs), [i for i in range(len(exp)) if i not in used_e],
            [j for j in range(len(got)) if j not in used_g])


def score_set(name: str, exp: list[Any], got: list[Any], key: Callable[[Any], str] = str,
              at: Item = NO_ITEM, rules: Rules = STRICT) -> tuple[Counts, list[Mismatch]]:
    """Two lists of texts matched one to one (exactly, or fuzzily when loose): matched = TP,
    the rest FN / FP."""
    pairs, miss, extra = match_items(exp, got, key, rules.item_key, exact=not rules.loose)
    diffs = [at.mismatch(name, key(exp[i]), None, MISSING) for i in miss]
    diffs += [at.mismatch(name, None, key(got[j]), UNEXPECTED) for j in extra]
    return Counts(tp=len(pairs), fp=len(extra), fn=len(miss)), diffs


def _sum(parts: Iterable[tuple[Counts, list[Mismatch]]]) -> tuple[Counts, list[Mismatch]]:
    total = Counts()
    diffs: list[Mismatch] = []
    for c, d in parts:
        total.add(c)
        diffs += d
    return total, diffs
