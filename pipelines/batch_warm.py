"""Loaded by the forkserver before it forks any parser worker (see batch_server.start_server).

Importing this module loads the stages, pymorphy3, natasha and the theme taxonomy (about a
second of CPU) once in the forkserver; every worker forked from it —
including the ones restarted after a crash or a timeout — starts with them in memory, shared
copy-on-write, instead of loading them again. The forkserver has no threads and no database
connection, so forking from it after this import is safe. It dies with the importer.
"""

from __future__ import annotations

import os

from ingest.convert.guard import die_with_parent as kernel_death_signal
from normalize.record import default_tools
from pipelines.batch_pool import die_with_parent
from pipelines.batch_server import IMPORTER_PID_ENV
from pipelines.batch_warmup import warm_up

# The forkserver is the importer's child, and the workers' parent: it exits with the importer
# (a SIGKILLed `roadmaps ingest` left it, its workers and the resource tracker running) — also
# when the importer was killed while the server started, before it could ask the kernel
_importer = os.environ.get(IMPORTER_PID_ENV, "")
die_with_parent(int(_importer) if _importer.isdigit() else None)

_SERVER = os.getpid()


def _child_dies_with_server() -> None:
    """A worker asks to die with the server the moment it is forked, before multiprocessing's
    own start-up code: the importer killed while the server forks one left the server dead and
    the new child (the server's command line, no listening socket, parent 1) blocked for good,
    holding the resource tracker's pipe open. Grandchildren a worker forks itself are not the
    server's and are left alone."""
    if os.getppid() == _SERVER:
        kernel_death_signal(_SERVER)


os.register_at_fork(after_in_child=_child_dies_with_server)
warm_up(default_tools())
