"""`roadmaps report --db FILE --out report.html|report.docx [--municipality NAME…]`.

HTML: one self-contained file in Russian with charts (pipelines/report/), and next to it
report_files/review-<id>.html, the review page of every document the report lists: the report
is meant to be passed around and opened offline, so a link must lead to a page that exists,
not to a command to run. `--no-review` skips them (faster for a large database; the links then
point to pages not written). DOCX: the same summary as a Word document.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.ru import DB_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=Path("roadmaps.duckdb"),
                   help=DB_HELP)
    p.add_argument("--out", type=Path, required=True, help="report.html или report.docx")
    p.add_argument("--format", choices=("html", "docx"), default=None,
                   help="по умолчанию по расширению --out (html, если это не .docx)")
    p.add_argument("--municipality", nargs="+", default=[], metavar="NAME",
                   help="только эти муниципалитеты: в любом регистре и падеже, со словом "
                        "«город» или без него")
    p.add_argument("--no-review", action="store_true",
                   help="HTML: не записывать страницы проверки документов")
    p.add_argument("--no-ocr", action="store_true",
                   help="страницы проверки: не распознавать сканированные страницы PDF")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "docx" if args.out.suffix.lower() == ".docx" else "html"


def run(args: argparse.Namespace) -> int:
    from pipelines.report.build import collect, write_html
    from pipelines.report.data import Scope
    from pipelines.store_open import open_store, write_error

    con = open_store(args.db)
    if con is None:
        return 2
    with con:
        towns: tuple[str, ...] | None = ()
        if args.municipality:
            from pipelines.municipality import select

            towns = select(con, args.municipality)
        if towns is None:
            return 2
        report = collect(con, str(args.db), Scope(towns))
    try:
        if _format(args) == "docx":
            from pipelines.report.word import write_docx

            path = write_docx(report, args.out)
        else:
            if not args.no_review:
                from pipelines.review.batch import write_reviews

                report.reviewed = write_reviews(report.documents, args.out.parent, args.out.name,
                                                ocr=not args.no_ocr)
            path = write_html(report, args.out)
    except OSError as exc:
        print(f"roadmaps: {args.out}: не удалось записать: {write_error(exc)}", file=sys.stderr)
        return 2
    print(path)
    return 0
