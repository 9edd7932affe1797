"""`roadmaps export [--db FILE] --format csv|parquet|xlsx --out DIR`: tables and views to files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.ru import DB_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help=DB_HELP)
    p.add_argument("--format", choices=("csv", "parquet", "xlsx"), required=True,
                   help="формат файлов")
    p.add_argument("--out", type=Path, required=True,
                   help="папка для файлов (csv, parquet: по файлу на таблицу; xlsx: roadmaps.xlsx)")
    p.add_argument("--excel", action="store_true",
                   help="csv для Excel: UTF-8 с BOM, разделитель ';', русские заголовки и значения")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from pipelines.store_open import open_store, write_error
    from store.export import export_copy, export_csv_excel, export_xlsx

    con = open_store(args.db)
    if con is None:
        return 2
    try:
        with con:
            if args.format == "xlsx":
                path, notes = export_xlsx(con, args.out / "roadmaps.xlsx")
                files = [path]
                for n in notes:
                    print(f"roadmaps: предупреждение: {n}", file=sys.stderr)
            elif args.format == "csv" and args.excel:
                files = export_csv_excel(con, args.out)
            else:
                files = export_copy(con, args.out, args.format)
    except (OSError, duckdb.IOException) as exc:
        print(f"roadmaps: {args.out}: не удалось записать: {write_error(exc)}", file=sys.stderr)
        return 2
    print(f"записано файлов: {len(files)} → {args.out}")
    return 0
