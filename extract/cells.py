"""Cell texts as real tables fill them: words broken in narrow columns, values with units,
remarks written instead of a value."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.facts.spaced import cut_glued
from extract.tools import ExtractTools
from extract.vocab import Vocab, load_yaml
from ingest.models import Row, Table

_NUM = r"[-−]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?"
_UNIT = r"%|[а-яё]{1,6}\.?(?:\s?[а-яё]{1,6}\.?)?"
# "50", "12,5 %", "20 чел.", ">= 75", "1 250 руб."
_VALUE = re.compile(rf"^\s*(?:[<>≥≤]=?\s*)?({_NUM})\s*({_UNIT})?\s*$", re.I)
_LINE_BREAK = re.compile(r"([А-Яа-яЁё]+)(-?)\n(?=([а-яё]+))")
_DIGIT_BREAK = re.compile(r"(\d)-\n(?=[\dа-яё])")
# "Численность/" over "удельный вес": a slash pair ("численность/удельный вес", "человек/%")
# broken after its slash by a narrow column is written together
_SLASH_BREAK = re.compile(r"(?<=[А-Яа-яЁё])/[ \t]*\n[ \t]*(?=[А-Яа-яЁё])")
_SPACE_BREAK = re.compile(r"(?<![А-Яа-яЁё-])([А-Яа-яЁё]{2,}) (?=([а-яё]{2,})(?![А-Яа-яЁё-]))")


def parse_value(text: str) -> tuple[float, str | None] | None:
    """(number, unit written after it) of a value cell ("87,5 %" → (87.5, "%"), "20 чел." →
    (20.0, "чел.")); None when the cell is not a number."""
    m = _VALUE.match(text)
    if not m:
        return None
    number = m.group(1).replace(" ", "").replace("\u00a0", "").replace(",", ".").replace("−", "-")
    try:
        return float(number), (m.group(2) or None)
    except ValueError:
        return None


_CLOSING = " )]».,;:"
_NUMERAL_END = re.compile(r"\d-$")  # "2-" before "х" / "5-" before "ти": a numeral's ending
# one-letter conjunctions written after a comma: at a line's start after no comma, a word's end
_COMMA_CONJUNCTIONS = frozenset({"а"})
_STUB = 2  # a cell's last line of this many letters is a word's end ("начал|о"): no text
# ends in a lone "о" or "и"


_NARROW_LINE = 8  # letters: a cell whose lines are mostly this short broke its words anywhere
_NARROW_LINES = 6
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})


def _narrow(text: str) -> bool:
    """A cell of a column so narrow that a PDF broke nearly every long word ("монито" /
    "ринговых" / "образов" / "ания"): half its lines or more are this short."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    short = sum(len(x) <= _NARROW_LINE for x in lines)
    return len(lines) >= _NARROW_LINES and short * 2 >= len(lines)


def _content_pieces(left: str, right: str, tools: ExtractTools) -> bool:
    """Two pieces that read as words ("образов" / "ания"), neither a preposition, conjunction
    or particle ("по" / "вопросам"): in a narrow cell they are one word broken."""
    return not ({tools.tag(left)[0], tools.tag(right)[0]} & _FUNCTION_POS)


def _rejoin_line(m: re.Match[str], tools: ExtractTools, narrow: bool = False) -> str:
    left, hyphen, right = m.group(1), m.group(2), m.group(3)
    if len(left) <= 3 and _NUMERAL_END.search(m.string[max(0, m.start() - 2): m.start()]):
        return m.group(0)  # "в 2-х" / "и более": a numeral's ending is a whole word
    joined = left + right
    rest = m.string[m.end() + len(right):]
    stub = len(right) <= _STUB and not rest.strip(_CLOSING)  # "(фак|т)": the cell ends there
    if hyphen and tools.knows_compound(f"{left}-{right}"):
        return f"{left}-"  # "естественно-|научной": a compound the dictionary knows as written
    if hyphen and _solid_prefix(left, right, tools):
        return left  # "фото-|студии": a first part written solid before a noun
    if tools.is_known(joined) and (stub or _comma_less_tail(right, rest) or _word_end(right)
                                   or not (tools.is_known(left) and tools.is_known(right)
                                           and not hyphen)
                                   or _short_form_piece(left, joined, tools)
                                   or (narrow and not hyphen
                                       and _content_pieces(left, right, tools))):
        return left  # "образователь|ных", "вза-|имодействии": the break goes
    if hyphen:
        return f"{left}-"  # "научно-|методический": a compound broken at its hyphen
    return m.group(0)


