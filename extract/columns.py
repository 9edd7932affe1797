"""Column roles as one assignment: header evidence (extract/headphrase.py) plus what each column
holds (dates, organisations, numbers, long verbal nouns …), each role given at most once.

Content evidence is computed once per column over the body rows. The assignment maximises the
total evidence by a small exact search over columns (dynamic programming on the set of roles
already given), so a header word that fits two columns goes to the column whose content agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.headphrase import read_header
from extract.tools import ExtractTools
from extract.vocab import Vocab

_DATE = re.compile(
    r"\b\d{1,2}\.\d{2}\.(?:\d{2}|\d{4})(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)|\b[IV]{1,4}\s*(?:-\s*[IV]{1,4}"
    r"\s*)?кв|\bкв\.|квартал|полугоди|(?<!\w)до\s+\d")
_NUMBER = re.compile(
    r"^\s*[<>≥≤]?=?\s*[-−]?\d[\d\s]{0,12}(?:[.,]\d+)?\s*(?:%|[а-яё.]{1,8}\.?)?\s*$", re.I)
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*(?:-[а-д])?\.?|[IVXLC]{1,6}\.)\s+")
# "126 обучающихся", "1-9классы", "7-9 классы", "3,6 классы": a count, a range or a list of
# classes and its word
_COUNT_LEAD = re.compile(
    r"^\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*(?:\s*-?[а-яё]{1,2}\b)?\s*([а-яё]+)", re.I)
_MARK = re.compile(r"^\s*[хxХX+vV✓✔√]\s*$")
_INITIALS = re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.|\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]?\.?")
_ABBR_START = re.compile(r"^\s*[А-ЯЁ]{2,}\b")
_VERBAL = ("ние", "тие", "ция", "ка", "ство", "нг", "аж", "ание", "ение", "ота", "ие")
MAX_DATE_LEN = 70  # a deadline cell is short; an activity title mentioning a year is not one
MAX_WORDED_DATE = 40  # "в течение учебного года", "по графику" — not a title with "график"
MIN_ACTION_LEN = 20
KIND_CHARS = 400  # characters of a cell read to tell what it holds

# How much each kind of content speaks for a role (share of the column's filled cells × weight).
CONTENT_FIT: dict[str, tuple[tuple[str, float], ...]] = {
    "deadline": (("date", 3.0), ("org", -2.0), ("action", -1.5)),
    "start": (("date", 2.0), ("org", -2.0)),
    "end": (("date", 2.0), ("org", -2.0)),
    "responsibles": (("org", 3.0), ("date", -2.0), ("action", -1.0), ("number", -1.0),
                     ("cohort", -3.0)),
    "activity": (("action", 2.5), ("date", -1.5), ("number", -1.5)),
    "content": (("action", 1.0), ("number", -1.0)),
    "direction": (("action", 0.5), ("number", -1.0)),
    "indicator": (("measure", 2.5), ("number", -1.5)),
    # a cell opening with an infinitive ("Довести охват до 100%") promises an outcome: a plan's
    # expected result, never a report's mark of what was done
    "result": (("text", 0.5), ("number", -0.5), ("promise", 1.0)),
    "value": (("number", 1.5), ("text", -1.0)),
    "mark": (("status", 2.0), ("mark", 1.0), ("promise", -2.0)),
    "number": (("numbering", 2.0), ("text", -2.0)),
    "unit": (("unit", 2.5), ("text", -1.0)),
    "stage": (("text", 0.5),),
}
# Roles a column can take more than once (year/value columns, columns nobody reads).
MULTI = frozenset({"value", "money", "other", "base", "result", "service"})
BOUNDS = ("start", "end")  # the roles of the two bounds of one term
# A column this sure to be deadlines or responsibles is warned about when left without a role.
LOOKS_SURE = 0.6


@dataclass(frozen=True)
class Profile:
    """What one column holds: the share of its filled body cells of each kind."""

    filled: int
    shares: dict[str, float] = field(default_factory=dict)

    def share(self, kind: str) -> float:
        return self.shares.get(kind, 0.0)


def cell_kinds(text: str, vocab: Vocab, tools: ExtractTools) -> set[str]:
    """The kinds of content a cell text shows (several may hold)."""
    out: set[str] = set()
    flat = " ".join(text[:KIND_CHARS].split())  # the start of a long cell says enough
    lemmas = tools.lemmas(_LEADING_NUMBER.sub("", flat))
    first = lemmas[0] if lemmas else ""
    if _NUMBERING.match(flat):
        out.add("numbering")
    if _NUMBER.match(flat):
        out.add("number")
    if _MARK.match(flat) or flat in ("-", "–", "—"):
        out.add("mark")
    # a deadline word ("график", "год") in a long text is part of a title, not a deadline
    worded = len(flat) <= MAX_WORDED_DATE and set(lemmas) & vocab.deadline_words
    if len(flat) <= MAX_DATE_LEN and (_DATE.search(flat.lower()) or worded):
        out.add("date")
    if len(flat) < 80 and set(lemmas) & vocab.status_words:
        out.add("status")
    if len(flat) <= 300 and (_names_party(flat, lemmas, vocab, tools)
                             or _INITIALS.search(flat) or _abbreviated_party(flat, first, vocab)):
        out.add("org")
    if _cohort(flat, vocab, tools):
        out.add("cohort")  # "7-17 лет" after the count is the pupils' age, not a term
        out.discard("date")
    words = [w for w in lemmas if w.isalpha()]
    if (len(flat) <= 30 and words and all(w in vocab.unit_words for w in words)) or flat == "%":
        out.add("unit")
    if len(flat) >= MIN_ACTION_LEN and lemmas and "number" not in out and (
            "date" not in out or len(flat) > MAX_DATE_LEN // 2):
        out.add("text")
        if first in vocab.measure_words:
            out.add("measure")
        elif tools.tag(_first_word(flat))[0] == "NOUN" and first.endswith(_VERBAL):
            out.add("action")
        if tools.tag(_first_word(flat).lower())[0] == "INFN":
            out.add("promise")
    return out


def _cohort(flat: str, vocab: Vocab, tools: ExtractTools) -> bool:
    """A cell opening with who a measure covered by their count or classes ("126 обучающихся",
    "1-9 классы"): a report's participants, not a party answering for the measure."""
    m = _COUNT_LEAD.match(flat)
    return m is not None and bool(set(tools.lemmas(m.group(1))) & vocab.cohort_words)


