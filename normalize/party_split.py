"""Splitting a responsibles cell into parties, one entry per party, as written.

Splits on ";", commas and "/" outside quotes (not after a person before that person's
position), on line breaks that end one party and start another, at "и" between two parties,
and where a second party starts on the same line (an organisation form, a capitalised role
word). `--debug` names the rules that split a cell (`split_with(…, why)`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.org_vocab import (
    OrgVocab,
    Tok,
    is_group_word,
    is_nominative,
    is_org_start,
    is_role_word,
    org_matches,
    tokens,
    vocab,
)
from normalize.party_lines import caps_abbreviation, join_lines, position_of_person, prepare, tidy
from normalize.persons import person_spans
from normalize.word_breaks import mend_words

_CUT_WORD = re.compile(r"\s*[а-яё]{2,6}\.\s+[а-яё]")


def _comma_continues(before: str, after: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """After a comma the same party goes on: "по УМР, ВР" (a list of non-organisation
    abbreviations); "Отдел образования, опеки и попечительства" (a genitive continuation)."""
    words, prev = lem.words(after), lem.words(before)
    if not words:
        return True
    if before.rstrip()[-1:].isdigit() and after.lstrip()[:1].isdigit():
        return True  # "классные руководители 9, 11 классов", "СОШ № 1, 2"
    if len(words) > 1 and words[0].islower() and not is_role_word(words[0], lem, voc) and any(
            p.tag.POS == "PRTF" for p in lem.parse(words[0])[:1]):
        return True  # "ОМСУ, осуществляющие управление …" (not "наставники, наставляемые")
    if (len(words) == 1 and words[0].isupper() and not is_org_start(words[0], voc)
            and prev and prev[-1].isupper() and not is_org_start(prev[-1], voc)):
        return True
    first = words[0]
    if len(words) > 1 and _CUT_WORD.match(after) and not is_role_word(words[0], lem, voc):
        # "Воспитатели, муз. работник": a cut adjective ("муз." would parse as the genitive
        # of "муза") — the noun after it decides; "соц. защиты" goes on in the genitive
        first = words[1]
    if not first.islower() or is_role_word(first, lem, voc):
        return False
    if before.rstrip().endswith(")"):
        return False  # "… (по согласованию), министерства": a remark closes its party
    top = lem.parse(first)[0]
    if top.tag.POS == "NOUN" and top.tag.case == "gent":
        return True
    return _field_list_goes_on(prev, first, lem)


def _field_list_goes_on(prev: list[str], first: str, lem: Lemmatizer) -> bool:
    """"Отдел по физической культуре, спорту, туризму и делам молодежи": a body's field
    list after "по" goes on with a lower-case noun in the dative; no party starts so."""
    if "по" not in prev or len(prev) - prev.index("по") < 2:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "datv" for p in lem.parse(first)[:2])


_SEPARATORS = {",": "comma", ";": "semicolon", "/": "slash"}


def _split_punct(piece: str, lem: Lemmatizer, voc: OrgVocab,
                 why: list[str] | None = None) -> list[str]:
    """Split at ";", at commas and at "/" between parties ("МКУ ИМЦ / МБОУ СОШ № 1"), not
    inside a party ("по УМР, ВР", "п/п", "Иванова Е.А., заведующий МБДОУ № 7")."""
    parts: list[str] = []
    last = 0
    toks = tokens(piece)
    for k, tok in enumerate(toks):
        if tok.depth or tok.text not in ",;/":
            continue
        after = re.split(r"[,;/]", piece[tok.start + 1:], maxsplit=1)[0]
        before = piece[last:tok.start]
        if tok.text == "/" and not _slash_splits(toks, k):
            continue
        if tok.text in ",/" and _comma_continues(before, after, lem, voc):
            continue
        if tok.text == "," and position_of_person(before, after, lem, voc):
            if why is not None:
                why.append("person_with_position")
            continue
        if tok.text == "," and _holder_of(before, piece[tok.start + 1:], lem, voc):
            if why is not None:
                why.append("body_or_position_with_person")
            continue
        if why is not None:
            why.append(_SEPARATORS[tok.text])
        parts.append(piece[last:tok.start])
        last = tok.start + 1
    parts.append(piece[last:])
    return parts


def _slash_splits(toks: list[Tok], k: int) -> bool:
    """"/" separates two parties when words of two letters or more stand on both sides
    ("ИМЦ / ОО"), not in "п/п" or a number."""
    before = toks[k - 1] if k else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if before and before.text in "»)" and k > 1:  # "МКУ «РМЦ» / …"
        before = toks[k - 2]
    return bool(before and after and len(before.text) > 1 and len(after.text) > 1
                and before.text[:1].isalnum() and after.text[:1].isalpha())



def _holder_of(before: str, rest: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"ДДТ «Радуга», Орлова Е.В.", "Директор школы, Орлова Е.В.": a body or a position and,
    after the comma, the one person that ends the cell — who answers for it, one party."""
    found = person_spans(rest)
    if len(found) != 1 or rest[:found[0][0]].strip() or rest[found[0][1]:].strip(" ."):
        return False
    words = lem.words(before)
    if not words or person_spans(before):
        return False
    if is_role_word(words[0], lem, voc):  # "Воспитатели, Орлова Е.В.": a group, then a person
        return not is_group_word(words[0], lem)  # "Учителя …, Орлова Е.В." too
    return is_org_start(words[0], voc) or caps_abbreviation(words[0], voc) \
        or "«" in before or _has_org(before, lem, voc)


