"""The one exception for input that cannot be read (as opposed to bugs, which propagate)."""

from __future__ import annotations

import re

# Control characters (a newline in a file or zip member name would start a forged line of
# output), and the lone surrogates Python uses for file-name bytes that are not UTF-8.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, ch.encode("unicode_escape")
                                                      .decode("ascii"))


def printable(text: str) -> str:
    """`text` on one line, as a person can read it: control characters escaped (\\n, \\x07),
    bytes of a file name that are not UTF-8 shown as \\xff. Ordinary text is unchanged."""
    return _UNPRINTABLE.sub(_escape, text)


class DocumentLoadError(Exception):
    """A file that cannot be read: the message names the reason a person understands.

    Both are kept printable (one line, see `printable`): names come from the file system and
    from inside containers, and a reason is printed as one line of output."""

    def __init__(self, file: str, reason: str) -> None:
        file, reason = printable(file), printable(reason)
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
