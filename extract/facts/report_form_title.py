"""A report printed on a form ("ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ на 2022 год" /
"от «10» января 2024 г." / "Наименование …"): its title runs up to the report's date or the
form's first field, in a block of lines or in a page a text layer glued into one paragraph.
Split from extract/facts/title_report.py, which reads a report's title and asks these first."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk, squash
from extract.facts.stamps import stamp_kind
from extract.facts.title_ends import NUMBERED_NAME, REQUISITES_LINE
from extract.facts.title_text import clean_title

_CAPS_REPORT = re.compile(r"\b(?:ОТЧЕТ|ОТЧЁТ)\s+(?:О|ОБ)\s+[А-ЯЁ]{4,}")
# a flattened page: its heading stands in the first blocks, within the first words of one
FLAT_CHUNKS = 3
FLAT_WORDS = 30


def report_lines(ctx: Ctx, c: Chunk) -> str | None:
    """A text file's block holding the report's title and the form under it ("Отчет … за 2023
    год" / "от «10» января 2024г." / "Наименование …" / "Часть 1. …"): the title's lines up to
    the report's date or a form's label (None when the block is the title alone)."""
    if len(c.lines) < 2:
        return None
    for k, line in enumerate(c.lines[1:], 1):
        requisites = REQUISITES_LINE.match(line) and not NUMBERED_NAME.match(line) \
            and rq.read(ctx, line)  # "№5 «Ромашка»": the owner's number goes on the title
        if requisites or stamp_kind(ctx, line) or _form_label(ctx, line):
            return squash(" ".join(c.lines[:k]))
    return None


def _form_label(ctx: Ctx, line: str) -> bool:
    """"Наименование муниципального учреждения", "Часть 1. Сведения …": a report form's field,
    its first word in capitals-initial sentence case."""
    lem = ctx.lemmas(line)[:1]
    return line[:1].isupper() and not line.isupper() and bool(lem) \
        and lem[0] in ctx.vocab.form_labels


def flattened_report(ctx: Ctx) -> str | None:
    """A page whose lines a text layer glued into one paragraph: its heading in capitals
    ("… Коды ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ на 2022 год … от «29» …"), up to the
    report's date or the first field's label."""
    for c in ctx.head[:FLAT_CHUNKS]:
        m = _CAPS_REPORT.search(c.text)
        if not m:
            continue
        words = c.text[m.start():].split()
        end = len(words[:FLAT_WORDS])
        for k, w in enumerate(words[3:FLAT_WORDS], 3):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if (w == "от" and nxt[:1] in "«\"_0123456789") or (
                    w[:1].isupper() and not w.isupper() and ctx.lemmas(w)[:1] and
                    ctx.lemmas(w)[0] in ctx.vocab.form_labels):
                end = k
                break
        return clean_title(ctx, " ".join(words[:end]))
    return None
