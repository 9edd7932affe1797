"""Shared test options: `--update-golden` rewrites golden files instead of comparing.

`roadmaps_cli`: `roadmaps` run in the test process — the same main() as the console script,
without paying an interpreter start and the imports for every call. Process pools started this
way share one forkserver per test process, which already holds the language models
(pipelines/batch_warm), so an in-process `roadmaps ingest` starts its workers in milliseconds.
Tests that need the real console script (exit status of a separate process, `python -m`, a
killed process, limits set for a process) use subprocess themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="переписать пороги samples/expected/thresholds.json по текущим оценкам "
             "(эталонные записи не меняются)",
    )
    parser.addoption(
        "--allow-lower",
        action="store_true",
        default=False,
        help="с --update-golden: принять понижение порогов в samples/expected/thresholds.json",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def allow_lower(request: pytest.FixtureRequest) -> bool:
    """True when --update-golden may lower recorded thresholds (it says what moved)."""
    return bool(request.config.getoption("--allow-lower"))


@pytest.fixture(autouse=True)
def _no_timed_progress_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """`roadmaps ingest` prints a progress line every 5 s when stderr is not a terminal: on a
    loaded machine a run may take that long, and tests that compare stderr whole would see
    it or not by chance. Tests of those lines set ROADMAPS_PROGRESS_SECONDS themselves."""
    monkeypatch.setenv("ROADMAPS_PROGRESS_SECONDS", "86400")


@dataclass(frozen=True)
class Run:
    """What a command did, like subprocess.CompletedProcess."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def roadmaps_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
                 ) -> Callable[..., Run]:
    """roadmaps_cli("ingest", "dir", "--db", "x.duckdb", cwd=…, env={…}) → Run."""
    from pipelines.cli import main

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
        capsys.readouterr()  # drop what came before
        with monkeypatch.context() as m:
            if cwd is not None:
                m.chdir(cwd)
            for k, v in (env or {}).items():
                m.setenv(k, v)
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: usage errors exit 2
                code = int(exc.code or 0)
        out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run
