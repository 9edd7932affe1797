"""Signatures: a name ("Е.В. Ганина") with the position written just before it.

Signature blocks stack their lines: "УТВЕРЖДАЮ / ДИРЕКТОР ГИМНАЗИИ / А.Б.СОКОЛОВА", "Глава
администрации / Заречного района / В.Г. Орлов", a stamp's lines between ("Приказ от … № __"),
the name after a line of underscores or in parentheses ("_____ (С.В. Попова)"), a label before
the position ("Руководитель: Начальник управления …"), or the block set in a borderless table
("Глава городского округа | О.Ф. Широухов"). Names and positions are kept as written, except a
block printed in capitals, which is written in normal case (issue 11): the name with its initials
and a capitalised surname ("Е.В.ТАРАБАНОВА" → "Е.В. Тарабанова"), the position in sentence case
with proper names and abbreviations kept ("ДИРЕКТОР МБОУ «ЗАРЕЧНАЯ СОШ»" → "Директор МБОУ
«Заречная СОШ»", by the issuer's rules in extract/facts/case.py).
"""

from __future__ import annotations

import re

from extract.facts import gap_signature as gap_
from extract.facts.composition import composition_lines
from extract.facts.cover_credit import cover_credit
from extract.facts.credit_label import labelled_credit
from extract.facts.ctx import Ctx, per_document
from extract.facts.flat_grifs import after_requisites
from extract.facts.glued_columns import chairs_council
from extract.facts.glued_signature import glued_parts
from extract.facts.grif_cell_lines import rejoined, rejoined_rows, undated, unflattened
from extract.facts.grif_order import name_above_grif, order_signatory
from extract.facts.grif_place_line import act_line, place_over_act
from extract.facts.grif_table import grif_columns
from extract.facts.lines import Chunk, layout_tables, with_text
from extract.facts.name_first import name_then_position, position_under_name
from extract.facts.person_text import clean_name
from extract.facts.position_goes_on import genitive_goes_on
from extract.facts.position_text import (
    FILLER,
    acting_goes_on,
    acting_over_position,
    clean_position,
    is_position,
    position_after_sentence,
    without_stamp_mark,
)
from extract.facts.sign_caption import captioned_signatures
from extract.models import DraftSignatory

# Lines between a position and the name: stamps, "М.П.", an italic "ИМЦ" — at most this many.
_LOOKBACK = 4
_MAX_LINES_ABOVE = 12
_NOISE_WORDS = 6
_SENTENCE_END = (".", ":", ";", "!", "?", "»", ")")
_STOPS = (".", ":", ";", "!", "?")  # a quoted name may end a wrapped line, not a sentence
# A signature line with its position on it: "Директор ИМДЦ: Т.Г. Аксёнова", "Глава ____ И.И. Ив".
_MAX_POSITION_WORDS = 25
_AFTER_NAME = " .,;)|/"  # "/И.Н. Кулик/": a name between slashes
_NAME_FIRST = "people.name_first"  # memo: the lines read name first, with their evidence
_HONORIFIC = re.compile(r"(?:^|\s)(?:им\.|имени)\s*$", re.IGNORECASE)
# "Директор МАОУ СОШ № 2 г." / "Ивделя": a town's marker closing a narrow column's line opens
# the town's name on the next one — the "." abbreviates, it ends no sentence ("2022 г." does)
_PLACE_MARK = re.compile(r"(?<!\d{4})\s(?:г|с|п|пос|пгт|д|ст)\.\s*$")


def _name_at_end(ctx: Ctx, text: str) -> tuple[str, str] | None:
    """(text before the name, name) when `text` ends with a person's name — not the name a
    body bears ("СОШ № 14 имени Абрамова П.П."). A name with one initial ("Т. Тускаев", as
    legal sites print signatures) counts only on a line of its own."""
    if "." not in text:  # every name pattern has an initial's full stop
        return None
    for rx in ctx.vocab.names:
        for m in rx.finditer(text):
            # "Лаврова Е.Н. ________": the blank to sign on after the name
            if not text[m.end():].strip(_AFTER_NAME + "_") \
                    and not _HONORIFIC.search(text[: m.start()]):
                return text[: m.start()], m.group("name")
    lone = ctx.vocab.lone_name.match(text.strip(_AFTER_NAME + "_"))
    return ("", lone.group("name")) if lone else None



