"""Title pages of schools and their bodies: a letterhead, then grifs ("РАССМОТРЕНО …",
"УТВЕРЖДАЮ …", side by side or one under the other), then the title. What stands above the
first grif is the letterhead or a site's caption, not the document's heading."""

from __future__ import annotations

import re

from extract.facts.act_subject import open_end
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
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


# "г. Заречного": the town after the school's number anywhere on the title page; "города
# Заречного" spelled out only in a grif ("Директор МАОУ СОШ № 17 / города …": the name the
# head signs with — a title's "… в МБОУ СОШ № 7 города …" says where the plan runs)
_TOWN = r"\s+(г\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
_TOWN_WORD = r"\s+(города\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
# "МБОУ СОШ № 7", "МБОУ СОШ (военвед)": a short name closed by its number or its bracketed
# profile goes on in its town
_IN_PLACE = re.compile(r"(?:^|\s)(?:в|во)\s*$", re.IGNORECASE)
_SHORT_NAME_END = re.compile(r"(?:№\s?\d+|\([^()]+\))$")


def with_town(ctx: Ctx, name: str) -> str:
    """A school's short name ending in its number ("МБОУ СОШ № 7"), completed with the town
    the page prints after it ("МБОУ СОШ № 7 г. Заречного" in a grif): the town is part of the
    name schools of one number in several towns go by."""
    if not _SHORT_NAME_END.search(name):
        return name
    # compiled for the first text that holds the name (most hold none)
    rx: re.Pattern[str] | None = None
    worded: re.Pattern[str] | None = None
    head = ctx.chunks[: _TOWN_CHUNKS]
    for k, c in enumerate(head):
        own = grif_chunk(ctx, c)
        for text, in_grif in (*((t, own) for t in (*(c.cells or ()), c.text)),
                              *_position_with_next_line(ctx, head, k)):
            flat = " ".join(text.split())
            if name not in flat:
                continue
            if rx is None or worded is None:
                rx = re.compile(re.escape(name) + _TOWN)
                worded = re.compile(re.escape(name) + _TOWN_WORD)
            m = rx.search(flat) or (worded.search(flat) if in_grif else None)
            if m and m.re is worded and _IN_PLACE.search(flat[: m.start()]):
                m = None  # a title run into the grif's lines: "… в МБОУ СОШ № 7 города …"
            if m:
                return f"{name} {m.group(1)}"
    return name


def _position_with_next_line(ctx: Ctx, head: tuple[Chunk, ...] | list[Chunk],
                             k: int) -> tuple[tuple[str, bool], ...]:
    """A PDF's line and the next one joined ("Директор МАОУ СОШ № 4" / "города Кедрового"),
    read as a grif's when the first opens with a position."""
    c = head[k]
    if c.cells is not None or k + 1 >= len(head) or head[k + 1].cells is not None:
        return ()
    lem = ctx.lemmas(c.text)[:1]
    return ((f"{c.text} {head[k + 1].text}", bool(lem) and lem[0] in ctx.vocab.position_heads),)
