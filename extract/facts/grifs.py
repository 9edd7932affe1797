"""Title pages of schools and their bodies: a letterhead, then grifs ("РАССМОТРЕНО …",
"УТВЕРЖДАЮ …", side by side or one under the other), then the title. What stands above the
first grif is the letterhead or a site's caption, not the document's heading."""

from __future__ import annotations

import re

from extract.facts.act_subject import open_end
from extract.facts.ctx import Ctx
from extract.facts.institution import form_word
from extract.facts.lines import Chunk
from extract.facts.place_tail import place_tail
from extract.facts.stamps import stamp_kind

_TOWN_CHUNKS = 20  # the title page


def grif_chunk(ctx: Ctx, c: Chunk) -> bool:
    """A chunk with a line opening a grif or a stamp (a text export may join the letterhead and
    both grifs into one paragraph)."""
    return any(_grif_line(ctx, x) for x in c.lines or (c.text,))


def over_grif(ctx: Ctx, c: Chunk) -> bool:
    """A text export's paragraph that opens with a line above the grifs ("ГОДОВОЙ ПЛАН" /
    "ПРИНЯТО" / "УТВЕРЖДЕНО" / …): that line is a running page header or a caption; the heading
    is the one under the grifs."""
    lines = c.lines or (c.text,)
    # a site's "(утв. постановлением …)" bracket stands under the heading it notes, not over it
    return not _grif_line(ctx, lines[0]) \
        and any(_grif_line(ctx, x) and not x.lstrip().startswith("(") for x in lines[1:])


def _grif_line(ctx: Ctx, text: str) -> bool:
    return bool(stamp_kind(ctx, text.strip()) or ctx.vocab.grif_other.match(text.strip()))


def after_grif(ctx: Ctx, found: list[int]) -> int:
    """The first of the title candidates `found` (indexes of `ctx.head`), passing over those
    above the page's first grif when one follows it: a site's caption of the file ("Программа
    … 2019 г") printed before the letterhead is not the document's own heading."""
    pos = {id(c): k for k, c in enumerate(ctx.chunks)}
    at = [pos[id(c)] for c in ctx.head]
    prose = next((at[i] for i, c in enumerate(ctx.head) if grif_chunk(ctx, c)), None)
    # grifs printed side by side are a layout table's row, outside the prose of `ctx.head`
    row = next((k for k in range(at[found[0]], at[found[-1]]) if _grif_row(ctx, ctx.chunks[k])),
               None)
    grif = min((g for g in (prose, row) if g is not None), default=None)
    if grif is None or at[found[0]] >= grif:
        return found[0]
    return next((i for i in found if at[i] > grif), found[0])


_GRIF_CELLS = 3  # a row of grifs side by side, not a plan's table


def _grif_row(ctx: Ctx, c: Chunk) -> bool:
    return c.cells is not None and len(c.cells) <= _GRIF_CELLS \
        and any(_grif_line(ctx, cell.split("\n", 1)[0]) for cell in c.raw_cells)


_LONE_ADJECTIVES = 2


def lone_adjective(ctx: Ctx, i: int) -> int:
    """`i`, or the line above it when that line is the title's first words alone, adjectives
    set as the title is ("РАБОЧАЯ" / "ПРОГРАММА ВОСПИТАНИЯ", "ГОДОВОЙ КАЛЕНДАРНЫЙ" / "УЧЕБНЫЙ
    ГРАФИК": a PDF broke a capitals title after its first words); so is a short line of the
    title's weight that ends where no phrase can ("ОБ УТВЕРЖДЕНИИ ДОЛГОСРОЧНОЙ" / "ЦЕЛЕВОЙ
    ПРОГРАММЫ …", "Создание системы мер по" / "…")."""
    if i == 0:
        return i
    prev, cur = ctx.head[i - 1], ctx.head[i]
    text = prev.text.strip()
    words = text.split()
    if _broken_before(ctx, prev, cur):
        return i - 1
    if (not 1 <= len(words) <= _LONE_ADJECTIVES or not all(w.isalpha() for w in words)
            or prev.bold != cur.bold or text.isupper() != cur.text.split()[0].isupper()):
        return i
    return i - 1 if all(ctx.tools.tag(w.lower())[0] == "ADJF" for w in words) else i


_BROKEN_WORDS = 6


