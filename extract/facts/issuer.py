"""The issuer read from a letterhead, and the finishing every issuer gets.

A letterhead names the issuing body and often the body it belongs to, one or more lines each,
in capitals: "АДМИНИСТРАЦИЯ БЕЛОКЛЮЧЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА / УЛЬЯНОВСКОЙ ОБЛАСТИ /
УПРАВЛЕНИЕ ОБРАЗОВАНИЯ / ПРИКАЗ". Its lines group into units: a line that names a body in the
nominative ("УПРАВЛЕНИЕ …", "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ") starts one; a line in the
genitive ("АДМИНИСТРАЦИИ …", "УЛЬЯНОВСКОЙ ОБЛАСТИ") or a name in quotes continues it. The issuer
is the last unit — the body nearest the order's header — and when it is a structural unit
(управление, комитет, отдел …) the unit above it follows in the genitive: "Управление
образования администрации Белоключевского муниципального района". The finishing every issuer then
gets (extract/facts/issuer_finish.py) is no part of this module, nor are the letterheads of
documents without an order (extract/facts/issuer_title_page.py).
"""

from __future__ import annotations

import re

from extract.facts.acts import heading_header, letterhead_header
from extract.facts.body_under_district import body_under_formation
from extract.facts.ctx import Ctx, per_document
from extract.facts.letterhead_parts import founder_split, with_legal_form
from extract.facts.letterhead_text import (
    LETTERHEAD_WORDS,
    before_address,
    before_requisites,
    kept,
    unglued,
)
from extract.facts.lines import Chunk, squash
from extract.facts.name_lines import (
    address_line,
    card_address_at,
    genitive_town,
    place_under_quoted,
    short_name_line,
)
from extract.facts.order import order_header
from extract.facts.stamps import stamp_kind

_LETTERHEAD_CHUNKS = 8
_QUOTE_START = ("«", '"', "“", "„")
_HEAD_REACH = 5  # the body's head word stands among the first words of its line ("Муниципальное
# бюджетное дошкольное образовательное учреждение")
_DASH_END = ("-", "–", "—", "−")


def _head(ctx: Ctx, line: str) -> tuple[int, str] | None:
    """(word index, lemma) of the first organisation word among the first words of `line`."""
    for k, w in enumerate(line.split()[:_HEAD_REACH]):
        lem = ctx.lemmas(w)
        # an official whose acts are issued in his name heads his letterhead ("ГЛАВА …")
        if len(lem) == 1 and (lem[0] in ctx.vocab.org_words
                              or (k == 0 and lem[0] in ctx.vocab.officials)):
            return k, lem[0]
        # "МДОУ Заречинский детский сад №3 «…»": a legal form's abbreviation heads the name
        # (its own letters: the lemmatizer may decline an abbreviation, "МОБУ" → "моба")
        if w.strip("«»\"“„,.") in ctx.vocab.institution_forms:
            return k, w.strip("«»\"“„,.").lower()
    return None


def _starts_unit(ctx: Ctx, line: str) -> bool:
    """True when `line` names a body in the nominative ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ")."""
    if line.startswith(_QUOTE_START):
        return False
    head = _head(ctx, line)
    if head is None:
        return False
    word = line.split()[head[0]].strip("«»\"“„,.").lower().replace("ё", "е")
    return word == head[1]


def _form_over_noun(ctx: Ctx, line: str, below: list[str]) -> bool:
    """A legal form's adjectives alone on a line ("Муниципальное автономное
    общеобразовательное") over a line opening with the body's noun ("учреждение – …")."""
    words = line.split()
    if len(words) < 2 or not words[0][:1].isupper() or not below or not _starts_unit(ctx, below[0]):
        return False
    return all(w.isalpha() and ctx.tools.tag(w.lower()) in (("ADJF", "nomn"), ("ADJF", "accs"))
               for w in words)


