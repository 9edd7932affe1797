"""Electronic-signature stamps printed on a page are set aside before the header is read.

A PDF signed with a digital signature often carries its visible stamp at the top: "Подписано
цифровой подписью: Директор МБОУ … / Дата: 2024.03.27 15:57:16 +03'00'". Its lines name the
signer's position and look like a letterhead's body or a grif, but they are no part of the
document's text: the letterhead, title and issuer rules must not see them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab


def is_stamp_start(vocab: FactsVocab, chunk: Chunk) -> bool:
    """True when `chunk` opens an electronic-signature stamp."""
    return chunk.cells is None and bool(vocab.esign_start.match(chunk.text))


def without_esign(chunks: list[Chunk], vocab: FactsVocab) -> list[Chunk]:
    """`chunks` without electronic-signature stamps: the chunk that opens one and, when a
    reader gave one paragraph per printed line, the stamp's lines right after it; the
    signer's name the stamp prints in large letters beside them is cut from the grif's lines
    it fell among (`_without_stamp_name`)."""
    chunks = [x for c in chunks
              for x in _stamp_lines_apart(vocab, _without_closing_stamp(vocab, c))]
    out: list[Chunk] = []
    in_stamp = False
    name: frozenset[str] = frozenset()
    after = 0
    skip = 0
    for k, c in enumerate(chunks):
        if skip or (skip := _scrambled(vocab, chunks, k)):  # a stamp's columns interleaved
            skip -= 1
            in_stamp = True  # its reader's version line may follow the signing time
            continue
        if is_stamp_start(vocab, c):
            in_stamp, after = True, _NAME_REACH
            name = _signer_words(c.text)
            rest = _after_stamp(vocab, c)
            if rest is not None:  # the page flattened onto the stamp's line goes on
                out.append(rest)
                in_stamp, after = False, 0
            continue
        if in_stamp and c.cells is None and vocab.esign_line.match(c.text):
            continue
        in_stamp = False
        kept = _without_stamp_name(c, name) if after > 0 and c.cells is None else c
        after -= 1
        if kept is not None:
            out.append(kept)
    return out


# "… Директор школы А.В. Орлова ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ Сертификат … Владелец …
# Действителен с … по …": the stamp a site's export ran onto the page's one line after the act
_STAMP_INSIDE = re.compile(r"(?i)(?<=\S)\s+(?=(?:документ\s*)?подписан[оа]?\s+(?:цифровой|"
                           r"электронной|простой|усиленной|квалифицированной)\b)")
_TAIL_WORDS = 3  # "… по 07.06.2025 г." : what may stay after the stamp's last field


def _without_closing_stamp(vocab: FactsVocab, c: Chunk) -> Chunk:
    """`c` without the e-signature stamp that closes its one line (the signing tool's print,
    no part of the act: its dates are no order's or period's, its owner signs nothing); `c`
    when no stamp closes it or the line is the stamp."""
    if c.cells is not None or len(c.lines) > 1:
        return c
    for m in _STAMP_INSIDE.finditer(c.text):
        tail = c.text[m.end():]
        end = _stamp_end(vocab, tail)
        if end is not None and len(tail[end:].split()) <= _TAIL_WORDS:
            head = c.text[: m.start()].rstrip()
            return replace(c, text=head, lines=(head,) if c.lines else ())
    return c


# A stamp whose two columns (the signer's name in large letters, "Подписано цифровой подписью:
# … Дата: 2024.03.21 14:03:46 +05'00'") a PDF copy interleaved line by line ("цифровой" /
# "Орлова Подписано" / "подписью: Орлова" / …): no line opens the stamp; its short lines run
# from one of its words to the signing time. A signing tool's stamp prints its certificate's
# fields between them ("Подписан: …" / "DN: C=RU, …" / "Основание: …" / "Местоположение: …"
# / "Дата: 2024-03-11 09:12:30"), a few words a line over a dozen lines and more.
_STAMP_WORD = re.compile(r"(?i)^(?:\S+\s+)?(?:подписан\w*|цифров\w*|электронн\w*|подписью)\b")
_SIGNED_AT = re.compile(r"\d\d:\d\d:\d\d")
_SCRAMBLE_LINES = 8
_FIELDS_LINES = 20  # a stamp printing its certificate's fields runs longer
_SCRAMBLE_WORDS = 4


def _scrambled(vocab: FactsVocab, chunks: list[Chunk], k: int) -> int:
    """How many chunks from `k` on an interleaved stamp takes (0 when none starts there)."""
    if not _STAMP_WORD.match(chunks[k].text.strip()):
        return 0
    seen = ""
    fields = False  # a certificate's field seen ("DN:", "Местоположение:")
    for j, c in enumerate(chunks[k : k + _FIELDS_LINES]):
        if c.cells is not None or len(c.text.split()) > _SCRAMBLE_WORDS \
                or (j >= _SCRAMBLE_LINES and not fields):
            return 0
        seen += f" {c.text.lower()}"
        fields = fields or bool(j and vocab.esign_line.match(c.text))
        if _SIGNED_AT.search(c.text):
            return j + 1 if "подписан" in seen and ("подписью" in seen or fields) else 0
    return 0


def _stamp_lines_apart(vocab: FactsVocab, c: Chunk) -> list[Chunk]:
    """A text export's paragraph holding a stamp's lines ("Викторовна" / "DN: …" / … /
    "Дата: 2024-04-15 10:22:07" / "Foxit … Версия …") over the heading's lines that go on
    under it: the stamp's lines a chunk each, as a PDF reader gives them, the lines after
    them one chunk (`[c]` when no stamp's signing time stands among its lines, or nothing
    goes on under it)."""
    lines = c.lines
    if c.cells is not None or len(lines) < 2:
        return [c]
    signed = [j for j, x in enumerate(lines) if _SIGNED_AT.search(x) and vocab.esign_line.match(x)]
    if not signed:
        return _certificate_apart(vocab, c)
    end = signed[-1] + 1
    while end < len(lines) and vocab.esign_line.match(lines[end]):
        end += 1
    if end == len(lines):
        return [c]  # a stamp closing its paragraph: read whole, as before
    # the stamp opens at its first word ("Подписано цифровой подписью:"), or went on from the
    # chunk above; the lines over it (a letterhead) stay one chunk
    start = next((j for j in range(signed[-1]) if vocab.esign_start.match(lines[j])
                  or _SIGNED_BY.match(lines[j].strip())), 0)
    out = [_part(c, lines[:start])] if start else []
    out += [_part(c, (x,)) for x in lines[start:end]]
    return [*out, _part(c, lines[end:])]


_OPENER_LINES = 2  # "ДОКУМЕНТ ПОДПИСАН" / "ЭЛЕКТРОННОЙ ПОДПИСЬЮ"


def _certificate_apart(vocab: FactsVocab, c: Chunk) -> list[Chunk]:
    """A paragraph opening with a stamp that prints its certificate instead of a signing time
    ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ" / "Сертификат …" / "Владелец …" / "Действителен
    с … по …") over the letterhead a text reader joined to it: the stamp's lines a chunk each,
    the letterhead's lines one chunk (`[c]` when no such stamp opens it or nothing follows)."""
    lines = c.lines
    start = next((j for j in range(1, _OPENER_LINES + 1)
                  if vocab.esign_start.match(" ".join(lines[:j]))), 0)
    if not start:
        return [c]
    end = start
    while end < len(lines) and vocab.esign_line.match(lines[end]):
        end += 1
    if end == start or end == len(lines):
        return [c]
    return [*(_part(c, (x,)) for x in lines[:end]), _part(c, lines[end:])]


