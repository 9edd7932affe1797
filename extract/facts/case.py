"""Normal case for a name printed in capitals ("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ
УСТЬ-ЛЕБЯЖИНСКОГО РАЙОНА" → "Комитет по образованию администрации Усть-Лебяжинского района").

The first word gets a capital, abbreviations stay in capitals (МКУ, ИМЦ), proper names get a
capital, every other word goes to lower case; a name in quotes opens with a capital
(«Информационно-методический центр»), and so does the name after a legal form's abbreviation
("МАОУ ШКОЛА № 2" → "МАОУ Школа № 2"). A word is a proper name when
- the lemmatizer says so (`ExtractTools.is_proper`: place and person names, unknown words),
- it stands where a place name stands: before a place marker ("… района", "… городского округа",
  "… области") or after a settlement word ("города …"), the markers being vocabulary, or
- the document itself writes it with a capital inside a sentence (its lemma, in mixed-case text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.facts.vocab import FactsVocab, institution_word
from extract.tools import ExtractTools

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\s+|.", re.UNICODE)
# The word alternative of _TOKEN: word tokens found alone are the same words.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CAPS_SHARE = 0.7
_MIN_LETTERS = 4
# ")": a form's caption "(…)" is followed by the field's value ("… (обособленного
# подразделения) Образование"), not a name going on
_SENTENCE_BREAK = frozenset(".!?:;«\"“„()")
_OPEN_QUOTES = frozenset("«“„")
_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей|ий|ый|ая|яя|ое|ее|ом|ем|ым|им|ую|юю|ых|их)$")
_CONNECTOR = 2  # "-на-" in a hyphenated name stays in lower case
_QUOTE_MARKS = frozenset('«“„"')
# a lower-case word after an opening quote, the name going on with a capital: «город Энск»
_QUOTED_LOWER = re.compile(r'(?:^|(?<=[\s(]))[«"“„]([а-яё]+)\s+[А-ЯЁ][а-яё]')


def is_capitals(text: str) -> bool:
    """True when `text` is printed in capitals (most of its letters are upper case)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and \
        sum(c.isupper() for c in letters) >= _CAPS_SHARE * len(letters)


def _words(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[:1].isalpha()]


def mid_sentence_capitals(texts: Iterable[str], tools: ExtractTools) -> frozenset[str]:
    """Lemmas of words written with a capital inside a sentence of mixed-case text
    ("… Северского района …", "… в Каменноозёрском округе …")."""
    found: set[str] = set()
    for text in texts:
        # Cheap tests first: most texts have no capital after their first letter, and
        # is_capitals (a walk over every letter) is needed only for texts with a candidate.
        if text[1:].islower():
            continue
        words = _capitalised_inside(text)
        if words and not is_capitals(text):
            found.update(tools.lemma(w) for w in words)
    return frozenset(found)


def _capitalised_inside(text: str) -> list[str]:
    """Words of `text` written with a capital ("Северского") whose previous non-space
    character does not end a sentence; a text's first word never counts."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[:1].isupper() and word[1:2].islower():
            j = m.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j >= 0 and text[j] not in _SENTENCE_BREAK:
                out.append(word)
    return out


def _marked_places(tokens: list[str], lemmas: list[str], vocab: FactsVocab) -> set[int]:
    """Word indexes that stand where a place name stands: an adjective before a place marker
    (and the marker adjectives: "СЕВЕРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА"), a word after a settlement
    word ("ГОРОДА ЗЕЛЕНОБОРСКА")."""
    words = _words(tokens)
    out: set[int] = set()
    for k, i in enumerate(words):
        if lemmas[i] in vocab.place_markers:
            j = k - 1
            while j >= 0 and lemmas[words[j]] in vocab.place_marker_adjectives:
                j -= 1
            if j >= 0 and _ADJECTIVE.search(tokens[words[j]].lower()) and \
                    lemmas[words[j]] not in vocab.org_words:
                out.add(words[j])
            elif k + 1 < len(words) and _name_after_marker(tokens, lemmas, words[k + 1], vocab):
                out.add(words[k + 1])  # "ГОРОДСКОГО ОКРУГА ОЗЁРНЫЙ": the okrug's name after it
        elif lemmas[i] in vocab.settlement_words and k + 1 < len(words):
            out.add(words[k + 1])
        elif lemmas[i] in vocab.region_heads and k + 1 < len(words):
            out.add(i)  # "РЕСПУБЛИКИ ЗАРЕЧЬЕ": a republic's official name opens with a capital
        elif (tokens[i].lower() in vocab.settlement_abbreviations and k + 1 < len(words)
              and tokens[i + 1 : i + 2] == ["."]):
            out.add(words[k + 1])  # "С.ЛУГОВОЕ": a preposition takes no full stop
    return out


_NOT_NAMES = frozenset({"имени", "им"})


def _name_after_marker(tokens: list[str], lemmas: list[str], i: int, vocab: FactsVocab) -> bool:
    """The word right after a marker that no place's adjective precedes, one space apart:
    the territory's name ("… ОКРУГА ОЗЁРНЫЙ"), not a marker's word, a body's or a preposition."""
    skip = (vocab.place_markers | vocab.place_marker_adjectives | vocab.settlement_words
            | vocab.org_words | _NOT_NAMES)
    return tokens[i - 1] == " " and len(tokens[i]) > 2 and lemmas[i] not in skip \
        and tokens[i].lower() not in skip


