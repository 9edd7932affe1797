"""A letterhead's lines and the bodies they name.

The lines of the few chunks above an act's header or a title (`letterhead_lines`, or
`lines_above` a printed line of the top) are grouped into units (`units`): a line naming a body
in the nominative ("УПРАВЛЕНИЕ …", "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ") starts one; a line in the
genitive ("АДМИНИСТРАЦИИ …", "УЛЬЯНОВСКОЙ ОБЛАСТИ"), a name in quotes or the rest of a name
broken over lines continues it. Which unit issues the document is extract/facts/issuer.py's.
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.letterhead_parts import founder_split, with_legal_form
from extract.facts.letterhead_text import (
    LETTERHEAD_WORDS,
    before_address,
    before_requisites,
    kept,
    unglued,
)
from extract.facts.lines import Chunk
from extract.facts.name_first import name_position
from extract.facts.name_lines import (
    address_line,
    card_address_at,
    genitive_town,
    place_under_quoted,
    short_name_line,
)
from extract.facts.position_text import is_position
from extract.facts.stamps import stamp_kind

LETTERHEAD_CHUNKS = 8
_QUOTE_START = ("«", '"', "“", "„")
_HEAD_REACH = 5  # the body's head word stands among the first words of its line ("Муниципальное
# бюджетное дошкольное образовательное учреждение")
_DASH_END = ("-", "–", "—", "−")


def head_word(ctx: Ctx, line: str) -> tuple[int, str] | None:
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


def starts_unit(ctx: Ctx, line: str) -> bool:
    """True when `line` names a body in the nominative ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ")."""
    if line.startswith(_QUOTE_START):
        return False
    head = head_word(ctx, line)
    if head is None:
        return False
    word = line.split()[head[0]].strip("«»\"“„,.").lower().replace("ё", "е")
    return word == head[1]


_BRACKETED = re.compile(r"\(([^()]+)\)")


def short_in_brackets(ctx: Ctx, line: str) -> bool:
    """A line wholly in brackets that names no body by its head word ("(Минобрнауки Заречной
    области)", "(УО)"): the short name of the body above; a full name spelled out in them
    ("(Комитет образования администрации …)") is issuer.py's `_spelled_out`'s."""
    m = _BRACKETED.fullmatch(line.strip())
    return m is not None and head_word(ctx, m.group(1)) is None


def _form_over_noun(ctx: Ctx, line: str, below: list[str]) -> bool:
    """A legal form's adjectives alone on a line ("Муниципальное автономное
    общеобразовательное") over a line opening with the body's noun ("учреждение – …")."""
    words = line.split()
    if len(words) < 2 or not words[0][:1].isupper() or not below or not starts_unit(ctx, below[0]):
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
    head = head_word(ctx, unit)
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
        if out and short_in_brackets(ctx, line) and not _unfinished(ctx, out[-1]):
            continue  # "МИНИСТЕРСТВО … ОБЛАСТИ" / "(Минобрнауки … области)": its short name
        if starts_unit(ctx, line) and not (out and _unfinished(ctx, out[-1])):
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
            if nominative_run(ctx, words[k : k + len(seq)], seq):
                return " ".join(words[:k])
    return unit


def nominative_run(ctx: Ctx, words: list[str], seq: tuple[str, ...]) -> bool:
    """True when `words` are the lemmas `seq` and the last (the noun) is printed as its lemma."""
    if len(words) != len(seq):
        return False
    if any(ctx.lemmas(w.strip("«»\"")) != (s,) for w, s in zip(words, seq, strict=True)):
        return False
    return words[-1].strip("«»\"").lower() == seq[-1]


def letterhead_lines(ctx: Ctx, chunks: list[Chunk] | tuple[Chunk, ...],
                      act_number: str | None = None) -> list[str]:
    """The lines of the few chunks just above the order header (or title), top first. Lines
    with digits (a date, an address, a phone; not an institution's "№ 5") are left out; a long
    line or a list item (running text) ends the letterhead. A line carrying the act's own
    number is its act word printed in another language ("ПОСТАНОВЛЕНЭ N 12-ПП" over
    "ПОСТАНОВЛЕНИЕ N 12-ПП"), no body's name."""
    lines: list[str] = []
    near = list(chunks[-LETTERHEAD_CHUNKS:])
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
            if act_number is not None and act_number in act_numbers(line):
                continue
            if _grif_line(ctx, line):
                lines = []  # a grif's or a signature stamp's copy of the name: not the letterhead
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


def act_numbers(line: str) -> list[str]:
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
    named = [any(starts_unit(ctx, line) for line in cell) for cell in c.cell_lines]
    if sum(named) != 1:
        return frozenset()
    return frozenset(x for cell, n in zip(c.cell_lines, named, strict=True) if not n
                     for x in cell)


def lines_above(ctx: Ctx, index: int) -> list[str]:
    """`letterhead_lines` over the printed lines above line `index` of `ctx.top`."""
    lines: list[str] = []
    for line in reversed(ctx.top[max(0, index - 2 * LETTERHEAD_CHUNKS) : index]):
        text = before_requisites(ctx, unglued(ctx, ctx.unspaced(line.text)))
        c = ctx.chunks[line.chunk]
        parts = founder_split(ctx, text)  # a joined founder's line over the institution's
        if max(len(p.split()) for p in parts) > LETTERHEAD_WORDS or c.list_number:
            break
        if line.text in _foreign_lines(ctx, c):
            continue  # the letterhead's copy in the republic's own language
        if _grif_line(ctx, text) and stamp_kind(ctx, text.strip()) != "appendix":
            # "Утверждаю / Директор МБУ ДО ЦТТ / ____": the letterhead is above the grif (an
            # appendix's note over the letterhead is its callers', after_appendix_note)
            lines = []
            continue
        lines[:0] = [p for p in parts if kept(ctx, p)]
    return lines


def _grif_line(ctx: Ctx, line: str) -> bool:
    """"УТВЕРЖДЕНО" / "Приказ …" / "___ И.О. Фамилия", "на заседании …": a grif's line, no
    body's name; "Подписано цифровой подписью:": the signature stamp's copy; "Л.В. Орлова,
    директор МБОУ …": a person with her position, no body's name either."""
    return bool(stamp_kind(ctx, line.strip()) or ctx.vocab.grif_other.match(line.strip())
                or ctx.vocab.esign_start.match(line)
                or ctx.vocab.council_meeting_line.match(line.strip())
                or _person_line(ctx, line.strip()))


def _person_line(ctx: Ctx, line: str) -> bool:
    """A person with her position: named first ("Л.В. Орлова, директор МБОУ …") or after the
    position ("Директор МБОУ … – Л.В. Орлова"): a credit or a signature, no body's name (a
    patron's name, "… имени Героя России" / "П.П. Абрамова» с. Лесное", opens no position)."""
    if name_position(ctx, line, lambda t: is_position(ctx, t)) is not None:
        return True
    return is_position(ctx, line) and any(
        m.end("name") == len(line.rstrip(" ._")) for rx in ctx.vocab.names
        for m in rx.finditer(line))
