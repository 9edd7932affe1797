"""The blind set's data table (samples/blind3/data.yaml) and the expected records made from it.

Shared by the printing modules (blind3_text.py, blind3_office.py) and make_blind3_samples.py.
An expected record is built from the same entry the document is printed from: every text it
holds is the text the page prints (capitals put into normal case where the CONTRACT says so).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
DATA = HERE / "blind3" / "data.yaml"

Doc = dict[str, Any]


@dataclass
class Sources:
    """Where each activity and indicator was printed (key: its title or name)."""

    items: dict[str, dict[str, int | None]] = field(default_factory=dict)

    def add(self, key: str, page: int | None = None, table: int | None = None,
            row: int | None = None, line: int | None = None) -> None:
        """Record the place of one item."""
        self.items[key] = {"page": page, "table": table, "row": row, "line": line}

    def of(self, key: str) -> dict[str, int | None]:
        """The place of one item (all null when it was not recorded)."""
        return self.items.get(key, {"page": None, "table": None, "row": None, "line": None})


_DEADLINE = {"text", "start", "end", "recurrence"}


def load(path: Path = DATA) -> list[Doc]:
    """The documents of the data table (a deadline with other keys than its four is a typo,
    such as an unquoted comma in a YAML flow mapping)."""
    docs = list(yaml.safe_load(path.read_text(encoding="utf-8"))["documents"])
    for doc in docs:
        if "title_lines" in doc and " ".join(doc["title_lines"]) != doc["title"]:
            raise ValueError(f"{doc['file']}: title_lines do not print the title")
        for _, act in activities(doc):
            if set(act["deadline"]) != _DEADLINE:
                raise ValueError(f"{doc['file']}: {act['title']}: deadline {act['deadline']}")
    return docs


def activities(doc: Doc) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(section, activity) pairs in printing order."""
    return [(sec, act) for sec in doc.get("sections", []) for act in sec["activities"]]


def section_label(sec: dict[str, Any]) -> str:
    """A section row as printed: its mark ("I.", "1.") before its title."""
    return f"{sec['mark']} {sec['title']}" if sec.get("mark") else sec["title"]


def number(value: float) -> str:
    """A value as Russian tables print it: decimal comma, no trailing zeros."""
    text = f"{value:g}"
    return text.replace(".", ",")


def _activity(sec: dict[str, Any], act: dict[str, Any], src: Sources) -> dict[str, Any]:
    target = act.get("target")
    return {
        "number": act.get("number"),
        "section": sec.get("title"),
        "title": act["title"],
        "deadline": dict(act["deadline"]),
        "responsibles": list(act["responsibles"]),
        "result": act.get("result"),
        "target": {"op": target[0], "value": target[1], "unit": target[2]} if target else None,
        "status": dict(act["status"]) if act.get("status") else None,
        "source": src.of(act["title"]),
    }


def indicator_values(doc: Doc, ind: dict[str, Any]) -> list[dict[str, Any]]:
    """Base value (a fact of the base year), then plan and fact values by year."""
    out: list[dict[str, Any]] = []
    if ind.get("base") is not None:
        out.append({"year": doc["base_year"], "kind": "fact", "value": ind["base"]})
    years = doc.get("years") or [doc["report_year"]]
    for kind in ("plan", "fact"):
        for year, value in zip(years, ind.get(kind) or [], strict=False):
            if value is not None:
                out.append({"year": year, "kind": kind, "value": value})
    return out


def _indicator(doc: Doc, ind: dict[str, Any], src: Sources) -> dict[str, Any]:
    return {"number": ind.get("number"), "section": ind.get("section"), "name": ind["name"],
            "unit": ind.get("unit"), "values": indicator_values(doc, ind),
            "source": src.of(ind["name"])}


def _document(doc: Doc) -> dict[str, Any]:
    order = doc.get("order")
    period = doc.get("period")
    return {
        "kind": doc["kind"], "title": doc["title"], "municipality": doc["municipality"],
        "region": doc.get("region"), "issuer": doc.get("issuer"),
        "order": ({"number": order["number"], "date": order["date"],
                   "act_type": order.get("act_type")} if order else None),
        "period": {"start_year": period[0], "end_year": period[1]} if period else None,
        "signatories": [{"name": s["name"], "position": s["position"]}
                        for s in doc.get("signatories", [])],
    }


def record(doc: Doc, path: Path, pages: int | None, src: Sources) -> dict[str, Any]:
    """The expected record of the printed document at `path`."""
    fmt = path.suffix.lstrip(".")
    return {
        "schema_version": "1",
        "source": {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                   "format": fmt, "pages": pages},
        "document": _document(doc),
        "goals": list(doc.get("goals", [])),
        "tasks": list(doc.get("tasks", [])),
        "activities": [_activity(sec, act, src) for sec, act in activities(doc)],
        "indicators": [_indicator(doc, ind, src) for ind in doc.get("indicators", [])],
        "warnings": [],
    }


def write_record(rec: dict[str, Any], folder: Path) -> Path:
    """folder/<stem>.json."""
    out = folder / f"{Path(rec['source']['file']).stem}.json"
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def numbered(items: list[str]) -> str:
    """Tasks as a passport prints them: "1. Task." on a line each."""
    return "\n".join(f"{i}. {item}." for i, item in enumerate(items, start=1))


def caps_signature(sig: dict[str, str]) -> tuple[str, str]:
    """A signature printed in capitals: position, and the name with no space after initials."""
    return sig["position"].upper(), sig["name"].replace(" ", "").upper()
