"""Plan ↔ fact: a report's indicators and activities matched to the plans of its municipality.

Matching, per report item, among the items of the same municipality's plan documents
(kind roadmap or programme):
1. `key`: equal comparison keys (lemma keys from normalize; the lower-cased name when absent);
2. `fuzzy`: rapidfuzz token_set_ratio of the keys ≥ FUZZY_THRESHOLD, and token_sort_ratio ≥
   SUBSET_GUARD — token_set_ratio alone scores 100 whenever one key's words are a subset of
   the other's, so a two-word key would match every longer key containing those words;
3. `theme` (indicators only): the same theme (the record's, else the indicator's cluster,
   store/clusters.py) — districts and years word one indicator differently; a plan indicator
   whose unit differs from the report's is never taken (a share is not a count; without a
   unit, "Доля …" is not "Количество …"), and among several the closest key wins.
Ties go to a plan whose period covers the report's period, then to the latest loaded plan.
Only the representative of each logical document takes part (view logical_documents: a plan
stored as DOCX, PDF and text is one plan, matched once). The derived tables
(plan_fact_indicators, plan_fact_activities, organizations, indicator_clusters and the derived
rows of themes) are rebuilt from scratch by `refresh`, in one transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import duckdb
from rapidfuzz import fuzz, process

from store import clusters as clustering
from store.bulk import insert_rows
from store.db import rollback
from store.themes import derived_catalogue_rows, write_derived

PLAN_KINDS = ("roadmap", "programme")
REPORT_KIND = "report"
FUZZY_THRESHOLD = 85.0
SUBSET_GUARD = 50.0


@dataclass(frozen=True)
class Doc:
    id: int
    municipality: str
    kind: str
    period: tuple[int | None, int | None]


@dataclass
class Item:
    """An indicator or activity of one document, with what matching and output need."""

    doc: Doc
    ordinal: int
    key: str
    row: dict[str, Any]
    values: dict[tuple[str, int], float | None] = field(default_factory=dict)
    theme: str | None = None  # the record's theme code, else the indicator's cluster


@dataclass(frozen=True)
class Match:
    plan: Item | None
    method: str  # key | fuzzy | theme | none
    score: float | None


def match_key(key: str | None, text: str) -> str:
    """The string items are compared by: the stored key, else the whitespace-normalised text."""
    return key if key else re.sub(r"\s+", " ", text.lower()).strip()


def _covers(plan: Doc, report: Doc) -> bool:
    (ps, pe), (rs, re_) = plan.period, report.period
    if ps is None or rs is None:
        return False
    return ps <= rs and (re_ or rs) <= (pe or ps)


def _preference(plan: Item, report: Doc) -> tuple[bool, int]:
    return (_covers(plan.doc, report), plan.doc.id)


def find_match(item: Item, plans: list[Item], by_key: dict[str, list[Item]],
               by_theme: dict[str, list[Item]] | None = None) -> Match:
    """The plan item that `item` (of a report) corresponds to, if any."""
    same = by_key.get(item.key)
    if same:
        return Match(max(same, key=lambda p: _preference(p, item.doc)), "key", 100.0)
    if not plans:
        return Match(None, "none", None)
    found = process.extract(item.key, [p.key for p in plans], scorer=fuzz.token_set_ratio,
                            score_cutoff=FUZZY_THRESHOLD, limit=None)
    good = [(score, plans[i]) for _, score, i in found
            if fuzz.token_sort_ratio(item.key, plans[i].key) >= SUBSET_GUARD]
    if good:
        score, best = max(good, key=lambda sp: (sp[0], *_preference(sp[1], item.doc)))
        return Match(best, "fuzzy", round(float(score), 1))
    return _theme_match(item, (by_theme or {}).get(item.theme or "", []))


def _unit(item: Item) -> str | None:
    unit = item.row.get("unit")
    return " ".join(unit.lower().replace(".", " ").split()) or None if unit else None


_SHARE = re.compile(r"^\s*(?:доля|удельный вес|процент)", re.IGNORECASE)
_COUNT = re.compile(r"^\s*(?:количество|число|численность)", re.IGNORECASE)


def _measure(item: Item) -> str | None:
    """share / count as the name says it ("Доля …", "Количество …"), else None."""
    name = item.row.get("name") or ""
    return "share" if _SHARE.match(name) else "count" if _COUNT.match(name) else None


def _compatible(a: Item, b: Item) -> bool:
    """Same unit when both give one; else the names must not say share and count."""
    ua, ub = _unit(a), _unit(b)
    if ua is not None and ub is not None:
        return ua == ub
    ma, mb = _measure(a), _measure(b)
    return ma is None or mb is None or ma == mb


def _theme_match(item: Item, candidates: list[Item]) -> Match:
    """A plan indicator of the same theme and a compatible unit, the closest key first."""
    unit = _unit(item)
    fits = [p for p in candidates if _compatible(item, p)]
    if not fits:
        return Match(None, "none", None)
    best = max(fits, key=lambda p: (_unit(p) == unit, fuzz.token_sort_ratio(item.key, p.key),
                                    *_preference(p, item.doc)))
    return Match(best, "theme", round(float(fuzz.token_sort_ratio(item.key, best.key)), 1))


# ---- reading the store -------------------------------------------------------------------


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _docs(con: duckdb.DuckDBPyConnection) -> dict[int, Doc]:
    rows = con.execute(
        "SELECT id, municipality, kind, period_start, period_end FROM logical_documents "
        "WHERE municipality IS NOT NULL AND kind IN ('roadmap', 'programme', 'report')"
    ).fetchall()
    return {r[0]: Doc(r[0], r[1], r[2], (r[3], r[4])) for r in rows}


def _indicators(con: duckdb.DuckDBPyConnection, docs: dict[int, Doc]) -> list[Item]:
    items = {}
    for r in _dicts(con.execute(
            "SELECT i.*, coalesce(i.theme_code, c.cluster_id) AS link_theme FROM indicators i "
            "LEFT JOIN indicator_clusters c ON c.document_id = i.document_id "
            "AND c.indicator_ordinal = i.ordinal ORDER BY i.document_id, i.ordinal")):
        if r["document_id"] in docs:
            items[(r["document_id"], r["ordinal"])] = Item(
                docs[r["document_id"]], r["ordinal"], match_key(r["key"], r["name"]), r,
                theme=r["link_theme"])
    for d, o, year, kind, value in con.execute(
        "SELECT document_id, indicator_ordinal, year, kind, value FROM indicator_values "
        "ORDER BY document_id, indicator_ordinal, ordinal"
    ).fetchall():
        if (d, o) in items:
            items[(d, o)].values.setdefault((kind, year), value)  # first value of a year wins
    return list(items.values())


def _activities(con: duckdb.DuckDBPyConnection, docs: dict[int, Doc]) -> list[Item]:
    return [
        Item(docs[r["document_id"]], r["ordinal"], match_key(r["key"], r["title"]), r)
        for r in _dicts(con.execute("SELECT * FROM activities ORDER BY document_id, ordinal"))
        if r["document_id"] in docs
    ]


def _split(items: list[Item]) -> dict[str, tuple[list[Item], list[Item]]]:
    """municipality → (plan items, report items)."""
    out: dict[str, tuple[list[Item], list[Item]]] = defaultdict(lambda: ([], []))
    for it in items:
        plans, reports = out[it.doc.municipality]
        (reports if it.doc.kind == REPORT_KIND else plans).append(it)
    return out


def _index(plans: list[Item]) -> dict[str, list[Item]]:
    by_key: dict[str, list[Item]] = defaultdict(list)
    for p in plans:
        by_key[p.key].append(p)
    return by_key


def _theme_index(plans: list[Item]) -> dict[str, list[Item]]:
    by_theme: dict[str, list[Item]] = defaultdict(list)
    for p in plans:
        if p.theme:
            by_theme[p.theme].append(p)
    return by_theme


# ---- plan vs fact rows -------------------------------------------------------------------


def _pct(plan: float | None, fact: float | None) -> float | None:
    return None if plan in (None, 0) or fact is None else fact / plan * 100


def indicator_rows(items: list[Item]) -> list[dict[str, Any]]:
    """One row per report indicator and year it has a value for, with the plan's value."""
    rows = []
    for municipality, (plans, reports) in sorted(_split(items).items()):
        by_key, by_theme = _index(plans), _theme_index(plans)
        for rep in reports:
            m = find_match(rep, plans, by_key, by_theme)
            years = sorted({y for (_, y) in rep.values})
            for year in years:
                plan = m.plan.values.get(("plan", year)) if m.plan else None
                if plan is None:
                    plan = rep.values.get(("plan", year))
                fact = rep.values.get(("fact", year))
                rows.append({
                    "municipality": municipality,
                    "report_document_id": rep.doc.id, "report_indicator": rep.ordinal,
                    "plan_document_id": m.plan.doc.id if m.plan else None,
                    "plan_indicator": m.plan.ordinal if m.plan else None,
                    "match": m.method, "score": m.score, "indicator_key": rep.key,
                    "name": (m.plan or rep).row["name"], "report_name": rep.row["name"],
                    "unit": (m.plan.row["unit"] if m.plan else None) or rep.row["unit"],
                    "year": year, "plan_value": plan, "fact_value": fact,
                    "fulfilment_pct": _pct(plan, fact), "theme_code": rep.theme,
                })
    return rows


