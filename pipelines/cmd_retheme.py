"""`roadmaps retheme --db FILE [--themes FILE]`: decide the themes of every stored indicator
again — after a taxonomy update, or with a user's themes and overrides file — without
re-parsing any document; then rebuild the derived tables (clusters, plan vs fact).
Exit: 0 done, 2 the database or the themes file cannot be used."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help="DuckDB file (default: roadmaps.duckdb)")
    p.add_argument("--themes", type=Path, metavar="FILE",
                   help="YAML file of your own themes and overrides (name pattern → theme)")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from normalize.theme_vocab import ThemeDataError
    from pipelines.store_open import first_line
    from pipelines.themes_apply import load_matcher, retheme_store
    from store.db import connect
    from store.link import refresh

    try:
        matcher = load_matcher(args.themes)
    except ThemeDataError as exc:
        print(f"roadmaps: {exc}", file=sys.stderr)
        return 2
    if not args.db.exists():
        print(f"roadmaps: {args.db}: no such database (run `roadmaps ingest` first)",
              file=sys.stderr)
        return 2
    try:
        con = connect(args.db, create=False)
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {args.db}: cannot open the database: {first_line(exc)}",
              file=sys.stderr)
        return 2
    trace: list[str] | None = [] if args.debug else None
    with con:
        total, changed = retheme_store(con, matcher, args.themes, trace)
        counts = refresh(con)
        themed = con.execute("SELECT count(*) FILTER (theme_code IS NOT NULL), "
                             "count(DISTINCT theme_code) FROM indicators").fetchone()
    assert themed is not None
    for line in trace or ():
        print(f"rule: {line}", file=sys.stderr)
    print(f"{total} indicators: {changed} changed theme; {themed[0]} have a theme "
          f"({themed[1]} themes), {counts['theme_clusters']} clusters of similar unthemed "
          f"names → {args.db}")
    print(f"next: roadmaps compare themes --db {args.db}")
    return 0
