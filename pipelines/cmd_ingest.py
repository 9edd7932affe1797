"""`roadmaps ingest PATH... [--db FILE] [--workers N] [--timeout S] [--no-ocr]`: import files and
folders into DuckDB (the work itself: pipelines/batch.py).

Exit: 0 all loaded or unchanged, 1 some failed (the rest are stored), 2 nothing could run or
the database could not be written (a full disk).

This module imports the standard library only: the parser workers' server, which loads the
stages and the models, starts before this process imports DuckDB, pydantic and the store, so
on a second core the two start-ups overlap.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipelines.batch_server import default_workers, start_server
from pipelines.batch_walk import collect_files
from pipelines.ru import THEMES_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="файлы или папки (в папках ищутся файлы известных форматов, со вложенными)")
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help="файл DuckDB (по умолчанию roadmaps.duckdb в текущей папке)")
    p.add_argument("--workers", type=int, default=default_workers(),
                   help="число процессов разбора (по умолчанию — по числу ядер)")
    p.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                   help="бросить файл, если он читается дольше (по умолчанию 600; 0 — без предела)")
    p.add_argument("--no-ocr", action="store_true",
                   help="не распознавать сканированные страницы PDF (без текстового слоя) "
                        "Tesseract'ом: такие файлы сразу дают ошибку, а не читаются секунды "
                        "на страницу")
    p.add_argument("--themes", type=Path, metavar="FILE",
                   help=THEMES_HELP)
    p.add_argument("--strict", action="store_true",
                   help="отказываться от файлов без распознанного содержимого (нет мероприятий, "
                        "показателей, вида или названия документа), а не сохранять их с "
                        "предупреждением")
    p.add_argument("--prune", action="store_true",
                   help="удалить из базы документы, чьих файлов больше нет в указанных папках")


def run(args: argparse.Namespace) -> int:
    walk = collect_files(args.paths)
    if walk.files:  # the workers' server loads the models while this process works
        start_server(len(walk.files), args.workers)
    from pipelines.batch import ingest

    return ingest(args, walk)
