"""Zip containers (DOCX, ODT, XLSX) opened defensively: sizes are checked before inflating.

A zip bomb declares (or hides) a huge uncompressed size behind a tiny compressed one. We refuse
on the declared sizes and ratios from the central directory, then read members with a bounded
read, so even a member whose header lies cannot inflate beyond the limit.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from io import BytesIO

from ingest.errors import DocumentLoadError
from ingest.limits import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office writes password-protected OOXML as an OLE container holding this stream.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Small members compress well without being hostile; ratio checks start above this size.
_RATIO_MIN_BYTES = 1024 * 1024
_MAX_MEMBERS = 20_000
_CHUNK = 1024 * 1024
# What zipfile raises on a damaged container besides BadZipFile: a directory or header offset
# outside the file ("negative seek value"), a zip version or feature it does not implement,
# truncated or corrupt deflate data. None of them is a bug of ours.
ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
    NotImplementedError, UnicodeDecodeError)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def explain_not_zip(data: bytes, exc: BaseException | None = None) -> str:
    """A person-readable reason why `data` is not a usable zip container (`exc`: what
    zipfile said, when it is about a feature rather than damage)."""
    if data[:8] == OLE_MAGIC:
        if _ENCRYPTED_STREAM in data:
            return "password-protected (encrypted) Office document; save it without a password"
        return "old binary Office format (OLE container), not a zip-based document"
    if isinstance(exc, NotImplementedError):
        return f"unsupported zip container ({exc})"
    if data[:4] == b"PK\x03\x04":
        return "corrupt or truncated zip container"
    return "not a zip container (corrupt or wrong file type)"


def _damage(exc: BaseException) -> str:
    """What is wrong with a member, in words (zipfile's "negative seek value -444" is not)."""
    if isinstance(exc, ValueError) and not isinstance(exc, UnicodeDecodeError):
        return "its data lies outside the file"
    if isinstance(exc, NotImplementedError):
        return f"unsupported: {exc}"
    return str(exc) or type(exc).__name__


def open_zip(data: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    """Open `data` as a zip and check every member's declared size before anything inflates."""
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except ZIP_ERRORS as exc:
        raise DocumentLoadError(name, explain_not_zip(data, exc)) from exc
    check_members(zf, name, limits)
    return zf


def check_members(zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
    """Refuse zip bombs on declared sizes: per member, in total, and by compression ratio."""
    infos = zf.infolist()
    if len(infos) > _MAX_MEMBERS:
        raise DocumentLoadError(name, f"zip container has too many members ({len(infos)})")
    total = 0
    for info in infos:
        size = info.file_size
        if size > limits.max_zip_member_bytes:
            raise DocumentLoadError(
                name, f"zip member {info.filename} would unpack to {_mb(size)} "
                f"(limit {_mb(limits.max_zip_member_bytes)}): refused as a possible zip bomb")
        ratio = size / max(info.compress_size, 1)
        if size > _RATIO_MIN_BYTES and ratio > limits.max_zip_ratio:
            raise DocumentLoadError(
                name, f"zip member {info.filename} has compression ratio {ratio:.0f}:1 "
                f"(limit {limits.max_zip_ratio:.0f}:1): refused as a possible zip bomb")
        total += size
    if total > limits.max_zip_total_bytes:
        raise DocumentLoadError(
            name, f"zip container would unpack to {_mb(total)} "
            f"(limit {_mb(limits.max_zip_total_bytes)}): refused as a possible zip bomb")


def read_member(zf: zipfile.ZipFile, member: str, name: str, limits: Limits) -> bytes | None:
    """The member's bytes (None if absent), never inflating more than the member limit."""
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise DocumentLoadError(name, f"zip member {member} is encrypted")
    limit = limits.max_zip_member_bytes
    parts: list[bytes] = []
    got = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(min(_CHUNK, limit + 1 - got)):
                parts.append(chunk)
                got += len(chunk)
                if got > limit:
                    raise DocumentLoadError(
                        name, f"zip member {member} unpacks beyond {_mb(limit)}: refused")
    except ZIP_ERRORS as exc:
        raise DocumentLoadError(name, f"zip member {member} is corrupt ({_damage(exc)})") from exc
    return b"".join(parts)


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, …, name length, extra length


def packed_member(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The member's bytes as `data` (the whole archive) stores them, still compressed, or None
    when its local header is not where the central directory says. Two members with equal
    packed bytes and compression method inflate alike: a cache may compare these instead of
    inflating a large member again."""
    start = info.header_offset
    head = data[start : start + _LOCAL_HEADER.size]
    if len(head) < _LOCAL_HEADER.size:
        return None
    signature, name_len, extra_len = _LOCAL_HEADER.unpack(head)
    if signature != b"PK\x03\x04":
        return None
    begin = start + _LOCAL_HEADER.size + name_len + extra_len
    packed = data[begin : begin + info.compress_size]
    return packed if len(packed) == info.compress_size else None
