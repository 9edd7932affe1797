"""Two grifs side by side that a text layer read row by row: "ПРИНЯТО" / "УТВЕРЖДЕНО" /
"Педагогическим советом" / "Приказом заведующего" / … — each printed row of the two columns
gives two lines, the left one first. The lines are put back in column order (the left grif,
then the right one) so that the stamp and signature rules read each grif whole: the lines of
one paragraph, or paragraphs of one line each (a PDF's or a text file's lines).

Where a council's grif stands beside an approver's, each line goes to the column its words
show (extract/facts/grif_sides.py): the columns need not have as many lines. A text export
printing the cells as paragraphs of several lines ("Директор МБОУ" / "Лесной ООШ") has each
paragraph scored whole, its lines kept together (`_cells`). Other pairs of
grifs are put back only when their rows are all of two lines."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from extract.facts.ctx import Ctx
from extract.facts.glued_columns import glued
from extract.facts.grif_sides import APPROVER, COUNCIL, sides
from extract.facts.lines import Chunk
from extract.facts.person_text import part_glued_initials
from extract.facts.stamps import stamp_kind

_TOP_CHUNKS = 3
_TOP_SINGLE = 40  # a title page's paragraphs of one line
_RUN_LINES = 12  # a grif is a few rows
_RUN_WORDS = 16  # a grif's line is short; a longer one is the text under the grifs


def _opener(ctx: Ctx, text: str) -> bool:
    """A grif's word alone on its line ("УТВЕРЖДЕНО", "ПРИНЯТО:")."""
    word = text.strip().rstrip(":")
    return len(word.split()) == 1 and bool(stamp_kind(ctx, word)
                                           or ctx.vocab.grif_other.match(word))


def _side(ctx: Ctx, text: str) -> str | None:
    """COUNCIL for a council's or a visa's opener, APPROVER for an approval's."""
    word = text.strip().strip("«»\"").rstrip(":.").strip("«»\"")
    if stamp_kind(ctx, word) in ("approval", "approve_self"):
        return APPROVER
    return COUNCIL if ctx.vocab.grif_other.match(word) else None


def _run_end(ctx: Ctx, lines: tuple[str, ...], start: int) -> int:
    """Index after the last row line of the grifs: up to a new grif, a title's plan noun
    ("ГОДОВОЙ ПЛАН"), or a grif's reach."""
    k = start
    while k < min(len(lines), start + _RUN_LINES):
        text = lines[k]
        if stamp_kind(ctx, text) or ctx.vocab.grif_other.match(text) \
                or ctx.plan_noun(ctx.lemmas(text)[:4]) or len(text.split()) > _RUN_WORDS:
            break
        k += 1
    return k


def _order(ctx: Ctx, lines: tuple[str, ...],
           scored_only: bool = False) -> tuple[list[int], list[str]] | None:
    """The lines' indexes in column order and the evidence that decided, or None when no two
    grifs' openers stand side by side with their rows under them."""
    for i in range(len(lines) - 1):
        # "Приложение" / "Утвержден" / "постановлением …": an appendix's label over the
        # approval it carries is one stamp in one column, not two grifs side by side
        if stamp_kind(ctx, lines[i].strip().rstrip(":")) == "appendix":
            continue
        if not (_opener(ctx, lines[i]) and _opener(ctx, lines[i + 1])):
            continue
        end = _run_end(ctx, lines, i + 2)
        run = list(range(i + 2, end))
        left, right = _side(ctx, lines[i]), _side(ctx, lines[i + 1])
        council_opener = bool(ctx.vocab.grif_council.match(
            lines[i if left == COUNCIL else i + 1].strip()))
        found = sides(ctx, [lines[k] for k in run], left, council_opener) \
            if left is not None and {left, right} == {COUNCIL, APPROVER} and run else None
        if found is not None:
            of, rules = found
            first = [k for k, s in zip(run, of, strict=True) if s == left]
            second = [k for k, s in zip(run, of, strict=True) if s == right]
            return [*range(i), i, *first, i + 1, *second, *range(end, len(lines))], rules
        if scored_only or not run or len(run) % 2:
            return None  # rows of unequal columns: their order is not known
        return [*range(i), i, *run[0::2], i + 1, *run[1::2], *range(end, len(lines))], ["rows"]
    return None


def _flat_lines(ctx: Ctx, text: str) -> tuple[str, ...] | None:
    """A line opening with two grifs' openers ("СОГЛАСОВАНО УТВЕРЖДЕНО на заседании … Директор
    … Протокол № 7 от … ______ В.Г. Орлова Приказ № 209 от …") cut into the openers and the
    pieces the columns printed (`grif_row_cuts`); None for any other line."""
    words = text.split(maxsplit=2)
    if len(words) < 3 or not (_opener(ctx, words[0]) and _opener(ctx, words[1])):
        return None
    return (words[0], words[1], *_pieces(ctx, words[2]))


