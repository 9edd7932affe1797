"""`roadmaps extract PATH...`: CONTRACT records of files and folders.

One file: its record as JSON on stdout (indented; `--compact` for one line). Several files or a
folder (walked like `ingest`): JSON Lines on stdout, one record a line in the order of the
arguments, or with `--out DIR` one JSON file per input (`DIR/<name>.json`, folders mirrored). A
file that cannot be read gives one line on stderr (`roadmaps: PATH: reason`) and the others go
on. Several files are parsed by `--workers` processes (pipelines/batch_pool.py); one file, or
`--debug` (which prints the rules that fired), in this process.
Exit: 0 all extracted, 1 some failed, 2 none could be extracted, 3 a bug met on some file.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.batch_server import default_workers
from pipelines.ru import NO_OCR_HELP, THEMES_HELP

if TYPE_CHECKING:
    from ingest.limits import Limits
    from normalize.models import Record
    from normalize.record import Tools
    from normalize.themes import ThemeMatcher


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="документы (DOCX, PDF, TXT/MD, HTML, DOC, RTF, ODT) или папки с ними")
    p.add_argument("--out", type=Path, metavar="DIR",
                   help="записать по JSON-файлу на документ в папку DIR, а не в stdout")
    p.add_argument("--compact", action="store_true",
                   help="для одного файла: JSON одной строкой, без отступов")
    p.add_argument("--workers", type=int, default=default_workers(),
                   help="число процессов разбора для нескольких файлов (по умолчанию — по "
                        "числу ядер)")
    p.add_argument("--no-ocr", action="store_true",
                   help=NO_OCR_HELP)
    p.add_argument("--themes", type=Path, metavar="FILE",
                   help=THEMES_HELP)


@dataclass(frozen=True)
class Input:
    """A file to extract: as shown in messages, and its name under --out."""

    shown: Path
    relative: Path


@dataclass(frozen=True)
class Result:
    """One input's record, or the reason it has none (`bug`: an internal error)."""

    item: Input
    record: Record | None = None
    reason: str | None = None
    bug: bool = False


def inputs(paths: list[Path]) -> tuple[list[Input], list[tuple[Path, str]]]:
    """Files of the arguments (folders walked like `ingest`, each file once), and the
    arguments or entries that cannot be read, with the reason."""
    from pipelines.batch_walk import collect_files

    found: dict[Path, Input] = {}
    bad: list[tuple[Path, str]] = []
    for arg in paths:
        if not arg.is_dir():
            if arg.exists() or arg.is_symlink():  # a broken link: the reader says why
                key = arg.resolve() if arg.exists() else arg.absolute()
                found.setdefault(key, Input(arg, Path(arg.name)))
            else:
                bad.append((arg, "no such file or folder"))
            continue
        walk = collect_files([arg])
        root = arg.resolve()
        bad += walk.unreadable
        if not walk.files and not walk.unreadable:
            bad.append((arg, "a directory with no documents in it (DOCX, PDF, TXT, MD, HTML, "
                             "DOC, RTF, ODT)"))
        for f in walk.files:
            rel = f.relative_to(root) if f.is_relative_to(root) else Path(f.name)
            found.setdefault(f, Input(arg / rel, rel))
    return list(found.values()), bad


def _in_process(items: list[Input], tools: Tools, limits: Limits,
                debug: bool) -> Iterator[Result]:
    from ingest import DocumentLoadError
    from ingest.guards import memory_limit
    from pipelines.run import process_file

    for item in items:
        trace: list[str] | None = [] if debug else None
        try:
            with memory_limit(limits, item.shown.name):
                record = process_file(item.shown, tools, limits=limits, trace=trace)
        except DocumentLoadError as exc:
            if debug:  # where the reader gave up (and the parser error behind it)
                traceback.print_exc()
            yield Result(item, reason=exc.reason)
            continue
        except Exception as exc:  # a bug: said in one line, the other files go on
            if debug:
                traceback.print_exc()
            yield Result(item, reason=f"{type(exc).__name__}: {exc}", bug=True)
            continue
        prefix = "rule: " if len(items) == 1 else f"rule: {item.shown}: "
        for line in trace or ():
            print(prefix + line, file=sys.stderr)
        yield Result(item, record=record)


