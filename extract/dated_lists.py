"""Plans written as a dated list instead of a table:

    Январь:                                   ← a month label: the section of the items below
    27 января: День снятия блокады            ← "day month: name", the name wrapped over the
    города Ленинграда.                          next short lines

as calendar plans of upbringing print the memorable dates of their year. Each dated line is an
activity whose deadline is its date. Events plans also alternate a date line alone (a month,
"Февраль-Март" or "4 октября") with the event's own paragraph: a bare date followed by a plain
line is that line's deadline, not a section label. Runs only when no earlier extractor found
activities, and only for at least MIN_ITEMS dated lines (a date in a sentence is no list).
Month names are data (extract/vocab/content.yaml: month_words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from extract.cut_rows import stops_mid_word, stops_on_link
from extract.dated_columns import columns_run
from extract.dated_runs import read_runs
from extract.found import Found
from extract.models import DraftActivity
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Paragraph, Provenance, SourceDocument

MIN_ITEMS = 3
WRAP_WORDS = 6  # a line that continues a wrapped name is short
_DATED = re.compile(r"^\s*(?P<date>(?P<day>\d{1,2})\s+(?P<month>[А-Яа-яЁё]+)"
                    r"(?:\s+\d{4}\s*(?:г\.|года)?)?)\s*[:–—-]\s*(?P<name>\S.*)$")
# "14 октября «Осенняя ярмарка»", "21 октября Праздник урожая …": a calendar's date and event
# a PDF's text printed on one line without a separator (the event opens with a capital or a
# quote: "1 сентября провести линейку" is a sentence)
_GLUED = re.compile(r"^\s*(?P<date>(?P<day>\d{1,2})\s+(?P<month>[А-Яа-яЁё]+)"
                    r"(?:\s+\d{4}\s*(?:г\.|года)?)?)\s+(?P<name>[«\"„А-ЯЁ].*)$")
_LABEL = re.compile(r"^\s*(?P<month>[А-ЯЁа-яё]+)\s*:?\s*$")
# a date line alone: "4 октября", "Февраль-Март", "10 - 15 мая", "Апрель 2016 г."
_BARE_DATE = re.compile(r"^\s*(?:\d{1,2}\s*(?:[-–—]\s*\d{1,2}\s*)?)?(?P<month>[А-ЯЁа-яё]+)"
                        r"(?:\s*[-–—]\s*(?:\d{1,2}\s+)?(?P<month2>[А-ЯЁа-яё]+))?"
                        r"(?:\s+\d{4}\s*(?:г\.|года?)?)?\s*:?\s*$")
_SENTENCE_END = re.compile(r"[.!?;]\s*$")


@cache
def _month_words() -> tuple[str, ...]:
    return tuple(load_yaml("content")["month_words"])


@dataclass
class _Reader:
    """Walks the lines, keeping the month label and the item being read."""

    months: frozenset[str]
    items: list[DraftActivity] = field(default_factory=list)
    lines: list[list[str]] = field(default_factory=list)  # each item's source lines
    section: str | None = None
    open: tuple[str, list[str], Provenance] | None = None
    bare: tuple[str, Provenance] | None = None  # a date line alone waiting for its event
    paired: int = 0  # items read as a bare date line + its event line
    labels: bool = False  # dates alone one after another: a column of labels, no event after
    cut: Provenance | None = None  # where the item the text's end cut (left out) began

    def close(self) -> None:
        if self.open:
            date, name, source = self.open
            self.items.append(DraftActivity(section=self.section, title=" ".join(name),
                                            deadline_text=date, source=source))
            self.lines.append(name)
        self.open = None

    def is_bare_date(self, line: str, lemma: ExtractTools) -> bool:
        m = _BARE_DATE.match(line)
        if m is None:
            return False
        return all(lemma.lemma(w.lower()) in self.months for w in (m["month"], m["month2"]) if w)

    def dated(self, line: str, lemma: ExtractTools) -> re.Match[str] | None:
        """A "day month: name" line (or its date and name glued without a separator)."""
        m = _DATED.match(line) or _GLUED.match(line)
        ok = m is not None and 1 <= int(m["day"]) <= 31 \
            and lemma.lemma(m["month"].lower()) in self.months
        return m if ok else None

    def step(self, line: str, source: Provenance, lemma: ExtractTools, first: bool = False
             ) -> None:
        """Read one line; `first`: it opens a paragraph (a wrapped name goes on over a
        paragraph's break only in lower case)."""
        bare = self.is_bare_date(line, lemma)
        if line.strip() and not bare:
            self.labels = False
        if m := self.dated(line, lemma):
            self.close()
            self.bare = None
            self.open = (" ".join(m["date"].split()), [m["name"].strip()], source)
        elif bare:
            self.close()
            # "октябрь" / "ноябрь" one after another: a table's month column printed in a
            # run (a PDF's text column by column), the line after them is no event of theirs
            self.labels = self.labels or self.bare is not None
            date = " ".join(line.strip().rstrip(":").split())
            self.bare = None if self.labels else (date, source)
            # a lone month heads the dated lines below it, unless an event line follows
            label = _LABEL.match(line)
            self.section = label["month"] if label else None
        elif self.bare and line.strip():
            # the date line's event: the bare date is its deadline, not a section
            date, _ = self.bare
            self.bare, self.section = None, None
            self.open = (date, [line.strip()], source)
            self.paired += 1
        elif self.open and line.strip() and len(line.split()) <= WRAP_WORDS \
                and not _SENTENCE_END.search(self.open[1][-1]) \
                and not (first and line.strip()[:1].isupper()):
            self.open[1].append(line.strip())
        else:
            self.close()
            if line.strip():
                self.section = None


def _lines(doc: SourceDocument) -> Iterator[tuple[str, Provenance, bool]]:
    for p in doc.paragraphs:
        for k, line in enumerate(p.text.split("\n")):
            line_no = p.source.line + k if p.source.line is not None else None
            yield line, p.source.model_copy(update={"line": line_no}), k == 0


def _read(doc: SourceDocument, tools: ExtractTools) -> _Reader:
    reader = _Reader(frozenset(tools.lemma(w) for w in _month_words()))
    last = ""
    for line, source, first in _lines(doc):
        reader.step(line, source, tools, first)
        last = line
    reader.close()
    if reader.items and doc.blocks and isinstance(doc.blocks[-1], Paragraph) \
            and reader.lines[-1][-1] == last.strip() \
            and (stops_mid_word(last, tools) or stops_on_link(last, tools)):
        # the text ends inside the last event's name ("… драматурга, перев"): cut, unsaid
        reader.cut = reader.items.pop().source
        reader.lines.pop()
    return reader


def read_dated(doc: SourceDocument, tools: ExtractTools) -> list[DraftActivity]:
    """Activities of the dated lists of a document (none when fewer than MIN_ITEMS)."""
    reader = _read(doc, tools)
    return reader.items if len(reader.items) >= MIN_ITEMS else []


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities of a dated list, when no table or numbered paragraphs gave any."""
    if found.activities:
        return Found()
    reader = _read(doc, tools)
    acts = reader.items
    if len(acts) < MIN_ITEMS:
        runs = read_runs(doc, tools)  # the list's line breaks lost: one paragraph
        if runs:
            return Found(activities=tuple(runs), trace=(f"dated_runs:run_together({len(runs)})",))
        return Found()
    if why := columns_run(reader.lines, tools):
        return Found(trace=(f"dated_lists:table_columns_refused({why})",))
    trace = [f"dated_lists:dated_lines({len(acts)})"]
    if reader.paired:
        trace.append(f"dated_lists:date_line_then_event({reader.paired})")
    warnings: tuple[str, ...] = ()
    if reader.cut is not None:
        trace.append("dated_lists:cut_by_text_end")
        where = f"line {reader.cut.line}" if reader.cut.line else "the end of the text"
        warnings = (f"activity row at {where}: cut by the end of the text (dated list's last "
                    "item), left out",)
    return Found(activities=tuple(acts), warnings=warnings, trace=tuple(trace))
