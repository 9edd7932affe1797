"""Joining a responsibles cell's lines into parties: a line break splits only where one party
ends and the next line starts another (or a list item begins), never between a person and that
person's position or inside a settlement's name broken over lines."""

from __future__ import annotations

import re
from collections.abc import Collection

from normalize.lemmas import Lemmatizer
from normalize.org_vocab import (
    OrgVocab,
    is_group_word,
    is_nominative,
    is_org_start,
    is_role_word,
    org_matches,
)
from normalize.persons import normalize_quotes, person_spans
from normalize.word_breaks import glue

_TAGS = re.compile(r"<\s*(?:br|/p|/li|/div|/tr)\s*/?\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,200}>")
_LEADING = re.compile(r"^\s*(?:[-–—•·*]+|\d+(?:\.\d+)*[.)])\s+")
_INITIAL_END = re.compile(r"(?:^|[\s.])[А-ЯЁA-Z]\.$")
# a line that is a name's initials, alone or before the next party: "П.П.", "И.Б., Попова"
_INITIALS_ONLY = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?:$|[,;]\s*\S)")
# A final full stop that belongs to an abbreviation: "и др.", "и т.д.", "2024 г.".
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:др|пр|т\.\s?[дп]|г|гг)\.$")
# A footnote mark after a party ("УО *", "ИМЦ*(1)"): the note, not the name.
_FOOTNOTE_STAR = re.compile(r"\s*\*+(?:\(\d+\))?$")


def prepare(text: str) -> list[tuple[str, bool]]:
    """Lines of a cell, each with a flag: it began with a list marker ("- ИМЦ"). HTML breaks
    become line breaks, quotes «», spaces single."""
    text = _ANY_TAG.sub(" ", _TAGS.sub("\n", text))
    text = normalize_quotes(text)
    lines = [(_LEADING.sub("", line), bool(_LEADING.match(line))) for line in text.splitlines()]
    out: list[tuple[str, bool]] = []
    for line, bullet in lines:
        line = " ".join(line.split())
        if out and _INITIALS_ONLY.match(line):  # "Петров" / "П.П.": a name broken after it
            out[-1] = (f"{out[-1][0]} {line}", out[-1][1])
        elif line:
            out.append((line, bullet))
    return out


