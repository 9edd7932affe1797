"""`roadmaps blocks FILE`: the blocks a reader made of a file, for QA and debugging."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ingest.models import Paragraph, SourceDocument, Table
from pipelines.ru import NO_OCR_HELP


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="документ: DOCX, PDF, TXT/MD, HTML, DOC, RTF или ODT")
    p.add_argument("--format", choices=["text", "json"], default="text", help="формат вывода")
    p.add_argument("--no-ocr", action="store_true",
                   help=NO_OCR_HELP)


def _where(prov: object) -> str:
    parts = [f"{k}={v}" for k, v in vars(prov).items() if v is not None]
    return " ".join(parts)


def render_text(doc: SourceDocument) -> str:
    """Human-readable listing: paragraphs with provenance, tables row by row."""
    out = [f"# {doc.file} format={doc.format} pages={doc.pages} blocks={len(doc.blocks)}"]
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            tag = "P"
            if b.heading:
                tag = f"H{b.heading}"
            elif b.list_number:
                tag = f"LI {b.list_number}"
            out.append(f"[{_where(b.source)}] {tag}{' *' if b.bold else ''}: {b.text}")
        elif isinstance(b, Table):
            out.append(f"[{_where(b.source)}] ТАБЛИЦА {b.index}: строк {len(b.rows)} × столбцов "
                       f"{b.n_cols}, страницы {list(b.pages)}")
            for i, row in enumerate(b.rows, 1):
                cells = " | ".join(
                    (c.text.replace("\n", "⏎") or "·")
                    + (f"<{c.col_span}>" if c.col_span > 1 else "")
                    + (f"^{c.row_span}" if c.row_span > 1 else "")
                    for c in row.cells
                )
                out.append(f"  {'H' if row.header else 'r'}{i:>3} [{_where(row.source)}] {cells}")
    out.extend(f"! {w}" for w in doc.warnings)
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from ingest import DocumentLoadError, Limits, read_document

    if args.debug:  # readers log which table rules fired at DEBUG level
        import logging

        logging.basicConfig(level=logging.DEBUG, format="rule: %(name)s: %(message)s")

    from ingest.errors import printable
    from ingest.guards import memory_limit
    from store.labels import reason_ru

    limits = Limits(ocr=not args.no_ocr)
    try:
        with memory_limit(limits, args.file.name):
            doc = read_document(args.file, limits)
    except DocumentLoadError as exc:
        print(f"roadmaps: {printable(str(args.file))}: {reason_ru(exc.reason)}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(doc.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_text(doc) + "\n")
    return 0
