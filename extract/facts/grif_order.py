"""Approval grifs of schools and kindergartens that name the approver by the order approving
the document, not by a position line: "Утверждаю: / Приказ директора / МБОУ «…» / ____ И.О.
Фамилия / № __ от __", "УТВЕРЖДЕНО / Приказом заведующего / МБДОУ «…» / А.Б. Орловой от … №
…" (the head's name in the genitive, after the position it stands with), or that set the
institution where a position goes ("Утверждаю / МДОУ детский сад № 5 / ____ А.Б. Орлова").
The position is the head word in the nominative with the institution after it ("Директор МБОУ
«…»", "Заведующий МБДОУ «…»"); the name is put in the nominative by its lemma."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, squash, with_text
from extract.models import DraftSignatory

_REACH = 6  # lines between a grif's opener and the name under it
_TITLE_PAGE = 20  # chunks
_AFTER_NAME = " .,;)|/_"
_BLANK = re.compile(r"^[\s_./|-]*$")
_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def order_signatory(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> tuple[DraftSignatory,
                                                                             str] | None:
    """(signatory, rule) for the name on line `i` when it stands under an approval grif whose
    lines above it name the approving head's order or the institution; else None."""
    hit = _grif_name(ctx, chunks[i].text)
    opener = _opener_above(ctx, chunks, i) if hit else None
    if hit is None or opener is None:
        return None
    before, name, oblique = hit
    # "Утверждена приказом директора / МБОУ … А.Б.Орловой" / "от __.05.2024 г. №": the
    # order's requisites on the line under the name put it in the genitive as well
    oblique = oblique or (i + 1 < len(chunks)
                          and bool(ctx.vocab.grif_requisites.match(chunks[i + 1].text)))
    lines = [_opener_rest(ctx, chunks[opener].text),
             *(chunks[k].text for k in range(opener + 1, i)), before]
    lines = [squash(x) for x in lines if x and not _BLANK.match(x)]
    for k, line in enumerate(lines):
        head = _order_head(ctx, line)
        if head is not None:
            position = squash(" ".join([head, *_institution(ctx, lines[k + 1:])]))
            person = _nominative_name(ctx, name) if oblique else name
            return DraftSignatory(name=person, position=position), "grif_order"
    if lines and not oblique and all(_institution(ctx, [x]) for x in lines) \
            and _institution_opens(ctx, lines[0]):
        return DraftSignatory(name=name, position=" ".join(lines)), "grif_institution"
    return None


def _grif_name(ctx: Ctx, text: str) -> tuple[str, str, bool] | None:
    """(text before, name, followed by the order's requisites) for a line that ends with a
    name, or where the approving order's date or number follows the name."""
    if "." not in text:
        return None
    for rx in ctx.vocab.names:
        for m in rx.finditer(text):
            after = text[m.end():]
            if not after.strip(_AFTER_NAME):
                return text[: m.start()], m.group("name"), False
            if ctx.vocab.grif_requisites.match(after):
                return text[: m.start()], m.group("name"), True
    return None


def _opener_above(ctx: Ctx, chunks: tuple[Chunk, ...], i: int) -> int | None:
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        text = chunks[k].text.strip().lstrip("«\"")
        if ctx.vocab.grif_other.match(text) or ctx.vocab.grif_council.match(text):
            return None
        if any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts if kind != "appendix"):
            return k
    return None


def _opener_rest(ctx: Ctx, text: str) -> str:
    """What a grif's opener line holds after its word ("Утверждаю: Приказ директора")."""
    text = text.strip().lstrip("«\"")
    for kind, rx in ctx.vocab.stamp_starts:
        m = rx.match(text) if kind != "appendix" else None
        if m:
            return text[m.end():].lstrip(" :")
    return text


def _order_head(ctx: Ctx, line: str) -> str | None:
    """"Приказ директора" / "приказом заведующего …" → "Директор" / "Заведующий" (and what
    follows on the line): the head whose order approves, in the nominative."""
    words = line.split()
    if len(words) < 2 or not set(ctx.lemmas(words[0])) & ctx.vocab.act_types:
        return None
    head = words[1].strip(",:")
    lem = ctx.lemmas(head)
    if not lem or lem[0] not in ctx.vocab.head_positions or ctx.tools.tag(head.lower())[1] \
            not in ("gent", ""):
        return None
    word = ctx.tools.nominative(head.lower()) or lem[0]
    return " ".join([word[:1].upper() + word[1:], *words[2:]])


