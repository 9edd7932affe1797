"""Extractor 'para_rows': a plan table whose PDF text printed every cell as a paragraph of its
own, with no row numbers to cut the rows by.

    Ответственные                                    ← the header's last caption
    Сентябрь                                         ← a month's group row glued on top
    Общешкольная линейка, посвящённая …              ← a worded cell opens a row
    1-4                                              ← classes: who takes part (coverage)
    1 сентября                                       ← the term
    Заместитель директора по УВР, …                  ← the executor (optional)

A calendar plan of a school's upbringing work saved from a PDF comes out so: the captions
(their words often interleaved), then each row's cells in turn. The rows are read by the kind
of each paragraph — a term (the deadline parser reads it), a class range, an executor (a
position's or body's words), else a worded cell — so a row is a worded paragraph with the
cells after it. Two terms after one worded paragraph say it holds two rows' titles printed
together: it is cut where a line opens with a capitalised word that can stand in the
nominative (a title's head; "Гимна РФ" goes on the line before). An executor belongs to the
row whose term it follows.

Runs only when no earlier extractor found activities, after a paragraph that is a whole
responsibles caption ("Ответственные"), and only for MIN_ROWS rows with a term at least.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extract.dated_columns import foreign_cells
from extract.found import Found
from extract.models import DraftActivity
from extract.tools import ExtractTools
from extract.vocab import Vocab, get_vocab
from ingest.models import Paragraph, Provenance, SourceDocument

MIN_ROWS = 3
_TERM_WORDS = 6  # a term cell is short ("Каждый понедельник", "в течение месяца")
_CLASSES = re.compile(r"^\s*\d{1,2}\s*[-–—]\s*\d{1,2}(?:\s*(?:кл\.?|класс(?:ы|ов)?))?\s*$")
_WORD = re.compile(r"[А-ЯЁа-яё]{2,}")
_ABBREVIATIONS = re.compile(r"^(?:[А-ЯЁ]{2,6}\s*[,;]?\s*){1,3}$")  # "ОУ", "ДОУ, ОО"
_AMOUNT = re.compile(r"^\d[\d\s]*,\d")  # "2895,0 (в прошлом году …", "350,0 из бюджета"
_QUOTES = re.compile(r"[«»\"„“]")
_ROMAN = re.compile(r"^[IVXLC]{1,6}\.?$")
_BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")


@dataclass
class _Row:
    lines: list[str]  # the worded paragraph's lines (shared by rows printed together)
    source: Provenance
    section: str | None
    number: str | None = None
    terms: list[str] = field(default_factory=list)
    people: list[str | None] = field(default_factory=list)  # per term: its executor

    def add_term(self, term: str) -> None:
        self.terms.append(" ".join(term.split()))
        self.people.append(None)


_CAPTION_WORDS = 4  # "Ответственный исполнитель": a caption is short (longer ones not lemmatised)


def _caption(text: str, vocab: Vocab, tools: ExtractTools) -> bool:
    """The paragraph is a whole caption of the responsibles column ("Ответственные")."""
    if len(text.split()) > _CAPTION_WORDS:
        return False
    lemmas = tuple(w for w in tools.lemmas(text) if w.isalpha())
    return bool(lemmas) and any(lemmas == phrase for role in vocab.roles
                                if role.name == "responsibles" for phrase in role.phrases)


def _term(text: str, people: bool, tools: ExtractTools) -> bool:
    flat = " ".join(text.split())
    return len(flat.split()) <= _TERM_WORDS and not people and tools.deadline(flat) is not None


def _kind(text: str, vocab: Vocab, tools: ExtractTools) -> str:
    """"classes", "term", "amount", "people" or "words" (a title's paragraph)."""
    flat = " ".join(text.split())
    if _CLASSES.match(flat):
        return "classes"
    lemmas = [w for w in tools.lemmas(flat) if w.isalpha()]
    # an executor's cell opens with a position or a body ("Классные руководители", "Учитель")
    # or is a body's abbreviation alone ("ОУ")
    people = (bool(lemmas) and lemmas[0] in vocab.position_words | vocab.org_words) \
        or bool(_ABBREVIATIONS.match(flat))
    if _AMOUNT.match(flat):
        return "amount"  # money planned with its decimals: no cell this reader keeps
    if _term(flat, people, tools):
        return "term"
    return "people" if people and not foreign_cells([flat], tools) else "words"


def _trailing_term(lines: list[str], tools: ExtractTools) -> str | None:
    """A title's paragraph whose last line is its term ("Ремонт пищеблока" / "До 15 августа":
    no blank line parted the cells): that line, opening with a capital and unquoted."""
    last = lines[-1].strip() if len(lines) > 1 else ""
    return last if last[:1].isupper() and not _QUOTES.search(last) \
        and _term(last, False, tools) else None


def _month_head(lines: list[str], vocab: Vocab, tools: ExtractTools) -> str | None:
    """A month's name alone on the paragraph's first line over more lines: its group row."""
    first = lines[0].strip()
    return first if len(lines) > 1 and first.isalpha() \
        and tools.lemma(first.lower()) in vocab.month_words else None


def _title_starts(lines: list[str], tools: ExtractTools) -> list[int]:
    """Lines that can open a title: a capitalised word that can stand in the nominative,
    the line above not left open (a comma, a hyphen, a preposition)."""
    out = []
    for k in range(1, len(lines)):
        words, before = _WORD.findall(lines[k]), _WORD.findall(lines[k - 1])
        above = lines[k - 1].rstrip()
        if words and before and lines[k].lstrip()[:1].isupper() \
                and not above.endswith((",", "-", "(")) \
                and tools.reads_nominative(words[0].lower()) \
                and tools.tag(before[-1].lower())[0] not in ("PREP", "CONJ"):
            out.append(k)
    return out


@dataclass
class _Reader:
    """The rows read so far, the section and the item number waiting for the next row."""

    vocab: Vocab
    tools: ExtractTools
    rows: list[_Row] = field(default_factory=list)
    section: str | None = None
    number: str | None = None

    def part(self, p: Paragraph) -> bool:
        """"I. Укрепление …" (a roman-numbered list item): a section; a bare item number on
        its last line ("… учреждений" / "1") numbers the next row."""
        if not (p.list_number and _ROMAN.match(p.list_number)):
            return False
        lines = p.text.split("\n")
        if len(lines) > 1 and _BARE_NUMBER.match(lines[-1].strip()):
            self.number, lines = lines[-1].strip().rstrip("."), lines[:-1]
        self.section = " ".join(" ".join(lines).split())
        return True

    def item(self, p: Paragraph) -> bool:
        """A list item ("1. Ремонт …", "- замена …") under a title whose row has no cells yet:
        the list inside the title's cell, its markers kept."""
        row = self.rows[-1] if self.rows else None
        if row is None or row.terms or not p.list_number or p.list_number[:1].isupper():
            return False
        lines = p.text.split("\n")
        term = _trailing_term(lines, self.tools)
        lines = lines[:-1] if term else lines
        if _kind("\n".join(lines), self.vocab, self.tools) != "words":
            return False
        row.lines += [f"{p.list_number} {lines[0]}", *lines[1:]]
        if term:
            row.add_term(term)
        return True

    def step(self, p: Paragraph) -> None:
        if self.part(p) or self.item(p):
            return
        lines = p.text.split("\n")
        head = _month_head(lines, self.vocab, self.tools)
        if head is not None and _kind("\n".join(lines[1:]), self.vocab, self.tools) == "words":
            self.section, lines = head, lines[1:]  # "Октябрь" over a title: its group row
        term = _trailing_term(lines, self.tools)
        lines = lines[:-1] if term else lines
        kind = _kind("\n".join(lines), self.vocab, self.tools)
        rows = self.rows
        if kind == "words":
            rows.append(_Row(lines, p.source, self.section, self.number))
            self.number = None
            if term:
                rows[-1].add_term(term)
        elif rows and kind == "term":
            rows[-1].add_term(p.text)
        elif rows and kind == "people" and rows[-1].terms and rows[-1].people[-1] is None:
            rows[-1].people[-1] = p.text


def _activities(row: _Row, tools: ExtractTools) -> list[DraftActivity]:
    """One activity per term; a paragraph holding several titles cut at their openings."""
    titles = [row.lines]
    starts = _title_starts(row.lines, tools)
    if len(row.terms) > 1 and len(starts) >= len(row.terms) - 1:
        cuts = [0, *starts[: len(row.terms) - 1], len(row.lines)]
        titles = [row.lines[a:b] for a, b in pairwise(cuts)]
    cells: list[tuple[str | None, str | None]] = list(zip(row.terms, row.people, strict=True))
    out = []
    for lines, (term, people) in zip(titles, cells or [(None, None)], strict=False):
        out.append(DraftActivity(number=row.number, section=row.section,
                                 title=" ".join(" ".join(lines).split()),
                                 deadline_text=term, responsibles_text=people,
                                 source=row.source))
    return out


def read_para_rows(doc: SourceDocument, tools: ExtractTools) -> list[DraftActivity]:
    """Activities of a plan table printed a cell a paragraph (none when it is not one)."""
    vocab = get_vocab(tools)
    paras = list(doc.paragraphs)
    head = next((k for k, p in enumerate(paras) if _caption(p.text, vocab, tools)), None)
    if head is None:
        return []
    reader = _Reader(vocab, tools)
    for p in paras[head + 1:]:
        reader.step(p)
    # a row with neither a term nor an item number says nothing of itself (a caption, a
    # title the text's end cut): no activity
    rows = [r for r in reader.rows if r.terms or r.number]
    if sum(bool(r.terms) for r in rows) < MIN_ROWS:
        return []
    return [a for r in rows for a in _activities(r, tools)]


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities of a plan table printed a cell a paragraph, when nothing earlier found any."""
    if found.activities:
        return Found()
    acts = read_para_rows(doc, tools)
    if not acts:
        return Found()
    return Found(activities=tuple(acts), trace=(f"para_rows:cell_paragraphs({len(acts)})",))
