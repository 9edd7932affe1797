"""Plans written as numbered paragraphs instead of a table.

    **2. Методическое сопровождение**                       ← a section (bold, heading, roman
    2.1. Организация стажировок молодых педагогов.            numeral, or "2." before "2.1.")
    Срок: октябрь 2024 г.                                   ← fields on the item's lines or
    Ответственные: МКУ «ЦМС»; руководители опорных школ.      in the paragraphs after it

Runs only when no earlier extractor found activities (no activity table). An item becomes an
activity only when it has a deadline or a responsible party, so numbered order clauses
("2. Контроль … оставляю за собой") are not activities. Field labels are data
(extract/vocab/facts.yaml: plan_fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from extract.facts.lines import Chunk, chunks, squash
from extract.found import Found
from extract.listed_aims import drop_aims
from extract.models import DraftActivity
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Provenance, SourceDocument

FIELDS = ("deadline", "responsibles", "result", "status")
# "1. Анализ", "1.1 Анализ" and "1.Анализ" (no space after the dot before a capital)
_NUMBER = re.compile(r"^\s*((?:\d{1,2}\.)*\d{1,2})(?:[.)]?(?:\s+|$)|[.)](?=[«\"А-ЯЁ]))")
# a time heading's head: the words before its first dot, colon or dash ("СЕНТЯБРЬ. Заседание …")
_TIME_HEAD = re.compile(r"^\s*([^.:–—]{2,40}?)\s*(?:[.:–—]\s*\S|$)")
_TIME_HEAD_WORDS = 4
_ROMAN = re.compile(r"^\s*(?:Раздел\s+)?([IVXLC]{1,5}|\d{1,2})\.\s+(?=\S)")
_ROMAN_ONLY = re.compile(r"^\s*[IVXLC]{1,5}\.\s+")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:гг|г|др|пр|т\.\s?[пд])\.$")
_SECTION_WORDS = 20


@cache
def _labels() -> re.Pattern[str]:
    """One pattern with a named group per field; a label starts a line or follows "." / ";"."""
    spec = load_yaml("facts")["plan_fields"]
    alts = "|".join(f"(?P<{name}>{'|'.join(spec[name])})" for name in FIELDS)
    return re.compile(rf"(?:(?<=\n)|(?<=[.;] )|(?<=[.;])|^)(?:{alts})\s*(?::|\s[–—-]|[–—])\s*")


def _untagged(word: str) -> tuple[str, str]:
    return "", ""


@dataclass
class _Item:
    """An activity being read."""

    number: str | None
    section: str | None
    title: str
    source: Provenance
    fields: dict[str, list[str]] = field(default_factory=dict)
    told: str | None = None  # the addressee over the item ("- Методисту …")

    def draft(self) -> DraftActivity:
        def joined(name: str) -> str | None:
            return "\n".join(self.fields[name]) if self.fields.get(name) else None

        return DraftActivity(number=self.number, section=self.section, title=self.title,
                             deadline_text=joined("deadline"),
                             responsibles_text=joined("responsibles"),
                             result_text=joined("result"), status_text=joined("status"),
                             source=self.source)


def _tidy(text: str) -> str:
    text = squash(text).strip(" ;,")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text[:-1].rstrip()
    return text


def split_fields(text: str) -> tuple[str, dict[str, list[str]]]:
    """("title", {field: [value]}) of an item whose lines may carry "Срок: …" labels."""
    matches = list(_labels().finditer(text))
    if not matches:  # the item is its title alone: its full stop is the title's, as written
        return squash(text).strip(" ;,"), {}
    out: dict[str, list[str]] = {}
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        name = next(k for k in FIELDS if m.group(k))
        value = _tidy(text[m.end() : nxt.start() if nxt else len(text)])
        if value:
            out.setdefault(name, []).append(value)
    return _tidy(text[: matches[0].start()]), out


def _body(c: Chunk) -> str:
    """The chunk's text with its line breaks kept (labels start lines)."""
    return "\n".join(c.lines) if len(c.lines) > 1 else c.text


def _number(c: Chunk) -> tuple[str | None, str]:
    """("2.1", text without the number) for a numbered item; (None, text) otherwise."""
    if c.list_number:
        m = _NUMBER.match(c.list_number + " ")
        return (m.group(1) if m else None), _body(c)
    m = _NUMBER.match(_body(c))
    return (m.group(1), _body(c)[m.end():]) if m else (None, _body(c))