def _unfinished(ctx: Ctx, unit: str) -> bool:
    """True when `unit` cannot end here: a quote is open ("… «Луговская средняя" / "…
    школа»"), it is a legal form without its name ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ
    ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ" / "СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 1"), or it ends
    with an adjective its noun follows."""
    # «ДЕТСКИЙ САД № 7 «УЛЫБКА»: nested quotes printed with one closing mark end the name
    if unit.count("«") > unit.count("»") and not unit.rstrip().endswith("»"):
        return True
    if unit.rstrip().endswith(_DASH_END):
        return True  # "МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ −" / "СРЕДНЯЯ … ШКОЛА № 31": the name goes on
    head = _head(ctx, unit)
    if head is not None and head[0] == len(unit.split()) - 1 and head[0] > 0:
        return True
    if _type_without_name(ctx, unit):
        return True
    # "… УЧРЕЖДЕНИЕ СРЕДНЯЯ" / "ОБЩЕОБРАЗОВАТЕЛЬНАЯ" / "ШКОЛА № 11": an adjective in the
    # nominative waits for its noun (a narrow cell broke the name before it)
    last = unit.split()[-1].lower() if unit.split() else ""
    return head is not None and last.isalpha() and ctx.tools.tag(last) == ("ADJF", "nomn")


def _type_without_name(ctx: Ctx, unit: str) -> bool:
    """"Муниципальное бюджетное учреждение дополнительного образования" / "Центр …": a legal
    form whose type words run to the line's end names no body yet; its name follows."""
    m = ctx.vocab.legal_form.match(unit.lower())
    if m is None:
        return False
    rest = unit[m.end():].split()  # the type words after "учреждение"
    return all(set(ctx.lemmas(w)) & ctx.vocab.legal_form_tails for w in rest)


def units(ctx: Ctx, lines: list[str]) -> list[str]:
    """The letterhead's lines grouped into the bodies they name, top first."""
    out: list[str] = []
    pending: list[str] = []  # lines above the first body's word
    joined = -1  # a line already joined to the one above it
    for k, line in enumerate(lines):
        if k == joined:
            continue
        if out and short_name_line(ctx, out[-1], line) and not _unfinished(ctx, out[-1]):
            continue  # "МБДОУ детский сад «…»" under the full name: its short name
        if _starts_unit(ctx, line) and not (out and _unfinished(ctx, out[-1])):
            # "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ" / "УЧРЕЖДЕНИЕ «…»": a legal form
            # broken before its noun opens the body's name
            out.append(with_legal_form(ctx, pending, line) if not out else line)
        elif not out:
            pending.append(line)
        elif _form_over_noun(ctx, line, lines[k + 1 : k + 2]) and not _unfinished(ctx, out[-1]):
            # "Управление … / Муниципальное автономное общеобразовательное / учреждение –
            # лицей № 5": the school's own name under its founder's body
            out.append(f"{line} {lines[k + 1]}")
            joined = k + 1
        elif out and (town := genitive_town(ctx, out[-1], line)) \
                and not _unfinished(ctx, out[-1]):
            out[-1] = f"{out[-1]} {town}"  # "… школа № 13 / г. Лесного Заречного края"
            break
        elif out and (address_line(line) or place_under_quoted(ctx, out[-1], line)) \
                and not _unfinished(ctx, out[-1]):
            break  # "г.Заречный, Заречная область" under the name: where it is, not its name
        elif out and _field_label(ctx, line):
            break  # "Адрес" under a card's name field: the card's next field, no name's word
        elif out:
            out[-1] = f"{out[-1]} {line}"
    return [_without_place(ctx, u) for u in out]


def _field_label(ctx: Ctx, line: str) -> bool:
    """A card's or a form's field label alone on its line ("Адрес", "Телефон:")."""
    words = line.strip().rstrip(":").split()
    lem = ctx.lemmas(words[0]) if len(words) == 1 else ()
    return len(lem) == 1 and lem[0] in ctx.vocab.form_labels \
        and words[0][:1].isupper() and not words[0].isupper()


