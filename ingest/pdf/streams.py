"""Decompression bombs in PDFs, found before PDFium inflates anything.

PDFium inflates a page's content streams whole, in memory: a 1 MB file whose content stream
inflates to 1 GiB took 2.1 GB and "succeeded"; under an address-space limit PDFium aborts the
process instead of failing. So every Flate stream is inflated here first, in bounded chunks
that are counted and dropped, and the file is refused when one stream, or the page content
(every stream but images) together, would inflate beyond Limits.max_stream_bytes /
max_content_bytes. Streams with other filters, or whose data is not zlib, fail zlib's header
check on their first bytes and cost nothing.
"""

from __future__ import annotations

import re
import zlib

from ingest.errors import DocumentLoadError
from ingest.limits import Limits

_MB = 1024 * 1024
# "stream" at the start of stream data ("endstream" excluded), then the EOL the spec requires.
_STREAM = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_DICT_WINDOW = 4096  # bytes before "stream" searched for its object header and dictionary
_IN_CHUNK = 64 * 1024
_OUT_CHUNK = 4 * _MB


def _zlib_header(head: bytes) -> bool:
    """RFC 1950: deflate method, window ≤ 32 KB, header checksum divisible by 31."""
    return len(head) == 2 and head[0] & 0x8F == 0x08 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(data: memoryview, start: int, cap: int) -> int:
    """Bytes the zlib stream at `start` inflates to, counting no further than cap + 1."""
    inflater = zlib.decompressobj()
    total, pos = 0, start
    try:
        while pos < len(data) and not inflater.eof and total <= cap:
            total += len(inflater.decompress(data[pos:pos + _IN_CHUNK], _OUT_CHUNK))
            pos += _IN_CHUNK
            # the output cap leaves input behind; after the end of the stream the bytes
            # that follow it (endstream …) may stay there too, and are not ours
            while (tail := inflater.unconsumed_tail) and not inflater.eof and total <= cap:
                out = len(inflater.decompress(tail, _OUT_CHUNK))
                if not out and len(inflater.unconsumed_tail) == len(tail):
                    break  # no progress: nothing more will come out of it
                total += out
    except zlib.error:
        pass  # not zlib data, or damaged: PDFium decides what it makes of it
    return total


def _header(data: bytes, at: int) -> tuple[str, bool]:
    """("object N", is an image) of the stream whose data starts after offset `at`."""
    window = data[max(0, at - _DICT_WINDOW):at]
    objs = list(_OBJ.finditer(window))
    head = window[objs[-1].start():] if objs else window
    label = f"object {int(objs[-1].group(1))}" if objs else "a stream"
    return label, _IMAGE.search(head) is not None


def check_streams(data: bytes, name: str, limits: Limits) -> None:
    """Raise DocumentLoadError if a compressed stream of the PDF `data` inflates beyond the
    limits (see the module docstring)."""
    view = memoryview(data)
    content = 0
    for m in _STREAM.finditer(data):
        if not _zlib_header(data[m.end():m.end() + 2]):
            continue  # another filter (DCT, JBIG2 …) or encrypted data: not ours to count
        size = _inflated_size(view, m.end(), limits.max_stream_bytes)
        if size <= 1024:
            continue
        label, image = _header(data, m.start())
        if size > limits.max_stream_bytes:
            raise DocumentLoadError(
                name, f"PDF stream ({label}) inflates to more than "
                f"{limits.max_stream_bytes // _MB} MB (the limit): refused as a possible "
                "decompression bomb")
        content += 0 if image else size
        if content > limits.max_content_bytes:
            raise DocumentLoadError(
                name, f"PDF content inflates to more than {limits.max_content_bytes // _MB} MB "
                "(the limit): refused as a possible decompression bomb")