def _marker_words(tokens: list[str], lemmas: list[str], vocab: FactsVocab) -> set[int]:
    """Word indexes of a place marker's adjectives ("МУНИЦИПАЛЬНОГО РАЙОНА", "ГОРОДСКОГО
    ОКРУГА"): words of the marker, in lower case even where the document writes the same
    adjective with a capital in another name ("Муниципальный совет")."""
    words = _words(tokens)
    out: set[int] = set()
    for k, i in enumerate(words):
        if lemmas[i] not in vocab.place_markers:
            continue
        j = k - 1
        while j >= 0 and lemmas[words[j]] in vocab.place_marker_adjectives:
            out.add(words[j])
            j -= 1
    return out


_PATRONS = frozenset({"им", "имени"})


def _honorifics(tokens: list[str], lemmas: list[str], vocab: FactsVocab) -> dict[int, bool]:
    """Token index → whether it takes a capital, for the words of an honorific title
    (`honorific_titles`: "Героя Советского Союза", "ордена Славы")."""
    words = _words(tokens)
    out: dict[int, bool] = {}
    for title in vocab.honorific_titles:
        low = [x.lower() for x in title]
        for k in range(len(words) - len(title) + 1):
            run = words[k : k + len(title)]
            if [lemmas[i] for i in run] == low:
                out.update({i: x[:1].isupper() for i, x in zip(run, title, strict=True)})
    return out


def _initials(tokens: list[str], vocab: FactsVocab) -> tuple[set[int], set[int]]:
    """(initials, surnames): one capital letter with a full stop ("А.КЕДРОВА", "им. С.
    ЛЕСНОВА") is a person's initial and stays a capital, the word after it a surname; a
    settlement's abbreviation ("С.ЛУГОВОЕ") is one only after "им."/"имени" or another
    initial."""
    words = _words(tokens)
    initials: set[int] = set()
    surnames: set[int] = set()
    for k, i in enumerate(words):
        tok = tokens[i]
        if len(tok) != 1 or tokens[i + 1 : i + 2] != ["."] or k + 1 >= len(words):
            continue
        prev = tokens[words[k - 1]].lower() if k else ""
        if tok.lower() in vocab.settlement_abbreviations | {"г"} and not (
                prev in _PATRONS or (k and words[k - 1] in initials)):
            continue
        initials.add(i)
        nxt = words[k + 1]
        if len(tokens[nxt]) > 1:
            surnames.add(nxt)
    return initials, surnames


def _settlement_mark(tokens: list[str], i: int, vocab: FactsVocab) -> bool:
    """A settlement word shortened with a full stop ("СТ.", "ПОС."), a place's name after it."""
    return (len(tokens[i]) > 1 and tokens[i].lower() in vocab.settlement_abbreviations
            and tokens[i + 1 : i + 2] == ["."])


def _capitalised(word: str) -> str:
    """"УСТЬ-ЛЕБЯЖИНСКОГО" → "Усть-Лебяжинского", "РОСТОВА-НА-ДОНУ" → "Ростова-на-Дону"."""
    parts = word.lower().split("-")
    return "-".join(p if k and len(p) <= _CONNECTOR else p[:1].upper() + p[1:]
                    for k, p in enumerate(parts))


