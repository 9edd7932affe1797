"""Responsible parties: splitting cells, organisation keys, roles, persons.

Vocabularies are data: data/abbreviations.yaml (organisation keys, their abbreviations and full
wordings, legal forms), data/roles.yaml (roles), data/stopwords.yaml (connectors). Full wordings
and roles are matched by lemma, so "Информационно-методического центра" finds ИМЦ.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.models import Party
from normalize.persons import find_person, normalize_quotes, person_spans

_DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*|«|»|[^\w\s]")
_TAGS = re.compile(r"<\s*(?:br|/p|/li|/div|/tr)\s*/?\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,200}>")
_LEADING = re.compile(r"^\s*(?:[-–—•·*]+|\d+(?:\.\d+)*[.)])\s+")
_INITIAL_END = re.compile(r"(?:^|[\s.])[А-ЯЁA-Z]\.$")


@cache
def _yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load((_DATA / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class OrgVocab:
    """Organisation and role vocabularies, lemmatised once per lemmatizer."""

    abbr: dict[str, str]  # abbreviation as written → key
    forms: tuple[tuple[tuple[str, ...], str], ...]  # lemma sequence → key, longest first
    forms_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # indexed by 1st lemma
    full: dict[str, str]  # key → expansion (for comparison keys)
    terms: dict[str, str]  # other abbreviations → expansion
    org_forms: frozenset[str]  # МКУ, МБОУ, ДПО …
    roles: tuple[tuple[tuple[str, ...], str], ...]  # lemma sequence → canonical role
    role_abbr: dict[str, str]  # "зам." → "заместители"
    role_lemmas: frozenset[str]  # first lemmas of role triggers
    connectors: frozenset[str]


@lru_cache(maxsize=4)
def vocab(lem: Lemmatizer) -> OrgVocab:
    """The organisation vocabulary of data/*.yaml with lemmatised wordings."""
    ab, ro, sw = _yaml("abbreviations.yaml"), _yaml("roles.yaml"), _yaml("stopwords.yaml")
    abbr: dict[str, str] = {}
    forms: list[tuple[tuple[str, ...], str]] = []
    for org in ab["orgs"]:
        abbr.update({a: org["key"] for a in org.get("abbr") or []})
        forms += [(tuple(lem.lemmas(f)), org["key"]) for f in org.get("forms") or []]
    roles: list[tuple[tuple[str, ...], str]] = []
    role_abbr: dict[str, str] = {}
    for r in ro["roles"]:
        roles += [(tuple(lem.lemmas(t)), r["role"]) for t in r["lemmas"]]
        role_abbr.update({a.lower(): r["role"] for a in r.get("abbr") or []})
    forms = sorted((f for f in forms if f[0]), key=lambda f: -len(f[0]))
    roles.sort(key=lambda f: -len(f[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, key in forms:
        by_first.setdefault(seq[0], []).append((seq, key))
    return OrgVocab(
        abbr=abbr, forms=tuple(forms), forms_by_first={k: tuple(v) for k, v in by_first.items()},
        full={o["key"]: o["full"] for o in ab["orgs"]},
        terms=dict(ab.get("terms") or {}), org_forms=frozenset(ab["org_forms"]),
        roles=tuple(roles), role_abbr=role_abbr,
        role_lemmas=frozenset(r[0][0] for r in roles) | frozenset(role_abbr.values()),
        connectors=frozenset(lem.lemma(w) for w in sw["connectors"]))


# ---------------------------------------------------------------- splitting a cell into parties

class _Tok(NamedTuple):  # a tuple: built for every token of every cell, cheaply
    text: str
    start: int
    depth: int  # nesting in quotes and parentheses
    quoted: bool  # inside «…»


def _tokens(text: str) -> list[_Tok]:
    """Tokens with their nesting in «quotes» and (parentheses): nothing splits inside."""
    out: list[_Tok] = []
    quotes = parens = 0
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if t == "»":
            quotes = max(0, quotes - 1)
        elif t == ")":
            parens = max(0, parens - 1)
        out.append(_Tok(t, m.start(), quotes + parens, quotes > 0))
        if t == "«":
            quotes += 1
        elif t == "(":
            parens += 1
    return out


def _prepare(text: str) -> list[tuple[str, bool]]:
    """Lines of a cell, each with a flag: it began with a list marker ("- ИМЦ"). HTML breaks
    become line breaks, quotes «», spaces single."""
    text = _ANY_TAG.sub(" ", _TAGS.sub("\n", text))
    text = normalize_quotes(text)
    lines = [(_LEADING.sub("", line), bool(_LEADING.match(line))) for line in text.splitlines()]
    return [(" ".join(line.split()), bullet) for line, bullet in lines if line.strip()]


def _is_role_word(word: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    return lem.lemma(word) in voc.role_lemmas or word.lower().rstrip(".") + "." in voc.role_abbr


def _is_nominative(word: str, lem: Lemmatizer) -> bool:
    """A new party begins with its subject: "Руководители …", not "…, Администрации города"."""
    top = lem.parse(word.lower())[0]
    return top.tag.case in (None, "nomn")


def _is_org_start(word: str, voc: OrgVocab) -> bool:
    return word in voc.org_forms or word in voc.abbr


def _ends_party(line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    if line.count("«") > line.count("»") or line.count("(") > line.count(")"):
        return False
    if line[-1] in ",;»).":
        return True
    words = lem.words(line)
    if not words or line[-1] in "-‐(«":
        return False
    last = words[-1]
    return not (lem.lemma(last) in voc.connectors or last in voc.org_forms
                or _is_role_word(last, lem, voc))


def _starts_party(line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    words = lem.words(line)
    if not words:
        return False
    first = words[0]
    if not line[0].isupper():
        return _is_role_word(first, lem, voc) and _is_nominative(first, lem)
    if _is_org_start(first, voc) or person_spans(line)[:1]:
        return True
    top = lem.parse(first.lower())[0]
    return top.tag.case in (None, "nomn") and top.tag.POS in ("NOUN", "ADJF", None)


def _join_lines(lines: list[tuple[str, bool]], lem: Lemmatizer, voc: OrgVocab) -> list[str]:
    """Line breaks split only where one party ends and the next line starts a new one (or
    the next line is a list item)."""
    pieces: list[str] = []
    for line, bullet in lines:
        new = not pieces or bullet or (_ends_party(pieces[-1], lem, voc)
                                       and _starts_party(line, lem, voc))
        if not new:
            pieces[-1] = _glue(pieces[-1], line, lem)
        else:
            pieces.append(line)
    return pieces


_BROKEN_END = re.compile(r"([^\W\d_]+)[-‐]$")
_BROKEN_START = re.compile(r"^([^\W\d_]+)")


_INNER_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‐]([а-яё]+)(?![^\W\d_])")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_][-‐]) +(?=[^\W\d_])")
_SPLIT_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}) ([а-яё]+)(?=[-‐\s,;.]|$)")


def _known(word: str, lem: Lemmatizer) -> bool:
    """The dictionary knows `word` (a hyphenated compound: every part of it)."""
    return all((lem.parse(p.lower())[:1] or [None])[0] is not None
               and lem.parse(p.lower())[0].is_known for p in word.split("-") if p)


def _mend_split(text: str, lem: Lemmatizer) -> str:
    """"дополнительног о", "Информационн о-методический": a word a narrow PDF column broke
    without a hyphen, its halves joined by a space, is one word when its first half is no word
    and the halves make one."""
    def mend(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if _known(a, lem) or not _known(a + b, lem):
            return m.group(0)
        return a + b
    return _SPLIT_WORD.sub(mend, text)


def _mend_words(text: str, lem: Lemmatizer) -> str:
    """"образова-ния", "об-разования", "обще-образовательных", "Кра-снодар": a word a reader
    joined across lines with the hyphen left in is one word when the dictionary does not know
    it as written and knows the halves joined ("учебно-воспитательной" is a word as written;
    "учителей-предметников", "Ханты-Мансийского" make no word joined: all stay)."""
    def mend(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        written = lem.parse(m.group(0).lower())
        if written and written[0].is_known:  # "учебно-воспитательной" is a word as written
            return m.group(0)
        whole = lem.parse((a + b).lower())
        if not whole or not whole[0].is_known:
            return m.group(0)
        return a + b
    if "-" not in text and "‐" not in text:
        return _mend_split(text, lem)
    text = _SPACED_HYPHEN.sub("", text)  # "Верхне- Лесогорского": a line break's space
    return _mend_split(_INNER_BREAK.sub(mend, text), lem)


def _glue(piece: str, line: str, lem: Lemmatizer) -> str:
    """Join a cell's next line. A word broken at a line's end: "образова-" / "ния" is one word
    when the halves make one the dictionary knows; "учителей-" / "предметников" and
    "Ханты-" / "Мансийского" keep their hyphen (no space either way)."""
    end, start = _BROKEN_END.search(piece), _BROKEN_START.match(line)
    if not end:
        return f"{piece} {line}"
    if start and line[:1].islower():
        word = end.group(1) + start.group(1)
        parses = lem.parse(word.lower())
        if parses and parses[0].is_known:
            return piece[:-1] + line
    return piece + line


def _comma_continues(before: str, after: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """After a comma the same party goes on: "по УМР, ВР" (a list of non-organisation
    abbreviations); "Отдел образования, опеки и попечительства" (a genitive continuation)."""
    words, prev = lem.words(after), lem.words(before)
    if not words:
        return True
    if (len(words) == 1 and words[0].isupper() and not _is_org_start(words[0], voc)
            and prev and prev[-1].isupper() and not _is_org_start(prev[-1], voc)):
        return True
    first = words[0]
    if not first.islower() or _is_role_word(first, lem, voc):
        return False
    top = lem.parse(first)[0]
    return top.tag.POS == "NOUN" and top.tag.case == "gent"


_SEPARATORS = {",": "comma", ";": "semicolon", "/": "slash"}


def _split_punct(piece: str, lem: Lemmatizer, voc: OrgVocab,
                 why: list[str] | None = None) -> list[str]:
    """Split at ";", at commas and at "/" between parties ("МКУ ИМЦ / МБОУ СОШ № 1"), not
    inside a party ("по УМР, ВР", "п/п", "Иванова Е.А., заведующий МБДОУ № 7")."""
    parts: list[str] = []
    last = 0
    toks = _tokens(piece)
    for k, tok in enumerate(toks):
        if tok.depth or tok.text not in ",;/":
            continue
        after = piece[tok.start + 1:].split(",")[0]
        before = piece[last:tok.start]
        if tok.text == "/" and not _slash_splits(toks, k):
            continue
        if tok.text in ",/" and _comma_continues(before, after, lem, voc):
            continue
        if tok.text == "," and _position_of_person(before, after, lem, voc):
            if why is not None:
                why.append("person_with_position")
            continue
        if why is not None:
            why.append(_SEPARATORS[tok.text])
        parts.append(piece[last:tok.start])
        last = tok.start + 1
    parts.append(piece[last:])
    return parts


def _slash_splits(toks: list[_Tok], k: int) -> bool:
    """"/" separates two parties when words of two letters or more stand on both sides
    ("ИМЦ / ОО"), not in "п/п" or a number."""
    before = toks[k - 1] if k else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if before and before.text in "»)" and k > 1:  # "МКУ «РМЦ» / …"
        before = toks[k - 2]
    return bool(before and after and len(before.text) > 1 and len(after.text) > 1
                and before.text[:1].isalnum() and after.text[:1].isalpha())


def _position_of_person(before: str, after: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Иванова Е.А., заведующий МБДОУ № 7": a person and, after the comma, the position of
    that one person (a role word in the singular, lower case) — one party."""
    spans = person_spans(before)
    if not spans or before[spans[-1][1]:].strip(" ."):
        return False
    words = lem.words(after)
    if not words or not words[0].islower() or not _is_role_word(words[0], lem, voc):
        return False
    top = lem.parse(words[0].lower())[0]
    return top.tag.number == "sing" and top.tag.case in (None, "nomn")


def _new_party_at(toks: list[_Tok], i: int, before: str, lem: Lemmatizer,
                  voc: OrgVocab) -> bool:
    """Does a new party start at token i? `before`: the current party's text up to it (looked
    for an organisation only when the answer depends on it: that is the costly part)."""
    tok, prev = toks[i], toks[i - 1]
    if tok.depth or prev.text in "«-‐(":
        return False
    prev_binds = (lem.lemma(prev.text) in voc.connectors or prev.text in voc.org_forms
                  or _is_role_word(prev.text, lem, voc))
    if _is_role_word(tok.text, lem, voc) and _is_nominative(tok.text, lem):
        if tok.text[:1].isupper() and not tok.text.isupper():  # "… «ИМЦ» Руководители РМО"
            return lem.lemma(prev.text) not in voc.connectors
        return not prev_binds and _has_org(before, lem, voc)  # "МБУ «ИМЦ» руководители ОО"
    if tok.text in voc.org_forms:
        return not prev_binds
    if tok.text in voc.abbr and _has_org(before, lem, voc):
        return not prev_binds
    return False


def _and_splits(part: str, toks: list[_Tok], i: int, last: int, lem: Lemmatizer,
                voc: OrgVocab) -> bool:
    """"Управление образования и МКУ «ИМЦ»", "руководители ОО и заместители директоров":
    "и" joins two parties when a party starts after it (an organisation form or abbreviation,
    a person, a role or an organisation's name in the nominative) and one stands before it.
    "Отдел опеки и попечительства", "учителя математики и информатики" go on after "и"."""
    if i + 1 >= len(toks) or not part[last:toks[i].start].strip():
        return False
    nxt, rest = toks[i + 1], part[toks[i + 1].start:]
    before = part[last:toks[i].start]
    words = lem.words(before)
    if not (any(w in voc.org_forms for w in words) or person_spans(before)
            or any(_is_role_word(w, lem, voc) for w in words[:2]) or _has_org(before, lem, voc)):
        return False
    if nxt.text in voc.org_forms or nxt.text in voc.abbr or _starts_with_person(rest):
        return True
    if not nxt.text[:1].isalpha() or not _is_nominative(nxt.text, lem):
        return False
    return (_is_role_word(nxt.text, lem, voc)
            or any(m.start == 0 for m in org_matches(rest, lem, voc)))


def _starts_with_person(text: str) -> bool:
    spans = person_spans(text)
    return bool(spans) and spans[0][0] == 0


def _has_org(text: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    return bool(org_matches(text, lem, voc))


def _split_inline(part: str, lem: Lemmatizer, voc: OrgVocab,
                  why: list[str] | None = None) -> list[str]:
    """Two parties on one line: a new one starts at an organisation form (МКУ …), at a
    capitalised role word ("Руководители"), or at a second organisation abbreviation."""
    toks = _tokens(part)
    out: list[str] = []
    last = 0
    for i, tok in enumerate(toks):
        if i == 0 or toks[i - 1].start < last:
            continue
        if tok.text == "и" and not tok.depth and _and_splits(part, toks, i, last, lem, voc):
            out.append(part[last:tok.start])
            last = toks[i + 1].start
            if why is not None:
                why.append("and_between_parties")
            continue
        if _new_party_at(toks, i, part[last:tok.start], lem, voc):
            out.append(part[last:tok.start])
            last = tok.start
            if why is not None:
                why.append("new_party_on_line")
    out.append(part[last:])
    return out


def _split_persons(part: str) -> list[str]:
    """"Иванова Н.П. Петрова А.С." → two parties (nothing but space between two persons)."""
    spans = person_spans(part)
    cuts = [b0 for (_, a1), (b0, _) in itertools.pairwise(spans)
            if not part[a1:b0].strip(" ,")]
    bounds = [0, *cuts, len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


def _tidy(part: str) -> str:
    part = _LEADING.sub("", " ".join(part.split()))
    part = part.strip(" ,;:/")
    while part.endswith(".") and not _INITIAL_END.search(part) and not part.endswith(" г."):
        part = part[:-1].rstrip(" ,;")
    return part


def split_responsibles(text: str) -> list[str]:
    """One entry per party, as written (whitespace normalised, quotes «»).

    Splits on ";", commas and "/" outside quotes (not after a person before that person's
    position: "Иванова Е.А., заведующий МБДОУ № 7"), on line breaks that end one party and
    start another, at "и" between two parties, and where a second party starts on the same
    line (an organisation form, a capitalised role word). A word broken at a line's end is
    mended ("образова-" / "ния"); a hyphenated name keeps its hyphen ("Ханты-" / "Мансийский")."""
    return split_with(text, get_lemmatizer())


def split_with(text: str, lem: Lemmatizer, why: list[str] | None = None) -> list[str]:
    """`split_responsibles` with an explicit lemmatizer; `why` (a list) collects the names of
    the rules that split or joined the cell (for --debug)."""
    voc = vocab(lem)
    parties: list[str] = []
    pieces = _join_lines(_prepare(text), lem, voc)
    if why is not None and len(pieces) > 1:
        why.append(f"line_break x{len(pieces) - 1}")
    for piece in pieces:
        mended = _mend_words(piece, lem)
        if why is not None and mended != piece:
            why.append("mended_word")
        for part in _split_punct(mended, lem, voc, why):
            for sub in _split_inline(part, lem, voc, why):
                persons = _split_persons(sub)
                if why is not None and len(persons) > 1:
                    why.append("two_persons")
                parties += [p for p in map(_tidy, persons) if any(c.isalnum() for c in p)]
    return parties


# ---------------------------------------------------------------- one party: org, role, person

@dataclass(frozen=True)
class OrgMatch:
    """An organisation found in a party: its key and word span (quoted: inside «…»)."""

    key: str
    start: int
    end: int
    quoted: bool


def _words(text: str) -> list[tuple[str, bool]]:
    """Word tokens with a flag: inside quotes."""
    return [(t.text, t.quoted) for t in _tokens(text) if t.text[:1].isalnum()]


def org_matches(text: str, lem: Lemmatizer, voc: OrgVocab) -> list[OrgMatch]:
    """Every dictionary organisation in `text`: abbreviations as written, wordings by lemma."""
    words = _words(text)
    lemmas = [lem.lemma(w) for w, _ in words]
    found = [OrgMatch(voc.abbr[w], i, i + 1, q) for i, (w, q) in enumerate(words) if w in voc.abbr]
    for i, first in enumerate(lemmas):
        for seq, key in voc.forms_by_first.get(first, ()):
            if tuple(lemmas[i:i + len(seq)]) == seq:
                found.append(OrgMatch(key, i, i + len(seq), words[i][1]))
    return found


def _best_org(found: list[OrgMatch]) -> OrgMatch | None:
    if not found:
        return None
    # The head of a genitive chain comes first: "Управление образования администрации …" is УО.
    return min(found, key=lambda m: (not m.quoted, m.start, -(m.end - m.start)))


def _fallback_org(text: str, voc: OrgVocab) -> tuple[str | None, int]:
    """No dictionary organisation: a quoted name, or the words after a legal form ("МБОУ СОШ
    № 5"), or the form itself. Returns the org and its first word index."""
    words = _words(text)
    quoted = [w for w, q in words if q]
    if quoted:
        first = next(i for i, (_, q) in enumerate(words) if q)
        inner = re.search(r"«([^«»]+)»", text)
        return (inner.group(1).strip() if inner else " ".join(quoted)), first
    forms = [i for i, (w, _) in enumerate(words) if w in voc.org_forms]
    if not forms:
        return None, len(words)
    rest = re.split(r"\b(?:" + "|".join(re.escape(words[i][0]) for i in forms) + r")\b", text)
    name = " ".join(rest[-1].split()).strip(" ,")
    return (name or " ".join(words[i][0] for i in forms)), forms[0]


def _role(text: str, before: int, lem: Lemmatizer, voc: OrgVocab) -> str | None:
    """The first role named before word index `before` (the organisation)."""
    words = [w for w, _ in _words(text)][:before]
    lemmas = [lem.lemma(w) for w in words]
    for i, w in enumerate(words):
        abbr = voc.role_abbr.get(w.lower() + ".") or voc.role_abbr.get(w.lower())
        if abbr:
            return abbr
        if lemmas[i] not in voc.role_lemmas:
            continue  # no role wording starts with this word
        for seq, role in voc.roles:
            if tuple(lemmas[i:i + len(seq)]) == seq:
                return role
    return None


def parse_party(text: str, lem: Lemmatizer) -> Party:
    """Organisation key, role and person of one party.

    "МБОУ ДПО «НМЦ»", "НМЦ" and "Специалисты МКУ «НМЦ»" all give org "НМЦ"; the legal form is
    not the key; the role is the canonical one of data/roles.yaml ("специалисты")."""
    voc = vocab(lem)
    clean = " ".join(normalize_quotes(text).split())
    person = find_person(clean, lem)
    rest = clean
    for a, b in reversed(person_spans(clean)):
        rest = rest[:a] + " " + rest[b:]
    if person and person in rest:
        rest = rest.replace(person, " ")
    best = _best_org(org_matches(rest, lem, voc))
    org, at = (best.key, best.start) if best else _fallback_org(rest, voc)
    return Party(text=clean, org=org, role=_role(rest, at, lem, voc), person=person)
