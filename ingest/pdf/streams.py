"""Decompression bombs in PDFs, found before PDFium inflates anything.

PDFium inflates a page's content streams whole, in memory: a 1 MB file whose content stream
inflates to 1 GiB took 2.1 GB and "succeeded"; under an address-space limit PDFium aborts the
process instead of failing. So every Flate stream is inflated here first, in bounded chunks
that are counted and dropped, and the file is refused when one stream, or the page content
(every stream but images) together, would inflate beyond Limits.max_stream_bytes /
max_content_bytes. Flate data behind an ASCII85 or ASCIIHex layer is decoded first; streams
with other filters, or whose data is not zlib, fail zlib's header check on their first bytes
and cost nothing.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable, Iterator

from ingest.errors import DocumentLoadError
from ingest.limits import Limits

_MB = 1024 * 1024
# "stream" at the start of stream data, then its EOL (PDFium also takes spaces before it, or
# none). "endstream" is left out by `_streams`, not by a look-behind: a pattern that opens with
# one loses the regex engine's literal prefix search and scans the file ~40x slower.
_STREAM = re.compile(rb"stream[ \t\f]*(?:\r\n|\n|\r)?")
_ASCII_FLATE = re.compile(
    rb"/Filter\s*\[\s*/(ASCII85Decode|A85|ASCIIHexDecode|AHx)\s*/(?:FlateDecode|Fl)\b")
_NOT_A85 = re.compile(rb"[^!-uz]")  # whitespace and junk between ASCII85 characters
_NOT_HEX = re.compile(rb"[^0-9A-Fa-f]")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_DICT_WINDOW = 4096  # bytes before "stream" searched for its object header and dictionary
_IN_CHUNK = 64 * 1024
_OUT_CHUNK = 4 * _MB


def _zlib_header(head: bytes) -> bool:
    """RFC 1950: deflate method, window ≤ 32 KB, header checksum divisible by 31."""
    return len(head) == 2 and head[0] & 0x8F == 0x08 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(chunks: Iterable[bytes | memoryview], cap: int) -> int:
    """Bytes the zlib data arriving in `chunks` inflates to, counting no further than cap + 1."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for chunk in chunks:
            if inflater.eof or total > cap:
                break
            total += len(inflater.decompress(chunk, _OUT_CHUNK))
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


def _raw(data: memoryview, start: int) -> Iterator[memoryview]:
    for pos in range(start, len(data), _IN_CHUNK):
        yield data[pos:pos + _IN_CHUNK]


def _a85(body: bytes) -> Iterator[bytes]:
    """ASCII85 decoded a chunk at a time (base64.a85decode of the whole would build a list as
    large as the output)."""
    pos = 0
    while pos < len(body):
        end = min(pos + _IN_CHUNK, len(body))
        # whole 5-character groups only ('z' stands alone for four zero bytes)
        while end < len(body) and (end - pos - body.count(b"z", pos, end)) % 5:
            end -= 1
        yield base64.a85decode(body[pos:end])
        pos = end


def _hex(digits: bytes) -> Iterator[bytes]:
    digits += b"0" * (len(digits) % 2)
    for pos in range(0, len(digits), 2 * _IN_CHUNK):
        yield bytes.fromhex(digits[pos:pos + 2 * _IN_CHUNK].decode("ascii"))


def _dictionary(data: bytes, at: int) -> tuple[str, bytes]:
    """("object N", its text up to `at`) for the stream keyword at offset `at`."""
    window = data[max(0, at - _DICT_WINDOW):at]
    objs = list(_OBJ.finditer(window))
    if not objs:
        return "a stream", window
    return f"object {int(objs[-1].group(1))}", window[objs[-1].start():]


def _header(data: bytes, at: int) -> tuple[str, bool]:
    """("object N", is an image) of the stream whose keyword is at offset `at`."""
    label, head = _dictionary(data, at)
    return label, _IMAGE.search(head) is not None


def _ascii_layer(data: bytes, start: int, end: int) -> Iterator[bytes] | None:
    """The zlib data, a chunk at a time, of a stream filtered [/ASCII85Decode /FlateDecode]
    (or ASCIIHex) whose keyword is at `start` and data at `end`; None for any other stream."""
    _, head = _dictionary(data, start)
    if b"/A" not in head:
        return None
    found = _ASCII_FLATE.search(head)
    if found is None:
        return None
    stop = data.find(b"endstream", end)
    text = data[end:stop if stop != -1 else len(data)]
    if found.group(1) in (b"ASCII85Decode", b"A85"):
        return _a85(_NOT_A85.sub(b"", text.split(b"~>")[0].removeprefix(b"<~")))
    return _hex(_NOT_HEX.sub(b"", text.split(b">")[0]))


def _streams(data: bytes) -> Iterator[re.Match[bytes]]:
    """Each "stream" keyword not preceded by a letter (as in "endstream"), with its EOL."""
    for m in _STREAM.finditer(data):
        at = m.start()
        if not data[at - 1:at].isalpha():  # bytes.isalpha: ASCII letters only; b"" at 0
            yield m


def check_streams(data: bytes, name: str, limits: Limits) -> None:
    """Raise DocumentLoadError if a compressed stream of the PDF `data` inflates beyond the
    limits (see the module docstring)."""
    view = memoryview(data)
    content = 0
    for m in _streams(data):
        if _zlib_header(data[m.end():m.end() + 2]):
            chunks: Iterable[bytes | memoryview] = _raw(view, m.end())
        elif (layer := _ascii_layer(data, m.start(), m.end())) is not None:
            chunks = layer
        else:
            continue  # another filter (DCT, JBIG2 …) or encrypted data: not ours to count
        try:
            size = _inflated_size(chunks, limits.max_stream_bytes)
        except ValueError:  # broken ASCII85 / hex: PDFium decides what it makes of it
            continue
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