# "Подписан: Орлова Елена" (a signing tool's stamp opening with its signer), its name in large
# letters maybe printed before it on the line
_SIGNED_BY = re.compile(r"(?i)^(?:\S+\s+)?подписан[оа]?\s*:")


def _part(c: Chunk, lines: tuple[str, ...]) -> Chunk:
    """The chunk of some of `c`'s lines (the first keeps its list marker)."""
    text = " ".join(" ".join(lines).split())
    return replace(c, text=text, lines=lines,
                   list_number=c.list_number if lines[:1] == c.lines[:1] else None)


_REST_WORDS = 8  # a flattened page's text after the stamp, not a stamp's own tail
_FIELD_GAP = 80  # characters between a certificate's fields ("Сертификат …" … "Владелец …")


def _stamp_end(vocab: FactsVocab, text: str) -> int | None:
    """Where the stamp opening `text` ends: after its last closing field ("Дата: … 15:51:29",
    "Действителен с … по …", "Владелец <full name>") in a run of fields each within
    `_FIELD_GAP` characters of the one before; None when no field closes it."""
    end: int | None = None
    for m in vocab.esign_end.finditer(text):
        if end is not None and m.start() - end > _FIELD_GAP:
            break
        end = m.end()
    return end


def _after_stamp(vocab: FactsVocab, c: Chunk) -> Chunk | None:
    """The document's text a site's export ran on after the stamp's signing date and time in
    one paragraph ("Подписано цифровой подписью: … Дата: 4 Октябрь 2022 г. 15:51:29 ОТЧЕТ об
    исполнении …"), as a chunk of its own; None when the stamp's paragraph is the stamp."""
    end = _stamp_end(vocab, c.text)
    if end is None:
        return None
    rest = c.text[end:].strip()
    if len(rest.split()) < _REST_WORDS:
        return None
    return replace(c, text=rest, lines=(rest,), list_number=None)


# the grif's lines after a stamp among which its name's pieces may fall
_NAME_REACH = 4
_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# "___ Е.А. Орлова Елена Андреевна": a signature line, then the stamp's name's words
_SIGNATURE_THEN_REST = re.compile(
    r"^(?P<signature>.*[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?P<rest>.+)$")


def _signer_words(text: str) -> frozenset[str]:
    """The words of the signer's full name after the stamp's "…подписью:" (none without it)."""
    _, colon, rest = text.partition(":")
    return frozenset(_WORD.findall(rest.split(",")[0])) if colon else frozenset()


def _without_stamp_name(c: Chunk, name: frozenset[str]) -> Chunk | None:
    """`c` without the stamp's name printed into it: None when the line is only its words
    ("Орлова"), the signature line cut before them ("___ Е.А. Орлова Елена Андреевна")."""
    if not name or (c.lines and len(c.lines) > 1):
        return c
    words = c.text.split()
    if words and all(w in name for w in words):
        return None
    m = _SIGNATURE_THEN_REST.match(c.text.strip())
    if m and all(w in name for w in m.group("rest").split()):
        signature = m.group("signature")
        return replace(c, text=signature, lines=(signature,) if c.lines else ())
    return c
