"""Shared pieces of samples 361…367 (make_drawn_samples.py): a text document assembled line
by line, where its items were printed, and the expected record written from it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, Ind, _src, write_expected
from drawn_render import C, T, draw


class Doc:
    """A text document being written; line numbers are 1-based, as the reader counts them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, *texts: str) -> None:
        """Paragraph lines ("\\n" inside a text makes more lines)."""
        for text in texts:
            self.lines += text.split("\n")

    def table(self, t: T) -> int:
        """Draw `t`; returns the number of its first line."""
        first = len(self.lines) + 1
        self.lines += draw(t)
        return first

    def line_of(self, snippet: str, after: int = 0) -> int:
        """The first line after line `after` that holds `snippet`."""
        for n in range(after, len(self.lines)):
            if snippet in self.lines[n]:
                return n + 1
        raise ValueError(f"not in the document: {snippet!r}")

    def save(self, path: Path, encoding: str = "utf-8") -> Path:
        path.write_text("\n".join(self.lines) + "\n", encoding=encoding)
        return path


def at(doc: Doc, item: Any, table: int, row: int, snippet: str, after: int = 0) -> int:
    """Fill an item's source (its table, row and the line where `snippet` is printed);
    returns that line."""
    line = doc.line_of(snippet, after)
    item.source = _src(table=table, row=row, line=line)
    return line


def act_row(a: Act) -> list[C]:
    """An activity's row: number, title, deadline, responsible cell, result."""
    return [C(a.number or "", 0), C(a.title, 1), C(a.deadline, 2), C("\n".join(a.resp_cell), 3),
            C(a.result or "", 4)]


__all__ = ["Act", "Doc", "Ind", "T", "act_row", "at", "write_expected"]
