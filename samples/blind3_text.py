"""Text layouts of the blind set: garant " |" export, box-drawing frame, em-dash frame, tabs.

Each printer takes a document of samples/blind3/data.yaml and returns its lines and where each
activity and indicator was printed (1-based line numbers).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

from blind3_common import Doc, Sources, activities, caps_signature, number, numbered, section_label

Lines = list[str]


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out += textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False) or [""]
    return out


def _cells(cells: Sequence[str], widths: Sequence[int], bar: str) -> Lines:
    """One framed row: each cell wrapped to its width, padded, between bars."""
    wrapped = [_wrap(c, w) for c, w in zip(cells, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    return [bar + bar.join((w[i] if i < len(w) else "").ljust(width)
                           for w, width in zip(wrapped, widths, strict=True)) + bar
            for i in range(height)]


# --- garant: every cell on its own line ending " |", a row's empty tail as one "||…|" line ---

def _garant_row(cells: Sequence[str], n_cols: int) -> Lines:
    lines = [f"{c} |" for c in cells]
    return lines + (["|" * (n_cols - len(cells))] if len(cells) < n_cols else [])


def garant(doc: Doc) -> tuple[Lines, Sources]:
    """Act page of a legal site: heading, operative text, signature row, appendix, table."""
    order, sig = doc["order"], doc["signatories"][0]
    lines: Lines = ["Текст документа сохранён с правового портала 15 марта 2024 г.", "",
                    doc["act_heading"], "", *doc["operative"], "",
                    f"{sig['position']} | {sig['name']} |", "",
                    *doc["stamp"], f"от {order['printed']}", "",
                    "Дорожная карта", doc["title"].removeprefix("Дорожная карта "), ""]
    n_cols = len(doc["header"])
    lines += _garant_row(doc["header"], n_cols)
    src = Sources()
    for sec in doc["sections"]:
        lines += _garant_row([section_label(sec)], n_cols)
        for act in sec["activities"]:
            src.add(act["title"], line=len(lines) + 1)
            lines += _garant_row([act["number"], act["title"], act["deadline"]["text"],
                                  ", ".join(act["responsibles"]), act.get("result") or ""],
                                 n_cols)
    return lines, src


# --- box drawing: a passport and an indicator table with a merged year header ---

def _rule(widths: Sequence[int], left: str, mid: str, right: str) -> str:
    return left + mid.join("─" * w for w in widths) + right


def _box_table(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> Lines:
    out = [_rule(widths, "┌", "┬", "┐")]
    for i, row in enumerate(rows):
        if i:
            out.append(_rule(widths, "├", "┼", "┤"))
        out += _cells(row, widths, "│")
    return [*out, _rule(widths, "└", "┴", "┘")]


def _year_header(doc: Doc, lead: Sequence[int], years: Sequence[int]) -> Lines:
    """Two header rows: the year group cell split into one column per year by ├──┬──┤."""
    group = sum(years) + len(years) - 1
    top = _cells(["N п/п", "Наименование целевого показателя", "Ед. изм.",
                  f"Базовое значение ({doc['base_year']} г.)", "Плановое значение по годам"],
                 [*lead, group], "│")
    split = "│" + "│".join(" " * w for w in lead) + "├" + "┬".join("─" * w for w in years) + "┤"
    below = "│" + "│".join(" " * w for w in lead) + "│" + "│".join(
        str(y).center(w) for y, w in zip(doc["years"], years, strict=True)) + "│"
    return [_rule([*lead, group], "┌", "┬", "┐"), *top, split, below]


def box(doc: Doc) -> tuple[Lines, Sources]:
    """A programme: stamp, title in capitals, a framed passport, framed indicator table."""
    order = doc["order"]
    lines: Lines = [*(s.rjust(70) for s in doc["stamp"]), f"{order['printed']}".rjust(70), "",
                    *(t.center(80) for t in doc["title_lines"]), "", "Паспорт программы", ""]
    lines += _box_table([["Цель программы", "\n".join(doc["goals"])],
                         ["Задачи программы", numbered(doc["tasks"])],
                         ["Сроки реализации", f"{doc['period'][0]} - {doc['period'][1]} годы"]],
                        [22, 56])
    lines += ["", doc["indicator_caption"], ""]
    lead, years = [5, 34, 6, 10], [6] * len(doc["years"])
    lines += _year_header(doc, lead, years)
    src = Sources()
    for ind in doc["indicators"]:
        lines.append(_rule([*lead, *years], "├", "┼", "┤"))
        src.add(ind["name"], line=len(lines) + 1)
        base = "-" if ind["base"] is None else number(ind["base"])
        lines += _cells([ind["number"], ind["name"], ind["unit"], base,
                         *(number(v) for v in ind["plan"])], [*lead, *years], "│")
    return [*lines, _rule([*lead, *years], "└", "┴", "┘")], src


# --- em-dash frame: |———|———| rules, two-line header, group rows across the width ---

def dashes(doc: Doc) -> tuple[Lines, Sources]:
    """A plan approved by a stamp, its table framed by em-dash rules."""
    widths = [5, 44, 16, 26]
    rule = "|" + "|".join("—" * w for w in widths) + "|"
    full = sum(widths) + len(widths) - 1
    lines: Lines = [*doc["stamp"], doc["order"]["printed"], "", doc["title"], "", rule]
    lines += _cells(["№", "Наименование\nмероприятия", "Сроки", "Ответственные"], widths, "|")
    src = Sources()
    for sec in doc["sections"]:
        lines += [rule, *_cells([section_label(sec)], [full], "|"), rule]
        for i, act in enumerate(sec["activities"]):
            if i:
                lines.append(rule)
            src.add(act["title"], line=len(lines) + 1)
            lines += _cells([act["number"], act["title"], act["deadline"]["text"],
                             ",\n".join(act["responsibles"])], widths, "|")
    return [*lines, rule], src


# --- tabs: an act, its appendix and two tab-separated tables ---

def tabs(doc: Doc) -> tuple[Lines, Sources]:
    """A resolution of an administration with the programme's activity and indicator tables."""
    order = doc["order"]
    _, name = caps_signature(doc["signatories"][0])
    lines: Lines = [*doc["letterhead"], "", "ПОСТАНОВЛЕНИЕ", "", order["printed"], "",
                    doc["order_heading"], "", *doc["operative"], "",
                    doc["signatories"][0]["position"], name, "",
                    *doc["stamp"], order["printed"], "", doc["title"], "",
                    "Перечень мероприятий программы", "", "\t".join(doc["header"])]
    src = Sources()
    for _, act in activities(doc):
        src.add(act["title"], line=len(lines) + 1)
        lines.append("\t".join([act["number"], act["title"], act["deadline"]["text"],
                                ", ".join(act["responsibles"])]))
    lines += ["", doc["indicator_caption"], "",
              "\t".join(["№", "Наименование индикатора", "Ед. изм.",
                         *(str(y) for y in doc["years"])])]
    for ind in doc["indicators"]:
        src.add(ind["name"], line=len(lines) + 1)
        lines.append("\t".join([ind["number"], ind["name"], ind["unit"],
                                *(number(v) for v in ind["plan"])]))
    return lines, src


PRINTERS: dict[str, Callable[[Doc], tuple[Lines, Sources]]] = {
    "garant": garant, "box": box, "dashes": dashes, "tabs": tabs}