_SHORT_FORMS = ("ADJS", "PRTS")


@lru_cache(maxsize=1)
def _word_ends() -> frozenset[str]:
    return frozenset(load_yaml("spacing").get("word_end_pieces", []))


@lru_cache(maxsize=1)
def _solid_prefixes() -> frozenset[str]:
    return frozenset(load_yaml("spacing").get("solid_prefixes", []))


def _solid_prefix(left: str, right: str, tools: ExtractTools) -> bool:
    """"фото-|студии": a first part written solid (extract/vocab/spacing.yaml solid_prefixes)
    that the dictionary reads joined as that part before a noun it knows; "социально-|
    экономический" and "мини-|футбол" keep their hyphen."""
    return left.lower() in _solid_prefixes() and tools.knows_prefixed(f"{left}-{right}")


def _word_end(right: str) -> bool:
    """"Посещаем|ость": a piece the dictionary knows as a rare word of its own that a narrow
    column breaks off a longer word (extract/vocab/spacing.yaml word_end_pieces)."""
    return right.lower() in _word_ends()


def _short_form_piece(left: str, joined: str, tools: ExtractTools) -> bool:
    """"следующ|его": a piece the dictionary reads only as a short adjective or participle
    that the next line's piece makes the full form of the same word: one word broken, not a
    short form ("готов") followed by a word of its own."""
    return tools.tag(left)[0] in _SHORT_FORMS and tools.lemma(left) == tools.lemma(joined)


def _comma_less_tail(right: str, rest: str) -> bool:
    """"Правительств|а Орловской": a lone letter opening a line is a word's end, not the
    conjunction "а", which stands after a comma ("…, а также"); no comma ends the line above."""
    return right in _COMMA_CONJUNCTIONS and rest[:1] == " "


def _rejoin_space(m: re.Match[str], tools: ExtractTools) -> str:
    left, right = m.group(1), m.group(2)
    if tools.is_known(right) and tools.is_known(left):
        return m.group(0)
    return left if tools.is_known(left + right) else m.group(0)  # the space goes


_PIECE = re.compile(r"^[А-Яа-яЁё]+$")
_TAIL_PIECE = re.compile(r"^[а-яё]+[),.;:]?$")


_CHAIN = (3, 4)  # pieces of a word a very narrow column broke more than once
_LINE_PASSES = 3  # passes over a cell's line breaks (each may join one more piece of a word)


def _rejoin_chain(text: str, tools: ExtractTools) -> str:
    """"несоверш⏎еннолетн⏎их", "вып⏎ускн⏎иков", "труд⏎оуст⏎роившихся": a word broken two or
    three times in a very narrow column (a printed PDF breaks it where the glyphs stop
    fitting, no hyphen): the pieces, one of them no word and no shorter run of them a word,
    joined are one dictionary word: joined without spaces (a first piece that happens to be a
    word, "труд", "вып", does not keep them apart)."""
    lines = text.split("\n")
    i = 0
    while i + 2 < len(lines):
        for n in _CHAIN:
            run = lines[i: i + n]
            if len(run) == n and _one_word(run, tools):
                lines[i: i + n] = ["".join(run)]
                break
        i += 1
    return "\n".join(lines)


def _one_word(run: list[str], tools: ExtractTools) -> bool:
    *heads, last = run
    tail = last.split(" ", 1)[0]  # the word's end may share its line with the next words
    if not (all(_PIECE.match(p) for p in heads) and _TAIL_PIECE.match(tail)
            and all(p[:1].islower() for p in run[1:])):
        return False
    pieces = [*heads, tail.rstrip("),.;:")]
    if not tools.is_known("".join(pieces)) or all(tools.is_known(p) for p in pieces):
        return False
    return not any(tools.is_known("".join(pieces[:k])) for k in range(2, len(pieces)))


_GLUED_RUN = (3, 2)  # pieces of two words whose gap a PDF text layer lost, longest first


def _rejoin_glued(text: str, tools: ExtractTools) -> str:
    """"наукиобласт⏎и", "целев⏎ыеиндикатор⏎ы:": a very narrow PDF column that broke two words
    and whose text layer lost the space between them; the pieces joined are the two words
    glued, cut apart where the dictionary knows both halves ("науки области")."""
    lines = text.split("\n")
    i = 0
    while i + 1 < len(lines):
        for n in _GLUED_RUN:
            run = lines[i: i + n]
            if len(run) == n and (cut := _glued_words(run, tools)) is not None:
                lines[i: i + n] = [cut]
                break
        i += 1
    return "\n".join(lines)