def cased_as(printed: str, word: str) -> str:
    """`word` (a form of `printed` in lower case, another case of it) set as `printed` is:
    capitals, or each part of a hyphenated word capitalised ("Усть-Луговской" →
    "Усть-Луговская"), or lower case."""
    if printed.isupper():
        return word.upper()
    if printed[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


def _is_proper(word: str, lemma: str, tools: ExtractTools, known: frozenset[str]) -> bool:
    return lemma in known or any(tools.is_proper(p) for p in word.split("-") if len(p) > 1)


def _word_case(tok: str, i: int, lemma: str, opens: bool, places: set[int],
               tools: ExtractTools, vocab: FactsVocab, known: frozenset[str]) -> str:
    if i in places:  # before abbreviations: a short unknown town ("ЭНСКА") is no abbreviation
        return _capitalised(tok)
    if len(tok) > 1 and (tools.is_abbreviation(tok) or lemma in vocab.abbreviations
                         or institution_word(vocab, tok)):
        return tok.upper()
    if _is_proper(tok, lemma, tools, known):
        return _capitalised(tok)
    low = tok.lower()
    return low[:1].upper() + low[1:] if opens else low


def quoted_lower_openers(texts: Iterable[str]) -> frozenset[str]:
    """Words a mixed-case text writes in lower case right after an opening quote: the
    municipality names «город Энск», "поселок Лесной" — the same name printed in capitals
    keeps that lower case word."""
    found: set[str] = set()
    for text in texts:
        if "«" not in text and '"' not in text and "“" not in text and "„" not in text:
            continue
        for m in _QUOTED_LOWER.finditer(text):
            found.add(m.group(1))
    return frozenset(found)


def _mixed_abbreviation(tok: str) -> bool:
    """"СПб", "МинОбр": capitals and lower case mixed inside a word, as an abbreviation is
    spelled (a capitalised word has one capital)."""
    return sum(c.isupper() for c in tok) >= 2 and any(c.islower() for c in tok)


def restore_case(text: str, tools: ExtractTools, vocab: FactsVocab,
                 known_proper: frozenset[str] = frozenset(),
                 lower_openers: frozenset[str] = frozenset()) -> str:
    """`text` printed in capitals written in normal case (see the module docstring); other
    texts and single words unchanged. `known_proper`: lemmas the document writes with a
    capital; `lower_openers`: words it writes in lower case after an opening quote."""
    if not is_capitals(text) or len(text.split()) < 2:  # one word: an abbreviation ("ИМДЦ")
        return text
    tokens = _TOKEN.findall(text)
    lemmas = [tools.lemma(t) if t[:1].isalpha() else "" for t in tokens]
    places = _marked_places(tokens, lemmas, vocab)
    initials, surnames = _initials(tokens, vocab)
    places |= surnames
    markers = _marker_words(tokens, lemmas, vocab) - places
    # "ВЕРХНЕ- ОЛЬХОВСКОГО РАЙОНА": a place's first part printed with a space at its hyphen
    places |= {i - 3 for i in places if i >= 3 and tokens[i - 2] == "-"
               and tokens[i - 1].isspace() and tokens[i - 3][:1].isalpha()}
    titled = _honorifics(tokens, lemmas, vocab)
    out: list[str] = []
    opens = True  # the first word, and the first word in quotes, get a capital
    for i, tok in enumerate(tokens):
        if i in initials:
            out.append(tok)
            opens = False
        elif i in titled:  # "ИМЕНИ ГЕРОЯ СОВЕТСКОГО СОЮЗА" → "имени Героя Советского Союза"
            out.append(tok.capitalize() if titled[i] or opens else tok.lower())
            opens = False
        elif _settlement_mark(tokens, i, vocab):
            out.append(tok.lower())  # "СТ. ПЕРЕЯСЛОВСКОЙ" → "ст. Переясловской", no abbreviation
            opens = False
        elif i in markers and not opens:
            out.append(tok.lower())
            opens = False
        elif opens and i and tok.lower() in lower_openers and tokens[i - 1] in _QUOTE_MARKS:
            out.append(tok.lower())  # «ГОРОД ЭНСК» where the text writes «город Энск»
            opens = False
        elif _mixed_abbreviation(tok):
            out.append(tok)  # "СПб ГБОУ …": an abbreviation printed in its own mixed case
            opens = False
        elif tok[:1].isalpha():
            # a word the capitals text prints in lower case ("МБДОУ д/с") was written so
            out.append(_word_case(tok, i, lemmas[i], opens and not tok.islower(), places, tools,
                                  vocab, known_proper))
            # "МАОУ ШКОЛА № 2" → "МАОУ Школа № 2": the institution's own name follows its form
            opens = tok in vocab.institution_forms
        else:
            out.append(tok)
            opens = opens or tok in _OPEN_QUOTES or (
                tok == '"' and (i == 0 or tokens[i - 1].isspace()))
    return "".join(out)
