"""Parsing many files in a process pool that survives bugs and dying workers.

Each worker builds its tools once (initializer). A DocumentLoadError is bad input, any other
exception a bug in a stage: both come back as an Outcome and the batch goes on. When a worker
process dies (segfault in a parser, out of memory, os._exit) every file in flight is lost
with it and we cannot tell which one killed it: the pool is restarted and those files are
retried one at a time, so only the culprit is recorded as "worker crashed".

A file that takes longer than `timeout` seconds is recorded as timed out: the pool's workers
are killed (the only way to stop a stuck parser) and the other files in flight go back to the
queue, to be parsed by the new pool as if nothing happened. The clock measures the file's own
work: it starts when a worker begins the file — after the worker's start-up and warm-up, never
while the file waits in the queue or for a restarted pool — and stops while the worker loads a
model on first use (see _untimed), so a loaded machine does not time out a small file.

Test hooks (the only way to test these paths for real): when the environment variable
ROADMAPS_TEST_CRASH_ON names a file (its base name), the worker parsing it calls os._exit;
ROADMAPS_TEST_HANG_ON makes it sleep for an hour instead.
"""

from __future__ import annotations

import os
import queue
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ingest.limits import DEFAULT_LIMITS, Limits
from normalize.models import Record
from pipelines.batch_server import LAZY_NER_ENV, context, start_server
from pipelines.batch_warmup import warm_up

CRASH_ENV = "ROADMAPS_TEST_CRASH_ON"
HANG_ENV = "ROADMAPS_TEST_HANG_ON"
CRASHED = "worker crashed"

ErrorType = Literal["load", "internal", "crash", "timeout"]
# No outcome for this long: the workers are busy with slow files, the caller may do its own
# work (store what it holds) — see parse_all's on_idle.
IDLE_SECONDS = 0.5
# Files in flight per worker: a worker that finishes one starts the next at once instead of
# waiting while this process stores the result and submits another. A crash or timeout then
# retries up to this many files per worker, each alone.
PER_WORKER = 2


@dataclass(frozen=True)
class Outcome:
    """One file's result: a record, or the reason it failed (and a traceback for bugs)."""

    path: str
    record: Record | None = None
    reason: str | None = None
    error_type: ErrorType | None = None
    detail: str | None = None


_TOOLS = None
# queue to the parent: (event, path, time.monotonic()) with event "start" (the file's clock
# starts), "pause" and "resume" (a model loaded on first use: not the file's own work)
_STARTED: Any = None
_PATH = ""  # the file this worker parses now
# The longest a pause stops a file's clock: a model load that never ends still times out.
UNTIMED_MAX = 120.0


def die_with_parent(main_pid: int | None = None) -> None:
    """Exit when the parent process dies (Linux PR_SET_PDEATHSIG), and at once if `main_pid`
    (the importer) is already gone: a killed `roadmaps ingest` leaves no worker behind."""
    from ingest.convert.guard import die_with_parent as pdeathsig

    pdeathsig(os.getppid())
    if main_pid is not None:
        try:
            os.kill(main_pid, 0)
        except ProcessLookupError:
            os._exit(1)


def _init_worker(started: Any = None, main_pid: int | None = None) -> None:
    global _TOOLS, _STARTED
    from normalize.record import default_tools

    die_with_parent(main_pid)  # the forkserver, which itself dies with the importer
    _TOOLS, _STARTED = default_tools(), started
    warm_up(_TOOLS)  # a no-op when the forkserver preloaded pipelines.batch_warm
    if os.environ.get(LAZY_NER_ENV) == "1":
        _untimed_first_call(_TOOLS.lemmatizer, "entities")


def _report(event: str) -> None:
    if _STARTED is not None and _PATH:
        _STARTED.put((event, _PATH, time.monotonic()))