def _new_party_at(toks: list[Tok], i: int, before: str, lem: Lemmatizer,
                  voc: OrgVocab) -> bool:
    """Does a new party start at token i? `before`: the current party's text up to it (looked
    for an organisation only when the answer depends on it: that is the costly part)."""
    tok, prev = toks[i], toks[i - 1]
    if tok.depth or prev.text in "«-‐(":
        return False
    # "д/с заместитель": a letter of a slashed abbreviation, no preposition; "воспитатели пом.
    # воспитателей": a group named whole binds no role after it
    connector = lem.lemma(prev.text) in voc.connectors and not (
        i > 1 and toks[i - 2].text == "/")
    prev_binds = (connector or prev.text in voc.org_forms
                  or is_role_word(prev.text, lem, voc))
    if is_role_word(tok.text, lem, voc) and is_nominative(tok.text, lem):
        if tok.text[:1].isupper() and not tok.text.isupper():  # "… «ИМЦ» Руководители РМО"
            return lem.lemma(prev.text) not in voc.connectors
        # a group's plural binds its body after it ("Специалисты МКУ …"), never a role
        role_binds = is_role_word(prev.text, lem, voc) and (
            not _group_ends_at(toks, i - 1, lem, voc) or _one_role(prev.text, tok.text, lem, voc))
        if role_binds or connector or prev.text in voc.org_forms \
                or _shortened_role(toks, i - 1, voc):
            return False
        return _has_org(before, lem, voc) or _group_after_position(tok.text, before, lem, voc) \
            or _role_after_party(before, lem, voc)
    if tok.text in voc.org_forms:
        return not prev_binds
    if tok.text in voc.abbr and _has_org(before, lem, voc):
        return not prev_binds
    return False