def _pieces(ctx: Ctx, text: str) -> tuple[str, ...]:
    """`text` cut where a grif column's piece begins (`grif_row_cuts`)."""
    cuts = sorted({m.start("cut") for rx in ctx.vocab.grif_row_cuts for m in rx.finditer(text)})
    bounds = [0, *cuts, len(text)]
    # a signature piece may close on a surname glued to its initials: name readers need them apart
    return tuple(part_glued_initials(p) for a, b in pairwise(bounds) if (p := text[a:b].strip()))


def _flat(ctx: Ctx, out: list[Chunk], rules: list[str]) -> None:
    """Both grifs run onto one line under their openers, among the first paragraphs."""
    for c in ctx.prose[:_TOP_CHUNKS]:
        lines = _flat_lines(ctx, c.text) if len(c.lines) <= 1 else None
        found = _order(ctx, lines, scored_only=True) if lines else None
        if lines and found is not None:
            ordered = tuple(lines[n] for n in found[0])
            out[ctx.chunks.index(c)] = replace(c, lines=ordered, text=" ".join(ordered))
            rules += ["one_line", *found[1]]
            return


def _openers_line(ctx: Ctx, text: str) -> bool:
    """"СОГЛАСОВАНО УТВЕРЖДАЮ": two grifs' openers, nothing else, on one line."""
    words = text.split()
    return len(words) == 2 and _opener(ctx, words[0]) and _opener(ctx, words[1])


def _shared_rows(ctx: Ctx, lines: tuple[str, ...]) -> tuple[int, int, list[str], list[str]] | None:
    """Two grifs whose printed rows a copy glued each onto one line, the left column's piece
    first ("СОГЛАСОВАНО УТВЕРЖДАЮ" / "Педагогическим советом Директор МБОУ …" / "протокол № 1
    от … _____ Е.В. Орлова" / "Приказ № 5 от …"): each row cut into its pieces
    (`grif_row_cuts`); a row of two pieces gives one to each column, a row of one goes where
    its words show (grif_sides). (first and end index of those lines, the pieces in column
    order, the evidence) or None."""
    k = next((k for k, line in enumerate(lines) if _openers_line(ctx, line)), None)
    if k is None:
        return None
    first, second = lines[k].split()
    left, right = _side(ctx, first), _side(ctx, second)
    if left is None or {left, right} != {COUNCIL, APPROVER}:
        return None
    end = _run_end(ctx, lines, k + 1)
    run: list[str] = []
    fixed: list[str | None] = []
    for row in (_signed_pieces(ctx, _pieces(ctx, x)) for x in lines[k + 1 : end]):
        run += row
        fixed += [left, right] if len(row) == 2 else [None] * len(row)
    if left not in fixed:
        return None  # no row printed both columns: nothing was glued
    found = sides(ctx, run, left, bool(ctx.vocab.grif_council.match(
        first if left == COUNCIL else second)), fixed)
    if found is None:
        return None
    of, why = found
    pieces = [first, *(p for p, x in zip(run, of, strict=True) if x == left),
              second, *(p for p, x in zip(run, of, strict=True) if x == right)]
    return k, end, pieces, ["shared_lines", *why]


_SIGNER_WORDS = 3  # "Председатель", "Директор школы": a position printed before its blank


def _signed_pieces(ctx: Ctx, pieces: tuple[str, ...]) -> tuple[str, ...]:
    """A row's pieces with each signature ("______ А.А. Орлова") kept on the short position
    printed before it on the row ("Председатель ______ А.А. Орлова | Директор ______ …"): one
    column's line."""
    out: list[str] = []
    for p in pieces:
        prev = out[-1] if out else ""
        if p.startswith("_") and prev and len(prev.split()) <= _SIGNER_WORDS \
                and not any(ch.isdigit() or ch == "_" for ch in prev) \
                and ctx.lemmas(prev)[:1] and ctx.lemmas(prev)[0] in ctx.vocab.position_heads:
            out[-1] = f"{prev} {p}"
        else:
            out.append(p)
    return tuple(out)


def _shared(ctx: Ctx, out: list[Chunk], rules: list[str]) -> None:
    """Grifs glued row by row among the first paragraphs: a paragraph's lines, or paragraphs
    of one line each (a PDF's lines), put back column by column."""
    for c in ctx.prose[:_TOP_CHUNKS]:
        got = _shared_rows(ctx, c.lines) if len(c.lines) > 1 else None
        if got is not None:
            k, end, pieces, why = got
            lines = (*c.lines[:k], *pieces, *c.lines[end:])
            out[ctx.chunks.index(c)] = replace(c, lines=lines, text=" ".join(lines))
            rules += why
            return
    top = min(len(out), _TOP_SINGLE)
    k = 0
    while k < top:  # each run of one-line paragraphs once
        j = k + 1
        while j < top and _single(out[j - 1]) and _single(out[j]):
            j += 1
        got = _shared_rows(ctx, tuple(c.text for c in out[k:j])) if j > k + 1 else None
        if got is not None:
            first, end, pieces, why = got
            out[k + first : k + end] = [replace(out[k + first], lines=tuple(pieces),
                                                text=" ".join(pieces))]
            rules += why
            return
        k = j