def _glued_words(run: list[str], tools: ExtractTools) -> str | None:
    *heads, last = run
    tail = last.split(" ", 1)[0]
    rest = last[len(tail):]
    word = tail.rstrip("),.;:")
    if not (all(_PIECE.match(p) for p in heads) and _PIECE.match(word)
            and all(p[:1].islower() for p in run[1:])):
        return None
    pieces = [*heads, word]
    joined = "".join(pieces)
    if all(tools.is_known(p.lower()) for p in pieces) or tools.is_known(joined.lower()):
        return None
    cut = cut_glued(joined, lambda w: tools.is_known(w.lower()))
    ends = {sum(len(p) for p in pieces[:k]) for k in range(1, len(pieces))}
    if cut is None or cut.index(" ") in ends:
        return None  # the gap falls between lines: a word broken there, not two glued
    return cut + tail[len(word):] + rest


# a comma or a full stop the narrow column pushed onto the next line ("выпускников" / "," or
# ", в"): it closes the line above
_LEAD_MARK = re.compile(r"\n[ \t]*([,;:)]|\.(?=[ \t\n]|$))[ \t]*(\n)?")


def _mark_up(m: re.Match[str]) -> str:
    rest = m.string[m.end():]
    return m.group(1) + ("\n" if rest or m.group(2) else "")


@lru_cache(maxsize=50_000)
def rejoin(text: str, tools: ExtractTools) -> str:
    """A cell text with the words a narrow column broke put back together: halves that form one
    dictionary word ("образователь\\nных", "дошколь ные"), a hyphen at a line end before a
    digit ("2022-\\n2027") or before the rest of a word."""
    if "\n" in text:
        text = _DIGIT_BREAK.sub(r"\1-", text)
        text = _SLASH_BREAK.sub("/", text)
        text = _LEAD_MARK.sub(_mark_up, text)
        text = _rejoin_chain(text, tools)
        text = _rejoin_glued(text, tools)
        narrow = _narrow(text)
        # a word broken twice ("госуд⏎арств⏎енных"): the first join leaves the second break
        # behind the joined piece, which one pass of the pattern has already passed
        for _ in range(_LINE_PASSES):
            joined = _LINE_BREAK.sub(lambda m: _rejoin_line(m, tools, narrow), text)
            if joined == text:
                break
            text = joined
    if " " in text:
        text = _SPACE_BREAK.sub(lambda m: _rejoin_space(m, tools), text)
    return text


def rejoin_table(table: Table, tools: ExtractTools) -> Table:
    """The table with every cell's broken words rejoined (cells unchanged otherwise)."""
    rows = []
    changed = False
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = rejoin(cell.text, tools)
            changed |= text != cell.text
            cells.append(cell if text == cell.text else cell.model_copy(update={"text": text}))
        rows.append(Row(cells=tuple(cells), source=row.source, header=row.header))
    return table.model_copy(update={"rows": tuple(rows)}) if changed else table



_PARTY_SLASH = re.compile(r"(?<=[А-Яа-яЁё»)])\s*/\s*(?=[А-ЯЁ«])")


def slash_parties(text: str) -> str:
    """Responsible parties written "Министерство …/ГБУ ДПО …" (a header "Ответственный
    исполнитель/соисполнители") put on lines of their own; "п/п" and dates stay."""
    return _PARTY_SLASH.sub("\n", text)


_BRACKETED = re.compile(r"^\(\s*([^()\n]{1,40}?)\s*\)$")


def unit_line(text: str, vocab: Vocab, tools: ExtractTools) -> str | None:
    """The unit a bracketed line over a table names ("(проценты)", "(в процентах)" →
    "процентах", "(тыс. рублей)"): unit words only, a leading preposition aside; else None."""
    m = _BRACKETED.match(text.strip())
    if not m or any(ch.isdigit() for ch in m.group(1)):
        return None  # "(2025-2027 годы)" names the years, not a unit
    words = m.group(1).split()
    if len(words) > 1 and tools.lemmas(words[0])[:1] and \
            tools.lemmas(words[0])[0] in vocab.unit_line_lead:
        words = words[1:]
    unit = " ".join(words)
    lemmas = [w for w in tools.lemmas(unit) if w.isalpha()]
    return unit if unit == "%" or (lemmas and all(w in vocab.unit_words for w in lemmas)) else None
