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
        lead = _leading_label(vocab, text) if not _closed(vocab, label) else 0
        if _label_words(vocab, text):  # "организации", "образовательной организации"
            interleaved = interleaved or bool(value)
            label.append(text)
        elif lead:
            # "дошкольной муниципальное": a row holding the label's word and the value's
            words = text.split()
            label += words[:lead]
            value.append(" ".join(words[lead:]))
        elif (not label and not value) or _goes_on(vocab, text, label, value):
            value.append(text)
        else:
            break
        used = k + 1
    return (label, value, used) if interleaved else None


def _label_words(vocab: FactsVocab, text: str) -> bool:
    """A line of the label's words alone."""
    words = text.split()
    return bool(words) and all(vocab.card_label_word.match(w) for w in words)


def _leading_label(vocab: FactsVocab, text: str) -> int:
    """How many of the label's words open `text` before words of the value (0 when none, or
    when the whole line is the label's)."""
    words = text.split()
    n = next((k for k, w in enumerate(words) if not vocab.card_label_word.match(w)), len(words))
    return n if 0 < n < len(words) else 0


def _goes_on(vocab: FactsVocab, text: str, label: list[str], value: list[str]) -> bool:
    """A value's line: any line while the label is still open (its last word no head noun),
    after that only a continuation ("«Ромашка»", "№ 3", lower case)."""
    if not text:
        return False
    if label and not _closed(vocab, label):
        return True
    # "… детский сад «Сказка» с." / "Гаровка – 2 …": a settlement's mark closing the line
    mark = value[-1].split()[-1] if value and value[-1].split() else ""
    return text[:1].islower() or text[:1] in "«\"“№" or text.startswith("имени") \
        or (mark.endswith(".") and mark[:-1] in vocab.school_place_marks)


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
    """`chunks` with a top card's interleaved name field put back in order, and a card whose
    label column a text export printed before its value column put label over value."""
    out = list(chunks)
    for i, c in enumerate(chunks[:_TOP_CHUNKS]):
        if c.cells is not None or len(c.lines) < 3:
            continue
        lines = _untangled(vocab, c.lines)
        if lines is not None:
            out[i] = replace(c, text=" ".join(lines), lines=lines)
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        moved = _label_over_value(vocab, c, nxt) if nxt is not None else None
        if moved is not None:
            out[i], out[i + 1] = moved
    return [c for c in out if c.lines or c.text]


_OTHER_LABELS = 3  # the card's next labels under the name's ("Руководитель")
_LABEL_WORDS = 3


def _label_over_value(vocab: FactsVocab, c: Chunk, nxt: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Наименование" / "образовательной" / "организации" / "Руководитель" and then, as the
    next paragraph, "Муниципальное" / "бюджетное" / … (a card's left column printed whole
    before its right one): the name's label put as the first line of the paragraph of values
    that opens with a legal form, where the form rules read a label and its value (None when
    the chunks are not so printed)."""
    lines = c.lines
    k = next((k for k, x in enumerate(lines) if vocab.card_label_head.match(x.strip(" :"))), None)
    if k is None or nxt.cells is not None:
        return None
    label = [lines[k].strip(" :")]
    j = k + 1
    while j < len(lines) and not _closed(vocab, label[1:]) and _label_words(vocab, lines[j]):
        label.append(lines[j].strip())
        j += 1
    rest = lines[j:]
    opening = " ".join(x.strip() for x in nxt.lines[:_LABEL_WORDS + 2] or (nxt.text,))
    if j == k + 1 or not _closed(vocab, label[1:]) or len(rest) > _OTHER_LABELS \
            or any(len(x.split()) > _LABEL_WORDS or not x[:1].isupper() for x in rest) \
            or not vocab.legal_form.match(opening):
        return None
    kept = (*lines[:k], *rest)
    values = (" ".join(label), *(nxt.lines or (nxt.text,)))
    return (replace(c, text=" ".join(kept), lines=kept),
            replace(nxt, text=" ".join(values), lines=values))
