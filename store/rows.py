"""Record ↔ rows: the rows and columns of each table, and the Record rebuilt from rows.

Pure functions (no database): store/load.py moves these tables in and out of DuckDB.
"""

from __future__ import annotations

from datetime import date
from itertools import zip_longest
from typing import Any

from normalize.models import (
    Activity,
    Deadline,
    DocumentFacts,
    Indicator,
    IndicatorValue,
    OrderRef,
    Party,
    Period,
    Record,
    Signatory,
    SourceInfo,
    SourceRef,
    Status,
    Target,
    Theme,
)
from store.identity import doc_key

_I = "INTEGER"
_S = "VARCHAR"
_SRC = [("src_page", _I), ("src_table", _I), ("src_row", _I), ("src_line", _I)]

# Columns (name, DuckDB type) of the per-document child tables, as store/bulk.py writes them.
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "document_texts": [("kind", _S), ("ordinal", _I), ("text", _S)],
    "signatories": [("ordinal", _I), ("name", _S), ("position", _S)],
    "activities": [
        ("ordinal", _I), ("number", _S), ("section", _S), ("title", _S), ("key", _S),
        ("type", _S), ("deadline_text", _S), ("deadline_start", "DATE"),
        ("deadline_end", "DATE"), ("recurrence", _S), ("result", _S),
        ("target_op", _S), ("target_value", "DOUBLE"), ("target_unit", _S),
        ("status_text", _S), ("status_done", "BOOLEAN"), ("status_years", "INTEGER[]"),
        *_SRC, ("type_label", _S),
    ],
    "activity_responsibles": [
        ("activity_ordinal", _I), ("ordinal", _I), ("text", _S), ("party_text", _S),
        ("org", _S), ("role", _S), ("person", _S),
    ],
    "indicators": [
        ("ordinal", _I), ("number", _S), ("section", _S), ("name", _S), ("key", _S),
        ("unit", _S), *_SRC, ("theme_code", _S), ("theme_label", _S), ("theme_source", _S),
    ],
    "indicator_values": [
        ("indicator_ordinal", _I), ("ordinal", _I), ("year", _I), ("kind", _S),
        ("value", "DOUBLE"),
    ],
    "warnings": [("ordinal", _I), ("text", _S)],
}


def _date(text: str | None) -> date | None:
    """ISO date → date; the CONTRACT promises ISO, so anything else is a bug upstream."""
    return date.fromisoformat(text) if text else None


def _src(s: SourceRef) -> dict[str, Any]:
    return {"src_page": s.page, "src_table": s.table, "src_row": s.row, "src_line": s.line}


def _activity_row(n: int, a: Activity) -> dict[str, Any]:
    d, t, s = a.deadline, a.target, a.status
    return {
        "ordinal": n, "number": a.number, "section": a.section, "title": a.title,
        "key": a.key, "type": a.type,
        "deadline_text": d.text if d else None,
        "deadline_start": _date(d.start) if d else None,
        "deadline_end": _date(d.end) if d else None,
        "recurrence": d.recurrence if d else None,
        "result": a.result,
        "target_op": t.op if t else None, "target_value": t.value if t else None,
        "target_unit": t.unit if t else None,
        "status_text": s.text if s else None, "status_done": s.done if s else None,
        "status_years": list(s.years) if s else None,
        **_src(a.source), "type_label": a.type_label,
    }


def _party_rows(n: int, a: Activity) -> list[dict[str, Any]]:
    rows = []
    for i, (text, party) in enumerate(zip_longest(a.responsibles, a.parties), start=1):
        rows.append({
            "activity_ordinal": n, "ordinal": i, "text": text,
            "party_text": party.text if party else None,
            "org": party.org if party else None,
            "role": party.role if party else None,
            "person": party.person if party else None,
        })
    return rows