def _names_party(flat: str, lemmas: list[str], vocab: Vocab, tools: ExtractTools) -> bool:
    """The cell opens with a body or a position: "Управление …", "Органы местного …",
    "Районный методический центр", "Муниципальный координатор" — an adjective counts only
    when the noun it goes with does ("Муниципальный правовой акт" is a document)."""
    party = vocab.org_words | vocab.position_words
    if not lemmas or lemmas[0] not in party:
        return False
    words = _LEADING_NUMBER.sub("", flat).split()
    if tools.tag(words[0].strip("«\"(").lower())[0] not in ("ADJF", "PRTF"):
        return True
    for word, lemma in zip(words[1:4], lemmas[1:4], strict=False):
        if tools.tag(word.strip("«\"(,").lower())[0] == "NOUN":
            return lemma in party
    return True


def _abbreviated_party(flat: str, first: str, vocab: Vocab) -> bool:
    """A cell opening with an abbreviation ("МКУ «ИМЦ»", "ГБУ ДПО ЧИППКРО", "УО"); a lone
    abbreviation nobody lists as a body is a code ("ВП", "КПМ": a level of an indicator)."""
    if not _ABBR_START.match(flat):
        return False
    return len(flat.split()) > 1 or first in vocab.org_words or first in vocab.position_words


def _first_word(text: str) -> str:
    words = _LEADING_NUMBER.sub("", text).split()
    return words[0].strip("«\"(") if words else ""


