"""`roadmaps retheme --db FILE [--themes FILE]`: decide the themes of every stored indicator
again — after a taxonomy update, or with a user's themes and overrides file — without
re-parsing any document; then rebuild the derived tables (clusters, plan vs fact).
Exit: 0 done, 2 the database or the themes file cannot be used."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.ru import DB_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help=DB_HELP)
    p.add_argument("--themes", type=Path, metavar="FILE",
                   help="YAML-файл своих тем и правил (шаблон названия → тема)")


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
        print(f"roadmaps: {args.db}: нет такой базы (сначала выполните `roadmaps ingest`)",
              file=sys.stderr)
        return 2
    try:
        con = connect(args.db, create=False)
    except (duckdb.Error, OSError, RuntimeError) as exc:
        print(f"roadmaps: {args.db}: не удалось открыть базу: {first_line(exc)}",
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
    print(f"показателей: {total}, тема изменилась у {changed}; с темой: {themed[0]} "
          f"(тем: {themed[1]}), групп похожих названий без темы: {counts['theme_clusters']} "
          f"→ {args.db}")
    print(f"дальше: roadmaps compare themes --db {args.db}")
    return 0