def _without_place(ctx: Ctx, unit: str) -> str:
    """"… ШКОЛА С.ЛУГОВОЕ МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «…» … ОБЛАСТИ" → "… ШКОЛА С.ЛУГОВОЕ":
    a municipality named after the body in the nominative is where it is."""
    words = unit.split()
    for k in range(1, len(words)):
        if card_address_at(ctx, words, k):
            return " ".join(words[:k])  # a portal's card: "… «Ромашка» Россия, … область, …"
        for seq in ctx.vocab.place_appositions:
            if _nominative_run(ctx, words[k : k + len(seq)], seq):
                return " ".join(words[:k])
    return unit


def _nominative_run(ctx: Ctx, words: list[str], seq: tuple[str, ...]) -> bool:
    """True when `words` are the lemmas `seq` and the last (the noun) is printed as its lemma."""
    if len(words) != len(seq):
        return False
    if any(ctx.lemmas(w.strip("«»\"")) != (s,) for w, s in zip(words, seq, strict=True)):
        return False
    return words[-1].strip("«»\"").lower() == seq[-1]


def _genitive(ctx: Ctx, unit: str) -> str | None:
    """"АДМИНИСТРАЦИЯ … РАЙОНА" → "АДМИНИСТРАЦИИ … РАЙОНА" (the head word only)."""
    head = _head(ctx, unit)
    if head is None or head[0] != 0 or head[1] not in ctx.vocab.parent_genitive:
        return None
    first, _, rest = unit.partition(" ")
    gen = ctx.vocab.parent_genitive[head[1]]
    gen = gen.upper() if first.isupper() else gen
    return f"{gen} {rest}".strip()


def issuer_of_letterhead(ctx: Ctx, lines: list[str]) -> str | None:
    """The issuing body a letterhead names (see the module docstring)."""
    if lines and all(x.islower() for x in lines):
        # "российская федерация / администрация … района": a site's style printed the
        # letterhead in lower case; it is read as the capitals it stands for
        lines = [x.upper() for x in lines]
    found = units(ctx, lines)
    if not found:
        return None
    issuer = _without_country(ctx, found[-1])
    if (under := body_under_formation(ctx, issuer, lines)) is not None:
        return squash(under)  # "… МУНИЦИПАЛЬНЫЙ РАЙОН" / "АДМИНИСТРАЦИЯ"
    if len(found) == 1 and len(issuer.split()) == 1:
        return None  # "ПРАВИТЕЛЬСТВО" under the region's name: the body is named elsewhere
    full = _spelled_out(ctx, issuer) or _named_by_place(ctx, issuer, lines)
    if full:
        return full
    head = _head(ctx, issuer)
    if len(found) >= 2 and head and head[1] in ctx.vocab.body_units:
        parent = _genitive(ctx, found[-2])
        if parent:
            issuer = f"{issuer} {parent}"
    return squash(issuer)


def _without_country(ctx: Ctx, unit: str) -> str:
    """"РОССИЙСКАЯ ФЕДЕРАЦИЯ АДМИНИСТРАЦИЯ … РАЙОНА": a text export joined the country's (or
    the region's) line to the body's; the body's name starts at its head word."""
    head = _head(ctx, unit)
    if head is None or head[0] == 0:
        return unit
    words = unit.split()
    before = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words[: head[0]]]
    if set(before) <= ctx.vocab.not_places or before[-1] in ctx.vocab.region_nouns:
        return " ".join(words[head[0]:])
    return unit


_PARENTHESES = re.compile(r"\(([^()]+)\)")


def _nameless(ctx: Ctx, unit: str) -> bool:
    """"АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА": a body's word and place words, no name."""
    generic = (ctx.vocab.org_words | ctx.vocab.place_markers | ctx.vocab.municipal_words
               | ctx.vocab.place_marker_adjectives)
    return all(w in generic for w in ctx.lemmas(unit))