def _untimed_first_call(tool: Any, method: str) -> None:
    """Make the first call of `tool.method` (which loads its model: natasha's NER tagger is
    left to the worker whose file needs it, LAZY_NER_ENV) stop the file's clock: loading
    it is the worker's start-up, not the file's work, and on a busy machine takes seconds."""
    bound = getattr(tool, method)

    def first(*args: Any, **kwargs: Any) -> Any:
        setattr(tool, method, bound)  # later calls are the file's own work
        _report("pause")
        try:
            return bound(*args, **kwargs)
        finally:
            _report("resume")

    setattr(tool, method, first)


def parse_one(path: str, hooks: tuple[str | None, str | None] = (None, None),
              limits: Limits = DEFAULT_LIMITS) -> Outcome:
    """Parse one file in a worker; never raises for a bad file or a bug in a stage."""
    global _PATH
    _PATH = path
    _report("start")
    if Path(path).name == hooks[0]:
        os._exit(70)  # test hooks (see module docstring)
    if Path(path).name == hooks[1]:
        time.sleep(3600)
    from ingest import DocumentLoadError
    from ingest.guards import memory_limit
    from pipelines.run import process_file

    try:
        with memory_limit(limits, Path(path).name):
            return Outcome(path, record=process_file(path, _TOOLS, limits))
    except DocumentLoadError as exc:
        return Outcome(path, reason=exc.reason, error_type="load")
    except Exception as exc:  # a bug: recorded with its traceback, the batch goes on
        return Outcome(path, reason=f"{type(exc).__name__}: {exc}", error_type="internal",
                       detail=traceback.format_exc())


def _new_pool(workers: int) -> tuple[ProcessPoolExecutor, Any]:
    """A pool and the queue its workers report starts on."""
    start_server()
    ctx = context()
    started = ctx.Queue()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                               initargs=(started, os.getpid()), mp_context=ctx)
    return pool, started


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    # No public API before Python 3.14 (kill_workers); the futures then fail as a broken pool.
    kill = getattr(pool, "kill_workers", None)
    if kill is not None:
        kill()
        return
    for proc in list(getattr(pool, "_processes", {}).values()):
        proc.kill()


@dataclass
class _Clock:
    """A file's timed work: from its start, less the pauses (each capped at UNTIMED_MAX)."""

    start: float
    paused_at: float | None = None
    untimed: float = 0.0

    def note(self, event: str, at: float) -> None:
        if event == "pause":
            self.paused_at = at
        elif event == "resume" and self.paused_at is not None:
            self.untimed += min(at - self.paused_at, UNTIMED_MAX)
            self.paused_at = None

    def worked(self, now: float) -> float:
        """Seconds of the file's own work by `now`."""
        pause = 0.0 if self.paused_at is None else min(now - self.paused_at, UNTIMED_MAX)
        return now - self.start - self.untimed - pause


@dataclass(frozen=True)
class _Job:
    path: str
    alone: bool  # retried by itself after a crash: a crash now is its own


def parse_all(paths: Sequence[str], workers: int, timeout: float | None = None,
              limits: Limits = DEFAULT_LIMITS,
              on_idle: Callable[[], None] | None = None,
              on_start: Callable[[str], None] | None = None) -> Iterator[Outcome]:
    """Outcomes of all `paths` in completion order, restarting the pool after a crash.

    `limits` go to every file's reader (e.g. Limits(ocr=False): scanned pages are not
    recognised). `on_idle` is called whenever no outcome has come for IDLE_SECONDS (the
    workers are on slow files): a caller that batches its outcomes handles them then.
    `on_start(path)` is called when a worker begins a file (a progress display's current
    file)."""
    # No more processes than files: each one loads the models, which costs a second of CPU.
    feeder = _Feeder(paths, max(1, min(workers, len(paths))), timeout or None, limits, on_idle,
                     on_start)
    yield from feeder.outcomes()


