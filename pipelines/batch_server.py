"""The parser workers' forkserver, started before anything heavy is imported.

Standard library only: `roadmaps ingest` starts the server (which loads the stages and the
models, ~1 CPU-s) first, and imports DuckDB, pydantic and the store while the server works —
on a second core, those imports are off the one-file import's wall-clock path.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from typing import Any

WARM_MODULE = "pipelines.batch_warm"
IMPORTER_PID_ENV = "ROADMAPS_IMPORTER_PID"  # read by WARM_MODULE in the forkserver
# "1": the batch gives each worker one file at most, so the NER tagger is loaded by a worker
# whose file needs it, not by the forkserver before any file starts (read by warm_up)
LAZY_NER_ENV = "ROADMAPS_LAZY_NER"
# room left in a 107-byte socket path for multiprocessing's 'pymp-XXXXXXXX/listener-XXXXXXXX'
_MAX_SOCKET_DIR = 70


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity, else all of them)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def context() -> Any:
    """The multiprocessing context of the parser pool."""
    # Not fork: the parent holds an open DuckDB connection and threads. The forkserver listens
    # on a socket under TMPDIR, whose path Linux caps at 107 bytes: with a long TMPDIR the server
    # cannot start ("AF_UNIX path too long"), so spawn, slower to start but socket-free.
    forkserver = ("forkserver" in multiprocessing.get_all_start_methods()
                  and len(os.fsencode(tempfile.gettempdir())) <= _MAX_SOCKET_DIR)
    return multiprocessing.get_context("forkserver" if forkserver else "spawn")


def start_server(files: int | None = None, workers: int | None = None) -> None:
    """Start the forkserver now (it loads the stages and the models, ~1 CPU-s), so that it
    works while this process imports the store, opens the database and hashes the files; a
    no-op once it runs, and with the spawn method. With no more `files` than `workers` every
    worker reads one file at most: the NER tagger (~0.15 CPU-s, used by a few documents in
    ten) is then left to the worker whose file asks for it, off a one-file import's path."""
    if files is not None and workers is not None:
        os.environ[LAZY_NER_ENV] = "1" if files <= workers else ""
    ctx = context()
    if ctx.get_start_method() != "forkserver":
        return
    # Workers fork from a server that already holds the models (ignored once it runs).
    ctx.set_forkserver_preload(["__main__", WARM_MODULE])
    # the server checks the importer is still there once it has asked to die with it: an
    # importer killed while the server starts would leave it (and the resource tracker) behind
    os.environ[IMPORTER_PID_ENV] = str(os.getpid())
    from multiprocessing import forkserver

    forkserver.ensure_running()
