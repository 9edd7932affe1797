"""Parsing many files in a process pool that survives bugs and dying workers.

Each worker builds its tools once (initializer). A DocumentLoadError is bad input, any other
exception a bug in a stage: both come back as an Outcome and the batch goes on. When a worker
process dies (segfault in a parser, out of memory, os._exit) every file in flight is lost
with it and we cannot tell which one killed it: the pool is restarted and those files are
retried one at a time, so only the culprit is recorded as "worker crashed".

A file that takes longer than `timeout` seconds is recorded as timed out: the pool's workers
are killed (the only way to stop a stuck parser) and the other files in flight are retried.

Test hooks (the only way to test these paths for real): when the environment variable
ROADMAPS_TEST_CRASH_ON names a file (its base name), the worker parsing it calls os._exit;
ROADMAPS_TEST_HANG_ON makes it sleep for an hour instead.
"""

from __future__ import annotations

import gc
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
from pipelines import regex_cache
from pipelines.batch_server import LAZY_NER_ENV, context, start_server

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
_STARTED: Any = None  # queue to the parent: "I start this file now" (timeouts count from it)


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


def warm_up(tools: Any) -> None:
    """Load the stage modules, the vocabularies, the theme taxonomy and natasha before the
    first file, so a file's timeout measures its parsing, not the worker's start-up, and every
    worker forked from the server shares them instead of building them in its first document.

    natasha (navec and the NER tagger) is loaded here although its NER runs on few documents:
    navec serves the theme matcher's similarity fallback on most documents, and a model loaded
    on first use inside a worker would count against that document's timeout and memory limit
    (guards.memory_limit) and be loaded again by every worker instead of once in the server.
    A batch of no more files than workers (LAZY_NER_ENV) loads the vectors only: its worker
    loads the tagger if its one file needs it, as `roadmaps extract` of one file does."""
    import pipelines.run  # noqa: F401  (the stages)
    from extract.facts.vocab import facts_vocab

    # A failure here is not hidden: the same error comes back per file, with its traceback.
    with suppress(Exception):
        if os.environ.get(LAZY_NER_ENV) == "1":
            tools.lemmatizer.embedding()
        else:
            tools.lemmatizer.entities("Иванов Иван Петрович, г. Москва")
    with suppress(Exception):
        facts_vocab()  # the facts rules' YAML and its ~250 patterns, compiled once
    _build_vocabularies(tools.lemmatizer)
    with suppress(Exception):  # the theme taxonomy, compiled once for every forked worker
        tools.theme_matcher.match("Доля педагогов, прошедших курсы")
        tools.theme_matcher.warm()
    # What is loaded now lives as long as the process: out of the cyclic GC's reach. A full
    # collection walked all of it (~0.1 CPU-s each, about two in a thousand documents), and
    # in a worker forked from the server it would write to, so copy, the pages they share.
    # (No collect() first: the warm-up leaves no cyclic garbage to strand, and it costs 50 ms.)
    gc.freeze()
    # the forkserver is killed with the importer, never reaching atexit: save its patterns now
    regex_cache.save()


def _build_vocabularies(lem: Any) -> None:
    """Call every loaded stage module's cached builder that takes nothing or the lemmatizer
    alone (a rule's YAML words, its compiled patterns, its lemmatised phrases:
    `@cache def _patterns()`, `@lru_cache def _key_vocab(lem)`), which a worker would
    otherwise build in its first document (~0.2 CPU-s of YAML, regex compiling and
    lemmatising, per worker)."""
    import inspect
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith(_STAGES) or module is None:
            continue
        for obj in list(vars(module).values()):
            if (callable(obj) and hasattr(obj, "cache_info")
                    and getattr(obj, "__module__", None) == name
                    and getattr(obj, "__wrapped__", None) is not None):
                params = list(inspect.signature(obj).parameters)
                if params not in ([], ["lem"]):
                    continue
                with suppress(Exception):  # the same error comes back in the file that needs it
                    obj(*([lem] if params else []))


_STAGES = ("extract.", "normalize.", "ingest.")


def parse_one(path: str, hooks: tuple[str | None, str | None] = (None, None),
              limits: Limits = DEFAULT_LIMITS) -> Outcome:
    """Parse one file in a worker; never raises for a bad file or a bug in a stage."""
    if _STARTED is not None:
        _STARTED.put(path)
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
        self.started: dict[str, float] = {}  # path → when its worker began it
        self.started_q: Any = None

    def outcomes(self) -> Iterator[Outcome]:
        while self.queue or self.suspects:
            pool, self.started_q = _new_pool(self.workers)
            self.started.clear()
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
        """Note the files workers have begun since the last look (timeouts count from it)."""
        now = time.monotonic()
        with suppress(queue.Empty):
            while True:
                path = self.started_q.get_nowait()
                self.started[path] = now
                if self.on_start is not None:
                    self.on_start(path)

    def _overdue(self, inflight: dict[Future[Outcome], _Job]) -> list[_Job]:
        if self.timeout is None:
            return []
        now = time.monotonic()
        return [j for j in inflight.values()
                if now - self.started.get(j.path, now) > self.timeout]

    def _lost(self, jobs: Iterable[_Job], overdue: list[_Job]) -> Iterator[Outcome]:
        for job in jobs:
            if job in overdue:
                yield Outcome(job.path, reason=f"timed out after {self.timeout:g} s",
                              error_type="timeout")
            elif job.alone:
                yield Outcome(job.path, reason=CRASHED, error_type="crash")
            else:
                self.suspects.append(job.path)

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