def _one_role(first: str, second: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"старшие воспитатели", "классные руководители": two words of one role of roles.yaml."""
    pair = (lem.lemma(first), lem.lemma(second))
    return any(seq[:2] == pair for seq, _ in voc.roles)


def _shortened_role(toks: list[Tok], k: int, voc: OrgVocab) -> bool:
    """Token k is the full stop of a shortened role word ("пом." in "пом. воспитатели"):
    the role goes on in the word after it."""
    return toks[k].text == "." and k > 0 and toks[k - 1].text.lower() + "." in voc.role_abbr


def _role_after_party(before: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Заведующий д/с заместитель заведующего …", "пом. восп. родители": a role in the
    nominative, unbound by the word before it, after a party that opens with its own role in
    the nominative — a list whose separators were lost."""
    words = lem.words(before)
    return bool(words) and is_role_word(words[0], lem, voc) and is_nominative(words[0], lem)


def _group_after_position(word: str, before: str, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """"Заместитель директора по ВР классные руководители": a group named in the nominative
    plural after one person's position (a singular role) is a party of its own."""
    words = lem.words(before)
    if not words or not is_role_word(words[0], lem, voc) or is_group_word(words[0], lem):
        return False
    top = lem.parse(words[0].lower())[0].tag  # a position's noun, not "Кл." (классные)
    if top.POS != "NOUN" or top.number != "sing":
        return False
    return is_group_word(word, lem) and "gent" not in {p.tag.case for p in lem.parse(word)}


def _typing_restart(fragment: str, word: str) -> bool:
    """"Зам Заместитель директора", "З Заместитель": a word typed again after its own start
    left standing — one party, not a fragment party and another."""
    bits = fragment.split()
    return len(bits) == 1 and len(bits[0]) < len(word) and word.lower().startswith(
        bits[0].lower().rstrip("."))


def _group_ends_at(toks: list[Tok], k: int, lem: Lemmatizer, voc: OrgVocab) -> bool:
    """A group of people named by a plural role noun ("Классные руководители") ends at token k:
    whose group it is would follow in the genitive ("руководители ШМО", "учителя школы"). Not
    a role word governed by another ("Заместитель директора": "директора" is genitive)."""
    tok = toks[k]
    if not tok.text[:1].isalpha() or not is_role_word(tok.text, lem, voc):
        return False
    if k and is_role_word(toks[k - 1].text, lem, voc):
        pair = (lem.lemma(toks[k - 1].text), lem.lemma(tok.text))
        return any(seq[:2] == pair for seq, _ in voc.roles)  # "Классные руководители": one role
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn"
               for p in lem.parse(tok.text.lower())[:2])  # "учителя": gent sg or nomn pl


def _starts_party_after_group(word: str, rest: str, lem: Lemmatizer) -> bool:
    """After a group, a capitalised word in the nominative (not an abbreviation, which names the
    group's body) or a person starts another party: groups and persons are listed apart."""
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    return is_nominative(word, lem) or _starts_with_person(rest)


def _and_splits(part: str, toks: list[Tok], i: int, last: int, lem: Lemmatizer,
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
            or any(is_role_word(w, lem, voc) for w in words[:2]) or _has_org(before, lem, voc)):
        return False
    if nxt.text in voc.org_forms or nxt.text in voc.abbr or _starts_with_person(rest):
        return True
    if caps_abbreviation(nxt.text, voc) and words and caps_abbreviation(words[-1], voc):
        return True  # "ИРО и ОМСУ": two bodies by their abbreviations
    if not nxt.text[:1].isalpha() or not is_nominative(nxt.text, lem):
        return False
    return (is_role_word(nxt.text, lem, voc)
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
    toks = tokens(part)
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
        rule = None
        if not tok.depth and _group_ends_at(toks, i - 1, lem, voc) \
                and _starts_party_after_group(tok.text, part[tok.start:], lem):
            rule = "party_after_group"  # "Классные руководители Петрова А.С."
        elif _new_party_at(toks, i, part[last:tok.start], lem, voc):
            rule = "new_party_on_line"
        if rule and _typing_restart(part[last:tok.start], tok.text):
            rule = None
        if rule:
            out.append(part[last:tok.start])
            last = tok.start
            if why is not None:
                why.append(rule)
    out.append(part[last:])
    return out


def _split_persons(part: str, lem: Lemmatizer, voc: OrgVocab) -> list[str]:
    """"Иванова Н.П. Петрова А.С." → two parties (nothing but space between two persons);
    not inside parentheses ("ИМЦ (Иванова Н.П., Петрова А.С.)" is one party). A person
    followed by a capitalised name in the nominative ("Орлова Т.В. Совет старшеклассников",
    "Орлова Т.В. Юнармия") is two parties too: a group or a body after the person, not the
    person's position (a position is a role word, read by the rules before)."""
    spans = person_spans(part)
    cuts = [b0 for (_, a1), (b0, _) in itertools.pairwise(spans)
            if not part[a1:b0].strip(" ,") and not _inside_brackets(part, b0)]
    cuts += [at for _, a1 in spans if (at := _named_after(part, a1, lem, voc)) is not None]
    bounds = [0, *sorted(set(cuts)), len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


_NEXT_WORD = re.compile(r"\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?)(?=\s|$)")


def _named_after(part: str, end: int, lem: Lemmatizer, voc: OrgVocab) -> int | None:
    """Where a body or group named right after a person (no comma) starts, or None."""
    m = _NEXT_WORD.match(part, end)
    if m is None or _inside_brackets(part, m.start(1)):
        return None
    word = m.group(1)
    if is_role_word(word, lem, voc) or not is_nominative(word, lem) \
            or person_spans(part[m.start(1):]):
        return None  # a position, a name in another case, or the next person (split before)
    return m.start(1)


def _inside_brackets(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") > before.count(")") or before.count("«") > before.count("»")



def _shortened(part: str, lem: Lemmatizer, voc: OrgVocab) -> Collection[str]:
    """The shortened words whose full stop a party keeps: the role abbreviations, and a last
    word no dictionary knows ("пом. восп.": the role's object cut short)."""
    last = part.rstrip(" ,;").rsplit(None, 1)[-1:] or [""]
    word = last[0].lower()
    if word.endswith(".") and word[:-1].isalpha() and not lem.is_known(word[:-1]):
        return {*voc.role_abbr, word}
    return voc.role_abbr


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
    pieces = join_lines(prepare(text), lem, voc, why)
    if why is not None and len(pieces) > 1:
        why.append(f"line_break x{len(pieces) - 1}")
    for piece in pieces:
        mended = mend_words(piece, lem)
        if why is not None and mended != piece:
            why.append("mended_word")
        for part in _split_punct(mended, lem, voc, why):
            for sub in _split_inline(part, lem, voc, why):
                persons = _split_persons(sub, lem, voc)
                if why is not None and len(persons) > 1:
                    why.append("two_persons")
                tidied = (tidy(p, _shortened(p, lem, voc)) for p in persons)
                parties += [p for p in tidied if any(c.isalnum() for c in p)]
    return parties