def profile(texts: list[str], vocab: Vocab, tools: ExtractTools) -> Profile:
    """Shares of kinds over the non-empty texts of a column."""
    filled = [t for t in texts if t.strip()]
    counts: dict[str, int] = {}
    for t in filled:
        for k in cell_kinds(t, vocab, tools):
            counts[k] = counts.get(k, 0) + 1
    n = len(filled)
    return Profile(n, {k: v / n for k, v in counts.items()} if n else {})


def content_score(role: str, prof: Profile) -> float:
    """Evidence the column's content gives for `role`."""
    return sum(prof.share(kind) * w for kind, w in CONTENT_FIT.get(role, ()))


@dataclass(frozen=True)
class Evidence:
    """One column's candidates: (role, header score, content score)."""

    col: int
    header: str
    head: str | None
    candidates: tuple[tuple[str, float, float], ...]
    prof: Profile
    rule: str = ""  # a rule that reweighed the evidence, named by --debug

    def header_score(self, role: str) -> float:
        return next((h for r, h, _ in self.candidates if r == role), 0.0)

    def total(self, role: str) -> float:
        return next((h + c for r, h, c in self.candidates if r == role), 0.0)


MAX_STATES = 512  # role sets kept per column by the assignment (exact up to 9 single roles)
CONTENT_ONLY = 1.2  # content evidence this strong proposes a role without a header word
# Roles content alone may propose in a table that has a header (in a headerless one, any role):
# a column of dates or of organisations is never left unread for want of a header word.
CONTENT_ROLES = frozenset({"deadline", "responsibles", "number", "value", "unit", "mark"})
# Roles content alone may also propose for a column whose header cell is empty in a table that
# has a header (a legal site prints only the year captions over an indicator table's names).
UNCAPTIONED_ROLES = CONTENT_ROLES | {"indicator"}


def evidence(col: int, header: str, texts: list[str], vocab: Vocab, tools: ExtractTools,
             headed: bool = True) -> Evidence:
    """Header and content evidence of one column (`headed`: the table has a header row)."""
    reading = read_header(header, tools) if header else None
    prof = profile(texts, vocab, tools)
    cands: list[tuple[str, float, float]] = []
    header_roles = dict(reading.scores) if reading else {}
    if reading and reading.head in vocab.shifted_heads and _sure_dates(prof):
        # a place column ("Место проведения") whose every cell is a date is a deadline column
        # under a header cell moved off its place by a flattened copy
        header_roles.pop("other", None)
    order = [r.name for r in vocab.roles]
    bound = _bound_caption(header_roles)
    for role in sorted({*header_roles, *CONTENT_FIT}, key=order.index):
        h = header_roles.get(role, 0.0)
        # dates speak as much for the start or end a caption names as for a deadline: the
        # caption decides ("Срок начала" beside "Срок окончания" is no deadline column)
        c = content_score("deadline" if role == bound else role, prof) if prof.filled else 0.0
        allowed = UNCAPTIONED_ROLES if not header.strip() else CONTENT_ROLES
        if h > 0 or (c >= CONTENT_ONLY and (not headed or role in allowed)):
            cands.append((role, h, c))
    cands.sort(key=lambda t: -(t[1] + t[2]))  # stable: ties keep the vocabulary's order
    return Evidence(col, header, reading.head if reading else None, tuple(cands), prof,
                    "bound_caption" if bound else "")


def _bound_caption(header_roles: dict[str, float]) -> str | None:
    """"start"/"end" when the caption names that bound of a term more than a deadline."""
    best = max(BOUNDS, key=lambda r: header_roles.get(r, 0.0))
    h = header_roles.get(best, 0.0)
    return best if h > 0 and h > header_roles.get("deadline", 0.0) else None


def _sure_dates(prof: Profile) -> bool:
    return prof.filled >= 2 and prof.share("date") >= LOOKS_SURE and prof.share("org") < 0.3


