"""Passport tables (field | value, optionally with a number column): goals, tasks, period,
title, developer, and the items listed under indicator fields (indicators without values)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.cut_rows import cut_last_item
from extract.layout import Ctx, flat, numbering
from extract.models import DraftDocument, DraftIndicator
from extract.statements import statement_like
from extract.vocab import best_match, load_yaml
from ingest.models import Provenance

# A list item marker inside a cell: "- ", "– ", "• ", "· " at a line start or after a space;
# a dash glued to the item's capital ("-Обновление …") marks it too
_MARKER = re.compile(r"(?:^|(?<=\s))[-–—•·▪](?:\s+(?=\S)|(?=[А-ЯЁ]))")
# the same at a line's start only: in a numbered cell the numbers mark the items, and a spaced
# dash inside a line is the text's own ("… Федерации» ФЗ - № 273 от …")
_LINE_MARKER = re.compile(r"^[-–—•·▪](?:\s+(?=\S)|(?=[А-ЯЁ]))")
_LINE_END_MARKER = re.compile(r"\s[-–—•·▪]\s*\n")  # "… район -\nучастие …": marker wrapped
# "материально –" / "технической базы": a compound written with a spaced dash and wrapped after
# it (its first part ends in -о, the next line goes on with an adjective) is no wrapped marker
_SPACED_COMPOUND = tuple(re.compile(p) for p in load_yaml("passport").get("spaced_compound", []))
_NUM_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)", re.M)  # "1. Обновить …", "2) …"
# "… Программы: 1. Обеспечение … 2. Создание …": numbered items run on in one paragraph
_FIRST_NUMBER = re.compile(r"\s*1[.)]\s+(?=\S)")
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s:;.]))(\d{1,2})[.)]\s+(?=[А-ЯЁA-Z«\"])")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a period field states its years
_PAGE = re.compile(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")  # "12", "14-15": a contents page
MAX_FIELD_WORDS = 10
_XREF = tuple(re.compile(p) for p in load_yaml("passport").get("cross_reference", []))
_HEADINGS = frozenset(load_yaml("passport").get("column_headings", []))


def is_cross_reference(text: str) -> bool:
    """A value that only points to another part of the document ("Приведены в разделе 4")."""
    low = flat(text).lower().replace("ё", "е")
    return any(rx.search(low) for rx in _XREF)


def _continues_value(row_text: str, above: list[str], ctx: Ctx) -> bool:
    """A row of one cell that is the next item of the list above ("2. …" after "1. …", "- …",
    or a lower-case tail): the reader put a wrapped value line on a row of its own. An item
    numbered next to the last item above continues it even if it reads like a field name
    ("2. Доля педагогов …" under "Целевые индикаторы")."""
    if _next_item(row_text, above):
        return True
    if field_name(row_text, ctx):
        return False
    return bool(numbering(row_text) or _MARKER.match(row_text) or row_text[:1].islower())


def _next_item(row_text: str, above: list[str]) -> bool:
    number = numbering(row_text)
    lines = [line for v in above for line in v.split("\n") if line.strip()]
    last = next((n for line in reversed(lines) if (n := numbering(line.strip()))), None)
    if not number or not last:
        return False
    a, b = last.rstrip(".").split("."), number.rstrip(".").split(".")
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1].isdigit() and b[-1].isdigit() \
        and int(b[-1]) == int(a[-1]) + 1


@dataclass
class PassportFound:
    """What a passport table says about its document."""

    document: DraftDocument = field(default_factory=DraftDocument)
    goals: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    indicators: list[DraftIndicator] = field(default_factory=list)


def is_heading_row(value: str, ctx: Ctx) -> bool:
    """A value cell that says only a column heading ("Содержание" beside "Наименование"): the
    table's own heading row, not a field with a value."""
    words = flat(value).strip(" .:").lower().replace("ё", "е")
    return bool(words) and " ".join(ctx.tools.lemmas(words)) in _heading_lemmas(ctx)