@cache
def _operative() -> frozenset[str]:
    return frozenset(load_yaml("facts").get("operative_words", []))


def is_operative(text: str) -> bool:
    """"ПРИКАЗЫВАЮ:", "п р и к а з ы в а ю :" — the line that opens an order's clauses."""
    return re.sub(r"[\s:.!]+", "", text).lower() in _operative()


def _section_name(c: Chunk) -> str | None:
    """A section heading's name, or None when `c` is not one."""
    if _labels().match(c.text) or len(c.text.split()) > _SECTION_WORDS:
        return None
    if c.heading or c.bold or _ROMAN_ONLY.match(c.full_text):
        return _tidy(_ROMAN.sub("", c.full_text.replace("#", "").strip(), count=1))
    return None


@cache
def _heading_rules() -> frozenset[str]:
    return frozenset(load_yaml("facts").get("heading_deadline_rules", []))


def time_heading(c: Chunk, rest: list[Chunk], deadline: Callable[[str], str | None] | None
                 ) -> tuple[str, str] | None:
    """(section, deadline) of a heading over numbered items that names their time
    ("СЕНТЯБРЬ. Заседание МО №1" → "СЕНТЯБРЬ"), or None: the heading is short and unnumbered,
    the next chunk is a numbered item, and the parser reads its head by a rule of facts.yaml
    heading_deadline_rules. A reader that gave a line per paragraph may have joined the heading
    to the title above it: its last line is then tried alone."""
    if deadline is None or not rest or not _number(rest[0])[0] or _number(c)[0]:
        return None
    text = c.lines[-1] if len(c.lines) > 1 else c.text
    if len(text.split()) > _SECTION_WORDS or _labels().match(text):
        return None
    m = _TIME_HEAD.match(text)
    if not m or len(m.group(1).split()) > _TIME_HEAD_WORDS:
        return None
    reading = deadline(m.group(1))
    if not reading or reading.split(" ", 1)[0] not in _heading_rules():
        return None
    return _tidy(text), m.group(1).strip()


def _opens_group(number: str, rest: list[Chunk]) -> bool:
    """"1." followed by "1.1." items: a section, not an activity."""
    for c in rest:
        n, _ = _number(c)
        if n:
            return n.startswith(number + ".")
    return False


@dataclass
class _Reader:
    """Walks the chunks, keeping the current section and the item being read."""

    items: list[_Item] = field(default_factory=list)
    section: str | None = None
    open: _Item | None = None
    group: str | None = None  # the number of the item "3." whose text is the current section
    heading: str | None = None  # the section of the last heading, outside numbered groups
    tag: Callable[[str], tuple[str, str]] = _untagged
    deadline: Callable[[str], str | None] | None = None  # the deadline parser's reading
    when: str | None = None  # the deadline of the time heading the items sit under
    addressee: str | None = None  # "- Методисту по …:" over the items it is told to do
    scope: str | None = None  # the number its items open with ("1." for "1.1"), once seen
    bare: bool = False  # a plan of measures: an item under a section needs no field

    def close(self) -> None:
        if self.open and self.when and not self.open.fields.get("deadline"):
            self.open.fields["deadline"] = [self.when]
        if self.open and self.open.told and self.open.fields.get("deadline") \
                and not self.open.fields.get("responsibles"):
            self.open.fields["responsibles"] = [self.open.told]
        if self.open and (self.open.fields.get("deadline") or self.open.fields.get("responsibles")):
            self.items.append(self.open)
        elif self.open and self.bare and self.open.section is not None and not self.open.fields:
            # a measure's sentence printed alone: its full stop ends the item, not the title
            self.open.title = _tidy(self.open.title)
            self.items.append(self.open)
        self.open = None

    def add_fields(self, fields: dict[str, list[str]]) -> None:
        assert self.open
        for k, v in fields.items():
            self.open.fields.setdefault(k, []).extend(v)

    def step(self, c: Chunk, rest: list[Chunk]) -> None:
        if c.cells is not None:
            self.close()
            return
        if is_operative(c.lines[-1] if c.lines else c.text):  # its own line, or one joined on
            self.close()
            self.section = self.heading = self.group = None
            return
        title, fields = split_fields(_body(c))
        if self.open and not title and fields:  # "Срок: …" on a line of its own
            self.add_fields(fields)
            return
        number, text = _number(c)
        timed = time_heading(c, rest, self.deadline)
        if timed:
            self.close()
            self.section = self.heading = timed[0]
            self.group, self.when = None, timed[1]
            return
        name = _section_name(c)
        if name and not fields:
            self.close()
            self.section = self.heading = name
            self.group, self.when = None, None
            return
        if number and not fields and _opens_group(number, rest):
            self.close()
            self.section, self.group = _tidy(split_fields(text)[0]).rstrip(" :"), number
            return
        if number and self.addressee:
            self._scope(number)
        if number and self.group and not number.startswith(self.group + "."):
            # "4." after the items "3.1", "3.2" of group "3.": the group's section has ended
            self.section, self.group = self.heading, None
        if number or (c.list_number and fields):
            self.close()
            title, fields = split_fields(text)
            self.open = _Item(number, self.section, title, c.source, {}, self.addressee)
            self.add_fields(fields)
            return
        if self.open and not self.open.fields and c.text[:1].islower():
            self.open.title = f"{self.open.title} {_tidy(c.text)}"
            return
        self.close()
        if not number and not fields and _addressee(c.text, self.tag, rest):
            self.addressee, self.scope = squash(c.text).strip(" :;-–—•"), None

    def _scope(self, number: str) -> None:
        """The addressee's items share the first one's parent number ("1.1" … "1.4"); an item
        outside them ends it."""
        parent = number.rpartition(".")[0]
        if self.scope is None:
            self.scope = f"{parent}." if parent else ""
        elif not number.startswith(self.scope):
            self.addressee = self.scope = None


