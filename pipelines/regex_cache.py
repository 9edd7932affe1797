"""A disk cache of compiled regular expressions for `roadmaps` processes.

The rules and vocabularies compile ~1,000 patterns at start-up (many of them Cyrillic classes
under IGNORECASE, whose case folding the compiler expands character by character): ~0.19
CPU-s of a one-file `roadmaps ingest`'s ~1.2. Python keeps compiled patterns in memory only,
so every process parsed and compiled them again. Here the compiler's output (the opcode list
`_sre.compile` takes, with the groups) is kept per (pattern, flags) in the user's cache
folder and handed straight to `_sre.compile` next time: the same Pattern object (equal code,
flags and groups), without parsing. The file is named by the Python version and the regex
engine's MAGIC, so another interpreter never reads opcodes it does not know; it is marshal
data (no code runs on load), and a missing, broken or unwritable file only means compiling.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C engine re._compiler feeds
import atexit
import marshal
import os
import re
import sys
from array import array
from contextlib import suppress
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

_Key = tuple[str | bytes, int]
_CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # the engine's opcode width
_ORIGINAL = _compiler.compile
_MAX_ENTRIES = 20_000  # past this (edited patterns piling up) the file keeps this run's only
_entries: dict[_Key, tuple[Any, ...]] = {}
_used: set[_Key] = set()
_loaded = False
_dirty = False


def cache_file() -> Path:
    """Where the cache lives: $XDG_CACHE_HOME or ~/.cache, roadmaps/, per interpreter."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.name}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(base) / "roadmaps" / f"regex-{tag}.marshal"


def install() -> None:
    """Route re's compiler through the cache for the rest of the process (once; not when
    ROADMAPS_REGEX_CACHE=0), saving what was compiled anew at exit (a forked worker exits
    without it; the forkserver saves at the end of its warm-up)."""
    if _compiler.compile is not _ORIGINAL or os.environ.get("ROADMAPS_REGEX_CACHE") == "0":
        return
    _compiler.compile = _compile
    atexit.register(save)


def _compile(p: Any, flags: int = 0) -> Any:
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _ORIGINAL(p, flags)
    global _dirty
    if not _loaded:
        _load()
    key = (p, int(flags))
    _used.add(key)
    args = _entries.get(key)
    if args is not None:
        with suppress(Exception):  # an entry not of this shape: _sre refuses bad code too
            return _from(p, args)
    try:
        args = _compiled(p, flags)
        pattern = _from(p, args)
    except Exception:  # a Python whose private compiler steps differ: compile as re does
        return _ORIGINAL(p, flags)
    _entries[key] = args
    _dirty = True
    return pattern


def _from(p: str | bytes, args: tuple[Any, ...]) -> Any:
    flags, code, *groups = args
    return _sre.compile(p, flags, array(_CODE, code).tolist(), *groups)


def _compiled(p: str | bytes, flags: int) -> tuple[Any, ...]:
    """What re._compiler.compile passes to _sre.compile after the pattern (the same steps)."""
    parsed = _parser.parse(p, flags)
    # kept as the bytes of an unsigned array (~1 MB for all, where a list of Python ints
    # held 4.5 MB in every process), made a list again for _sre on each use
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _load() -> None:
    global _loaded
    _loaded = True
    with suppress(Exception):  # no file yet, or one cut short: compile as usual
        data = marshal.loads(cache_file().read_bytes())
        if isinstance(data, dict):
            _entries.update(data)


def save() -> None:
    """Write the cache when this process compiled a pattern it did not find there. Written
    to a temporary file and renamed, so processes saving at once never leave a torn file."""
    global _dirty
    if not _dirty:
        return
    _dirty = False
    keep = _entries if len(_entries) <= _MAX_ENTRIES else {k: _entries[k] for k in _used}
    path = cache_file()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with suppress(OSError, ValueError):  # ValueError: a key marshal cannot write (a str subclass)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(keep))
        os.replace(tmp, path)
    with suppress(OSError):
        tmp.unlink(missing_ok=True)
