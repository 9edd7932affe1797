"""Loaded by the forkserver before it forks any parser worker (see batch_server.start_server).

Importing this module loads the stages, pymorphy3, natasha and the theme taxonomy (about a
second of CPU) once in the forkserver; every worker forked from it —
including the ones restarted after a crash or a timeout — starts with them in memory, shared
copy-on-write, instead of loading them again. The forkserver has no threads and no database
connection, so forking from it after this import is safe. It dies with the importer.
"""

from __future__ import annotations

import os

from normalize.record import default_tools
from pipelines.batch_pool import die_with_parent, warm_up
from pipelines.batch_server import IMPORTER_PID_ENV

# The forkserver is the importer's child, and the workers' parent: it exits with the importer
# (a SIGKILLed `roadmaps ingest` left it, its workers and the resource tracker running) — also
# when the importer was killed while the server started, before it could ask the kernel
_importer = os.environ.get(IMPORTER_PID_ENV, "")
die_with_parent(int(_importer) if _importer.isdigit() else None)
warm_up(default_tools())
