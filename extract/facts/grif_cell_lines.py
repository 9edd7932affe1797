"""A grif's cell back in the lines it was printed as, before the signature reader
(extract/facts/people.py) looks for a name in it: a site's text export flattens a grif into one
line, and a narrow cell wraps a name between its surname and its initials. Split from people.py
to keep that module to where a signature's position and name are found."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TypeVar

from extract.facts.ctx import Ctx

T = TypeVar("T")  # what a line is kept with (its row's block)


def unflattened(ctx: Ctx, cell: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """A cell of one line cut back into the lines it was printed as (`cell_cuts`): a site's
    text export joins a grif's lines with spaces ("УТВЕРЖДАЮ Директор … ____ А.Б. Орлова
    Приказ № 7 от …"), where the name ends a line of its own."""
    if len(cell) != 1:
        return cell
    text = cell[0]
    cuts = sorted({m.start("cut") for rx in ctx.vocab.cell_cuts for m in rx.finditer(text)})
    bounds = [0, *cuts, len(text)]
    return [p for a, b in pairwise(bounds) if (p := text[a:b].strip())]


_INITIALS_LINE = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[\s/)]*$")
_SIGNED_INITIALS = re.compile(r"[_/]\s*(?:[А-ЯЁ]\.\s?){1,2}$")  # "______/Г.В."
_SURNAME_LINE = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[\s/)]*$")
_INITIALS_BEFORE_DATE = re.compile(r"^((?:[А-ЯЁ]\.\s?){2})\s*(?=[«\"]?\d)")
_SURNAME_END = re.compile(r"(?:^|\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")


def rejoined(lines: tuple[str, ...] | list[str]) -> list[str]:
    """A narrow cell's lines with a name's initials put back after its surname
    ("Директор:____/Соболева" / "А.Н./" → "Директор:____/Соболева А.Н./"), or its surname
    after its initials ("________/Г.В." / "Лесникова/")."""
    out: list[str] = []
    for line in lines:
        text, last = line.strip(), out[-1] if out else ""
        dated = _INITIALS_BEFORE_DATE.match(text)
        if dated and _SURNAME_END.search(last):
            # "«Заречная ООШ» Петров" / "Р.А. «30» августа 2024 г.": a PDF cell wrapped the
            # name before its initials; the grif's date goes on the next line of its own
            out[-1] = f"{last} {dated.group(1).strip()}"
            out.append(text[dated.end():])
            continue
        if last and ((_INITIALS_LINE.match(text) and last[-1:].isalpha())
                     or (_SURNAME_LINE.match(text) and _SIGNED_INITIALS.search(last))):
            out[-1] = f"{last} {text}"
        else:
            out.append(line)
    return out


def rejoined_rows(lines: list[tuple[T, str]]) -> list[tuple[T, str]]:
    """`rejoined` across the rows of a grif's column, each line kept with its row: a PDF table
    may set a name's initials and its surname in rows of their own ("____ М. Н." / "Титова")."""
    out: list[tuple[T, str]] = []
    for row, line in lines:
        if not out:
            out.append((row, line))
            continue
        merged = rejoined([out[-1][1], line])
        out[-1] = (out[-1][0], merged[0])
        out += [(row, x) for x in merged[1:]]
    return out


def undated(ctx: Ctx, line: str) -> str:
    """A grif's signature line flattened with its date ("______ Т.Н. Орлова «28» августа
    2024 г.", "А.Б. Сидоров 30.08.2024"): the line without the date that ends it ("" when no
    date ends it), so the name before the date is read."""
    text = line.rstrip(" _.")
    for rx in ctx.vocab.dates:
        for m in rx.finditer(text):
            if not text[m.end():].strip(" _.г") and m.start() > 0:
                return text[: m.start()].rstrip(" ,_")
    return ""
