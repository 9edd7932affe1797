"""Parsing many files in a process pool that survives bugs and dying workers.

Each worker builds its tools once (initializer). A DocumentLoadError is bad input, any other
exception a bug in a stage: both come back as an Outcome and the batch goes on. When a worker
process dies (segfault in a parser, out of memory, os._exit) every file in flight is lost
with it and we cannot tell which one killed it: the pool is restarted and those files are
retried one at a time, so only the culprit is recorded as "worker crashed".

Test hook: when the environment variable ROADMAPS_TEST_CRASH_ON names a file (its base name),
the worker parsing that file calls os._exit — the only way to test the crash path for real.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from normalize.models import Record

CRASH_ENV = "ROADMAPS_TEST_CRASH_ON"
CRASHED = "worker crashed"

ErrorType = Literal["load", "internal", "crash"]


@dataclass(frozen=True)
class Outcome:
    """One file's result: a record, or the reason it failed (and a traceback for bugs)."""

    path: str
    record: Record | None = None
    reason: str | None = None
    error_type: ErrorType | None = None
    detail: str | None = None


_TOOLS = None


def _init_worker() -> None:
    global _TOOLS
    from normalize.record import default_tools

    _TOOLS = default_tools()


def parse_one(path: str, crash_on: str | None = None) -> Outcome:
    """Parse one file in a worker; never raises for a bad file or a bug in a stage."""
    if crash_on and Path(path).name == crash_on:
        os._exit(70)  # test hook (see module docstring)
    from ingest import DocumentLoadError
    from pipelines.run import process_file

    try:
        return Outcome(path, record=process_file(path, _TOOLS))
    except DocumentLoadError as exc:
        return Outcome(path, reason=exc.reason, error_type="load")
    except Exception as exc:  # a bug: recorded with its traceback, the batch goes on
        return Outcome(path, reason=f"{type(exc).__name__}: {exc}", error_type="internal",
                       detail=traceback.format_exc())


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # Not fork: the parent holds an open DuckDB connection and threads.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                               mp_context=multiprocessing.get_context(method))


def parse_all(paths: Sequence[str], workers: int) -> Iterator[Outcome]:
    """Outcomes of all `paths` in completion order, restarting the pool after a crash."""
    crash_on = os.environ.get(CRASH_ENV) or None
    queue: deque[str] = deque(paths)
    suspects: deque[str] = deque()  # in flight when a worker died: retried alone
    while queue or suspects:
        pool = _new_pool(workers)
        try:
            yield from _run(pool, queue, suspects, max(1, workers), crash_on)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, queue: deque[str], suspects: deque[str], workers: int,
            crash_on: str | None, inflight: dict[Future[Outcome], tuple[str, bool]]) -> None:
    if suspects:
        if not inflight:
            inflight[pool.submit(parse_one, suspects[0], crash_on)] = (suspects[0], True)
            suspects.popleft()  # only once submitted: a broken pool keeps it queued
        return
    while queue and len(inflight) < workers:
        inflight[pool.submit(parse_one, queue[0], crash_on)] = (queue[0], False)
        queue.popleft()


def _run(pool: ProcessPoolExecutor, queue: deque[str], suspects: deque[str], workers: int,
         crash_on: str | None) -> Iterator[Outcome]:
    """Feed the pool until the work is done (returns) or the pool breaks (returns early)."""
    inflight: dict[Future[Outcome], tuple[str, bool]] = {}
    while queue or suspects or inflight:
        with suppress(BrokenProcessPool):  # the futures already in flight report it below
            _submit(pool, queue, suspects, workers, crash_on, inflight)
        if not inflight:
            return  # the pool broke before it took anything: restart it
        done, _ = wait(inflight, return_when=FIRST_COMPLETED)
        lost: list[tuple[str, bool]] = []
        for fut in done:
            path, alone = inflight.pop(fut)
            try:
                yield fut.result()
            except BrokenProcessPool:
                lost.append((path, alone))
        if lost:
            lost += inflight.values()
            for path, alone in lost:
                if alone:
                    yield Outcome(path, reason=CRASHED, error_type="crash")
                else:
                    suspects.append(path)
            return
