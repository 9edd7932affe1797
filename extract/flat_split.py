"""Cutting one flattened table row back into its header's cells, by evidence.

    Проведение мониторинга качества работы школ | ежегодно, декабрь | Комитет по образованию

A row's cells follow each other in the header's order, so a split is a choice of cut points
between words. Every cell is scored by what its column should hold and the best sum wins
(dynamic programming over the cut points):
- a deadline cell is a phrase the deadline parser reads (`ExtractTools.deadline`), tight at
  both ends: dropping its first or last word changes the reading, unless that word is itself
  deadline vocabulary ("до", "года"); without the parser, a cell of deadline words only;
  deadline words opening it that read nothing alone and add nothing ("… на год | август")
  end the title instead; a position word no nominative reads after it ("по плану
  воспитателей") completes it;
- a responsible-parties cell opens with an organisation or a position (extract/vocab/content
  .yaml org_words, position_words: "Комитет", "Управление", "руководители") or an abbreviation
  (МБОУ, ОО, ДОО), and counts the organisation words it holds; a position word in an
  oblique case ("воспитателей") opens none;
- every cell but the title opens with a capital letter or a digit (each cell of the source
  table did); no cell but the last ends on a preposition, a conjunction or a comma ("Комитет
  по", "Управление образования,"), and no cell cuts a quoted name ("МКУ «ИМЦ»");
- the title column takes what is left; it is never empty.
`Split.evidence` names what decided each cell (shown by `--debug`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extract.activity_cols import TITLE_ROLES
from extract.tools import ExtractTools
from extract.vocab import Vocab, load_yaml

MAX_CELL = 40  # words of a cell other than the title
MAX_DEADLINE = 12
MAX_UNDATED = 3  # words of a deadline without a date word ("по плану", "по графику")
EMPTY = {"deadline": -3.0, "responsibles": -3.0}  # an empty field cell, by role
EMPTY_OTHER = -2.0
NONE = float("-inf")
_CORE = re.compile(r"^[^\wЁё]+|[^\wЁё]+$")
_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,7}$")
_ROMAN_OR_DIGIT = re.compile(r"^(?:[IVXLC]{1,5}|\d[\d.,/–-]*)$")
_GLUED_YEAR = re.compile(r"^(?:19|20)\d\dг{1,2}$")  # "2025г" closes a deadline like "2025 г."
_DASH = re.compile(r"[-–—]")
_FUNCTION_POS = frozenset({"PREP", "CONJ"})
_INITIALS = re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.?,?$")  # "О.В." after a surname
_INITIAL = re.compile(r"^[А-ЯЁ]\.$")  # "О." of initials printed apart ("Лапина О. В.")
_SHORTENED = re.compile(r"^[А-ЯЁ][а-яё]{0,3}\.$")  # "Кл.", "Зам.", "Ст." before a position
_DASHES = frozenset({"-", "–", "—"})


@dataclass(frozen=True)
class Split:
    """A row cut into cells (one per column but the number), its score and the evidence."""

    cells: tuple[str, ...]
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class _Word:
    text: str
    lemma: str
    capital: bool
    org: bool
    dated: bool  # deadline vocabulary: a month, "ежегодно", "года", a year, a roman numeral
    lead: bool  # a word that opens a deadline without changing its reading ("до", "не позднее")
    tail: bool  # a word that closes one so ("г.", "года")
    function: bool  # a preposition or conjunction
    oblique: bool  # a position or organisation word no nominative reads ("воспитателей")


@lru_cache(maxsize=1)
def _edges() -> tuple[frozenset[str], frozenset[str]]:
    """(leads, tails): words at a deadline cell's edges that its reading may ignore."""
    spec = load_yaml("content").get("deadline_edges", {})
    return frozenset(spec.get("leads", [])), frozenset(spec.get("tails", []))


def _word(text: str, vocab: Vocab, tools: ExtractTools) -> _Word:
    core = _CORE.sub("", text)
    lemma = tools.lemma(core.lower()) if core else ""
    parts = {tools.lemma(p) for p in _DASH.split(core.lower()) if p} if core else set()
    leads, tails = _edges()
    org = bool(({lemma} | parts) & (vocab.org_words | vocab.position_words))
    return _Word(
        text=text, lemma=lemma,
        capital=bool(core[:1].isupper() or core[:1].isdigit()),
        org=org or bool(_ABBREVIATION.match(core)),
        dated=bool(parts & vocab.deadline_words) or bool(_ROMAN_OR_DIGIT.match(core)),
        lead=lemma in leads, tail=lemma in tails or bool(_GLUED_YEAR.match(core)),
        function=bool(core) and tools.tag(core.lower())[0] in _FUNCTION_POS,
        oblique=org and not _ABBREVIATION.match(core) and not tools.reads_nominative(core.lower()),
    )