def child_rows(rec: Record) -> dict[str, list[dict[str, Any]]]:
    """Rows of every child table for one record (without document_id)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    for kind, texts in (("goal", rec.goals), ("task", rec.tasks)):
        rows["document_texts"] += [
            {"kind": kind, "ordinal": i, "text": t} for i, t in enumerate(texts, start=1)
        ]
    rows["signatories"] = [
        {"ordinal": i, "name": s.name, "position": s.position}
        for i, s in enumerate(rec.document.signatories, start=1)
    ]
    for n, a in enumerate(rec.activities, start=1):
        rows["activities"].append(_activity_row(n, a))
        rows["activity_responsibles"] += _party_rows(n, a)
    for n, ind in enumerate(rec.indicators, start=1):
        rows["indicators"].append({
            "ordinal": n, "number": ind.number, "section": ind.section, "name": ind.name,
            "key": ind.key, "unit": ind.unit, **_src(ind.source),
            "theme_code": ind.theme.code if ind.theme else None,
            "theme_label": ind.theme.label if ind.theme else None,
            "theme_source": ind.theme_source,
        })
        rows["indicator_values"] += [
            {"indicator_ordinal": n, "ordinal": i, "year": v.year, "kind": v.kind,
             "value": v.value}
            for i, v in enumerate(ind.values, start=1)
        ]
    rows["warnings"] = [{"ordinal": i, "text": w} for i, w in enumerate(rec.warnings, start=1)]
    return rows


def document_row(rec: Record) -> dict[str, Any]:
    """The columns of `documents` that come from the record (doc_key: store/identity.py)."""
    d = rec.document
    row: dict[str, Any] = {
        "file": rec.source.file, "sha256": rec.source.sha256, "format": rec.source.format,
        "pages": rec.source.pages, "kind": d.kind, "title": d.title,
        "municipality": d.municipality, "region": d.region, "issuer": d.issuer,
        "order_number": d.order.number if d.order else None,
        "order_date": _date(d.order.date) if d.order else None,
        "order_act_type": d.order.act_type if d.order else None,
        "period_start": d.period.start_year if d.period else None,
        "period_end": d.period.end_year if d.period else None,
        "has_order": d.order is not None, "has_period": d.period is not None,
        "schema_version": rec.schema_version,
    }
    row["doc_key"] = doc_key(row)
    return row


# ---- rows → Record ---------------------------------------------------------------------


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _ref(r: dict[str, Any]) -> SourceRef:
    return SourceRef(page=r["src_page"], table=r["src_table"], row=r["src_row"],
                     line=r["src_line"])


def _activity(r: dict[str, Any], parties: list[dict[str, Any]]) -> Activity:
    deadline = None
    if r["deadline_text"] is not None:
        deadline = Deadline(text=r["deadline_text"], start=_iso(r["deadline_start"]),
                            end=_iso(r["deadline_end"]), recurrence=r["recurrence"])
    target = None
    if r["target_op"] is not None:
        target = Target(op=r["target_op"], value=r["target_value"], unit=r["target_unit"])
    status = None
    if r["status_text"] is not None:
        status = Status(text=r["status_text"], done=r["status_done"],
                        years=list(r["status_years"] or []))
    return Activity(
        number=r["number"], section=r["section"], title=r["title"], deadline=deadline,
        responsibles=[p["text"] for p in parties if p["text"] is not None],
        result=r["result"], target=target, status=status, source=_ref(r),
        key=r["key"], type=r["type"], type_label=r.get("type_label"),
        parties=[Party(text=p["party_text"], org=p["org"], role=p["role"], person=p["person"])
                 for p in parties if p["party_text"] is not None],
    )


def _theme(r: dict[str, Any]) -> Theme | None:
    code = r.get("theme_code")
    return Theme(code=code, label=r.get("theme_label") or code) if code else None


def _document(doc: dict[str, Any], signatories: list[dict[str, Any]]) -> DocumentFacts:
    order = (OrderRef(number=doc["order_number"], date=_iso(doc["order_date"]),
                      act_type=doc.get("order_act_type"))
             if doc["has_order"] else None)
    period = (Period(start_year=doc["period_start"], end_year=doc["period_end"])
              if doc["has_period"] else None)
    return DocumentFacts(
        kind=doc["kind"], title=doc["title"], municipality=doc["municipality"],
        region=doc["region"], issuer=doc["issuer"], order=order, period=period,
        signatories=[Signatory(name=s["name"], position=s["position"]) for s in signatories],
    )


def _group(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def record_from_rows(doc: dict[str, Any], tables: dict[str, list[dict[str, Any]]]) -> Record:
    """Rebuild the Record from a `documents` row and its child rows (each sorted by ordinal)."""
    parties = _group(tables["activity_responsibles"], "activity_ordinal")
    values = _group(tables["indicator_values"], "indicator_ordinal")
    texts = _group(tables["document_texts"], "kind")
    return Record(
        schema_version=doc["schema_version"],
        source=SourceInfo(file=doc["file"], sha256=doc["sha256"], format=doc["format"],
                          pages=doc["pages"]),
        document=_document(doc, tables["signatories"]),
        goals=[t["text"] for t in texts.get("goal", [])],
        tasks=[t["text"] for t in texts.get("task", [])],
        activities=[_activity(a, parties.get(a["ordinal"], [])) for a in tables["activities"]],
        indicators=[
            Indicator(number=i["number"], section=i["section"], name=i["name"], unit=i["unit"],
                      key=i["key"], source=_ref(i),
                      values=[IndicatorValue(year=v["year"], kind=v["kind"], value=v["value"])
                              for v in values.get(i["ordinal"], [])],
                      theme=_theme(i), theme_source=i.get("theme_source"))
            for i in tables["indicators"]
        ],
        warnings=[w["text"] for w in tables["warnings"]],
    )
