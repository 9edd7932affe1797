"""The `roadmaps` command. Subcommands live in their own modules, imported only when run,
so `roadmaps --help` answers without loading parsers, morphology or DuckDB."""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from types import ModuleType

# name → (module, one-line help). Each module has configure(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "blocks": ("pipelines.cmd_blocks", "show the blocks (paragraphs, tables) read from a file"),
    "extract": ("pipelines.cmd_extract",
                "print the extraction records of files and folders (CONTRACT JSON)"),
    "schema": ("pipelines.cmd_schema", "print the JSON Schema of the extraction record"),
    "evaluate": ("pipelines.evaluate", "score extraction against samples/expected records"),
    "ingest": ("pipelines.batch", "import files and folders into a DuckDB database"),
    "retheme": ("pipelines.cmd_retheme", "decide indicator themes again in a DB (no re-parsing)"),
    "compare": ("pipelines.cmd_compare", "compare municipalities, plan vs fact, from the DB"),
    "export": ("pipelines.cmd_export", "export the DB tables to CSV, Parquet or XLSX"),
    "report": ("pipelines.cmd_report", "the Russian HTML report with charts, or its Word summary"),
    "review": ("pipelines.cmd_review", "the QA page of one document: what was read and extracted"),
}


def version() -> str:
    """"roadmaps X.Y.Z (record schema N)": the installed distribution's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    from normalize.models import SCHEMA_VERSION

    try:
        installed = dist_version("roadmaps")
    except PackageNotFoundError:  # run from a source tree that was never installed
        installed = "(not installed)"
    return f"roadmaps {installed} (record schema {SCHEMA_VERSION})"


class _Version(argparse.Action):
    """--version, worked out only when asked for (it imports the record model)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(version())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="roadmaps",
        description="Structured data from municipal education roadmaps, programmes and reports.",
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks and rule traces")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_) in COMMANDS.items():
        sub.add_parser(name, help=help_, add_help=False)
    return p


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, ModuleType]:
    module = importlib.import_module(COMMANDS[name][0])
    p = argparse.ArgumentParser(prog=f"roadmaps {name}", description=COMMANDS[name][1])
    p.add_argument("--debug", action="store_true", help="show tracebacks and rule traces")
    module.configure(p)
    return p, module


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    rest = [a for a in argv if a != "--debug"]
    if not rest or rest[0] not in COMMANDS:
        _parser().parse_args(argv or ["--help"])
        return 2
    parser, module = _command_parser(rest[0])
    args = parser.parse_args(rest[1:])
    args.debug = args.debug or debug
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        print("roadmaps: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not bad input: say so in one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"roadmaps: internal error: {type(exc).__name__}: {exc} "
                  "(run with --debug for the traceback)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