class _Scorer:
    """Cell scores of one row (deadline readings cached per span)."""

    def __init__(self, words: list[_Word], tools: ExtractTools) -> None:
        self.words = words
        self.tools = tools
        self._readings: dict[tuple[int, int], str | None] = {}

    def text(self, i: int, j: int) -> str:
        return " ".join(w.text for w in self.words[i:j])

    def reading(self, i: int, j: int) -> str | None:
        if (i, j) not in self._readings:
            self._readings[(i, j)] = self.tools.deadline(self.text(i, j)) if j > i else None
        return self._readings[(i, j)]

    def deadline(self, i: int, j: int) -> tuple[float, str]:
        ws = self.words[i:j]
        if j - i > MAX_DEADLINE or not (ws[0].dated or ws[0].lead):
            return NONE, ""
        if not any(w.dated for w in ws) and (j - i > MAX_UNDATED or self.reading(i, j) is None):
            return NONE, ""  # a short phrase the parser reads still counts ("По плану")
        read = self.reading(i, j)
        if read is None:
            if all(w.dated or w.lead or w.tail for w in ws):
                return 1.5, "deadline words"
            return NONE, ""
        loose = 0
        # a cell of deadline vocabulary only ("1 раз в квартал") is whole as it stands
        pure = all(w.dated or w.lead or w.tail for w in ws)
        lead_ok = pure or (ws[0].lead and j - i > 1 and ws[1].dated)  # "до 1 сентября"
        if j - i > 1 and not lead_ok and self.reading(i + 1, j) == read:
            loose += 1
        elif lead_ok and self._foreign_head(i, j, read):
            loose += 1  # "в годы ВОВ. | По плану": the words before read nothing of it
        elif self._idle_head(i, j, read):
            loose += 1  # "… в ДОУ на год | август": a head reading nothing adds nothing
        if (j - i > 1 and not pure and not ws[-1].tail and not ws[-1].oblique
                and self.reading(i, j - 1) == read):
            loose += 1
        before = self.words[i - 1] if i > 0 else None
        if before and (before.lead or before.dated) and self.reading(i - 1, j) not in (None, read):
            loose += 1  # the word before belongs to the phrase ("до | 1 сентября")
        after = self.words[j] if j < len(self.words) else None
        if after and (after.tail or after.dated) and self.reading(i, j + 1) not in (None, read):
            loose += 1  # the word after belongs to the phrase ("5 мая | 2025 г.")
        elif after and after.oblique and self.reading(i, j + 1) == read:
            loose += 1  # "по плану | воспитателей": whose plan is the phrase's own word
        elif after and after.text in _DASHES and self.reading(i, j + 2) not in (None, read):
            loose += 1  # a range cut at its spaced dash ("2025 | – 2029 гг.")
        rule = read.split(" ", 1)[0]
        why = f"deadline parser rule {rule!r}" + (" (loose)" if loose else "")
        if ws[-1].oblique and j - i > 1:
            why += f" with its complement {ws[-1].text!r}"
        return 4.0 - 3.0 * loose, why

    def _idle_head(self, i: int, j: int, read: str) -> bool:
        """Deadline words that read nothing by themselves open the cell and the rest reads the
        same without them: they end the title ("на год", "за год" before "август")."""
        for k in range(i + 1, j):
            head = self.words[i:k]
            if head[-1].function or head[-1].lead or head[-1].text[:1].isdigit():
                continue
            if self.reading(i, k) is None and self.reading(k, j) == read:
                return True
        return False

    def _foreign_head(self, i: int, j: int, read: str) -> bool:
        """The same reading starts later, after a word that is no deadline vocabulary: the
        head belongs to the title ("в годы ВОВ. По плану" reads as "По плану")."""
        for k in range(i + 1, j):
            w = self.words[k - 1]
            if not (w.dated or w.lead or w.tail) and self.reading(k, j) == read:
                return True
        return False

    def responsibles(self, i: int, j: int) -> tuple[float, str]:
        ws = self.words[i:j]
        if all(w.tail for w in ws):
            return NONE, ""  # "гг." closes the deadline before it; no party is named so
        orgs = sum(w.org for w in ws)
        opens = _opens_party(ws)
        first = 2.5 if opens else (0.0 if ws[0].capital else -1.5)
        return first + 0.5 * min(orgs, 2), opens or "no organisation"

    def other(self, i: int, j: int) -> tuple[float, str]:
        return (-1.0 if self.words[i].org else 0.0), "text"

    def fit(self, role: str, i: int, j: int, last: bool) -> tuple[float, str]:
        """Score of words [i, j) as the cell of `role`, and why."""
        if role in TITLE_ROLES:
            return (self._edges(i, j, last), "the rest") if j > i else (NONE, "")
        if j == i:
            return EMPTY.get(role, EMPTY_OTHER), "empty"
        if j - i > MAX_CELL:
            return NONE, ""
        score, why = self._by_role(role)(i, j)
        if score == NONE:
            return score, why
        score += 0.5 if self.words[i].capital else 0.0
        return score + self._edges(i, j, last), why

    def _edges(self, i: int, j: int, last: bool) -> float:
        """A cell cut inside a quoted name, or before the words a preposition, conjunction or
        comma at its end leads to, is cut in the wrong place."""
        text = self.text(i, j)
        penalty = -2.0 if text.count("«") != text.count("»") else 0.0
        if i > 0 and self.words[i].text[:1] in "«\"" and self.words[i - 1].org:
            penalty -= 2.0  # "МКУ | «Центр»": an organisation cut from its name
        if not last and (self.words[j - 1].function or text.endswith(",")
                         or self.words[j - 1].text in _DASHES):  # "1 - | 11": a range cut
            penalty -= 2.0
        return penalty

    def _by_role(self, role: str) -> Callable[[int, int], tuple[float, str]]:
        return {"deadline": self.deadline, "responsibles": self.responsibles}.get(role, self.other)