class _Feeder:
    """Keeps at most PER_WORKER files per worker in flight, so a crash loses (and retries)
    only those."""

    def __init__(self, paths: Sequence[str], workers: int, timeout: float | None,
                 limits: Limits = DEFAULT_LIMITS,
                 on_idle: Callable[[], None] | None = None,
                 on_start: Callable[[str], None] | None = None) -> None:
        self.limits, self.on_idle, self.on_start = limits, on_idle, on_start
        self.queue: deque[str] = deque(paths)
        self.suspects: deque[str] = deque()  # in flight when a worker died: retried alone
        self.workers, self.timeout = workers, timeout
        self.hooks = (os.environ.get(CRASH_ENV) or None, os.environ.get(HANG_ENV) or None)
        self.clocks: dict[str, _Clock] = {}  # path → its timed work so far
        self.started_q: Any = None

    def outcomes(self) -> Iterator[Outcome]:
        while self.queue or self.suspects:
            pool, self.started_q = _new_pool(self.workers)
            self.clocks.clear()
            try:
                yield from self._run(pool)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                self.started_q.close()

    def _submit(self, pool: ProcessPoolExecutor, inflight: dict[Future[Outcome], _Job]) -> None:
        alone = bool(self.suspects)
        source = self.suspects if alone else self.queue
        limit = 1 if alone else self.workers * PER_WORKER
        while source and len(inflight) < limit:
            fut = pool.submit(parse_one, source[0], self.hooks, self.limits)
            inflight[fut] = _Job(source.popleft(), alone)

    def _drain_started(self) -> None:
        """Note what the workers reported since the last look: files begun (their clocks
        start), model loads (their clocks stop meanwhile)."""
        with suppress(queue.Empty):
            while True:
                event, path, at = self.started_q.get_nowait()
                if event == "start":
                    self.clocks[path] = _Clock(at)
                    if self.on_start is not None:
                        self.on_start(path)
                elif path in self.clocks:
                    self.clocks[path].note(event, at)

    def _overdue(self, inflight: dict[Future[Outcome], _Job]) -> list[_Job]:
        if self.timeout is None:
            return []
        now = time.monotonic()
        return [j for j in inflight.values()
                if j.path in self.clocks and self.clocks[j.path].worked(now) > self.timeout]

    def _lost(self, jobs: Iterable[_Job], overdue: list[_Job]) -> Iterator[Outcome]:
        """Outcomes of the files in flight in a broken pool: the overdue ones timed out; after
        a timeout the others go back to the front of the queue (the kill was not theirs);
        after a crash they are suspects, retried alone — unless they were alone already."""
        back = []
        for job in jobs:
            if job in overdue:
                yield Outcome(job.path, reason=f"timed out after {self.timeout:g} s",
                              error_type="timeout")
            elif overdue:
                back.append(job.path)
            elif job.alone:
                yield Outcome(job.path, reason=CRASHED, error_type="crash")
            else:
                self.suspects.append(job.path)
        self.queue.extendleft(reversed(back))

    def _wait(self, inflight: dict[Future[Outcome], _Job]) -> set[Future[Outcome]]:
        """Futures done within the poll interval (timeouts are checked after each)."""
        poll = min(1.0, self.timeout / 4) if self.timeout else None
        if self.on_idle is not None:
            poll = IDLE_SECONDS if poll is None else min(poll, IDLE_SECONDS)
        done, _ = wait(inflight, timeout=poll, return_when=FIRST_COMPLETED)
        self._drain_started()
        if not done and self.on_idle is not None:
            self.on_idle()
        return done

    def _run(self, pool: ProcessPoolExecutor) -> Iterator[Outcome]:
        """Feed the pool until the work is done or the pool breaks (then return to restart)."""
        inflight: dict[Future[Outcome], _Job] = {}
        while self.queue or self.suspects or inflight:
            with suppress(BrokenProcessPool):  # the futures in flight report it below
                self._submit(pool, inflight)
            if not inflight:
                return  # the pool broke before it took anything: restart it
            done = self._wait(inflight)
            lost: list[_Job] = []
            for fut in done:
                job = inflight.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    lost.append(job)
            overdue = [] if lost else self._overdue(inflight)
            if lost or overdue:
                if overdue:
                    _kill_workers(pool)
                yield from self._lost([*lost, *inflight.values()], overdue)
                return
