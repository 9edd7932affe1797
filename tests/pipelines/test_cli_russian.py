"""The command line speaks Russian: `--help` of every command, argparse's own messages, and bad
input (a missing file, a file where a folder is wanted, an output that cannot be written, a bad
option value) as one Russian line naming the file, with its exit status. Codes (option names,
field and view names, paths) stay as they are."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pipelines.argparse_ru import MESSAGES, ngettext
from pipelines.cli import COMMANDS, _command_parser
from pipelines.ru import counted
from tests.conftest import Run

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "004_6ed2ca5933120da2.txt"

# (arguments, where, expected fragment, exit status); {tmp} is a fresh folder holding the
# file `afile`, {sample} a sample document.
CASES = [
    (("--help",), "out", "использование: roadmaps [-h] [--debug] [--version] COMMAND", 0),
    (("--help",), "out", "показать эту справку и выйти", 0),
    (("--help",), "out", "загрузить файлы и папки в базу DuckDB", 0),
    (("blocks", "--help"), "out", "документ: DOCX, PDF, TXT/MD, HTML, DOC, RTF или ODT", 0),
    (("extract", "--help"), "out", "записать по JSON-файлу на документ в папку DIR", 0),
    (("schema", "--help"), "out", "Вывести JSON Schema записи", 0),
    (("evaluate", "--help"), "out", "как сравниваются значения (строго, по умолчанию)", 0),
    (("ingest", "--help"), "out", "позиционные аргументы:\n  PATH", 0),
    (("retheme", "--help"), "out", "YAML-файл своих тем и правил", 0),
    (("compare", "--help"), "out", "только этот муниципалитет", 0),
    (("export", "--help"), "out", "csv для Excel: UTF-8 с BOM", 0),
    (("report", "--help"), "out", "HTML: не записывать страницы проверки документов", 0),
    (("review", "--help"), "out", "эталонная запись (JSON) для сравнения", 0),
    (("blocks", "{sample}"), "out", "] ТАБЛИЦА 1: строк 7 × столбцов 3, страницы []", 0),
    # a missing file, a file that is no folder, an output that cannot be written
    (("extract", "{tmp}/nope.docx"), "err",
     "roadmaps: {tmp}/nope.docx: нет такого файла или папки\n", 2),
    (("blocks", "{tmp}/nope.docx"), "err",
     "roadmaps: {tmp}/nope.docx: не удалось открыть: нет такого файла или папки\n", 2),
    (("blocks", "{tmp}/afile"), "err", "roadmaps: {tmp}/afile: пустой файл\n", 2),
    (("evaluate", "{tmp}/afile"), "err", "roadmaps: {tmp}/afile: не папка\n", 2),
    (("compare", "overview", "--db", "{tmp}/none.duckdb"), "err",
     "roadmaps: {tmp}/none.duckdb: нет такой базы (сначала выполните `roadmaps ingest`)\n", 2),
    (("review", "{sample}", "--out", "{tmp}/afile/r.html"), "err",
     "roadmaps: {tmp}/afile/r.html: не удалось записать: {tmp}/afile — файл, а не папка\n", 2),
    (("extract", "{sample}", "--out", "{tmp}/afile/json"), "err",
     "roadmaps: {tmp}/afile/json: не удалось записать: не папка\n", 2),
    # bad option values and usage: argparse's messages in Russian
    (("extract", "{sample}", "--workers", "x"), "err",
     "roadmaps extract: ошибка: аргумент --workers: недопустимое значение (int): 'x'\n", 2),
    (("compare", "bogus"), "err",
     "roadmaps compare: ошибка: аргумент view: недопустимое значение: 'bogus' (допустимы: "
     "'overview',", 2),
    (("export", "--format", "csv"), "err",
     "roadmaps export: ошибка: не заданы обязательные аргументы: --out\n", 2),
    (("export", "--format", "pdf", "--out", "{tmp}"), "err",
     "аргумент --format: недопустимое значение: 'pdf' (допустимы: 'csv', 'parquet', 'xlsx')", 2),
    (("extract", "{sample}", "--bogus"), "err",
     "roadmaps extract: ошибка: неизвестные аргументы: --bogus\n", 2),
    (("extract",), "err", "ошибка: не заданы обязательные аргументы: PATH\n", 2),
    (("evaluate", "{tmp}", "--min-f1", "2"), "err",
     "аргумент --min-f1: '2': порог — число от 0 до 1", 2),
    (("compare", "overview", "--limit"), "err",
     "ошибка: аргумент --limit: нужно одно значение\n", 2),
    (("bogus",), "err", "roadmaps: ошибка: аргумент COMMAND: недопустимое значение: 'bogus'", 2),
]


@pytest.mark.parametrize(("args", "where", "expected", "code"), CASES,
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_the_command_line_answers_in_russian(
        roadmaps_cli: Callable[..., Run], tmp_path: Path, args: tuple[str, ...], where: str,
        expected: str, code: int) -> None:
    (tmp_path / "afile").write_bytes(b"")

    def fill(text: str) -> str:
        return text.replace("{tmp}", str(tmp_path)).replace("{sample}", str(SAMPLE))

    r = roadmaps_cli(*map(fill, args), cwd=tmp_path)
    out, other = (r.stdout, r.stderr) if where == "out" else (r.stderr, r.stdout)
    assert fill(expected) in out, out
    assert r.returncode == code
    assert "Traceback" not in out + other
    if code:  # bad input: one line (after the usage argparse prints), nothing on stdout
        assert other == ""
        assert len([x for x in out.splitlines() if x.startswith("roadmaps")]) == 1, out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_help_is_russian(roadmaps_cli: Callable[..., Run], command: str) -> None:
    r = roadmaps_cli(command, "--help")
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.startswith(f"использование: roadmaps {command} [-h] [--debug]")
    assert "  -h, --help" in r.stdout and "показать эту справку и выйти" in r.stdout
    assert "показывать трассировку ошибок и сработавшие правила" in r.stdout
    parser, _ = _command_parser(command)  # every argument and option explained in Russian
    assert parser.description and _cyrillic(parser.description)
    for action in parser._actions:
        assert action.help and _cyrillic(action.help), (command, action.option_strings)


def test_the_console_script_in_its_own_process() -> None:
    """The installed entry point (not only main()): Russian usage error, exit 2."""
    r = subprocess.run([sys.executable, "-m", "pipelines.cli", "export"], capture_output=True,
                       text=True, check=False)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines()[-1] == (
        "roadmaps export: ошибка: не заданы обязательные аргументы: --format, --out")


def test_json_output_stays_machine_readable(roadmaps_cli: Callable[..., Run]) -> None:
    r = roadmaps_cli("extract", "--compact", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert record["source"]["format"] == "txt" and record["document"]["kind"] == "roadmap"


@pytest.mark.parametrize(("n", "text"), [
    (1, "1 файл"), (2, "2 файла"), (4, "4 файла"), (5, "5 файлов"), (11, "11 файлов"),
    (12, "12 файлов"), (14, "14 файлов"), (21, "21 файл"), (22, "22 файла"), (25, "25 файлов"),
    (101, "101 файл"), (111, "111 файлов"), (0, "0 файлов"),
])
def test_russian_numerals(n: int, text: str) -> None:
    assert counted(n, "файл", "файла", "файлов") == text


def _cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


def test_the_catalogue_matches_this_pythons_argparse() -> None:
    """Every message of the catalogue is one argparse really looks up (a renamed one would
    silently stay English), with its placeholders kept."""
    import argparse
    import inspect
    import re

    source = inspect.getsource(argparse)
    for msgid, ru in MESSAGES.items():
        assert repr(msgid)[1:-1] in source, msgid
        assert _cyrillic(ru) and re.findall(r"%\(\w+\)[sr]|%[sr]", msgid) == re.findall(
            r"%\(\w+\)[sr]|%[sr]", ru), msgid
    assert ngettext("expected %s argument", "expected %s arguments", 2) == "нужно %s значения"
    assert ngettext("expected %s argument", "expected %s arguments", 5) == "нужно %s значений"
