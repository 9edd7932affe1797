"""A guard between a parser process and LibreOffice: the converter and its temporary folder
never outlive the process that asked for them.

`roadmaps ingest --timeout` kills a stuck worker with SIGKILL, which leaves it no time to clean
up: LibreOffice (soffice, which starts soffice.bin) and its work folder (a copy of the input)
stayed behind. So the worker runs the converter through this guard:

    python -I -S guard.py PARENT_PID WORKDIR -- soffice …

The guard runs the converter in a process group of its own and asks the kernel for SIGTERM when
its parent dies (Linux prctl PR_SET_PDEATHSIG). On SIGTERM — the parent died, or the parent
gave up on the conversion — it kills the converter's whole group, removes WORKDIR and exits.
Otherwise it exits with the converter's status. Standard library only, run by path with -S: it
starts in milliseconds.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
from contextlib import suppress

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Linux: have the kernel send `sig` to this process when `parent` (its parent) exits; exit
    at once if it already has. A no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
        return  # refused (sandbox): nothing more we can do here
    if os.getppid() != parent:  # died before we asked: the signal will never come
        os.kill(os.getpid(), sig)


def _kill_group(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _run(workdir: str, cmd: list[str]) -> int:
    child: list[subprocess.Popen[bytes]] = []

    def stop(signum: int, _frame: object) -> None:
        if child:
            _kill_group(child[0].pid)
            with suppress(ChildProcessError):  # not Popen.wait: its lock may be held here
                os.waitpid(child[0].pid, 0)
        shutil.rmtree(workdir, ignore_errors=True)
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # No stop() between starting the converter and knowing its pid: it would be left running.
    held = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        child.append(subprocess.Popen(  # in a process group of its own
            cmd, start_new_session=True,
            preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_UNBLOCK, held)))
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)
    try:
        return child[0].wait()
    finally:
        _kill_group(child[0].pid)  # soffice.bin may linger after soffice returns


def main(argv: list[str]) -> int:
    """guard.py PARENT_PID WORKDIR -- COMMAND…"""
    parent, workdir, sep, *cmd = argv
    if sep != "--" or not cmd:
        print("usage: guard.py PARENT_PID WORKDIR -- COMMAND…", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: _gone(workdir))
    die_with_parent(int(parent), signal.SIGTERM)
    return _run(workdir, cmd)


def _gone(workdir: str) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
    os._exit(128 + signal.SIGTERM)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
