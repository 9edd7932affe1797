"""Limits applied around and after the readers: table sizes and the address-space limit.

Readers build a table from its cells; later stages build its grid (rows × columns slots).
`check_tables` refuses a table whose grid would be absurd (a cell spanning a billion columns)
before anyone builds it. `memory_limit` lowers the process's address-space limit
(RLIMIT_AS) while a document is read, so a reader that runs away fails with MemoryError —
turned into a DocumentLoadError naming the file — instead of taking the machine down.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Block, Table

_MB = 1024 * 1024


def check_tables(blocks: Iterable[Block], name: str, limits: Limits) -> None:
    """Refuse a document with a table wider than max_table_columns or a grid (rows × columns)
    larger than max_table_cells."""
    for block in blocks:
        if not isinstance(block, Table):
            continue
        cols, rows = block.n_cols, len(block.rows)
        if cols > limits.max_table_columns:
            raise DocumentLoadError(
                name, f"table {block.index} has {cols:,} columns (limit "
                f"{limits.max_table_columns:,}): refused, a merged cell spans too far")
        if cols * rows > limits.max_table_cells:
            raise DocumentLoadError(
                name, f"table {block.index} has {rows:,} rows × {cols:,} columns = "
                f"{cols * rows:,} cells (limit {limits.max_table_cells:,}): refused")


def address_space() -> int | None:
    """This process's address space in bytes (Linux /proc), None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_limit(limits: Limits, name: str) -> Iterator[None]:
    """Read a document with at most limits.max_memory_bytes of address space on top of what
    the process already holds (a worker holds the language models; a caller's own memory is
    not the document's). A MemoryError inside becomes DocumentLoadError(name, "out of
    memory …"); the previous limit is restored on the way out."""
    import resource

    now = address_space() if sys.platform.startswith("linux") else None
    if not limits.max_memory_bytes or now is None:
        yield
        return
    old = resource.getrlimit(resource.RLIMIT_AS)
    cap = now + limits.max_memory_bytes
    if old[1] != resource.RLIM_INFINITY:
        cap = min(cap, old[1])
    resource.setrlimit(resource.RLIMIT_AS, (cap, old[1]))
    try:
        yield
    except MemoryError as exc:
        raise DocumentLoadError(
            name, f"out of memory: reading it needs more than {limits.max_memory_bytes // _MB} MB "
            "(the limit; ROADMAPS_MAX_MEMORY_MB raises it)") from exc
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old)