def _heading_lemmas(ctx: Ctx) -> frozenset[str]:
    return frozenset(" ".join(ctx.tools.lemmas(h)) for h in _HEADINGS)


def _field_col(ctx: Ctx) -> int:
    first = [r.text(0) for r in ctx.rows if r.text(0)]
    return 1 if first and all(numbering(t) == t for t in first) else 0


def field_name(text: str, ctx: Ctx) -> str | None:
    """The passport field a cell names ("goals", "period", …, "other"), or None."""
    if not text or len(text.split()) > MAX_FIELD_WORDS:
        return None
    found = best_match(ctx.vocab.passport_fields, ctx.tools.lemmas(text), text.lower())
    return found[0][0] if found else None


def looks_like_passport(ctx: Ctx) -> bool:
    """Two or three columns, the first text column naming passport fields."""
    used = {c for r in ctx.rows for c, _ in r.filled()}
    if not used or max(used) > 2:
        return False
    col = _field_col(ctx)
    if _contents_table(ctx, col):
        ctx.note("passport_contents_table", "every value is a page number")
        return False
    names = [r.text(col) for r in ctx.rows if r.text(col)]
    hits = sum(1 for t in names if field_name(t, ctx))
    return hits >= 3 or (hits >= 2 and hits * 2 >= len(names))


def _contents_table(ctx: Ctx, col: int) -> bool:
    """A table of contents (section | page): its sections name passport fields ("Цели и
    задачи программы … 12"), but every value beside them is a page number."""
    values = [t for r in ctx.rows for c, t in r.filled() if c > col]
    return len(values) >= 3 and all(_PAGE.match(v.strip()) for v in values)


def split_inline_numbers(text: str) -> str:
    """Numbered items written on in one paragraph put on lines of their own, when their numbers
    run 1, 2, 3 … (a single "1." or a number inside a sentence is left alone)."""
    hits = list(_INLINE_NUMBER.finditer(text))
    chain: list[re.Match[str]] = []
    for m in hits:
        if int(m.group(1)) == len(chain) + 1:
            chain.append(m)
    if len(chain) < 2:
        return text
    out, last = [], 0
    for m in chain:
        out.append(text[last:m.start()].rstrip())
        last = m.start()
    out.append(text[last:])
    return "\n".join(p for p in out if p)


def list_items(text: str) -> list[str]:
    """The items of a cell written as a list ("- a, - b" or one per line); an introduction
    ending with a colon is dropped; a cell without list markers is one item."""
    items: list[str] = []
    intro: list[str] = []
    marked = False
    text = split_inline_numbers(text)
    numbers = _NUM_MARKER.findall(text)
    text = _wrapped_markers(text, numbered=len(numbers) > 1)
    # a numbered list: numbers are item markers; so is a lone "1." opening a one-item list
    # ("Цель программы | 1. Повышение доступности …")
    marker = _MARKER
    if len(numbers) > 1 or (numbers and _FIRST_NUMBER.match(text)):
        text = _NUM_MARKER.sub("- ", text)
        marker = _LINE_MARKER if len(numbers) > 1 else _MARKER
    for line in text.split("\n"):
        pieces = marker.split(line)
        head, rest = pieces[0].strip(), [p.strip() for p in pieces[1:]]
        if head:
            # an unmarked line continues the item above unless that item was finished
            ended = bool(items) and items[-1].rstrip().endswith((";", ".", ":", "!"))
            if items and (head[:1].islower() or not ended):
                # "личностно-" / "профессионального": a compound broken at its hyphen
                glue = "" if re.search(r"\w-$", items[-1]) else " "
                items[-1] += glue + head
            elif marked:
                items.append(head)
            else:
                intro.append(head)
        if rest:
            marked = True
            items.extend(p for p in rest if p)
    if not marked:
        items = [" ".join(intro)]
    else:
        lead = " ".join(intro)
        if lead and not lead.rstrip().endswith(":") and ":" not in lead:
            items.insert(0, lead)
    # a dash alone ("-", "—") is the cell's placeholder for "none", no item
    return [flat(i).rstrip(" ,;.") for i in items if any(ch.isalnum() for ch in i)]