def assign(evs: list[Evidence]) -> dict[int, str]:
    """The roles of the columns with the best total evidence, each single role at most once
    (exact: dynamic programming over the set of single roles already given)."""
    singles = sorted({r for e in evs for r, h, c in e.candidates if r not in MULTI})
    bit = {r: 1 << i for i, r in enumerate(singles)}
    # state: used-roles mask -> (total, roles so far)
    states: dict[int, tuple[float, tuple[str | None, ...]]] = {0: (0.0, ())}
    for e in evs:
        nxt: dict[int, tuple[float, tuple[str | None, ...]]] = {}
        for mask, (total, roles) in states.items():
            options: list[tuple[str | None, float]] = [(None, 0.0)]
            options += [(r, h + c) for r, h, c in e.candidates if h + c > 0]
            for role, gain in options:
                b = bit.get(role, 0) if role else 0
                if b and mask & b:
                    continue
                key = mask | b
                cand = (total + gain, (*roles, role))
                if key not in nxt or cand[0] > nxt[key][0]:
                    nxt[key] = cand
        # exact while there are few single roles (2^9 states); beyond, the best states go on
        states = dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:MAX_STATES])
    best = max(states.values(), key=lambda t: t[0])[1]
    return {e.col: r for e, r in zip(evs, best, strict=True) if r}


def describe(e: Evidence, role: str | None) -> str:
    """The evidence for one column, for --debug."""
    head = f"head {e.head!r}" if e.head else "no header"
    parts = [f"{r} {h:.1f}+{c:.1f}" for r, h, c in e.candidates[:3]]
    kinds = ", ".join(f"{k} {v:.0%}" for k, v in sorted(e.prof.shares.items()) if v >= 0.3)
    rule = f"; {e.rule}" if e.rule else ""
    return (f"column {e.col + 1} {e.header[:40]!r} → {role or 'none'} ({head}; "
            f"{'; '.join(parts) or 'no evidence'}; content: {kinds or '-'}{rule})")


def looks_like(e: Evidence) -> str | None:
    """"deadlines"/"responsibles" when the content alone is sure of it (for a warning)."""
    if e.prof.filled >= 2 and e.prof.share("date") >= LOOKS_SURE and e.prof.share("org") < 0.3:
        return "deadlines"
    if e.prof.filled >= 2 and e.prof.share("org") >= LOOKS_SURE and e.prof.share("date") < 0.3:
        return "responsibles"
    return None


# A plan table with deadlines and responsibles but no column named for its titles (a schedule
# "Дата | Время | Группа | Место | Ответственные"): the row names sit in the column of distinct
# worded cells nobody else reads ("Средняя группа № 4" each row; the place repeats).
TITLE_FIELDS = frozenset({"deadline", "responsibles"})
NAMES_TITLE = frozenset({"activity", "content", "direction", "indicator", "stage", "service"})
MIN_DISTINCT = 0.8  # share of a column's filled cells that differ from one another
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]{3,}")


def untitled_names(evs: list[Evidence], texts: dict[int, list[str]], roles: dict[int, str],
                   person_heads: frozenset[str] = frozenset()) -> int | None:
    """The column that names the rows of a plan table whose header names no title column:
    the one without a role whose worded cells are the most distinct (ties: leftmost); never
    one headed by people's names (a staff roster's "ФИО учителя")."""
    if set(roles.values()) & NAMES_TITLE or not set(roles.values()) >= TITLE_FIELDS:
        return None
    best: tuple[float, int] | None = None
    for e in evs:
        filled = [" ".join(t.split()) for t in texts.get(e.col, []) if t.strip()]
        if e.col in roles or len(filled) < 2 or not all(_WORD.search(t) for t in filled) \
                or e.head in person_heads:
            continue
        distinct = len(set(filled)) / len(filled)
        if distinct >= MIN_DISTINCT and (best is None or distinct > best[0]):
            best = (distinct, e.col)
    return best[1] if best else None

