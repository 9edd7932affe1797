"""Just enough of the OLE compound file format (MS-CFB) to say why a .doc cannot be read.

LibreOffice reports an encrypted or non-Word OLE file only as "could not be loaded"; reading
the directory names and the Word header's encryption flag gives the user the real reason.
Nothing here inflates or follows long chains: a hostile file costs at most a few sector reads.
"""

from __future__ import annotations

import struct

from ingest.safe_zip import OLE_MAGIC

_END = 0xFFFFFFFE
_MAX_DIR_SECTORS = 4096
_F_ENCRYPTED = 0x0100  # FIB base flags: fEncrypted
_WORD_IDENT = 0xA5EC
ENCRYPTED = "encrypted document (password required)"
_CORRUPT = "corrupt or truncated OLE (old Office) document"


class _Truncated(Exception):
    """A sector the directory points to lies beyond the end of the file."""


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


class _Cfb:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_cutoff = _u32(data, 0x38)
        fat_sectors = [_u32(data, 0x4C + 4 * i) for i in range(109)]
        self.fat_sectors = [s for s in fat_sectors[: _u32(data, 0x2C)] if s < _END]

    def sector(self, n: int) -> bytes:
        start = (n + 1) * self.size
        if start + self.size > len(self.data):
            raise _Truncated
        return self.data[start : start + self.size]

    def next(self, n: int) -> int:
        per = self.size // 4
        idx, off = divmod(n, per)
        if idx >= len(self.fat_sectors):
            return _END
        fat = self.sector(self.fat_sectors[idx])
        return _u32(fat, off * 4) if len(fat) >= off * 4 + 4 else _END

    def entries(self) -> dict[str, tuple[int, int]]:
        """Directory: stream/storage name → (start sector, size)."""
        out: dict[str, tuple[int, int]] = {}
        sect, seen = _u32(self.data, 0x30), 0
        while sect < _END and seen < _MAX_DIR_SECTORS:
            block = self.sector(sect)
            for at in range(0, len(block) - 127, 128):
                n = struct.unpack_from("<H", block, at + 0x40)[0]
                if 2 <= n <= 64 and block[at + 0x42] in (1, 2, 5):
                    name = block[at : at + n - 2].decode("utf-16-le", "replace")
                    out[name] = (_u32(block, at + 0x74), _u32(block, at + 0x78))
            sect, seen = self.next(sect), seen + 1
        return out


def ole_problem(data: bytes) -> str | None:
    """Why an OLE file is not a readable Word document, or None when it looks fine (or the
    container is too odd to tell: LibreOffice then has its say)."""
    if data[:8] != OLE_MAGIC or len(data) < 1536:
        return _CORRUPT
    try:
        cfb = _Cfb(data)
        names = cfb.entries()
        fib = _fib(cfb, names)
    except _Truncated:
        return _CORRUPT
    except (struct.error, IndexError, ValueError):
        return None
    if "Root Entry" not in names:
        return _CORRUPT
    if "EncryptedPackage" in names:
        return ENCRYPTED
    if "WordDocument" not in names:
        kind = ("an Excel workbook" if {"Workbook", "Book"} & names.keys() else
                "a PowerPoint presentation" if "PowerPoint Document" in names else
                "an OLE file of another kind")
        return f"not a Word document: {kind}"
    if fib and struct.unpack_from("<H", fib, 0)[0] == _WORD_IDENT:
        flags = struct.unpack_from("<H", fib, 0x0A)[0]
        if flags & _F_ENCRYPTED:
            return ENCRYPTED
    return None


def _fib(cfb: _Cfb, names: dict[str, tuple[int, int]]) -> bytes | None:
    """The first sector of the WordDocument stream (its FIB header), if it is easy to reach."""
    start, size = names.get("WordDocument", (_END, 0))
    if size < cfb.mini_cutoff or start >= _END:
        return None  # absent, or a tiny stream in the mini stream: not worth following here
    return cfb.sector(start)
