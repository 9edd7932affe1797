"""Progress of `roadmaps ingest` on stderr: a rich bar (done/total, failed, docs/s, elapsed,
time left, the file a worker started last) when stderr is a terminal; otherwise — a log, CI, a
pipe — a plain line every few seconds, so a long run shows it is alive without flooding."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from ingest.errors import printable

PLAIN_EVERY_S = 5.0
INTERVAL_ENV = "ROADMAPS_PROGRESS_SECONDS"  # tests set 0: a line per event


def _interval() -> float:
    try:
        return float(os.environ.get(INTERVAL_ENV, PLAIN_EVERY_S))
    except ValueError:
        return PLAIN_EVERY_S


class Progress:
    """Counts files done and failed, knows the file started last; `show` draws it."""

    def __init__(self, total: int, failed: Callable[[], int]) -> None:
        self.total, self.failed = total, failed
        self.done = 0
        self.current = ""
        self.start = time.monotonic()

    def rate(self) -> float:
        """Files per second so far."""
        return self.done / max(time.monotonic() - self.start, 1e-6)

    def left(self) -> timedelta | None:
        """Time left at the rate so far (None before the first file is done)."""
        if not self.done:
            return None
        return timedelta(seconds=round((self.total - self.done) / self.rate()))

    def line(self) -> str:
        """The plain progress line."""
        left = self.left()
        eta = f", осталось около {left}" if left is not None else ""
        now = f", сейчас: {self.current}" if self.current and self.done < self.total else ""
        return (f"разбор: {self.done}/{self.total} файлов, с ошибкой {self.failed()}, "
                f"{self.rate():.1f} док./с{eta}{now}")

    def started(self, path: str) -> None:
        self.current = printable(Path(path).name)
        self.show()

    def finished(self) -> None:
        self.done += 1
        self.show()

    def show(self) -> None:
        """Draw the progress (called on every event and when the workers are idle)."""


class PlainProgress(Progress):
    """A line on `out` at most every `every` seconds, and one when the last file is done."""

    def __init__(self, total: int, failed: Callable[[], int], out: TextIO,
                 every: float) -> None:
        super().__init__(total, failed)
        self.out, self.every = out, every
        self.last = self.start

    def show(self) -> None:
        now = time.monotonic()
        last_file = self.done == self.total and self.every > 0
        if now - self.last >= self.every or (last_file and now - self.start >= self.every):
            self.last = now
            print(self.line(), file=self.out, flush=True)


class BarProgress(Progress):
    """The rich bar, with time left and the current file."""

    def __init__(self, total: int, failed: Callable[[], int], bar: Any) -> None:
        super().__init__(total, failed)
        self.bar = bar
        self.task = bar.add_task("files", total=total, failed=0, rate=0.0, current="")

    def show(self) -> None:
        self.bar.update(self.task, completed=self.done, failed=self.failed(),
                        rate=self.rate(), current=self.current)


def _columns() -> tuple[Any, ...]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column

    return (TextColumn("разбор"), BarColumn(bar_width=20), MofNCompleteColumn(),
            TextColumn("с ошибкой {task.fields[failed]}"),
            TextColumn("{task.fields[rate]:.1f} док./с"), TimeElapsedColumn(),
            TextColumn("осталось"), TimeRemainingColumn(),
            TextColumn("{task.fields[current]}", markup=False,
                       table_column=Column(max_width=32, no_wrap=True, overflow="ellipsis")))


@contextmanager
def progress(total: int, failed: Callable[[], int], console: Any = None
             ) -> Iterator[Progress]:
    """The bar when stderr (or the given rich console) is a terminal, else plain lines."""
    if console is None and (total == 0 or not sys.stderr.isatty()):
        yield PlainProgress(total, failed, sys.stderr, _interval())
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(*_columns(), console=console or Console(stderr=True)) as bar:
        yield BarProgress(total, failed, bar)
