"""A report's plan and fact written in words beside an indicator's name:

    Посещаемость по плану – 80%          ← the name, then the plan's value
    выполнено – 75%                       ← the fact's value

The explanatory note on a municipal task report prints its deviations so, in a table of the
service, the indicator and the reasons of the deviation; a PDF's text export interleaves those
columns line by line ("Доля / родителей, / удовлетворенных отклонения, / качеством …"). The
text is read as one run of words: each plan value ("по плану – 80%") followed by a fact value
("выполнено – 75%") is an indicator, named by the words before it from its last capitalised
word; between two such pairs, a name opening a line that carries no values is an indicator
without values. Words of the deviation's standard phrase (the reasons column) and stray
numbers are no words of a name (extract/vocab/plan_fact_words.yaml). Runs only in a report
with no indicator read elsewhere, two pairs at least, and a reporting year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from extract.found import Found
from extract.models import DraftIndicator, DraftValue, ValueKind
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Provenance, SourceDocument

MIN_PAIRS = 2
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMBERISH = re.compile(r"^[\d.,%–—\-:;()]+$")


@dataclass(frozen=True)
class _Vocab:
    value: re.Pattern[str]  # group "plan" or "fact", then "num" and "pct"
    deviation: frozenset[str]


def _phrase(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@cache
def _vocab(tools: ExtractTools) -> _Vocab:
    data = load_yaml("plan_fact_words")
    value = re.compile(
        rf"(?<![\w-])(?:(?P<plan>{_phrase(data['plan_words'])})|(?P<fact>"
        rf"{_phrase(data['fact_words'])}))\s*[–—:\-]\s*(?P<num>\d+(?:[.,]\d+)?)\s*(?P<pct>%)?",
        re.I)
    return _Vocab(value, frozenset(tools.lemma(w) for w in data["deviation_words"]))


@dataclass(frozen=True)
class _Word:
    text: str
    line: int | None
    opens: bool  # the first word of its line
    start: int  # offset in the joined text


def _words(doc: SourceDocument) -> tuple[list[_Word], str]:
    out: list[_Word] = []
    pos = 0
    for p in doc.paragraphs:
        for k, line in enumerate(p.text.split("\n")):
            for j, w in enumerate(line.split()):
                at = None if p.source.line is None else p.source.line + k
                out.append(_Word(w, at, j == 0, pos))
                pos += len(w) + 1
    return out, " ".join(w.text for w in out)


@dataclass(frozen=True)
class _Value:
    kind: ValueKind
    text: str
    number: float
    percent: bool
    start: int
    end: int


def _values(text: str, voc: _Vocab) -> list[_Value]:
    return [_Value("plan" if m.group("plan") else "fact", m.group("num"),
                   float(m.group("num").replace(",", ".")), bool(m.group("pct")),
                   m.start(), m.end()) for m in voc.value.finditer(text)]


def _pairs(values: list[_Value]) -> list[tuple[_Value, _Value]]:
    """Each plan value with the fact value right after it."""
    return [(a, b) for a, b in pairwise(values)
            if a.kind == "plan" and b.kind == "fact"]


def _capital(word: str) -> bool:
    core = word.strip("«»\"“„(),;:.")
    return bool(core) and core[0].isupper() and not core.isupper()


def _clean(words: list[_Word], voc: _Vocab, tools: ExtractTools) -> list[_Word]:
    """The words of names: no deviation phrase, no stray number or dash."""
    return [w for w in words if not _NUMBERISH.match(w.text)
            and tools.lemma(w.text.strip("«»\"“„(),;:.").lower()) not in voc.deviation]


def _name(words: list[_Word]) -> str:
    return " ".join(w.text for w in words).strip(" ,;:–—-")


def _segment(words: list[_Word], lo: int, hi: int) -> list[_Word]:
    return [w for w in words if lo <= w.start < hi]


def _named(seg: list[_Word], inner: bool) -> tuple[list[list[_Word]], list[_Word]]:
    """(names without values, the name of the pair) of the words before a pair: the pair's
    name opens at the last capitalised word; before it, between two pairs, each name opening
    a line with a capital stands without values."""
    last = max((k for k, w in enumerate(seg) if _capital(w.text)), default=None)
    if last is None:
        return [], []
    bare: list[list[_Word]] = []
    if inner:
        for w in seg[:last]:
            if w.opens and _capital(w.text):
                bare.append([w])
            elif bare:
                bare[-1].append(w)
    return bare, seg[last:]


def _year(found: Found) -> int | None:
    years = _YEAR.findall(found.document.period_text or "")
    return int(years[-1]) if years else None


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Indicators whose plan and fact a report writes in words ("по плану – 80%")."""
    year = _year(found)
    if found.indicators or found.document.kind != "report" or year is None:
        return Found()
    voc = _vocab(tools)
    words, text = _words(doc)
    pairs = _pairs(_values(text, voc))
    if len(pairs) < MIN_PAIRS:
        return Found()
    out: list[DraftIndicator] = []
    prev = 0
    for k, (plan, fact) in enumerate(pairs):
        seg = _clean(_segment(words, prev, plan.start), voc, tools)
        bare, named = _named(seg, k > 0)
        out += [DraftIndicator(name=_name(b), source=Provenance(line=b[0].line)) for b in bare]
        if named:
            unit = "%" if plan.percent or fact.percent else None
            vals = tuple(DraftValue(year=year, kind=v.kind, text=v.text, value=v.number)
                         for v in (plan, fact))
            out.append(DraftIndicator(name=_name(named), unit=unit, values=vals,
                                      source=Provenance(line=named[0].line)))
        prev = fact.end
    return Found(indicators=tuple(out),
                 trace=(f"plan_fact_words: {len(pairs)} plan/fact pairs in words, year {year}",))