def _opens_party(ws: list[_Word]) -> str:
    """Why the words open a responsible party: an organisation or position word, a shortened
    qualifier before one ("Кл. руководители", "Зам. директора"), or a surname before its
    initials ("Лапина О.В."); "" when they do not."""
    if ws[0].org and not ws[0].oblique:  # "воспитателей" completes the phrase before it
        return f"opens with organisation word {ws[0].text!r}"
    second = ws[1] if len(ws) > 1 else None
    if second and second.org and _SHORTENED.match(ws[0].text):
        return f"opens with a shortened qualifier {ws[0].text!r} of {second.text!r}"
    if second and ws[0].capital and not ws[0].dated and _initials(ws[1:3]):
        return f"opens with a name {ws[0].text} {second.text}"
    return ""


def _initials(ws: list[_Word]) -> bool:
    """Initials after a surname: joined ("О.В.") or printed apart ("О. В.")."""
    if ws and _INITIALS.match(ws[0].text):
        return True
    return len(ws) == 2 and all(_INITIAL.match(w.text.rstrip(",")) for w in ws)


def split_row(text: str, roles: tuple[str, ...], vocab: Vocab, tools: ExtractTools) -> Split:
    """The best cut of `text` into one cell per role (roles in the header's order)."""
    words = [_word(t, vocab, tools) for t in text.split()]
    sc = _Scorer(words, tools)
    n, k = len(words), len(roles)
    # best[c][j]: the best score of the first c cells ending at word j, and where cell c began
    best: list[dict[int, tuple[float, int, str]]] = [{0: (0.0, 0, "")}]
    for c, role in enumerate(roles):
        row: dict[int, tuple[float, int, str]] = {}
        last = c == k - 1
        ends = [n] if last else range(n + 1)
        for j in ends:
            for i, (prev, _, _) in best[c].items():
                if i > j or (role not in TITLE_ROLES and j - i > MAX_CELL):
                    continue
                s, why = sc.fit(role, i, j, last)
                if s != NONE and (j not in row or prev + s > row[j][0]):
                    row[j] = (prev + s, i, why)
        best.append(row)
    if n not in best[k]:
        return Split(cells=(text,) + ("",) * (k - 1), score=NONE, evidence=())
    cells: list[str] = []
    evidence: list[str] = []
    j = n
    for c in range(k, 0, -1):
        _, i, why = best[c][j]
        cells.append(sc.text(i, j))
        evidence.append(why)
        j = i
    return Split(tuple(reversed(cells)), best[k][n][0], tuple(reversed(evidence)))