def _broken_before(ctx: Ctx, prev: Chunk, cur: Chunk) -> bool:
    """`prev` is a title's first line a PDF broke off before `cur`: as short, of the same
    weight and case, and ending in a word a phrase cannot end with."""
    text = prev.text.strip()
    return (len(prev.lines) <= 1 and 1 < len(text.split()) <= _BROKEN_WORDS
            and prev.bold == cur.bold and text.isupper() == cur.text.split()[0].isupper()
            and prev.cells is None and not prev.list_number and open_end(ctx, text)
            and not stamp_kind(ctx, text))


# "МБОУ СОШ № 7", "МБОУ СОШ (военвед)", "МБОУ «Гимназия № 2»": a short or full name closed by
# its number, its bracketed profile or its quote goes on in its place
_IN_PLACE = re.compile(r"(?:^|\s)(?:в|во)\s*$", re.IGNORECASE)
_SHORT_NAME_END = re.compile(r"(?:№\s?\d+|\([^()]+\))$")
_QUOTED_END = ("»", '"', "”")


def _closed(ctx: Ctx, name: str) -> bool:
    """`name` ends where a place may follow it: its number, bracket, or an institution's
    closing quote."""
    return bool(_SHORT_NAME_END.search(name)) or (
        name.endswith(_QUOTED_END) and bool(name.split())
        and (form_word(ctx, name.split()[0]) or bool(ctx.vocab.legal_form.match(name.lower()))))


def with_town(ctx: Ctx, name: str) -> str:
    """An institution's name ending in its number or quote ("МБОУ СОШ № 7"), completed with
    the place the title page prints right after it ("МБОУ СОШ № 7 г. Заречного" in a grif,
    "… Лесного района"): the place is part of the name schools of one number in several towns
    go by (extract/facts/place_tail.py). A place spelled out ("города …", "… района") counts
    only at the name's first mention (the grif, the letterhead): a title's "План … МБОУ «СОШ
    № 3» города Энска" under a grif printing the name without it says whose plan it is (a
    grif's name stands as printed); after "в" ("… в МБОУ СОШ № 7 города …") it is where a plan
    runs."""
    if not _closed(ctx, name):
        return name
    head = ctx.chunks[: _TOWN_CHUNKS]
    first = True
    for k, c in enumerate(head):
        own = len(" ".join(c.text.split()))  # a joined next line completes this chunk's mention
        for text in (*(c.raw_cells or c.cells or ()), c.text,
                     *_position_with_next_line(ctx, head, k)):
            flat = " ".join(text.split())
            at = flat.find(name)
            while 0 <= at < own:  # each mention: the first may print no place after it
                tail = _line_tail(ctx, _before_act(ctx, flat[at + len(name) : at + len(name) + 80]),
                                  text)
                if tail and ("." in tail.split()[0]
                             or (first and not _IN_PLACE.search(flat[:at]))):
                    return f"{name} {tail}"
                at = flat.find(name, at + len(name))
        first = first and name not in " ".join(c.text.split())
    return name


def _line_tail(ctx: Ctx, after: str, text: str) -> str:
    """The place `after` opens with, ended at its printed line's end when that line holds a
    place whole ("д/с «Лесок»" / "х.Луговой" / "Приказ от …" in a grif's column: the next line
    is no word of the hamlet's name); a mark wrapped away from its name ("г." / "Энска") reads
    on."""
    tail = place_tail(ctx, after)
    lines = [" ".join(x.split()) for x in text.split("\n")]
    if not tail or len(lines) < 2:
        return tail
    first = next((x for x in lines if x and after.lstrip().startswith(x)), None)
    if first is None or len(first) >= len(tail):
        return tail
    return place_tail(ctx, " " + first) or tail


def _before_act(ctx: Ctx, after: str) -> str:
    """The text after a name up to the approving act a flattened grif prints next ("с.
    Каменка Приказ № 45 от …": the act's word is no word of the settlement's name)."""
    m = ctx.vocab.grif_act_nominative.search(after)
    return after[: m.start()] if m else after


def _position_with_next_line(ctx: Ctx, head: tuple[Chunk, ...] | list[Chunk],
                             k: int) -> tuple[str, ...]:
    """A PDF's line and the next one joined ("Директор МАОУ СОШ № 4" / "города Кедрового")."""
    c = head[k]
    if c.cells is not None or k + 1 >= len(head) or head[k + 1].cells is not None:
        return ()
    return (f"{c.text} {head[k + 1].text}",)