def _named_by_place(ctx: Ctx, unit: str, lines: list[str]) -> str | None:
    """A nameless body under the line naming its municipality in the nominative
    ("МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «N-СКИЙ РАЙОН»"): the body of that municipality, its name
    taken from the line ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «N-СКИЙ РАЙОН»")."""
    if not _nameless(ctx, unit):
        return None
    for line in lines:
        words = line.split()
        for seq in ctx.vocab.place_appositions:
            if not _nominative_run(ctx, words[: len(seq)], seq) or len(words) == len(seq):
                continue
            gen = ctx.vocab.place_apposition_genitive[" ".join(seq)]
            gen = gen.upper() if words[0].isupper() else gen
            name = " ".join(words[len(seq) :])
            return squash(f"{unit.split()[0]} {gen} {name}")
    return None


def _spelled_out(ctx: Ctx, unit: str) -> str | None:
    """"КОМИТЕТ ОБРАЗОВАНИЯ (Комитет образования администрации Заречного района)": the body's
    own full name in parentheses under its short one, opening with the same head word."""
    m = _PARENTHESES.search(unit)
    if not m:
        return None
    short, inner = _head(ctx, unit[: m.start()]), _head(ctx, m.group(1))
    return squash(m.group(1)) if short and inner and inner == (0, short[1]) else None


def letterhead_lines(ctx: Ctx, chunks: list[Chunk] | tuple[Chunk, ...],
                      act_number: str | None = None) -> list[str]:
    """The lines of the few chunks just above the order header (or title), top first. Lines
    with digits (a date, an address, a phone; not an institution's "№ 5") are left out; a long
    line or a list item (running text) ends the letterhead. A line carrying the act's own
    number is its act word printed in another language ("ПОСТАНОВЛЕНЭ N 12-ПП" over
    "ПОСТАНОВЛЕНИЕ N 12-ПП"), no body's name."""
    lines: list[str] = []
    near = list(chunks[-_LETTERHEAD_CHUNKS:])
    for k in range(len(near) - 1, -1, -1):
        c = near[k]
        dashed = _dash_name_part(ctx, c, near[k - 1] if k else None)
        printed = [unglued(ctx, ctx.unspaced(x)) for x in _russian_lines(ctx, c)]
        for line in reversed([p for x in printed for p in founder_split(ctx, x)]):
            line = _BRACKET_SPACE.sub("", before_address(ctx.vocab, before_requisites(ctx, line)))
            if len(line.split()) > LETTERHEAD_WORDS or (c.list_number and not dashed):
                return lines
            if dashed and line == unglued(ctx, ctx.unspaced(c.lines[0] if c.lines else c.text)):
                line = f"{c.list_number} {line}"
            if act_number is not None and act_number in _numbers(line):
                continue
            if stamp_kind(ctx, line.strip()) or ctx.vocab.grif_other.match(line.strip()) \
                    or ctx.vocab.esign_start.match(line) \
                    or ctx.vocab.council_meeting_line.match(line.strip()):
                # "УТВЕРЖДЕНО" / "Приказ …" / "___ И.О. Фамилия", "на заседании …": a grif, no
                # name; "Подписано цифровой подписью:" / the name: the signature stamp's copy
                lines = []
            elif kept(ctx, line):
                lines.insert(0, line)
    return lines


def _dash_name_part(ctx: Ctx, c: Chunk, above: Chunk | None) -> bool:
    """"Муниципальное бюджетное дошкольное образовательное учреждение" / "- Центр развития
    ребенка детский сад № 7 …": the institution's own name after its type, opened with a dash
    on a line of its own — read as a list item, yet the letterhead's name goes on."""
    if c.list_number not in _DASH_END or above is None or above.list_number:
        return False
    last = (above.lines[-1] if above.lines else above.text).split()
    return bool(last) and bool(set(ctx.lemmas(last[-1])[-1:]) & ctx.vocab.org_words)


# "( МБДОУ № 7 «…» )": a space a typist left inside the short name's brackets
_BRACKET_SPACE = re.compile(r"(?<=\()\s+|\s+(?=\))")
_ACT_NUMBER = re.compile(r"(?:№|N)\s?(\d[\w/-]*)")


def _numbers(line: str) -> list[str]:
    """The numbers a line gives after "№"/"N" ("N 369-ПП" → "369-ПП")."""
    return _ACT_NUMBER.findall(line)


