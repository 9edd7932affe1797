"""Section (group) rows of activity tables: which rows name a section rather than an
activity, by which rule (`--debug` names it), the name they give, a year over its rows
("2021 год") and a goal or task label ("Задача 1: …") (used by extract/activities.py)."""

from __future__ import annotations

import re

from extract.activity_cols import Cols, clean_number
from extract.cell_fit import looks_deadline
from extract.goal_label import labelled_text
from extract.layout import Ctx, GridRow, numbering, strip_numbering
from extract.sections import join_fragments

_LETTER = re.compile(r"[А-Яа-яЁёA-Za-z]")
_ROMAN = re.compile(r"[IVXLC]+")
_LABEL_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
_YEAR_ROW = re.compile(
    r"^\s*(?:на\s+|в\s+)?((?:19|20)\d{2})\s*(?:год|г\.?|гг\.?)?\s*[.:]?\s*$", re.I)


def parents_of(rows: list[tuple[GridRow, list[str]]], cols: Cols) -> set[str]:
    """Item numbers that later rows extend ("1" when "1.1" follows it): section numbers.
    A "4.1" section row printed above items "1." … "6." does not make item "4." a parent."""
    if cols.number is None:
        return set()
    numbers = [clean_number(ts[cols.number]) for _, ts in rows if cols.number < len(ts)]
    return {n for i, n in enumerate(numbers)
            if n and any(m and m.startswith(n + ".") for m in numbers[i + 1:])}


def arabic_items(rows: list[tuple[GridRow, list[str]]], cols: Cols) -> bool:
    """Some rows carry an arabic item number ("1.1.")."""
    return cols.number is not None and any(
        (clean_number(ts[cols.number]) or "")[:1].isdigit()
        for _, ts in rows if cols.number < len(ts))


def section_rule(
    row: GridRow, texts: list[str], cols: Cols, ctx: Ctx, parents: set[str],
    arabic: bool = False,
) -> str | None:
    """Name of the rule that makes this row a section title, or None."""
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if not filled or not any(_LETTER.search(t) for _, t in filled):
        return None
    number = texts[cols.number] if cols.number is not None else ""
    data = any(texts[c] for cs in cols.fields.values() for c in cs if c < len(texts))
    if _group_labelled(texts, cols, number, parents, ctx):
        return "section_group_label"  # "Подпрограмма 3 …" with its executor and years
    if number and numbering(number) == number:
        key = clean_number(number) or ""
        # a parent row with cells of its own beside the title (money, marks) is an activity
        own = {cols.number, cols.title, *cols.groups}
        beside = any(t for c, t in enumerate(texts) if c not in own)
        if not data and not beside and (key in parents or _ROMAN.fullmatch(key)):
            return "section_numbered_parent"  # "1. | Раздел" above "1.1", or "II | Раздел"
        if arabic and _ROMAN.fullmatch(key):
            # "I. | Этап подготовки | ноябрь – май" over items "1.1.": a part of the plan with
            # its own term, the items below are its activities
            return "section_roman_part"
        return None
    single = len(filled) == 1
    text = filled[0][1]
    if single and (row.bold or row.widest >= max(2, len(texts) - 1)):
        return "section_spanning_or_bold"
    if single and numbering(text) and _LETTER.search(strip_numbering(text)):
        key = clean_number(numbering(text) or "") or ""
        if "." not in key or key in parents:  # "1.1. Проведение …" alone is an activity
            return "section_numbered_alone"
        return None
    if single and not data and text[:1].isupper() and len(text) < 150:
        return "section_title_alone"
    joined = join_fragments([t for _, t in filled if _LETTER.search(t)])
    lemmas = ctx.tools.lemmas(joined)
    if len(filled) > 1 and all(len(t) < 40 for _, t in filled) and len(joined) < 150:
        ends = bool(lemmas) and lemmas[-1] in ctx.vocab.section_words
        # "2 Осенний кросс | октябрь | учитель": a row number glued to its title, dated
        dated = any(texts[c] and looks_deadline(texts[c], ctx)
                    for c in cols.fields.get("deadline", []) if c < len(texts))
        if ends or (numbering(joined) and not looks_deadline(joined, ctx) and not dated):
            return "section_fragments"
    return None


def _group_labelled(texts: list[str], cols: Cols, number: str, parents: set[str],
                    ctx: Ctx) -> bool:
    """The title opens with a group's label ("Подпрограмма 3 …", "Задача. …", "Цели
    подпрограммы: …") and no item number, or one that rows below extend: a group row, though
    it carries its own executor, years or result."""
    title = texts[cols.title] if cols.title is not None and cols.title < len(texts) else ""
    label = title or next((t for t in texts if t), "")  # "Задача. …" merged over the columns
    goal = ctx.vocab.goal_task_label.match(label)
    if not (ctx.vocab.section_label.match(label) or goal):
        return False
    # "1.1 | Задача 1.1. …": the label restates the row's number, a task row though no item
    # under it survives (a page cut, a plan listing its tasks alone)
    own = _LABEL_NUMBER.search(goal.group(0)) if goal else None
    restated = own is not None and clean_number(number) == own.group(0)
    return not number or number == label or clean_number(number) in parents or restated


def group_texts(texts: list[str], cols: Cols, rule: str) -> list[str]:
    """A group row's name: its title alone when it carries an executor or years beside it."""
    filled = [t for t in texts if t]
    if rule in ("section_group_label", "section_roman_part") and cols.title is not None \
            and texts[cols.title]:
        return [texts[cols.title]]
    return filled[:1] if rule == "section_group_label" else filled


def listed(text: str) -> list[str]:
    """"a; b" of "Цели подпрограммы: a; b": one goal each."""
    return [p for p in (x.strip(" .;") for x in text.split(";")) if p]


def goal_or_task(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """("goal" | "task", text) of a group row labelled "Цель: …" or "Задача 1: …"."""
    m = ctx.vocab.goal_task_label.match(text)
    if not m:
        return None
    kind = "goal" if ctx.tools.lemma(m.group(1)) in ctx.vocab.goal_words else "task"
    return (kind, rest) if (rest := labelled_text(text, m)) else None


def year_row(text: str) -> int | None:
    """The year of a group row that is only a year ("2021 год", "На 2022 г.")."""
    return int(m.group(1)) if (m := _YEAR_ROW.match(text)) else None