def _single(c: Chunk) -> bool:
    return c.cells is None and len(c.lines) <= 1


def _paragraphs(ctx: Ctx, out: list[Chunk], rules: list[str]) -> None:
    """Grif rows printed as paragraphs of one line each, among the first paragraphs."""
    top = min(len(out), _TOP_SINGLE)
    k = 0
    while k < top:
        if not _single(out[k]):
            k += 1
            continue
        j = k
        while j < top and _single(out[j]):
            j += 1
        found = _order(ctx, tuple(c.text for c in out[k:j]), scored_only=True)
        if found is not None:
            order, why = found
            out[k:j] = [out[k + n] for n in order]
            rules += why
            return
        k = j


def _cell_run(ctx: Ctx, out: list[Chunk], start: int, top: int) -> int:
    """Index after the last paragraph cell of the grifs from `start`: prose paragraphs up to
    a table row, a heading or the end of `_order`'s run (a new grif, a title's noun)."""
    j = start
    while j < top and out[j].cells is None and out[j].heading is None:
        j += 1
    texts = tuple(c.text for c in out[start:j])
    return start + _run_end(ctx, texts, 0)


def _opener_pair(ctx: Ctx, out: list[Chunk], k: int) -> bool:
    """Chunk `k` closes on a grif's opener ("…Луговской области" / "СОГЛАСОВАНО": a
    letterhead's paragraph printed with the first opener as its last line) and chunk `k + 1`
    is the second opener alone."""
    a, b = out[k], out[k + 1]
    return a.cells is None and b.cells is None and len(b.lines) <= 1 and bool(a.lines) \
        and _opener(ctx, a.lines[-1]) and _opener(ctx, b.text) \
        and stamp_kind(ctx, a.lines[-1].strip().rstrip(":")) != "appendix"


def _cells(ctx: Ctx, out: list[Chunk], rules: list[str]) -> None:
    """Grif rows printed as paragraphs of several lines each (a cell = one paragraph, "Директор
    МБОУ" / "Лесной ООШ"), the first opener maybe the last line of the paragraph before:
    each paragraph goes to its column by scored evidence (grif_sides), lines kept together."""
    top = min(len(out) - 1, _TOP_SINGLE)
    for k in range(top):
        if not _opener_pair(ctx, out, k):
            continue
        a = out[k]
        head = [replace(a, lines=a.lines[:-1], text=" ".join(a.lines[:-1]))] \
            if len(a.lines) > 1 else []
        opener = replace(a, lines=a.lines[-1:], text=a.lines[-1])
        end = _cell_run(ctx, out, k + 2, min(len(out), _TOP_SINGLE))
        found = _order(ctx, (opener.text, out[k + 1].text, *(c.text for c in out[k + 2 : end])),
                       scored_only=True)
        if found is None or not any(len(c.lines) > 1 for c in (a, *out[k + 2 : end])):
            return  # one-line rows are `_paragraphs`' to read
        units = [opener, *out[k + 1 : end]]
        out[k:end] = [*head, *(units[n] for n in found[0])]
        rules += ["paragraph_cells", *found[1]]
        return


def untangled(ctx: Ctx, rules: list[str] | None = None) -> tuple[Chunk, ...] | None:
    """`ctx.chunks` with interleaved grif columns among the first paragraphs put back in
    column order, or None when there are none; the evidence that decided goes to `rules`."""
    out = list(ctx.chunks)
    why: list[str] = []
    for c in ctx.prose[:_TOP_CHUNKS]:
        found = _order(ctx, c.lines) if len(c.lines) > 3 else None
        if found is not None:
            lines = tuple(c.lines[n] for n in found[0])
            out[ctx.chunks.index(c)] = replace(c, lines=lines, text=" ".join(lines))
            why += found[1]
    if not why:
        _paragraphs(ctx, out, why)
    if not why:
        _cells(ctx, out, why)
    if not why:
        _flat(ctx, out, why)
    if not why:
        _shared(ctx, out, why)
    if rules is not None:
        rules += why
    chaired = glued(ctx, out)
    if chaired is not None:
        if rules is not None:
            rules.append("glued_chair")
        return tuple(chaired)
    return tuple(out) if why else None
