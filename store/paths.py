"""File paths in the store: any path the file system gives, stored losslessly.

Python gives a file name that is not valid UTF-8 with its bad bytes as lone surrogates
(os.fsdecode's surrogateescape); DuckDB's VARCHAR holds only UTF-8. Such a path is stored as
`path` = the name with those bytes escaped (\\xff, what a person is shown) plus `path_bytes` =
its exact bytes; every other path is stored as it is, with path_bytes NULL.
"""

from __future__ import annotations

import os


def is_utf8(path: str) -> bool:
    """True when `path` can be stored as it is (no surrogate-escaped bytes)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def path_columns(path: str | None) -> tuple[str | None, bytes | None]:
    """(path, path_bytes) to store for `path`."""
    if path is None or is_utf8(path):
        return path, None
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace"), raw


def stored_path(path: str | None, path_bytes: bytes | None) -> str | None:
    """The path as the file system gives it, from its stored columns."""
    return os.fsdecode(path_bytes) if path_bytes is not None else path
