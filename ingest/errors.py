"""The one exception for input that cannot be read (as opposed to bugs, which propagate)."""

from __future__ import annotations


class DocumentLoadError(Exception):
    """A file that cannot be read: the message names the reason a person understands."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
