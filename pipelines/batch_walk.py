"""What `roadmaps ingest` imports: the walk over its arguments, and what is gone since.

A folder contributes its files with known extensions (hidden ones and ~$ lock files skipped);
entries with such a name that cannot be read as a file — a FIFO (reading it would block), a
symbolic link that loops or whose target is gone — are reported, not silently skipped. Files
named explicitly are always taken. Documents stored from a walked folder whose file no longer
exists are `gone`: `ingest --prune` deletes them.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KNOWN_EXTENSIONS = frozenset(
    {".txt", ".md", ".docx", ".pdf", ".doc", ".rtf", ".odt", ".html", ".htm"}
)
NOT_REGULAR = "not a regular file (a pipe, socket or device)"


@dataclass
class Walk:
    """Files to import; arguments that do not exist; entries met that are not readable files
    (path, reason); the folders walked (resolved)."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


def _wanted(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return (path.suffix.lower() in KNOWN_EXTENSIONS
            and not any(p.startswith(".") for p in parts)
            and not path.name.startswith("~$"))


def not_a_file(path: Path) -> str | None:
    """Why `path` (met while walking) cannot be read as a file, or None when it is a file or a
    folder."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (it points back at itself)"
        if path.is_symlink():
            return "broken symbolic link: its target does not exist"
        return f"cannot open: {exc.strerror or exc}"
    if path.is_file() or path.is_dir():
        return None
    return NOT_REGULAR


def collect_files(paths: Iterable[Path]) -> Walk:
    """Walk the arguments (see the module docstring)."""
    walk = Walk()
    files: dict[Path, None] = {}
    for arg in paths:
        if arg.is_dir():
            walk.folders.append(arg.resolve())
            for f in sorted(arg.rglob("*")):
                if not _wanted(f, arg):
                    continue
                problem = not_a_file(f)
                if problem is not None:
                    walk.unreadable.append((f.absolute(), problem))
                elif f.is_file():
                    files[f.resolve()] = None
        elif arg.exists():
            files[arg.resolve()] = None
        else:
            walk.missing.append(arg)
    walk.files = list(files)
    return walk


def sha256_file(path: Path) -> str:
    """sha256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def gone(stored: dict[int, str], folders: list[Path]) -> list[int]:
    """Ids of stored documents loaded from inside one of `folders` whose file is gone."""
    out = []
    for doc_id, path in stored.items():
        p = Path(path)
        if any(p.is_relative_to(f) for f in folders) and not os.path.isfile(p):
            out.append(doc_id)
    return sorted(out)
