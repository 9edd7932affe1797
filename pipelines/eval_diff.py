"""Mismatches of an extraction record against its expected record (`roadmaps evaluate --diff`).

Scoring (eval_score.py, eval_record.py) produces them as records; they are rendered only at
the end: in Russian for people (`ru`, the table of `evaluate --diff`, the review page) and in
the stable English machine form that `evaluate --format json` has always carried (`machine`).
The review page places its marks from the records themselves (item kind and index of the
extracted item), never from text. Field names and codes stay as they are in both forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# kinds: a compared field whose values differ (one side may be empty), or a member of a list
# (activities, responsibles, goals, signatories, indicator values …) not found / extra
DIFFERS, MISSING, UNEXPECTED = "differs", "missing", "unexpected"
ITEM_RU = {"activity": "мероприятие", "indicator": "показатель"}
DONE_RU = {True: "выполнено", False: "не выполнено", None: "без отметки"}
VALUE_KIND_RU = {"plan": "план", "fact": "факт"}


@dataclass(frozen=True)
class Mismatch:
    """One mismatch: `field` as scored (document.title, deadline.end, responsibles, activities,
    title / name of a paired item's wording, values …), what was expected and what was
    extracted (None: nothing), and, for a field of an activity or indicator, the item's kind,
    its label in the expected record (number or short name) and the 0-based index of the
    extracted item it concerns (None when no extracted item does: a missing one)."""

    field: str
    kind: str = DIFFERS
    expected: Any = None
    got: Any = None
    item: str | None = None
    label: str | None = None
    index: int | None = None
    owner: str | None = None  # a signatory's name, for document.signatories.position

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form of the record."""
        return {"field": self.field, "kind": self.kind, "expected": _plain(self.expected),
                "got": _plain(self.got), "item": self.item, "label": self.label,
                "index": self.index, "owner": self.owner}


@dataclass(frozen=True)
class ThemeMismatch:
    """Two indicators of different samples whose themes disagree: extracted with one theme
    though expected apart (`together`), or expected with one theme but extracted apart. The
    theme codes are (first, second); None: no theme."""

    first: str
    second: str
    together: bool
    expected: tuple[str | None, str | None]
    got: tuple[str | None, str | None]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form of the record."""
        return {"field": "themes", "first": self.first, "second": self.second,
                "together": self.together, "expected": list(self.expected),
                "got": list(self.got)}


def _plain(v: Any) -> Any:
    return [_plain(x) for x in v] if isinstance(v, tuple | list) else v


def _num(x: Any) -> str:
    """A number as the Russian output writes it: 100, 45,5."""
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x).replace(".", ",")


def show(field: str, v: Any) -> str:
    """A value as people read it: texts quoted as Python writes them (visible edges), targets,
    statuses, periods, plan/fact values and signatories in words."""
    if field == "target":
        op, value, unit = v
        return f"{op} {_num(value)}{' ' + unit if unit else ''}"
    if field == "status":
        done, years = v
        return DONE_RU.get(done, str(done)) + (f" ({', '.join(map(str, years))})" if years else "")
    if field == "document.period":
        return "–".join("?" if y is None else str(y) for y in v)
    if field == "values":
        year, kind, value = v
        return f"{year} {VALUE_KIND_RU.get(kind, kind)} {'—' if value is None else _num(value)}"
    if field == "document.signatories":
        pos = v.get("position")
        return repr(v.get("name")) + (f" ({pos})" if pos else "")
    return repr(v)


def _where_ru(m: Mismatch) -> str:
    if m.item is None or m.label is None:  # a document field, or an item of a top-level list
        return ""
    return f"{ITEM_RU.get(m.item, m.item)} {m.label!r}: "


def _theme(code: str | None) -> str:
    return "нет" if code is None else code


def _theme_ru(m: ThemeMismatch) -> str:
    pair = f"themes: {m.first!r} и {m.second!r}: "
    if m.together:
        return (pair + f"получили одну тему {_theme(m.got[0])}, в эталоне "
                f"{_theme(m.expected[0])} / {_theme(m.expected[1])}")
    return (pair + f"в эталоне одна тема {_theme(m.expected[0])}, получено "
            f"{_theme(m.got[0])} / {_theme(m.got[1])}")


def ru(m: Mismatch | ThemeMismatch) -> str:
    """The Russian line of a mismatch: "document.title: ожидалось 'А', получено 'Б'",
    "мероприятие '3': responsibles: не найдено: 'ИМЦ'", "activities: лишнее: '…'"."""
    if isinstance(m, ThemeMismatch):
        return _theme_ru(m)
    head = f"{_where_ru(m)}{m.field}: "
    if m.owner:  # document.signatories.position of one signatory
        head = f"document.signatories: {m.owner!r}: position: "
    if m.kind == MISSING:
        return f"{head}не найдено: {show(m.field, m.expected)}"
    if m.kind == UNEXPECTED:
        return f"{head}лишнее: {show(m.field, m.got)}"
    if m.expected is None:
        return f"{head}ничего не ожидалось, получено {show(m.field, m.got)}"
    if m.got is None:
        return f"{head}ожидалось {show(m.field, m.expected)}, ничего не получено"
    return f"{head}ожидалось {show(m.field, m.expected)}, получено {show(m.field, m.got)}"


def _where_en(m: Mismatch) -> str:
    return f"{m.item} {m.label!r}: " if m.item and m.label is not None else ""


def _theme_machine(m: ThemeMismatch) -> str:
    pair = f"themes: {m.first!r} and {m.second!r} "
    if m.together:
        return pair + f"share {m.got[0]}, expected {m.expected[0]} / {m.expected[1]}"
    return pair + f"should share {m.expected[0]}, got {m.got[0]} / {m.got[1]}"


def machine(m: Mismatch | ThemeMismatch) -> str:
    """The stable English form of `evaluate --format json` (as it was before the Russian
    lines): "document.title: expected 'A', got 'B'", "activities: missing '…'" …"""
    if isinstance(m, ThemeMismatch):
        return _theme_machine(m)
    if m.field in ("title", "name") and m.item:  # a paired item's wording
        return f"{m.item} wording: expected {m.expected!r}, got {m.got!r}"
    if m.owner:
        return (f"document.signatories: {m.owner}: position expected {m.expected!r}, "
                f"got {m.got!r}")
    if m.field == "values":
        v = m.expected if m.kind == MISSING else m.got
        return f"{_where_en(m)}value {m.kind} {v}"
    if m.kind in (MISSING, UNEXPECTED):
        v = m.expected if m.kind == MISSING else m.got
        return f"{_where_en(m)}{m.field}: {m.kind} {v!r}"
    exp = "nothing" if m.expected is None else repr(m.expected)
    got = "nothing" if m.got is None else repr(m.got)
    return f"{_where_en(m)}{m.field}: expected {exp}, got {got}"