def _wrapped_markers(text: str, numbered: bool) -> str:
    """A dash ending a line is the next item's marker wrapped onto it, unless the cell numbers
    its items (then a dash is the text's own: "медико –" / "физиологического") or it joins a
    compound's parts ("материально –" / "технической")."""
    if numbered:
        return text
    joins = {m.end() for rx in _SPACED_COMPOUND for m in rx.finditer(text)}
    # the line under a kept dash goes on in lower case: list_items glues it to the item
    return _LINE_END_MARKER.sub(lambda m: m.group(0) if m.end() in joins else "\n- ", text)


_INLINE_SEMICOLON = re.compile(r";\s+(?=[а-яёА-ЯЁ])")
_OPEN_END = re.compile(r"(?:[,\-–—(«:]|\s(?:и|или|в|во|на|по|с|со|к|для|о|об|от|до|из|за|при))$",
                       re.I)


def _opens_item(line: str, above: str, ctx: Ctx) -> bool:
    """A line that starts an item of its own in an unmarked list: a capitalised noun in the
    nominative ("Совершенствование …", not a name such as "Новоберезанский") after a line that
    did not stop mid-phrase."""
    words = line.split()
    if not words or words[0][:1] in "«\"“„":
        return False  # "государственной программы" / "«Развитие …»": a name after its noun
    word = words[0].strip("(")
    if not word[:1].isupper() or word.isupper() or _OPEN_END.search(above.rstrip()):
        return False
    pos, case = ctx.tools.tag(word.lower())
    # (a neuter noun reads nominative or accusative alike: "Развитие")
    return pos == "NOUN" and case in ("nomn", "accs") and not ctx.tools.is_proper(word)


def split_unmarked(value: str, ctx: Ctx) -> str:
    """Items of a goals or tasks cell written one per paragraph without markers, their lines
    wrapped by a narrow column ("Развитие инфраструктуры образовательных" / "организаций" /
    "Совершенствование системы …"), or ended by ";" ("сохранение сети школ;" / "обновление
    …"): each marked "- " when two or more items are seen."""
    lines = [line for line in value.split("\n") if line.strip()]
    if len(lines) == 1 and _INLINE_SEMICOLON.search(value) and not _MARKER.search(value):
        lines = [part + ";" for part in _INLINE_SEMICOLON.split(value)]  # "a; b; c" on one line
    if len(lines) < 2 or any(_MARKER.match(x) or _NUM_MARKER.match(x) or numbering(x)
                             for x in lines):
        return value  # a marked or numbered list: list_items reads it
    starts = [0] + [i for i in range(1, len(lines))
                    if lines[i - 1].rstrip().endswith(";") or _opens_item(lines[i], lines[i - 1],
                                                                          ctx)]
    if len(starts) < 2:
        return value
    return "\n".join(f"- {line}" if i in starts else line for i, line in enumerate(lines))


_INNER_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[А-ЯЁ])")


def goal_then_tasks(value: str, ctx: Ctx) -> tuple[str, str]:
    """(goal, tasks) of a goal cell that goes on into the tasks under their own label
    ("создание условий …. Задачи: развитие …; …"): a passport that merged two rows in one."""
    for m in _INNER_SENTENCE.finditer(value):
        label = ctx.vocab.task_label_inside.match(value, m.end())
        if label:
            goal = value[: m.start()]
            own = ctx.vocab.goal_task_label.match(goal)  # "Цель: …" opening the combined cell
            return (goal[own.end():] if own else goal), value[label.end():]
    return value, ""


def goal_over_tasks(items: list[str]) -> list[str] | None:
    """["Улучшение …", "обеспечение …", "профилактика …"] of a row for goals and tasks with no
    labels inside: the first item, opening with a capital over items in lower case, is the goal
    the others serve (its tasks); None when the items do not read so."""
    if len(items) < 2 or not items[0][:1].isupper() \
            or not all(x[:1].islower() for x in items[1:]):
        return None
    return items[:1]


