"""Section (group) rows of tables: names joined from cell fragments and repaired against the
document's own direction names (a letter or a word lost between cells by conversion)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from extract.layout import Ctx, GridRow, flat, numbering, strip_numbering

NEAR_MIN_LEN, NEAR_RATIO = 30, 95  # a section name this long, this close to a direction name
_LETTER = re.compile(r"[А-Яа-яЁёA-Za-z]")


@lru_cache(maxsize=20_000)
def norm(text: str) -> str:
    """Lower case, ё→е, letters/digits/hyphens and single spaces only; doubled letters made
    single (conversion sometimes repeats a letter at a cell border: "методичес|ское")."""
    text = re.sub(r"(\D)\1+", r"\1", text.lower().replace("ё", "е"))
    return " ".join(re.sub(r"[^0-9a-zа-я\- ]+", " ", text).split())


def join_fragments(parts: list[str]) -> str:
    """Glue the pieces of a text split across cells: word parts join without a space."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part.startswith("-") or out.endswith("-") or (out[-1].islower() and part[0].islower()):
            out += part
        else:
            out += " " + part
    return out


def directions(paragraph_texts: list[str]) -> tuple[str, ...]:
    """Short paragraphs and list items of a document: candidate names of sections."""
    out = []
    for text in paragraph_texts:
        t = strip_numbering(text.strip().lstrip("-–—•·* ").strip()).rstrip(" ,;.:")
        if 3 <= len(t) <= 300:
            out.append(t)
    return tuple(out)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _near_direction(name: str, ctx: Ctx) -> str | None:
    """The one direction name written almost like `name` (a letter or two lost or changed)."""
    if len(name) < NEAR_MIN_LEN:
        return None
    key = norm(name)
    near = {
        _capital(c)
        for c in ctx.directions
        if abs(len(c) - len(name)) * 10 < len(name)
        and norm(c) != key
        and fuzz.ratio(norm(c), key) >= NEAR_RATIO
    }
    return near.pop() if len(near) == 1 else None


def repair_section(parts: list[str], ctx: Ctx, used: list[str]) -> tuple[str, str]:
    """A section name from cell fragments, repaired against the document's own direction names.

    Returns (name, how): how is "ok", "repaired" or "unsure".
    """
    parts = [flat(p) for p in parts if _LETTER.search(p) and numbering(p.strip()) != p.strip()]
    joined = strip_numbering(join_fragments(parts)).rstrip(" :;")
    joined = ctx.vocab.section_label.sub("", joined, count=1) or joined
    if len(parts) < 2 and not joined[:1].islower():
        near = _near_direction(joined, ctx)
        return (near, "repaired") if near else (joined, "ok")
    full, head, last = norm(joined), norm(strip_numbering(parts[0])), norm(parts[-1])
    first_word = full.split(" ")[0]
    rest = full[len(first_word) :].strip()
    hits: list[str] = []
    for cand in ctx.directions:
        c = norm(cand)
        if len(parts) > 1 and c.startswith(head) and c.endswith(last) and len(c) >= len(full) - 2:
            hits.append(_capital(cand))  # the middle was lost between cells
        elif c.endswith(full) or (len(first_word) >= 4 and c.endswith(first_word)):
            hits.append(_capital(cand if c.endswith(full) else f"{cand} {rest}".strip()))
        elif len(head) >= 5 and head in c and " " not in head and rest and rest not in c:
            # a word missing its first letters, maybe with letters doubled at a cell border
            hits.append(_capital(f"{cand} {rest}"))
    fresh = [h for h in dict.fromkeys(hits) if not any(norm(u) == norm(h) for u in used)]
    if len(fresh) == 1:
        return fresh[0], "ok" if norm(fresh[0]) == full else "repaired"
    return _capital(joined), "unsure"


def section_names(rows: list[tuple[GridRow, list[str]]], ctx: Ctx) -> dict[int, str]:
    """Section names by row position: intact titles first, so that a garbled one is repaired
    only against the document's direction names not already taken by another section."""
    names: dict[int, str] = {}
    garbled = []
    for row, parts in rows:
        name, how = repair_section(parts, ctx, [])
        if how == "ok":
            names[row.pos] = name
        else:
            garbled.append((row, parts))
    for row, parts in garbled:
        name, how = repair_section(parts, ctx, list(names.values()))
        names[row.pos] = name
        # a unique repair is certain enough for the trace; an unrepaired title is a warning
        ctx.note(f"section_{how}", f"{ctx.where(row)}: section title {name!r}")
        if how == "unsure":
            ctx.warnings.append(f"section title at {ctx.where(row)} garbled, kept as {name!r}")
    return names
