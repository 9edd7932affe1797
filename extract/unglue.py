"""Line breaks a site's text export lost, put back where extract first sees a document's text.

Some publication cards store a whole cover page as one line: the institution's name, the title,
its years and the contents run together with no space where a line ended ("… Республики
ЛеснойПРОГРАММА РАЗВИТИЯна 2024-2025учебный годСоставитель: …", "… обучающихся5Направления").
No heading, title or place rule can read such a line. A paragraph is cut into lines only when it
is long and shows several such seams (a lower-case letter glued to a capitalised word, a run of
capitals glued to lower case, a page number glued to the next entry): one seam is a coinage or a
typo, several are a lost layout. At a run of capitals glued to lower case the dictionary decides
where the seam lies: "ВОСПИТАНИЯна" (the run is a word) → "ВОСПИТАНИЯ" / "на"; "ЦЕЛЕВОЙЦель"
(the run less its last letter is a word, or that letter opens one) → "ЦЕЛЕВОЙ" / "Цель".
A card stored as one line may also run an appendix stamp into the heading under it ("Приложение 2
к приказу от «1» сентября 2024 № 12 /3 ПОЯСНИТЕЛЬНАЯ ЗАПИСКА …"): the stamp's lines are short,
so the stamp ends after its act's number (a spaced part of it, "12 /3", "27 -р", included).
Thresholds are data: extract/vocab/spacing.yaml (`glued_lines`). Blocks keep their provenance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from extract.vocab import load_yaml
from ingest.models import Paragraph, SourceDocument

# a lower-case letter glued to a capitalised word or a run of capitals ("АдыгеяПРОГРАММА")
_LOWER_UPPER = r"(?<=[а-яё])(?=[А-ЯЁ](?:[а-яё]{2}|[А-ЯЁ]{2}))"
# a page number glued to the next entry ("обучающихся5Направления", "8РАЗДЕЛ")
_DIGIT_UPPER = (r"(?<=[а-яё.]\d)(?=[А-ЯЁ](?:[а-яё]{2}|[А-ЯЁ]{2}))"
                r"|(?<=[а-яё.]\d\d)(?=[А-ЯЁ][а-яё]{2})")
_SEAM = re.compile(f"{_LOWER_UPPER}|{_DIGIT_UPPER}")
# a run of capitals glued to lower case ("ВОСПИТАНИЯна", "ЦЕЛЕВОЙЦель")
_CAPS_LOWER = re.compile(r"(?<![А-ЯЁа-яё])(?P<run>[А-ЯЁ]{3,})(?P<low>[а-яё]+)")


@dataclass(frozen=True)
class _Rules:
    min_chars: int
    min_seams: int
    stamp: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = load_yaml("spacing")["glued_lines"]
    openers = "|".join(re.escape(w) for w in data["stamp_openers"])
    acts = "|".join(re.escape(w) for w in data["stamp_acts"])
    # the stamp up to its act's number, then the number's spaced parts ("/264", "-р")
    stamp = re.compile(
        rf"^(?i:(?:{openers})\b[^\n]{{0,40}}?\bк\s+(?:{acts})\b[^\n]{{0,120}}?)"
        r"(?:№|N)\s*\S*\d\S*(?:\s+[/-]\s*[\w/-]+)*(?=\s+[А-ЯЁ«\"])")
    return _Rules(int(data["min_chars"]), int(data["min_seams"]), stamp)


def _stamp_cut(text: str, rules: _Rules) -> list[str]:
    """A long paragraph opening with an appendix stamp run into the text under it, cut after the
    stamp's act number; `[text]` otherwise."""
    m = rules.stamp.match(text)
    if not m:
        return [text]
    return [m.group(0).strip(), text[m.end():].strip()]


def _caps_seam(m: re.Match[str], known: Callable[[str], bool]) -> str:
    run, low = m.group("run"), m.group("low")
    if not known(run) and (known(run[:-1]) or known(run[-1] + low)):
        return f"{run[:-1]}\n{run[-1]}{low}"
    return f"{run}\n{low}"


def unglue_text(text: str, known: Callable[[str], bool]) -> list[str]:
    """The lines of a paragraph whose lost line breaks show as seams, or `[text]` when it shows
    too few of them to be such a paragraph."""
    rules = _rules()
    if len(text) < rules.min_chars:
        return [text]
    if len(_SEAM.findall(text)) < rules.min_seams:
        return _stamp_cut(text, rules)
    cut = _SEAM.sub("\n", text)
    cut = _CAPS_LOWER.sub(lambda m: _caps_seam(m, known), cut)
    return [line.strip() for line in cut.split("\n") if line.strip()]


def _blocks(doc: SourceDocument, known: Callable[[str], bool]) -> Iterator[object]:
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            yield block
            continue
        lines = unglue_text(block.text, known)
        if len(lines) == 1:
            yield block
            continue
        for line in lines:
            yield block.model_copy(update={"text": line, "list_number": None})


def unglue(doc: SourceDocument, known: Callable[[str], bool]) -> SourceDocument:
    """The document with each glued paragraph cut into the lines it lost (provenance kept)."""
    if not any(isinstance(b, Paragraph) and len(b.text) >= _rules().min_chars
               for b in doc.blocks):
        return doc
    blocks = tuple(_blocks(doc, known))
    if len(blocks) == len(doc.blocks):
        return doc
    return doc.model_copy(update={"blocks": blocks})