def _in_pool(items: list[Input], workers: int, limits: Limits) -> Iterator[Result]:
    """Results in the order of `items`, each as soon as those before it are done."""
    from pipelines.batch_pool import parse_all

    index = {str(item.shown): k for k, item in enumerate(items)}
    waiting: dict[int, Result] = {}
    nxt = 0
    for out in parse_all(list(index), workers, None, limits):
        k = index[out.path]
        waiting[k] = Result(items[k], record=out.record, reason=out.reason,
                            bug=out.error_type == "internal")
        while nxt in waiting:
            yield waiting.pop(nxt)
            nxt += 1


class Writer:
    """Where records go."""

    def write(self, item: Input, record: Record) -> None:
        raise NotImplementedError


class StdoutWriter(Writer):
    """JSON on stdout: a record a line (JSON Lines) unless indented."""

    def __init__(self, indent: int | None) -> None:
        self.indent = indent

    def write(self, item: Input, record: Record) -> None:
        sys.stdout.write(record.model_dump_json(indent=self.indent) + "\n")
        sys.stdout.flush()


class FolderWriter(Writer):
    """DIR/<relative path>.json per input; a name met twice gets ~2, ~3 …"""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[Path] = set()

    def target(self, item: Input) -> Path:
        base = self.folder / item.relative.parent / item.relative.name
        path, n = base.with_name(base.name + ".json"), 1
        while path in self.used:
            n += 1
            path = base.with_name(f"{base.name}~{n}.json")
        self.used.add(path)
        return path

    def write(self, item: Input, record: Record) -> None:
        path = self.target(item)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")


def _writer(args: argparse.Namespace, single: bool) -> Writer:
    if args.out is not None:
        return FolderWriter(args.out)
    return StdoutWriter(indent=None if args.compact or not single else 2)


def _tools(args: argparse.Namespace) -> tuple[Tools, ThemeMatcher | None] | None:
    from normalize.record import default_tools
    from normalize.theme_vocab import ThemeDataError
    from pipelines.themes_apply import load_matcher

    try:  # loaded outside the memory limit: the models are not the document's
        matcher = load_matcher(args.themes) if args.themes else None
    except ThemeDataError as exc:
        print(f"roadmaps: {exc}", file=sys.stderr)
        return None
    return default_tools(matcher), matcher


def _written(writer: Writer, item: Input, record: Record) -> bool:
    """Write one record; False after one line saying why its file could not be written."""
    from ingest.errors import printable
    from pipelines.store_open import write_error

    try:
        writer.write(item, record)
    except OSError as exc:
        where = printable(str(exc.filename or item.shown))
        print(f"roadmaps: {where}: не удалось записать: {write_error(exc)}", file=sys.stderr)
        return False
    return True


def _out_folder(out: Path | None) -> bool:
    """--out DIR made (or already there); False after one line saying why it cannot be."""
    from ingest.errors import printable
    from pipelines.store_open import write_error

    try:
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"roadmaps: {printable(str(out))}: не удалось записать: {write_error(exc)}",
              file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace) -> int:
    from ingest import Limits
    from ingest.errors import printable
    from pipelines.themes_apply import retheme_record
    from store.labels import reason_ru

    tools = _tools(args)
    if tools is None or not _out_folder(args.out):
        return 2
    items, bad = inputs(args.paths)
    for path, reason in bad:
        print(f"roadmaps: {printable(str(path))}: {reason_ru(reason)}", file=sys.stderr)
    single = len(args.paths) == 1 and len(items) == 1 and not args.paths[0].is_dir()
    limits = Limits(ocr=not args.no_ocr)
    pooled = not (single or args.debug or args.workers <= 1)
    if pooled:
        results = _in_pool(items, args.workers, limits)
    else:
        results = _in_process(items, tools[0], limits, args.debug)
    writer = _writer(args, single)
    done = bugs = 0
    for res in results:
        if res.record is None:
            bugs += res.bug
            tail = " (внутренняя ошибка; трассировка: запустите с --debug)" if res.bug else ""
            print(f"roadmaps: {printable(str(res.item.shown))}: "
                  f"{printable(reason_ru(res.reason or '?'))}"
                  f"{tail}", file=sys.stderr)
            continue
        # a user's themes file: the pool's workers decided with the taxonomy alone
        record = retheme_record(res.record, tools[1]) if tools[1] and pooled else res.record
        done += _written(writer, res.item, record)
    if bugs:
        return 3
    return 0 if done == len(items) and not bad else (1 if done else 2)
