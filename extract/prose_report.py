"""A report of measures carried out, written as prose paragraphs under a title:

    МБДОУ «Детский сад № 5 «Ромашка»
    Профилактические мероприятия по предупреждению травматизма      ← the title
    В средней группе 12.03.2024 проведена беседа «Осторожно, лед».   ← a measure done
    Инструктором организованы соревнования «Веселые старты».         ← a measure done
    Таким образом, работа ведется систематически.                    ← general prose

Schools and kindergartens publish such reports on their sites. Each paragraph telling of one
measure done — a word of accomplishment (a short passive participle or a past verb, told by the
lemmatizer, not by endings) beside an event noun (extract/vocab/prose_report.yaml) — is an
activity named by the paragraph as printed; a date in it is its deadline. The document is a
report; its period is the year of the dates when they all fall in one. Runs only when no
earlier extractor read activities, only under a title near the top that names measures or a
report on holding them (never a plan's or programme's), and only when measures make at least
half of the paragraphs below it: a programme's or a self-examination's prose that also says
"проведены …" has no such title, or its paragraphs are mostly aims and analysis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.found import Found
from extract.models import DraftActivity, DraftDocument
from extract.tools import ExtractTools
from extract.vocab import contains, load_yaml
from ingest.models import Paragraph, SourceDocument

TITLE_LINES = 8  # the title stands among the first paragraphs
TITLE_WORDS = 25
MEASURE_WORDS = 70  # one measure's paragraph is short; longer ones are narrative
MIN_MEASURES = 2
_DATE = re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})"
                   r"(?:\s*г\.?)?(?!\d)")
_WORD_DATE = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)"
                        r"(?:\s+(?P<year>\d{4})(?:\s*(?:г\.|года?))?)?", re.I)


@dataclass(frozen=True)
class _Vocab:
    titles: tuple[tuple[str, ...], ...]
    refused: frozenset[str]
    events: frozenset[str]
    openers: tuple[tuple[str, ...], ...]
    months: frozenset[str]


@cache
def _vocab() -> _Vocab:
    data = load_yaml("prose_report")
    return _Vocab(titles=tuple(tuple(p) for p in data["title_phrases"]),
                  refused=frozenset(data["title_refused"]),
                  events=frozenset(data["event_nouns"]),
                  openers=tuple(tuple(p) for p in data["general_openers"]),
                  months=frozenset(load_yaml("content")["month_words"]))


def _text(p: Paragraph) -> str:
    return " ".join(p.text.split())


def printed_lines(doc: SourceDocument) -> list[Paragraph]:
    """Each printed line as a paragraph of its own: a site's text export runs a report's
    paragraphs together as lines of one block."""
    out = []
    for p in doc.paragraphs:
        for k, line in enumerate(p.text.split("\n")):
            if line.strip():
                at = p.source.line + k if p.source.line is not None else None
                source = p.source.model_copy(update={"line": at})
                out.append(p.model_copy(update={"text": line.strip(), "source": source}))
    return out


def is_title(text: str, tools: ExtractTools) -> bool:
    """A short line naming measures or a report on holding them, and no plan or programme."""
    if not text or len(text.split()) > TITLE_WORDS or text.rstrip().endswith(":"):
        return False  # a line closing with a colon leads a list (extract/listed_work.py)
    lemmas = tools.lemmas(text)
    vocab = _vocab()
    return (any(contains(lemmas, p) for p in vocab.titles) and not vocab.refused & set(lemmas)
            and not any(map(tools.is_done, text.split())))


def is_measure(text: str, tools: ExtractTools) -> bool:
    """A paragraph telling of one measure done: a word of accomplishment and an event noun,
    not opening as an aim or a conclusion."""
    words = re.findall(r"[А-Яа-яЁё]+", text)
    if not words or len(text.split()) > MEASURE_WORDS:
        return False
    if general_opener(text, tools):
        return False
    lemmas = [tools.lemma(w) for w in words]
    return any(map(tools.is_done, words)) and bool(_vocab().events & set(lemmas))


def general_opener(text: str, tools: ExtractTools) -> bool:
    """The paragraph opens as an aim, a conclusion or a summary ("Таким образом, …")."""
    lemmas = [tools.lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", text)]
    return any(lemmas[: len(p)] == [tools.lemma(w) for w in p] for p in _vocab().openers)


def deadline_of(text: str, tools: ExtractTools) -> tuple[str | None, int | None]:
    """The first date printed in a measure's paragraph and its year (None when it has none)."""
    if m := _DATE.search(text):
        year = int(m["year"])
        return m.group(0).strip(), year + 2000 if year < 100 else year
    for m in _WORD_DATE.finditer(text):
        if 1 <= int(m["day"]) <= 31 and tools.lemma(m["month"].lower()) in _vocab().months:
            return m.group(0).strip(), int(m["year"]) if m["year"] else None
    return None, None


def _title_at(paras: list[Paragraph], tools: ExtractTools) -> int | None:
    for k, p in enumerate(paras[:TITLE_LINES]):
        if is_title(_text(p), tools):
            return k
    return None


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities of a prose report of measures carried out, when nothing earlier read any."""
    if found.activities:
        return Found()
    paras = printed_lines(doc)
    at = _title_at(paras, tools)
    if at is None:
        return Found()
    body = paras[at + 1:]
    measures = [p for p in body if is_measure(_text(p), tools)]
    if len(measures) < MIN_MEASURES or 2 * len(measures) < len(body):
        return Found(trace=(f"prose_report:refused({len(measures)} of {len(body)} paragraphs "
                            "tell of measures done)",))
    acts, years = [], set()
    for p in measures:
        date, year = deadline_of(_text(p), tools)
        years |= {year} if year else set()
        acts.append(DraftActivity(title=_text(p), deadline_text=date, source=p.source))
    period = str(years.pop()) if len(years) == 1 else None
    document = DraftDocument(kind="report", title=_text(paras[at]), period_text=period)
    return Found(document=document, activities=tuple(acts),
                 trace=(f"prose_report:measures_done({len(acts)} under title "
                        f"{_text(paras[at])[:60]!r})",))
