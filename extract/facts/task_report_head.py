"""The head of a state or municipal task report form whose text layer OCR broke:

    ОТЧЕТ О ВЫПОЛНЕНИИ                      ОТЧЕТ О ВЫ ПОЛНЕНИИ
    МУНИЦИПАЛЬНОГО ЗАДАНИЯ №                М У Н И Ц И П А Л Ь Н О Г О ЗА Д А Н И Я
    на 20 20                                н а 2 0 18
    1                                       № 36*
    год и на плановы й период 20 20 и 20 21  го д и н а п лан о вы й п ер и о д 2 0 19
    от " 03 " / июля / 20 20                от" / 01 / ию ля / " / 2 0 18 / и 20 20 / го д о в

The form's cells print the century and the year apart ("20 20"), the task's number floats on
a line of its own, the report's date interleaves with the planning period. The head is found
and read with every space removed, and its title printed back in the form's wording
(`task_report_title`): "… ЗАДАНИЯ № 1 на 2020 год и на плановый период 2020 и 2021 годов" —
the title, and so the period, of the report. The institution is the value under the form's
"Наименование … учреждения" label, its broken words rejoined (extract/facts/ocr_words.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extract.facts.ctx import Ctx, per_document
from extract.facts.lines import squash
from extract.facts.ocr_words import rejoin

_HEAD_LINES = 60  # where the form's head may start among the top lines
_WINDOW = 16  # the head's lines: heading, number, years, report date, "годов"
_FIELDS = 40  # the form's fields after the head
_YEAR = r"((?:19|20)\d\d)(?!\d)"
# (a head flattened onto one line runs "ЗАДАНИЯ" into "на": "…заданияна2019№50год…")
_ON_YEAR = re.compile(r"(?:(?<![а-яё])|(?<=задания))на\|*" + _YEAR)
_PLAN_YEAR = re.compile(r"плановыйпериод\|*" + _YEAR)
_ON_PLAN = re.compile(r"на\|*плановыйпериод")
_AND_YEAR = re.compile(r"(?<![а-яё])и\|*" + _YEAR)
_NUMBER = re.compile(r"№\|?(\d{1,4}\*?)(?![\d.])")
_LONE_NUMBER = re.compile(r"^(\d{1,3}\*?)(?:$|год)")  # "1" alone, or run onto "год и на …"
_BODY_START = re.compile(r"^(?:муниципальн|государственн|областн|краев|федеральн)")
_MIN_NAME = 20  # letters of a full legal name


_SPACES = re.compile(r"\s+")


def _bare(text: str) -> str:
    return _SPACES.sub("", text).lower()


def _heads(ctx: Ctx) -> Iterator[tuple[int, dict[str, str]]]:
    """Each head's first line and its words before "ЗАДАНИЯ" that vary: the report's kind, if
    printed ("ПРЕДВАРИТЕЛЬНЫЙ "), and the task's ("МУНИЦИПАЛЬНОГО"), as the title's format keys."""
    lines = ctx.top[:_HEAD_LINES]
    for i, line in enumerate(lines):
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        m = ctx.vocab.task_report_head.match(_bare(line.text + nxt))
        if m:  # the heading starts this line, its second half may be the next
            qual = f"{m.group('qual').upper()} " if m.group("qual") else ""
            yield i, {"qual": qual, "kind": m.group("kind").upper()}


def _number(bare: list[str]) -> str | None:
    """"№ 36*" on the heading's lines, or a lone number under a heading ending with "№"; ""
    for a sign whose number is blank or cannot be told (two lone digits, "2" / "|" / "1": a
    cell's pieces in any order), None without a sign."""
    joined = "|".join(bare)
    if m := _NUMBER.search(joined):
        return m.group(1)
    sign = next((k for k, x in enumerate(bare) if x.endswith("№")), None)
    if sign is None:
        return None
    lone: list[str] = []
    for x in bare[sign + 1:]:
        if x.startswith("от"):
            break  # the report's date: its day is no task number
        if m := _LONE_NUMBER.match(x):
            lone.append(m.group(1))
    return lone[0] if len(lone) == 1 else ""


_SPLIT_YEAR = re.compile(r"(?<![\d_])(?:19|20)\s\d\s?\d(?!\d)|(?<![\d_])2\s0\s?\d\s?\d(?!\d)")


@per_document
def _broken_head(ctx: Ctx) -> tuple[int, dict[str, str], list[str]] | None:
    """The first head OCR broke (a year split "20 24", words split or letter-spaced): its
    line, the task's kind word and its lines. A head printed whole (a site's label over the
    form, or the form itself) is read by the usual title rules."""
    short = ctx.vocab.spaced_short_words
    for start, kind in _heads(ctx):
        lines: list[str] = []
        for k, line in enumerate(ctx.top[start : start + _WINDOW]):
            if k > 1 and ctx.vocab.task_report_head_end.match(_bare(line.text)):
                break
            lines.append(line.text)
        # (a heading letter-spaced whole, "О Т Ч Е Т", the usual rules read as printed)
        spaced = [squash(ctx.unspaced(x)) for x in lines]
        if any(_SPLIT_YEAR.search(x) for x in lines) or any(
                rejoin(x, ctx.tools.is_known, short) != x for x in spaced):
            return start, kind, lines
    return None


def _flat_head(ctx: Ctx, bare: list[str]) -> list[str]:
    """A head a text layer flattened onto one line with the form's fields after it ("…годов
    г. Наименование муниципального учреждения …"): cut where the first field begins (the
    window's lines end there when the head is printed a line each)."""
    if len(bare) != 1:
        return bare
    head = ctx.vocab.task_report_head.match(bare[0])
    start = head.end() if head else 0
    field = _anywhere(ctx.vocab.task_report_head_end.pattern).search(bare[0], start)
    return [bare[0][: field.start()]] if field else bare


@cache
def _anywhere(pattern: str) -> re.Pattern[str]:
    """The fields' pattern (anchored at a line's start) found anywhere in a flattened line."""
    return re.compile(pattern.removeprefix("^"))


def task_report_title(ctx: Ctx) -> str | None:
    """The task report form's heading, its broken pieces read back into the form's wording."""
    head = _broken_head(ctx)
    if head is None:
        return None
    _, kind, lines = head
    bare = _flat_head(ctx, [_bare(x) for x in lines])
    joined = "|".join(bare)
    year = _ON_YEAR.search(joined)
    if year is None:
        return None
    title = ctx.vocab.task_report_title.format(**kind)
    number = _number(bare)
    title += "" if number is None else f" № {number}".rstrip()
    title += f" на {year.group(1)} год"
    plan = _PLAN_YEAR.search(joined)
    last = _AND_YEAR.search(joined, plan.end()) if plan else None
    if plan and last:
        # "и плановый период" where the form prints no "на" before it
        on = " на" if _ON_PLAN.search(joined[: plan.end()]) else ""
        title += f" и{on} плановый период {plan.group(1)} и {last.group(1)} годов"
    return title


def task_report_issuer(ctx: Ctx) -> str | None:
    """The institution under the form's "Наименование … учреждения" label, rejoined."""
    head = _broken_head(ctx)
    if head is None:
        return None
    lines = [x.text for x in ctx.top[head[0] : head[0] + _FIELDS]]
    fixed = [rejoin(x, ctx.tools.is_known, ctx.vocab.spaced_short_words) for x in lines]
    # the label wrapped by its narrow cell: "Наименование муниципального" / "учреждения"
    label = next((k for k, x in enumerate(fixed) if ctx.vocab.institution_label.search(
        " ".join(fixed[k : k + 2]))), None)
    if label is None:
        return None
    # a head flattened onto one line: the value runs on after the label on the label's line
    m = ctx.vocab.institution_label.search(fixed[label])
    same = [_value_before_next_label(ctx, fixed[label][m.end():].strip())] \
        if m and len(lines) == 1 else []
    for x in [*same, *fixed[label + 1 :]]:
        letters = re.sub(r"[^А-ЯЁа-яё]", "", x)
        if _BODY_START.match(letters.lower()) and len(letters) >= _MIN_NAME:
            return squash(x)
    return None


def _value_before_next_label(ctx: Ctx, text: str) -> str:
    """The field's value up to the next field's label ("… «…» Виды деятельности …")."""
    words = text.split()
    for k, w in enumerate(words[1:], 1):
        lem = ctx.lemmas(w)
        if w[:1].isupper() and len(lem) == 1 and lem[0] in ctx.vocab.form_labels:
            return " ".join(words[:k])
    return text


def task_report_kind(ctx: Ctx) -> str | None:
    """A task report form's head, however broken, makes the document a report."""
    return "report" if task_report_title(ctx) else None