def _russian_lines(ctx: Ctx, c: Chunk) -> tuple[str, ...]:
    """A chunk's lines, without a letterhead's copy in a republic's own language."""
    foreign = _foreign_lines(ctx, c)
    return tuple(x for x in c.lines or (c.text,) if x not in foreign) if foreign \
        else tuple(c.lines or (c.text,))


def _foreign_lines(ctx: Ctx, c: Chunk) -> frozenset[str]:
    """Of a letterhead set as a table beside its copy in a republic's own language
    ("АДМИНИСТРАЦИЯ … КОЖУУНА | … КОЖУУН ЧАГЫРГАЗЫ"), the lines of the cells that name no
    body in Russian (when exactly one cell does)."""
    if c.cells is None or len(c.cell_lines) < 2:
        return frozenset()
    named = [any(_starts_unit(ctx, line) for line in cell) for cell in c.cell_lines]
    if sum(named) != 1:
        return frozenset()
    return frozenset(x for cell, n in zip(c.cell_lines, named, strict=True) if not n
                     for x in cell)


@per_document
def issuer_from_header_block(ctx: Ctx) -> str | None:
    """The body named in the letterhead above the order header; in a text export that joined
    the letterhead's lines into one paragraph, the lines above the act's word."""
    start = order_header(ctx)
    if start == 0:
        start = _repeated_act_word(ctx)
    if start:
        numbers = _numbers(ctx.head[start].text)
        return issuer_of_letterhead(ctx, letterhead_lines(
            ctx, ctx.head[:start], numbers[0] if numbers else None))
    header = letterhead_header(ctx)
    if header is None or start is not None or _named_heading(ctx):
        return None  # a site's heading names the body as written, not in capitals
    return issuer_of_letterhead(ctx, lines_above(ctx, header.index))


def letterhead_lines_above_header(ctx: Ctx) -> list[str]:
    """The letterhead's lines above the order header's act word (none without one)."""
    start = order_header(ctx)
    return letterhead_lines(ctx, ctx.head[:start]) if start else []


def _named_heading(ctx: Ctx) -> bool:
    """A site's heading that names its body ("Приказ министерства … от … № …"). A heading
    without one is the letterhead's own act line read with the lines around it (a text export
    giving the letterhead, "ПРИКАЗ", the date and the subject as one run of lines): the
    letterhead above the act's word names the issuer as in the printed form."""
    h = heading_header(ctx)
    return h is not None and (h.org is not None or h.index >= _letterhead_index(ctx))


def _letterhead_index(ctx: Ctx) -> int:
    header = letterhead_header(ctx)
    return header.index if header is not None else 0


def _repeated_act_word(ctx: Ctx) -> int | None:
    """Index of the act's word printed again under the letterhead ("П О С Т А Н О В Л Е Н И Е"
    / "АДМИНИСТРАЦИЯ … ОКРУГА" / "П О С Т А Н О В Л Е Н И Е" / "07.09.2020 № 895": a form
    whose act word heads the page too); None when the page opens with its only one."""
    word = ctx.unspaced(ctx.head[0].text).strip() if ctx.head else ""
    for i, c in enumerate(ctx.head[1 : _LETTERHEAD_CHUNKS + 1], 1):
        if ctx.unspaced(c.text).strip() == word:
            return i
    return None


def lines_above(ctx: Ctx, index: int) -> list[str]:
    """`letterhead_lines` over the printed lines above line `index` of `ctx.top`."""
    lines: list[str] = []
    for line in reversed(ctx.top[max(0, index - 2 * _LETTERHEAD_CHUNKS) : index]):
        text = before_requisites(ctx, unglued(ctx, ctx.unspaced(line.text)))
        c = ctx.chunks[line.chunk]
        parts = founder_split(ctx, text)  # a joined founder's line over the institution's
        if max(len(p.split()) for p in parts) > LETTERHEAD_WORDS or c.list_number:
            break
        if line.text in _foreign_lines(ctx, c):
            continue  # the letterhead's copy in the republic's own language
        lines[:0] = [p for p in parts if kept(ctx, p)]
    return lines
