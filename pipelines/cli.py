"""The `roadmaps` command. Subcommands live in their own modules, imported only when run,
so `roadmaps --help` answers without loading parsers, morphology or DuckDB."""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from types import ModuleType

from pipelines import argparse_ru

# name → (module, one-line help). Each module has configure(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "blocks": ("pipelines.cmd_blocks", "показать блоки (абзацы, таблицы), прочитанные из файла"),
    "extract": ("pipelines.cmd_extract",
                "вывести записи извлечения файлов и папок (JSON по CONTRACT)"),
    "schema": ("pipelines.cmd_schema", "вывести JSON Schema записи извлечения"),
    "evaluate": ("pipelines.evaluate",
                 "оценить извлечение по эталонным записям (samples/expected)"),
    "ingest": ("pipelines.cmd_ingest", "загрузить файлы и папки в базу DuckDB"),
    "retheme": ("pipelines.cmd_retheme",
                "заново определить темы показателей в базе (без повторного разбора)"),
    "compare": ("pipelines.cmd_compare", "сравнить муниципалитеты, план и факт по базе"),
    "export": ("pipelines.cmd_export", "выгрузить таблицы базы в CSV, Parquet или XLSX"),
    "report": ("pipelines.cmd_report", "отчёт в HTML с графиками или его сводка в Word"),
    "review": ("pipelines.cmd_review",
               "страница проверки одного документа: что прочитано и что извлечено"),
}


def version() -> str:
    """"roadmaps X.Y.Z (схема записи N)": the installed distribution's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    from normalize.models import SCHEMA_VERSION

    try:
        installed = dist_version("roadmaps")
    except PackageNotFoundError:  # run from a source tree that was never installed
        installed = "(не установлен)"
    return f"roadmaps {installed} (схема записи {SCHEMA_VERSION})"


class _Version(argparse.Action):
    """--version, worked out only when asked for (it imports the record model)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(version())
        parser.exit()


DEBUG_HELP = "показывать трассировку ошибок и сработавшие правила"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="roadmaps",
        description="Структурированные данные из муниципальных дорожных карт, программ и "
                    "отчётов в сфере образования.",
        epilog="Справка по команде: roadmaps КОМАНДА --help",
    )
    p.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    p.add_argument("--version", action=_Version, nargs=0, help="показать версию и выйти")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="команды")
    for name, (_, help_) in COMMANDS.items():
        sub.add_parser(name, help=help_, add_help=False)
    return p


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, ModuleType]:
    module = importlib.import_module(COMMANDS[name][0])
    p = argparse.ArgumentParser(prog=f"roadmaps {name}", description=COMMANDS[name][1])
    p.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    module.configure(p)
    return p, module


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    argparse_ru.install()
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
        print("roadmaps: прервано", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not bad input: say so in one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"roadmaps: внутренняя ошибка: {type(exc).__name__}: {exc} "
                  "(трассировка: запустите с --debug)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
