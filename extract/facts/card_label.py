"""A site card's name field whose label a text export interleaved with its value.

A school's site prints its card in two columns: the label "Наименование образовательной
организации" in a narrow left column, a word a line, and the institution's name beside it. A
text export reads the card row by row, so the label's words fall between the value's:

    Наименование / Муниципальное / казенное / дошкольное / образовательной /
    образовательное учреждение «Луговской детский сад / организации / «Ромашка»

Left so, the issuer rules read the label's words into the name ("… дошкольное образовательной
образовательное …") or lose it. The label's head alone on its line opens the field; a line
holding only a label word (a genitive of the legal form's adjectives or of the head noun:
facts.yaml card_label_word) belongs to the label, the others to the value; the label put back
together must be an institution label (institution_label) and a value line must stand
between its words. The lines are put back as the label's line and the value's line, which the
form rules (extract/facts/institution_form.py) read as a label and its value."""

from __future__ import annotations

from dataclasses import replace

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab

_TOP_CHUNKS = 8  # a card stands over the document
_REACH = 14  # lines of the label and the value


def _split(vocab: FactsVocab, lines: tuple[str, ...]) -> tuple[list[str], list[str], int] | None:
    """The label's words, the value's lines and the number of lines used after the head, or
    None when the lines are no interleaved card field."""
    label: list[str] = []
    value: list[str] = []
    used = 0
    interleaved = False
    for k, line in enumerate(lines[:_REACH]):
        text = line.strip()
        if vocab.card_label_word.match(text):
            interleaved = interleaved or bool(value)
            label.append(text)
        elif (not label and not value) or _goes_on(vocab, text, label, value):
            value.append(text)
        else:
            break
        used = k + 1
    return (label, value, used) if interleaved else None


def _goes_on(vocab: FactsVocab, text: str, label: list[str], value: list[str]) -> bool:
    """A value's line: any line while the label is still open (its last word no head noun),
    after that only a continuation ("«Ромашка»", "№ 3", lower case)."""
    if not text:
        return False
    if label and not _closed(vocab, label):
        return True
    return text[:1].islower() or text[:1] in "«\"“№" or text.startswith("имени")


def _closed(vocab: FactsVocab, label: list[str]) -> bool:
    return bool(vocab.institution_label.fullmatch(" ".join(["Наименование", *label])))


def _untangled(vocab: FactsVocab, lines: tuple[str, ...]) -> tuple[str, ...] | None:
    """`lines` with an interleaved card field put back as its label's and value's lines."""
    for k, line in enumerate(lines):
        head = line.strip().rstrip(":")
        if not vocab.card_label_head.match(head):
            continue
        got = _split(vocab, lines[k + 1:])
        if not got:
            continue
        label, value, used = got
        joined = " ".join(value)
        if not vocab.institution_label.fullmatch(" ".join([head, *label])) or not (
                vocab.legal_form.match(joined) or joined.split()[0] in vocab.institution_forms):
            continue
        return (*lines[:k], " ".join([head, *label]), joined, *lines[k + 1 + used:])
    return None


def label_apart(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` with a top card's interleaved name field put back in order."""
    out = list(chunks)
    for i, c in enumerate(chunks[:_TOP_CHUNKS]):
        if c.cells is not None or len(c.lines) < 3:
            continue
        lines = _untangled(vocab, c.lines)
        if lines is not None:
            out[i] = replace(c, text=" ".join(lines), lines=lines)
    return out
