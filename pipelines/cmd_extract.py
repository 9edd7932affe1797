"""`roadmaps extract FILE`: the CONTRACT record as JSON on stdout."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="a document: DOCX, PDF, TXT/MD, HTML, DOC, RTF or ODT")
    p.add_argument("--compact", action="store_true", help="one line of JSON instead of indented")
    p.add_argument("--no-ocr", action="store_true",
                   help="do not recognise scanned PDF pages (no text layer) with Tesseract")
    p.add_argument("--themes", type=Path, metavar="FILE",
                   help="YAML file of your own indicator themes and overrides")


def run(args: argparse.Namespace) -> int:
    from ingest import DocumentLoadError, Limits
    from ingest.errors import printable
    from ingest.guards import memory_limit
    from normalize.record import default_tools
    from normalize.theme_vocab import ThemeDataError
    from pipelines.run import process_file
    from pipelines.themes_apply import load_matcher

    try:  # loaded outside the memory limit: the models are not the document's
        tools = default_tools(load_matcher(args.themes) if args.themes else None)
    except ThemeDataError as exc:
        print(f"roadmaps: {exc}", file=sys.stderr)
        return 2
    trace: list[str] | None = [] if args.debug else None
    limits = Limits(ocr=not args.no_ocr)
    try:
        with memory_limit(limits, args.file.name):
            record = process_file(args.file, tools, limits=limits, trace=trace)
    except DocumentLoadError as exc:
        if args.debug:  # where the reader gave up (and the parser error behind it)
            traceback.print_exc()
        print(f"roadmaps: {printable(str(args.file))}: {exc.reason}", file=sys.stderr)
        return 2
    for line in trace or ():
        print(f"rule: {line}", file=sys.stderr)
    indent = None if args.compact else 2
    sys.stdout.write(record.model_dump_json(indent=indent) + "\n")
    return 0
