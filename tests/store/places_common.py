"""Shared by the tests of one municipality written in different words (test_store_same_place,
test_store_place_join): a plan placed in a town, the municipalities a view shows, and a store
left by an older schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from normalize.models import Activity, Deadline, Record
from store.db import migrations
from store.rows import document_row

GROUPED = ("v_overview", "v_indicators", "v_activity_types", "v_deadlines", "v_themes",
           "v_organizations", "v_warnings")


def placed(rec: Record, town: str, region: str | None = None) -> Record:
    """`rec` as a document of `town` (and `region`), with one warning to group."""
    doc = rec.document.model_copy(update={"municipality": town, "region": region})
    return rec.model_copy(update={"document": doc, "warnings": ["a warning"]})


def place_plan(make: Any, town: str, n: int, region: str | None = None,
               kind: str = "roadmap", **values: float) -> Record:
    """A plan of `town` with one indicator (`values`: plan_2024=…) and one activity."""
    ind = make.indicator("Доля педагогов", "доля педагог", theme="training", **values)
    act = Activity(title=f"Семинар {n}", key=f"семинар {n}", type="events",
                   deadline=Deadline(text="март 2024", start="2024-03-01", end="2024-03-31"),
                   responsibles=["ИМЦ"])
    rec = make.plan(town, [ind], [act], kind=kind, name=f"{kind}{n}.docx")
    return placed(rec, town, region)


def towns(con: duckdb.DuckDBPyConnection, view: str = "v_overview") -> list[str]:
    """The municipalities `view` shows, sorted."""
    rows = con.execute(f"SELECT DISTINCT municipality FROM {view} ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def old_store(path: Path, recs: list[Record], schema: int,
              keys: list[str] | None = None) -> None:
    """A store of `schema` (its first migrations only) holding `recs`; `keys`: the
    municipality_key each document had then (schema 7 on), none before."""
    old = duckdb.connect(str(path))
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, title VARCHAR, "
                "applied_at TIMESTAMP DEFAULT now())")
    for step in migrations()[:schema]:
        old.execute(step.sql)
        old.execute("INSERT INTO schema_version (version, title) VALUES (?, ?)",
                    [step.version, step.title])
    for i, rec in enumerate(recs, start=1):
        row = document_row(rec)
        row.update(id=i, ingested_at="2024-01-01", record=rec.model_dump_json())
        if keys is not None:
            row["municipality_key"] = keys[i - 1]
        old.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
    old.close()


def store_of(path: Path, recs: list[Record]) -> Path:
    """A store at `path` holding `recs`, its derived tables refreshed."""
    from store.db import connect
    from store.link import refresh
    from store.load import load_record

    con = connect(path)
    for rec in recs:
        load_record(con, rec)
    refresh(con)
    con.close()
    return path


def compare_json(roadmaps_cli: Callable[..., Any], db: Path, view: str,
                 *args: str) -> list[dict[str, Any]]:
    """The rows `roadmaps compare VIEW --format json` prints for `db`."""
    r = roadmaps_cli("compare", view, "--db", str(db), "--format", "json", *args)
    assert r.returncode == 0, r.stderr
    rows: list[dict[str, Any]] = json.loads(r.stdout)
    return rows