def _activity_row(municipality: str, plan: Item | None, rep: Item | None, method: str,
                  score: float | None) -> dict[str, Any]:
    main = plan or rep
    assert main is not None
    status = rep.row if rep else {}
    return {
        "municipality": municipality,
        "plan_document_id": plan.doc.id if plan else None,
        "plan_activity": plan.ordinal if plan else None,
        "report_document_id": rep.doc.id if rep else None,
        "report_activity": rep.ordinal if rep else None,
        "match": method, "score": score, "number": main.row["number"],
        "activity_key": main.key, "title": main.row["title"],
        "report_title": rep.row["title"] if rep else None,
        "deadline_text": main.row["deadline_text"], "deadline_end": main.row["deadline_end"],
        "status_text": status.get("status_text"), "status_done": status.get("status_done"),
        "status_years": status.get("status_years"),
    }


def activity_rows(items: list[Item]) -> list[dict[str, Any]]:
    """Report activities with their plan activity, then plan activities no report mentions.

    Only municipalities with at least one report appear: without a report there is no fact.
    """
    rows = []
    for municipality, (plans, reports) in sorted(_split(items).items()):
        if not reports:
            continue
        by_key = _index(plans)
        seen: set[tuple[int, int]] = set()
        for rep in reports:
            m = find_match(rep, plans, by_key)
            if m.plan:
                seen.add((m.plan.doc.id, m.plan.ordinal))
            rows.append(_activity_row(municipality, m.plan, rep, m.method, m.score))
        rows += [_activity_row(municipality, p, None, "unreported", None)
                 for p in plans if (p.doc.id, p.ordinal) not in seen]
    return rows