def _ends_party(line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    if line.count("«") > line.count("»") or line.count("(") > line.count(")"):
        return False
    if line[-1] in ",;»)." and not _settlement_end(line, lem, voc):
        return True
    words = lem.words(line)
    if not words or line[-1] in "-‐(«":
        return False
    last = words[-1]
    if "-" in last and is_role_word(last, lem, voc):
        return True  # "Педагог-психолог": a compound role is whole
    if lem.lemma(last) in voc.connectors or last in voc.org_forms or is_role_word(last, lem, voc):
        return False  # "Заместитель" / "директора …", "МКУ" / "«ИМЦ»"
    top = lem.parse(last.lower())[0]
    return top.tag.POS != "ADJF"  # "Региональный" / "координатор": the noun comes next


def _plural_role(word: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """A role word in the nominative plural ("руководители", "заведующие")."""
    top = lem.parse(word.lower())[0]
    return is_role_word(word, lem, voc) and top.tag.number == "plur" and top.tag.case == "nomn"


def _heads_of_kinds(before: str, line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"заведующие МДОУ" / "руководители МОУ СОШ": the heads of every institution of a kind,
    each line its own group of people, its legal form awaiting no name (unlike "МКУ" /
    "«ИМЦ»", "Директор МБОУ" / "«СОШ № 5»")."""
    prev, words = lem.words(before), lem.words(line)
    return len(prev) > 1 and len(words) > 1 and prev[-1] in voc.org_forms \
        and _plural_role(prev[0], lem, voc) and _plural_role(words[0], lem, voc)


def _starts_party(line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    words = lem.words(line)
    if not words:
        return False
    first = words[0]
    if not line[0].isupper():
        if is_role_word(first, lem, voc):
            return is_nominative(first, lem)
        # "органы местного самоуправления": an organisation's name opening in the nominative
        # (a genitive line goes on naming the body above: "образования", "администрации")
        return _only_nominative(first, lem) and any(
            m.start == 0 for m in org_matches(line, lem, voc))
    if first in voc.terms:
        return False  # "Рабочая группа по введению" / "ФГОС": a term of the work, no party
    if is_org_start(first, voc) or person_spans(line)[:1]:
        return True
    top = lem.parse(first.lower())[0]
    if top.tag.POS == "ADJF":  # "Образовательные организации": nominative = accusative
        return _nominative_phrase(words, lem)
    return top.tag.case in (None, "nomn") and top.tag.POS in ("NOUN", None)


def _settlement_end(line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    words = lem.words(line)
    return bool(words) and lem.lemma(words[-1]) in voc.settlements


def _names_settlement(piece: str, line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Администрация города" / "Луговск", "МКУ ИМЦ г." / "Луговска": the settlement's name
    after its marker; not an organisation's ("… города" / "ИМЦ")."""
    words = lem.words(line)
    return (_settlement_end(piece, lem, voc) and bool(words) and not is_org_start(words[0], voc)
            and not is_role_word(words[0], lem, voc) and not person_spans(line)[:1])


def _nominative_phrase(words: list[str], lem: Lemmatizer) -> bool:
    """Adjectives and their noun agree in the nominative: "Образовательные организации",
    "Муниципальные органы"; not "Луговской области" (a region's name in the genitive, whose
    adjective reads as a masculine nominative and noun as a plural one)."""
    forms: set[tuple[str | None, str | None]] | None = None
    for w in words[:4]:
        parses = lem.parse(w.lower())
        adj = [p for p in parses if p.tag.POS == "ADJF" and p.tag.case == "nomn"]
        noun = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if adj and not noun:
            got = {(p.tag.number, p.tag.gender if p.tag.number == "sing" else None) for p in adj}
            forms = got if forms is None else forms & got
            if not forms:
                return False
            continue
        if forms is None:
            return False
        return any((p.tag.number, p.tag.gender if p.tag.number == "sing" else None) in forms
                   for p in noun)
    return forms is not None  # an adjective alone on its line: "Региональный" / "координатор"


def _only_nominative(word: str, lem: Lemmatizer) -> bool:
    """The word may be nominative and may not be genitive ("органы", not "администрации")."""
    cases = {p.tag.case for p in lem.parse(word.lower())}
    return "nomn" in cases and "gent" not in cases


def caps_abbreviation(word: str, voc: OrgVocab) -> bool:
    """An organisation's abbreviation the vocabulary may not know ("ОМСУ", "РЦОИ"): capitals
    only, not a term of the work ("УВР", "ГИА") nor a role's."""
    return (2 <= len(word) <= 8 and word.isalpha() and word.isupper()
            and word not in voc.terms and word.lower() + "." not in voc.role_abbr)


def _person_goes_on(piece: str, line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """A person and that person's position on the next line are one party: "Иванова Е.А.,"
    / "заведующий МБДОУ № 7", and a position and its holder: "Заведующий МБДОУ № 7" /
    "Иванова Е.А." (a role in the singular, no person named yet)."""
    spans = person_spans(piece)
    if spans and not piece[spans[-1][1]:].strip(" .,"):
        return position_of_person(piece.rstrip(" ,"), line, lem, voc)
    words = lem.words(piece)
    if spans or not words or not is_role_word(words[0], lem, voc):
        return False
    top = lem.parse(words[0].lower())[0]
    if top.tag.number == "plur" or top.tag.case not in (None, "nomn"):
        return False
    found = person_spans(line)
    return len(found) == 1 and found[0][0] == 0 and not line[found[0][1]:].strip(" .,;")


def _abbreviated_role_goes_on(piece: str, line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Кл." / "руководители": a line ending on a role's abbreviated first word ("кл." of
    "классный руководитель", roles.yaml abbr) goes on with the role's next word."""
    ends, words = piece.split()[-1:], lem.words(line)
    role = voc.role_abbr.get(ends[0].lower()) if ends and ends[0].endswith(".") else None
    if role is None or not words:
        return False
    nxt = lem.lemma(words[0])
    return any(key == role and len(seq) > 1 and seq[1] == nxt for seq, key in voc.roles)


def _group_after_person(piece: str, line: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Зам. директора по ВР Сидорова Е.П." / "Учителя музыки": after a line that ends on a
    person, a role word that may be a plural subject opens a group ("Учителя" reads first as a
    genitive, but nothing after a person's name depends on it)."""
    spans = person_spans(piece)
    words = lem.words(line)
    return bool(spans and words and line[:1].isupper()) and not piece[spans[-1][1]:].strip(" .") \
        and is_role_word(words[0], lem, voc) and is_group_word(words[0], lem)


def join_lines(lines: list[tuple[str, bool]], lem: Lemmatizer, voc: OrgVocab,
                why: list[str] | None = None) -> list[str]:
    """Line breaks split only where one party ends and the next line starts a new one (or
    the next line is a list item), not between a person and that person's position."""
    pieces: list[str] = []
    for line, bullet in lines:
        new = not pieces or bullet or (_ends_party(pieces[-1], lem, voc)
                                       and _starts_party(line, lem, voc)
                                       and not _names_settlement(pieces[-1], line, lem, voc)) \
            or _group_after_person(pieces[-1], line, lem, voc) \
            or _heads_of_kinds(pieces[-1], line, lem, voc)
        if new and not bullet and pieces and _abbreviated_role_goes_on(pieces[-1], line, lem,
                                                                       voc):
            new = False
            if why is not None:
                why.append("abbreviated_role_lines")
        if new and not bullet and pieces and _person_goes_on(pieces[-1], line, lem, voc):
            new = False
            if why is not None:
                why.append("person_with_position_lines")
        if not new:
            pieces[-1] = glue(pieces[-1], line, lem)
        else:
            pieces.append(line)
    return pieces


def position_of_person(before: str, after: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Иванова Е.А., заведующий МБДОУ № 7": a person and, after the comma, the position of
    that one person (a role word in the singular, lower case) — one party."""
    spans = person_spans(before)
    if not spans or before[spans[-1][1]:].strip(" ."):
        return False
    if person_spans(after) or any(is_role_word(w, lem, voc) for w in lem.words(before)[:2]):
        return False  # "Учитель физики Петров П.П., учитель химии Сидорова С.С.": two persons
    words = lem.words(after)
    if not words or not words[0].islower() or not is_role_word(words[0], lem, voc):
        return False
    top = lem.parse(words[0].lower())[0]
    return top.tag.number == "sing" and top.tag.case in (None, "nomn")


def tidy(part: str, shortened: Collection[str] = ()) -> str:
    """A party as stored: single spaces, no list mark, no trailing punctuation (but an
    initial's or abbreviation's full stop, or a shortened role word's: "Кл. рук." with
    `shortened` the role abbreviations of roles.yaml), no table rule left by a flattened
    table ("Кл. рук. |")."""
    part = _LEADING.sub("", " ".join(part.split()))
    part = _FOOTNOTE_STAR.sub("", part.strip(" ,;:/|"))
    while part.endswith(".") and not _INITIAL_END.search(part) \
            and not _ABBREVIATION_END.search(part) \
            and part.rsplit(None, 1)[-1].lower() not in shortened:
        part = part[:-1].rstrip(" ,;")
    return part