_ADDRESSEE_WORDS = 25
_ADDRESSEE_POS = ("NOUN", "ADJF")


def _addressee(text: str, tag: Callable[[str], tuple[str, str]], rest: list[Chunk]) -> bool:
    """"- Методисту по дошкольному образованию … Ивановой А. Б.:" right over numbered items:
    the person or body told to do them, its first word in the dative."""
    words = text.strip(" -–—•").split()
    if not words or len(words) > _ADDRESSEE_WORDS or not rest or not _number(rest[0])[0]:
        return False
    pos, case = tag(words[0].strip(",:"))
    return pos in _ADDRESSEE_POS and case == "datv"


def read_plan(doc_chunks: list[Chunk],
              tag: Callable[[str], tuple[str, str]] = _untagged,
              deadline: Callable[[str], str | None] | None = None,
              bare: bool = False) -> list[DraftActivity]:
    """Activities of a numbered-paragraph plan (`tag`: a word's part of speech and case, to
    tell an addressee line over the items; `deadline`: the parser's reading, to tell a time
    heading over them; `bare`: items under a section are measures without any field)."""
    reader = _Reader(tag=tag, deadline=deadline, bare=bare)
    for i, c in enumerate(doc_chunks):
        reader.step(c, doc_chunks[i + 1 : i + 30])
    reader.close()
    return [it.draft() for it in reader.items]


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities written as numbered paragraphs, when no table gave any."""
    if found.activities:
        return Found()
    acts = read_plan(chunks(doc), tools.tag, tools.deadline)
    if not acts:
        return Found()
    timed = sum(a.section is not None and a.deadline_text is not None
                and a.section.startswith(a.deadline_text) for a in acts)
    why = f"paragraph_plans:numbered_items({len(acts)})" + (
        f" time_heading_deadlines({timed})" if timed else "")
    return Found(activities=tuple(acts), trace=(why,))


_MIN_BARE = 2  # one numbered line under a heading is no list of measures


def extract_bare(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """A plan of measures' numbered items under section headings that print no term or
    responsible (`_plan_of_measures`), when no extractor found activities (a dated list's
    lines go to dated_lists, run before this one)."""
    if found.activities or not _plan_of_measures(found, tools):
        return Found()
    acts = drop_aims(read_plan(chunks(doc), tools.tag, tools.deadline, bare=True),
                     found.goals + found.tasks)
    if len(acts) < _MIN_BARE:
        return Found()
    return Found(activities=tuple(acts), trace=(f"paragraph_plans:bare_plan_items({len(acts)})",))


def _plan_of_measures(found: Found, tools: ExtractTools) -> bool:
    """The document is a plan of measures by its own title ("ПЛАН антитеррористических
    МЕРОПРИЯТИЙ в МБДОУ …"), no act: its numbered items under section headings are the measures
    even when no item prints a term or a responsible (no order's clauses among them)."""
    d = found.document
    if d.kind != "roadmap" or d.order_number or d.act_type or not d.title:
        return False
    return bool(set(tools.lemmas(d.title)) & frozenset(load_yaml("facts")["measure_plan_nouns"]))