# ---- refresh -----------------------------------------------------------------------------

_ORGANIZATIONS = """
INSERT INTO organizations
SELECT coalesce(r.org, r.party_text, r.text) AS key,
       list_sort(list(DISTINCT coalesce(r.text, r.party_text))) AS names,
       count(DISTINCT (r.document_id, r.activity_ordinal)) AS activities,
       count(DISTINCT r.document_id) AS documents,
       list_sort(coalesce(list(DISTINCT d.municipality)
                          FILTER (WHERE d.municipality IS NOT NULL), [])) AS municipalities
FROM activity_responsibles r JOIN logical_documents d ON d.id = r.document_id
WHERE coalesce(r.org, r.party_text, r.text) IS NOT NULL
GROUP BY 1
"""


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    insert_rows(con, table, rows)


# Bump when the matching rules change: stores built by older rules then count as stale.
LINK_VERSION = "link-5"  # link-5: irregular adjectives ("Орёл" / "Орловский городской округ")
STATE_NAME = "plan_fact"

_CHECKSUM = """
SELECT md5(? || coalesce(string_agg(id || ':' || sha256 || ':' || coalesce(doc_key, ''), ','
                                    ORDER BY id), '')
           || (SELECT coalesce(string_agg(document_id || ':' || ordinal || ':'
                                          || coalesce(theme_code, ''), ','
                                          ORDER BY document_id, ordinal), '')
               FROM indicators WHERE theme_code IS NOT NULL)
           || (SELECT coalesce(string_agg(code, ',' ORDER BY code), '') FROM themes
               WHERE source IN ('taxonomy', 'user')))
FROM documents
"""