def _uncut(items: list[str], raw: str, ends_text: bool, ctx: Ctx) -> list[str]:
    """The items of the text's last cell without a last item the text's end cut (it does not
    say what it lists: extract/cut_rows.py)."""
    why = cut_last_item(raw, items, ctx.tools) if ends_text else None
    if why is None:
        return items
    ctx.note("passport_item_cut_by_text_end", f"{items[-1][-60:]!r}: {why}")
    ctx.warnings.append(f"list item at {ctx.where(ctx.rows[-1])}: cut by the end of the text "
                        f"({why}), left out")
    return items[:-1]


def extract_passport(ctx: Ctx) -> PassportFound:
    """Goals, tasks, period, title, developer and indicator items of a passport table."""
    col = _field_col(ctx)
    fields: list[tuple[str, str, list[str], Provenance]] = []  # (kind, name, value lines, src)
    for row in ctx.rows:
        name = row.text(col)
        value = "\n".join(t for c, t in row.filled() if c > col)
        if fields and name and not value and _continues_value(name, fields[-1][2], ctx):
            name, value = "", name
        if fields and name and col < len(row.own) and not row.own[col]:
            name = ""  # the label merged down over several rows: one field, a value a row
        if not name and fields:
            fields[-1][2].append(value)  # the value continues on the next row (page break)
            continue
        if is_heading_row(value, ctx):
            ctx.note("passport_heading_row", f"row {row.source.row} {flat(name)!r}")
            continue
        kind = field_name(name, ctx) or "other"
        fields.append((kind, flat(name), [value], row.source))
        ctx.note(f"passport_field_{kind}", f"row {row.source.row} {flat(name)!r}")
    out = PassportFound()
    doc: dict[str, str] = {}
    for k, (kind, name, lines, src) in enumerate(fields):
        value = "\n".join(v for v in lines if v)
        if not value:
            continue
        ends = ctx.ends_text and k == len(fields) - 1
        if kind in ("goals", "goals_tasks"):
            goal, tasks = goal_then_tasks(value, ctx)
            goals = list_items(split_unmarked(goal, ctx))
            if kind == "goals_tasks" and not tasks and (lead := goal_over_tasks(goals)):
                ctx.note("passport_goal_then_task_items", f"{name!r}: {lead[0][:60]!r}")
                out.tasks.extend(goals[1:])
                goals = lead
            out.goals.extend(goals)
            if tasks:
                ctx.note("passport_tasks_in_goal_cell", f"{name!r}: {flat(tasks)[:60]!r}")
                out.tasks.extend(_uncut(list_items(split_unmarked(tasks, ctx)), tasks, ends,
                                        ctx))
        elif kind == "tasks":
            out.tasks.extend(_uncut(list_items(split_unmarked(value, ctx)), value, ends, ctx))
        elif kind == "indicators" and is_cross_reference(value):
            ctx.note("passport_cross_reference", f"{name!r} points elsewhere: {flat(value)!r}")
        elif kind == "indicators":
            out.indicators.extend(
                DraftIndicator(name=item, section=name, source=src) for item in list_items(value)
            )
        elif kind == "period" and not _HAS_YEAR.search(value):
            # "Срок действия | бессрочно": a licence's term in an institution's facts table
            # says no years; a field with none gives no period (a later rule may find one)
            ctx.note("passport_period_without_years", f"{name!r}: {flat(value)!r}")
        elif kind in ("period", "title", "issuer"):
            key = {"period": "period_text", "issuer": "developer"}.get(kind, kind)
            doc.setdefault(key, flat(value))
    out.goals = [g for g in out.goals if statement_like(g)]
    out.tasks = [t for t in out.tasks if statement_like(t)]
    out.document = DraftDocument(title=doc.get("title"), period_text=doc.get("period_text"),
                                 developer=doc.get("developer"))
    return out