def _free_line(ctx: Ctx, text: str) -> bool:
    """A line that does not count towards the lookback: a blank to sign on ("______"), one
    or two words of a position set one word a line in a narrow column ("Начальник" /
    "управления" / "администрации" / …), an acquaintance block's heading ("Ознакомлены")."""
    if not text.strip(" _.-"):
        return True
    if len(text.split()) <= 2 and not text.rstrip().endswith(_SENTENCE_END):
        return True
    return bool(set(ctx.lemmas(text)) & ctx.vocab.acquaintance_words)


def _lines_above(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> list[int]:
    """Indexes of the lines above line `i` where its position may stand, nearest first:
    `_LOOKBACK` lines, blanks, short wrapped lines and an acquaintance block not counted."""
    out: list[int] = []
    cost, k = 0, i - 1
    while k >= 0 and cost < _LOOKBACK and len(out) < _MAX_LINES_ABOVE:
        out.append(k)
        cost += 0 if _free_line(ctx, chunks[k].text) else 1
        k -= 1
    return out


def _position_before(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str | None:
    """The position line(s) just above a name line (a position may wrap onto the next line),
    as printed: cleaned with the words the name's own line adds to it."""
    for k in _lines_above(ctx, chunks, i):
        back = i - k
        prev = chunks[k]
        # "И.о." / "главы администрации района": the prefix's full stop ends no sentence
        acting = acting_over_position(ctx, prev.text, chunks[k + 1].text)
        if is_position(ctx, prev.text) or _approver_line(ctx, chunks, k) or acting:
            if prev.text[:1].islower() and i - back > 0 and is_position(
                    ctx, chunks[i - back - 1].text):  # "Исполнитель" / "методист МКУ «РМК»"
                back += 1
                prev = chunks[i - back]
            text = prev.text
            for j, nxt in enumerate(chunks[i - back + 1 : i], i - back + 1):
                if ((text.rstrip().endswith(_SENTENCE_END) and not _HONORIFIC.search(text)
                     and not (acting and text == prev.text)
                     and not genitive_goes_on(ctx, text, nxt.text)
                     and not _town_of_name(ctx, nxt.text) and not _place_opened(text, nxt.text)
                     and not place_over_act(ctx, nxt.text, chunks[j + 1].text))
                        or act_line(ctx, nxt.text)
                        or _dated(ctx, nxt.text)
                        or ctx.vocab.esign_line.match(nxt.text)
                        or set(ctx.lemmas(nxt.text)) & ctx.vocab.acquaintance_words):
                    # "18 ноября 2024 года" under the position: the day it was signed; an
                    # e-signature's certificate block between the position and the name
                    break
                text = f"{text} {nxt.text}"
            return text
        if k == i - 1 and (tail := position_after_sentence(ctx, prev.text)):
            return tail  # "… оставляю за собой. Исполняющий обязанности …" / the name
        if (len(prev.text.split()) > _NOISE_WORDS and not _wrapped_position(ctx, chunks, k)) \
                or (_name_at_end(ctx, prev.text) and not _patron_line(chunks, k)):
            break
    return None


def _place_opened(text: str, nxt: str) -> bool:
    """`text` closes on a town's marker and `nxt` opens with the town's capitalised name."""
    return bool(_PLACE_MARK.search(text)) and nxt.strip()[:1].isupper()


# "г. Заречного", "города Заречного": a line holding only a town in an oblique case
_TOWN_LINE = re.compile(r"^\s*(?:г\.\s?|города\s+)(?P<town>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*$")


def _town_of_name(ctx: Ctx, line: str) -> bool:
    """"директор МБОУ СОШ (военвед)" / "г. Заречного": the town the institution's short name
    goes by, wrapped onto its own line after a bracket or a quote that closed the name; a
    town in the nominative is a place line, no part of the position."""
    m = _TOWN_LINE.match(line)
    return m is not None and ctx.tools.tag(m.group("town"))[1] != "nomn"


def _town_closing_name(ctx: Ctx, prev: str, name: str) -> bool:
    """'СРЕДНЯЯ ШКОЛА № 3"' / "Г. ЗАРЕЧНСКА": a settlement's mark and name under a line that
    closed an institution's quoted name is the town the name goes on with, no one-initial
    signature."""
    mark, _, rest = name.partition(".")
    return prev.rstrip().endswith(_CLOSERS) and mark.lower() in ctx.vocab.school_place_marks \
        and len(rest.split()) == 1


_CLOSERS = ('"', "»", "”", ")")


def _wrapped_position(ctx: Ctx, chunks: tuple[Chunk, ...], k: int) -> bool:
    """Line `k` goes on with the position above it: "Заведующий МДОАУ" / "«ЦРР – детский сад
    № 9» г. Заречного" (a narrow grif column wraps the institution's short name)."""
    return k > 0 and is_position(ctx, chunks[k - 1].text) \
        and not chunks[k].text.rstrip().endswith(_STOPS)


def _approver_line(ctx: Ctx, chunks: tuple[Chunk, ...], k: int) -> bool:
    """A position word in an oblique case right under an approval's opener ("УТВЕРЖДЕНО" /
    "Заведующей" / "МАДОУ …": approved by the head): it names who approves, not a person
    the text mentions."""
    if k == 0 or not any(rx.match(chunks[k - 1].text.strip())
                         for kind, rx in ctx.vocab.stamp_starts if kind != "appendix"):
        return False
    lem = ctx.lemmas(chunks[k].text)
    return bool(lem) and lem[0] in ctx.vocab.position_heads and chunks[k].text[:1].isupper()


def _dated(ctx: Ctx, line: str) -> bool:
    """A line that opens with a date ("«18» ноября 2024 г.", "от 01.09.2025")."""
    return any(m.start() == 0 for rx in ctx.vocab.dates if (m := rx.search(line.strip(" _"))))


_TAIL_WORDS = 4  # "Заречной области А. Орлов": the position's wrapped end before the name


def _tail_name(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> tuple[str, str] | None:
    """(position's end, name) of a line that ends a wrapped position with a one-initial name,
    right under the position's first line ("Врио Губернатора" / "Заречной области А. Орлов")."""
    text = chunks[i].text.strip()
    m = ctx.vocab.tail_name.search(text)
    if not m or i == 0 or not is_position(ctx, chunks[i - 1].text):
        return None
    before = text[: m.start()].strip()
    if (not before or len(before.split()) > _TAIL_WORDS or any(ch.isdigit() for ch in before)
            or before.endswith(_SENTENCE_END)):
        return None
    return before, m.group("name")


def _patron_line(chunks: tuple[Chunk, ...], i: int) -> bool:
    """Line `i` goes on with the patron a body's name bears, its line above ending in "им."
    ("Директор МБОУ СОШ №2 им." / "А. Кедрова и Б. Лосева"): names, but no signature."""
    return i > 0 and bool(_HONORIFIC.search(chunks[i - 1].text.rstrip()))


def _signatory(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> DraftSignatory | None:
    c = chunks[i]
    if _patron_line(chunks, i):
        return None
    text = without_stamp_mark(c.text)
    hit = _name_at_end(ctx, text) or _name_at_end(ctx, undated(ctx, text)) \
        or _tail_name(ctx, chunks, i)
    if hit and i and _town_closing_name(ctx, chunks[i - 1].text, hit[1]):
        return None
    first = None if hit else name_then_position(ctx, chunks, i, lambda t: is_position(ctx, t))
    if first is not None:  # "Е.В. Орлова, директор МБОУ …": the name before its position
        ctx.memo.setdefault(_NAME_FIRST, {})[i] = f"name_first:{first.score}:" + \
            "+".join(first.evidence or ("none",))
        return DraftSignatory(name=clean_name(first.name), position=clean_position(
            ctx, first.position)) if first.score > 0 else None
    gap = None if hit else gap_.name_over_tail(ctx, chunks, i)
    if gap and is_position(ctx, gap[0]):  # "Председатель Правительства Т. Орлов" / "Заречной …"
        position = clean_position(ctx, gap_.position_tail(ctx, chunks, i, gap[0]))
        return DraftSignatory(name=clean_name(gap[1]), position=position)
    if not hit:
        return None
    before, name = hit
    before = FILLER.sub("", before).strip()
    if before and len(before.split()) > _MAX_POSITION_WORDS:
        return None
    if before and is_position(ctx, before):  # the position is on the signature line itself
        more = acting_goes_on(ctx, before, chunks[i + 1].text) if i + 1 < len(chunks) else None
        return DraftSignatory(name=clean_name(name), position=clean_position(ctx, more or before))
    flat = after_requisites(before)  # "Протокол № 3 от … Директор школы": grifs on one line
    if flat and is_position(ctx, flat):
        return DraftSignatory(name=clean_name(name), position=clean_position(ctx, flat))
    # the position above, possibly ending on the name's line ("… округа С.А. Ветлугина",
    # '"Кедрогорский район" Смоленской области Р.В. Ступин')
    above = _position_before(ctx, chunks, i)
    if not before:
        under = None if above else position_under_name(  # "УТВЕРЖДАЮ" / name / position
            chunks, i, lambda t: _approval(ctx, t), lambda t: is_position(ctx, t))
        return DraftSignatory(name=clean_name(name), position=(
            clean_position(ctx, above) if above else None) or _position_after(
            ctx, chunks, i) or (clean_position(ctx, under) if under else None))
    if not above:
        return None
    return DraftSignatory(name=clean_name(name), position=clean_position(ctx, f"{above} {before}"))


def _position_after(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str | None:
    """"______ Т.Г. Орлова" / "директор МБУ ДО «…»": a grif that prints the signature line
    first and the signer's position in lower case under it (none above)."""
    if not _SIGNED.match(chunks[i].text) or i + 1 >= len(chunks):
        return None
    text = chunks[i + 1].text.strip()
    if not text[:1].islower() or any(ch.isdigit() for ch in text) or not is_position(ctx, text):
        return None
    return clean_position(ctx, text)


@per_document
def _signature_lines(ctx: Ctx) -> tuple[Chunk, ...]:
    """The running text line by line (a text export joins a whole act into one paragraph),
    with the lines of layout tables (a signature or a stamp set in a borderless table) as
    blocks of their own, cell after cell."""
    layout = layout_tables(ctx.chunks)
    grifs = grif_columns(ctx)
    out: list[Chunk] = []
    for c in ctx.chunks:
        if c.cells is not None and c.source.table in grifs:
            # grifs side by side: column by column, once
            out += [with_text(r, line) for r, line in rejoined_rows(
                [(r, line) for r, cell in grifs.pop(c.source.table)
                 for line in rejoined(unflattened(ctx, cell))])]
        elif c.cells is None and (len(c.lines) > 1 or _approval(ctx, c.text)):
            # a paragraph of lines: a signature is a line; a grif's table read as one line is
            # cut back into its lines
            out += [with_text(c, part) for line in (c.lines or (c.text,))
                    for part in (unflattened(ctx, (line,)) if _approval(ctx, line) else (line,))]
        elif c.cells is None:  # "… Прилагается.И.о. Председателя … Э. А. Носков": cut apart
            out += [with_text(c, part) for part in glued_parts(
                ctx, c.text, lambda t: is_position(ctx, t))]
        elif c.source.table in layout:
            out += [with_text(c, line) for cell in c.cell_lines
                    for line in rejoined(unflattened(ctx, cell))]
    return tuple(out)


def _approval(ctx: Ctx, text: str) -> bool:
    return any(rx.match(text.strip().lstrip("«\"")) for kind, rx in ctx.vocab.stamp_starts
               if kind != "appendix")


def _grif_of(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> str | None:
    """"approve" for a name under "УТВЕРЖДАЮ"/"Утверждено", "council" under a council's
    "РАССМОТРЕНО"/"ПРИНЯТО" or its chair's position, "other" under another grif
    ("СОГЛАСОВАНО"): the nearest opener within a grif's reach above, else None."""
    chair = False  # no opener, a council's chair's position: that council's grif
    for k in range(i, max(-1, i - _MAX_LINES_ABOVE), -1):
        text = chunks[k].text.strip()
        if ctx.vocab.grif_council.match(text):
            return "council"
        if ctx.vocab.grif_other.match(text) or ctx.vocab.authors_label.match(text):
            return "other"
        if any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts if kind != "appendix"):
            return "council" if chair else "approve"
        chair = chair or chairs_council(ctx, text)
    return "council" if chair else None


def _no_position_above(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> bool:
    """No line between the name and its grif's opener names a position ("УТВЕРЖДЕНО" /
    "Приказ № 4 от …" / "___ И.О. Фамилия"): the name signs without one (a position printed
    there belongs to a name the lines of two grifs may have set elsewhere)."""
    for k in range(i - 1, max(-1, i - _MAX_LINES_ABOVE), -1):
        text = chunks[k].text.strip()
        if set(ctx.lemmas(text)) & (ctx.vocab.head_positions | ctx.vocab.position_heads):
            return False
        if any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts if kind != "appendix"):
            return True
    return False


def signatories(ctx: Ctx, rules: list[str] | None = None) -> tuple[DraftSignatory, ...]:
    """Every signature in the running text, in order, one per person: a name under (or after)
    a position; a name alone (a table's responsible person read as text) is none. Where a
    title page sets a council's grif beside the approver's (their lines may interleave), the
    approver signs the document: the council chair's name is left out. A name under
    "СОГЛАСОВАНО" agrees to the document, it does not sign it (CONTRACT `signatories`). The
    grif rules that decided a signature (`grif_order`) are added to `rules`."""
    # a form's signature over its caption row ("(должность) | (подпись) | (расшифровка …)")
    out: list[tuple[DraftSignatory, str | None]] = [
        (DraftSignatory(name=clean_name(s.name), position=clean_position(ctx, s.position or "")),
         None) for s in captioned_signatures(ctx)]
    chunks = _signature_lines(ctx)
    members = composition_lines(ctx, chunks, lambda text: _name_at_end(ctx, text) is not None)
    for i in range(len(chunks)):
        if i in members:  # a group's member named in an act's item signs nothing
            continue
        s = _signatory(ctx, chunks, i)
        by_order = order_signatory(ctx, chunks, i) if s is None or s.position is None else None
        if by_order is not None:
            s, rule = by_order
            (rules if rules is not None else []).append(rule)
        grif = _grif_of(ctx, chunks, i) if s is not None else None
        if s is not None and i in ctx.memo.get(_NAME_FIRST, {}):
            (rules if rules is not None else []).append(ctx.memo[_NAME_FIRST][i])
        # a name alone is a responsible, not a signature; but a name on the signature's
        # underscores under "УТВЕРЖДЕНО" signs, its position not printed
        if s is None or (s.position is None and not (grif == "approve" and _SIGNED.match(
                chunks[i].text) and _no_position_above(ctx, chunks, i))):
            continue
        if grif is None and (cover_credit(ctx, chunks[i].text)
                             or labelled_credit(ctx, chunks[i].text)):
            continue  # "Заведующий МАДОУ – Гаврилова Е.М." on a report's cover: no signature
        _add_once(out, s, grif)
    above = None if out else name_above_grif(ctx, chunks)
    if above is not None:
        out.append((above, "approve"))
        (rules if rules is not None else []).append("grif_name_above")
    approved = any(g == "approve" for _, g in out)
    return tuple(s for s, g in out if g != "other" and not (approved and g == "council"))


def _add_once(out: list[tuple[DraftSignatory, str | None]], s: DraftSignatory,
              grif: str | None) -> None:
    """One entry a person; one who chairs the council and approves as head ("Председатель
    педагогического совета ___ В.П. Орлова" | "Утверждаю / Директор школы ___ В.П. Орлова")
    signs as the approver."""
    key = s.name.replace(" ", "")
    for k, (x, g) in enumerate(out):
        if x.name.replace(" ", "") == key:
            if grif == "approve" and g != "approve":
                out[k] = (s, grif)
            return
    out.append((s, grif))


_AFTER_SIGNATURE = 12
_SIGNED = re.compile(r"^\s*_{3,}\s*\S")  # "______________ А.Н. Фамилия"


def lines_after_signature(ctx: Ctx) -> list[str]:
    """The lines printed after the first signature (position and name), a few of them: where
    an act that approves a plan goes on with the plan itself."""
    chunks = _signature_lines(ctx)
    members = composition_lines(ctx, chunks, lambda text: _name_at_end(ctx, text) is not None)
    for i in range(len(chunks)):
        if i in members:  # a group's member named in an act's item signs nothing
            continue
        s = _signatory(ctx, chunks, i)
        if s is not None and s.position is not None:
            return [c.text.strip() for c in chunks[i + 1 : i + 1 + _AFTER_SIGNATURE]
                    if c.cells is None and c.text.strip()]
    return []