def documents_checksum(con: duckdb.DuckDBPyConnection) -> str:
    """What the derived tables depend on: every document's id, bytes and logical document
    (their child rows are written in the same transaction), the indicators' themes and the
    catalogue (`roadmaps retheme` changes them without touching documents), and the matching
    rules."""
    row = con.execute(_CHECKSUM, [LINK_VERSION]).fetchone()
    assert row is not None
    return str(row[0])


def is_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the derived tables were built from the documents as they are now."""
    row = con.execute("SELECT checksum FROM derived_state WHERE name = ?",
                      [STATE_NAME]).fetchone()
    return row is not None and row[0] == documents_checksum(con)


def ensure_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the derived tables if the documents changed since they were built (an ingest
    killed before its refresh, a store written by load_record alone); True if rebuilt."""
    if is_fresh(con):
        return False
    refresh(con)
    return True


# What refresh writes (themes: its derived rows, beside the taxonomy's and a user's).
DERIVED_TABLES = ("organizations", "plan_fact_indicators", "plan_fact_activities",
                  "indicator_clusters", "themes")


def refresh_in_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the derived tables as temporary copies of this connection, which shadow the
    stored ones: a store opened read-only whose derived tables are stale (an ingest killed
    before its refresh) still compares right, and nothing is written to the file."""
    row = con.execute("SELECT current_database()").fetchone()
    assert row is not None
    stored = f'"{row[0]}".main'
    for table in DERIVED_TABLES:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {stored}.{table}")
    con.execute("CREATE OR REPLACE TEMP TABLE derived_state (name VARCHAR PRIMARY KEY, "
                "checksum VARCHAR NOT NULL, refreshed_at TIMESTAMP NOT NULL)")
    refresh(con)


def refresh(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild the derived tables from the stored documents; return their row counts.

    The tables and the checksum they were built from are written in one transaction."""
    checksum = documents_checksum(con)
    docs = _docs(con)
    members, labels = clustering.rows(clustering.build(clustering.unthemed(con)))
    act = activity_rows(_activities(con, docs))
    con.begin()
    try:
        for table in ("organizations", "plan_fact_indicators", "plan_fact_activities",
                      "indicator_clusters"):
            con.execute(f"DELETE FROM {table}")
        con.execute(_ORGANIZATIONS)
        _insert(con, "indicator_clusters", members)
        write_derived(con, derived_catalogue_rows(con, labels))
        ind = indicator_rows(_indicators(con, docs))
        _insert(con, "plan_fact_indicators", ind)
        _insert(con, "plan_fact_activities", act)
        con.execute("INSERT OR REPLACE INTO derived_state VALUES (?, ?, now())",
                    [STATE_NAME, checksum])
        con.commit()
    except BaseException:
        rollback(con)
        raise
    orgs = con.execute("SELECT count(*) FROM organizations").fetchone()
    return {"organizations": int(orgs[0]) if orgs else 0,
            "plan_fact_indicators": len(ind), "plan_fact_activities": len(act),
            "theme_clusters": len(labels)}