def _institution(ctx: Ctx, lines: list[str]) -> list[str]:
    """The lines naming the institution, up to the first that names something else."""
    out: list[str] = []
    for line in lines:
        if any(ch.isdigit() for ch in line[:2]) or line.startswith(("№", "N ")) \
                or any(m.start() == 0 for rx in ctx.vocab.dates if (m := rx.search(line))):
            break
        out.append(line)
    return out


def _institution_opens(ctx: Ctx, line: str) -> bool:
    """A line that opens with an institution's name: its abbreviation in capitals ("МДОУ",
    "МБОУ") or an institution word ("детский сад …", "школа …")."""
    first = line.split()[0].strip("«\"")
    if first.isupper() and first.isalpha() and ctx.tools.is_abbreviation(first):
        return True
    return bool(ctx.lemmas(first)) and ctx.lemmas(first)[0] in ctx.vocab.institution_words


def _nominative_name(ctx: Ctx, name: str) -> str:
    """"А.Б. Орловой" → "А.Б. Орлова": the surname read as a genitive after the position it
    stands with, put into the nominative by its lemma; initials kept. A surname that may
    stand in the nominative as printed ("Г.Ф. Глухова": a woman's, or a man's in the genitive)
    stays as printed (CONTRACT `signatories`: the name as the block prints it)."""
    def nominative(m: re.Match[str]) -> str:
        if ctx.tools.reads_nominative(m.group()):
            return m.group()
        form = ctx.tools.nominative(m.group())
        return form[:1].upper() + form[1:] if form else m.group()
    return _SURNAME.sub(nominative, name)


def issuer_from_grif_institution(ctx: Ctx) -> str | None:
    """The institution an approval grif sets where the approver's position goes ("Утверждаю
    / МДОУ детский сад № 5 / ____ А.Б. Орлова"): the body whose head approves the document."""
    for c in ctx.chunks[:_TITLE_PAGE]:  # a grif is often a table's row
        cells = c.cell_lines if c.cells is not None else (c.lines or (c.text,),)
        for cell in cells:
            lines = tuple(with_text(c, x) for x in cell)
            for i in range(1, len(lines)):
                hit = order_signatory(ctx, lines, i)
                if hit is not None and hit[1] == "grif_institution":
                    return hit[0].position
    return None


def name_above_grif(ctx: Ctx, chunks: tuple[Chunk, ...]) -> DraftSignatory | None:
    """A PDF's text layer may set the head's name, printed beside the signature line, above
    the grif ("Орлова" / "А.Б." / "УтверждаюДиректор" / "МБОУ …" / "Приказ № …" / "_"): the
    position in the grif, its signature line blank, the name alone on the lines over it."""
    for k, c in enumerate(chunks):
        text = c.text.strip().lstrip("«\"")
        if k == 0 or not any(rx.match(text) for kind, rx in ctx.vocab.stamp_starts
                             if kind == "approve_self"):
            continue
        below = [x.text.strip() for x in chunks[k + 1 : k + 1 + _REACH]]
        if any(_grif_name(ctx, x) for x in below):
            return None
        position = _position_lines(ctx, [_opener_rest(ctx, c.text), *below])
        name = _lone_name(ctx, chunks, k)
        if position and name:
            return DraftSignatory(name=name, position=position)
    return None


def _position_lines(ctx: Ctx, lines: list[str]) -> str | None:
    """The position the lines open with, up to the approving order or the signature line."""
    out: list[str] = []
    for line in lines:
        if not line or _BLANK.match(line) or set(ctx.lemmas(line)[:1]) & ctx.vocab.act_types \
                or _institution(ctx, [line]) == []:
            break
        out.append(line)
    text = squash(" ".join(out))
    lem = ctx.lemmas(text)[:3]
    return text if set(lem) & ctx.vocab.position_heads else None


def _lone_name(ctx: Ctx, chunks: tuple[Chunk, ...], k: int) -> str | None:
    """A name alone on the line above line `k`, or its surname and initials on two lines."""
    for start in (k - 2, k - 1):
        if start < 0:
            continue
        text = squash(" ".join(x.text for x in chunks[start:k]))
        for rx in ctx.vocab.names:
            m = rx.fullmatch(text)
            if m:
                return m.group("name")
    return None
