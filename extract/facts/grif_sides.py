"""Which of two grifs printed side by side each line under their openers belongs to, when a
text layer read the two columns row by row and the rows are not all of two lines: a column
of four lines beside one of three ("педагогическим советом МОУ" / "Директор МОУ …" / "«СОШ
с. Лесное»" / "(протокол № 1 от …)" / "______ А.Б. Петрова" / "Приказ № 5 от …"), a line
wrapped onto the next row ("приказом № 33 от" / … / "14.04.2024").

Each line is scored for the council's column (its meeting, its minutes: `grif_council_words`)
and the approver's (a head's position, the order's word), a council's chair for the
council's, a signature for the column whose
position waits for its name, a closing quote, a wrapped requisite or the name after a form
("Директор МБОУ" / "Лесной ООШ") for the column left open;
a line with no evidence goes on the reading order (the other column than the line above).
The weights are constants here: they rank kinds of evidence, no words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word

COUNCIL, APPROVER = "council", "approver"
_STRONG = 2.0  # a word that names the column's own business
_OPEN = 3.0  # a column left open (a quote, "от" / "№" at its line's end) goes on
_ROW = 0.5  # reading order: the other column's line comes next

_ACT = re.compile(r"(?<![А-Яа-яЁё])(?:приказ|распоряжени|пр\.\s*№)", re.IGNORECASE)
_SIGNED = re.compile(r"_{2,}|-{5,}")  # the blank the head signs on
_OPEN_END = re.compile(r"(?:(?<![А-Яа-яЁё])от|№|N)\s*$")
_REQUISITE_START = re.compile(r"^\s*[«\"]?\s*\d")


@dataclass
class _Column:
    lines: list[str] = field(default_factory=list)
    council: bool = False  # a council's words seen
    position: bool = False  # a head's position seen, its name not yet
    named: bool = False

    def open_quote(self) -> bool:
        text = " ".join(self.lines)
        return text.count("«") > text.count("»")

    def open_end(self) -> bool:
        return bool(self.lines) and bool(_OPEN_END.search(self.lines[-1]))

    def open_head(self, ctx: Ctx) -> bool:
        """"Приказом директора": a line closing on the head whose institution comes next."""
        words = self.lines[-1].split() if self.lines else []
        lem = ctx.lemmas(words[-1]) if len(words) > 1 else ()
        return bool(lem) and lem[0] in ctx.vocab.head_positions and words[-1][:1].islower()

    def open_form(self, ctx: Ctx) -> bool:
        """"Директор МБОУ": a line closing on an institution's form, its name on the next."""
        words = self.lines[-1].split() if self.lines else []
        return bool(words) and form_word(ctx, words[-1].strip("«»\",."))


def _name(ctx: Ctx, text: str) -> bool:
    return bool(_SIGNED.search(text)) or any(rx.search(text) for rx in ctx.vocab.names)


def _scores(ctx: Ctx, text: str, cols: dict[str, _Column],
            council_opener: bool) -> tuple[dict[str, float], list[str]]:
    """Evidence for each column that `text` belongs to it, with the names of what counted."""
    score = {COUNCIL: 0.0, APPROVER: 0.0}
    why: list[str] = []
    lem = ctx.lemmas(text)
    if set(lem) & ctx.vocab.grif_council_words:
        score[COUNCIL] += _STRONG
        why.append("council_word")
    if _ACT.search(text):
        score[APPROVER] += _STRONG
        why.append("order_word")
    # a head's position beside a council's grif is the approver's; beside a "СОГЛАСОВАНО"
    # visa it may be the agreeing official's, so it counts only once a council is known
    if lem and lem[0] in ctx.vocab.head_positions and (council_opener or cols[COUNCIL].council):
        score[APPROVER] += _STRONG
        why.append("position")
    if _chair(ctx, lem):
        score[COUNCIL] += _STRONG
        why.append("chair")
    if _name(ctx, text):
        waiting = [s for s in (APPROVER, COUNCIL) if cols[s].position and not cols[s].named]
        if waiting:
            score[waiting[0]] += _STRONG
            why.append("signature")
    for side in (COUNCIL, APPROVER):
        if cols[side].open_quote() and text.count("»") > text.count("«"):
            score[side] += _OPEN
            why.append("open_quote")
        if cols[side].open_end() and _REQUISITE_START.match(text):
            score[side] += _OPEN
            why.append("wrapped_requisite")
        if cols[side].open_head(ctx) and text.split() and form_word(ctx, text.split()[0]):
            score[side] += _OPEN
            why.append("head_institution")
        # a head's position opens a cell of its own, never the name a form waits for
        if cols[side].open_form(ctx) and text.split() and not form_word(ctx, text.split()[0]) \
                and not (lem and lem[0] in ctx.vocab.head_positions):
            score[side] += _OPEN
            why.append("wrapped_name")
    return score, why


def _chair(ctx: Ctx, lem: tuple[str, ...]) -> bool:
    """"Председатель" alone or with its council's words ("Председатель педсовета"): the
    council's chair; a chair of another body ("Председатель комитета …") may be the approver."""
    return bool(lem) and lem[0] in ctx.vocab.grif_chairs and (
        len(lem) == 1 or bool(set(lem[1:3]) & ctx.vocab.grif_council_words))


def _note(ctx: Ctx, text: str, col: _Column, council_opener: bool) -> None:
    lem = ctx.lemmas(text)
    col.lines.append(text)
    col.council = col.council or bool(set(lem) & ctx.vocab.grif_council_words)
    if lem and (lem[0] in ctx.vocab.head_positions or _chair(ctx, lem)):
        col.position, col.named = True, False
    elif _name(ctx, text) and col.position:
        col.named = True


def sides(ctx: Ctx, run: Sequence[str], left: str, council_opener: bool,
          fixed: Sequence[str | None] = ()) -> tuple[list[str], list[str]] | None:
    """The side (COUNCIL or APPROVER) of each line of `run`, read row by row with the `left`
    column's line first, and the names of the evidence that decided; None unless each
    column had a line of its own evidence (else nothing shows the lines interleave). A side
    in `fixed` is known already (a row cut in its two columns' pieces): it stands."""
    cols = {COUNCIL: _Column(), APPROVER: _Column()}
    right = APPROVER if left == COUNCIL else COUNCIL
    out: list[str] = []
    rules: list[str] = []
    evidenced: set[str] = set()
    for k, text in enumerate(run):
        score, why = _scores(ctx, text, cols, council_opener)
        score[right if out and out[-1] == left else left] += _ROW
        known = fixed[k] if k < len(fixed) else None
        side = known or max(score, key=lambda s: score[s])
        if score[side] >= _STRONG or known:
            evidenced.add(side)
        _note(ctx, text, cols[side], council_opener)
        out.append(side)
        rules += why
    return (out, sorted(set(rules))) if evidenced == {COUNCIL, APPROVER} else None
