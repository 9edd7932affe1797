"""Format sniffing and the reader table: content decides, the extension is only a hint."""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Protocol

from ingest.errors import DocumentLoadError, printable
from ingest.guards import check_tables
from ingest.limits import DEFAULT_LIMITS, Limits
from ingest.models import ReadResult, SourceDocument
from ingest.safe_zip import ZIP_ERRORS


class Reader(Protocol):
    """One reader per format: bytes in, blocks out. Raises DocumentLoadError on bad input."""

    def __call__(self, data: bytes, name: str, limits: Limits) -> ReadResult: ...


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return set(zf.namelist())
    except ZIP_ERRORS:
        return set()


_DOCX_EXTS = frozenset({".docx", ".docm", ".dotx"})


def _is_docx(data: bytes, ext: str) -> bool:
    if data[:4] != b"PK\x03\x04":
        return False
    # A zip named .docx that is unreadable or lacks word/document.xml goes to the DOCX reader,
    # which says why it is not a Word document (the text reader would only see binary data).
    return "word/document.xml" in _zip_names(data) or (
        ext in _DOCX_EXTS and not _is_odt(data, ext))


def _is_odt(data: bytes, ext: str) -> bool:
    return data[:4] == b"PK\x03\x04" and b"application/vnd.oasis.opendocument.text" in data[:100]


def _is_pdf(data: bytes, ext: str) -> bool:
    return b"%PDF-" in data[:1024]


def _is_doc(data: bytes, ext: str) -> bool:
    return data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _is_rtf(data: bytes, ext: str) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def _is_html(data: bytes, ext: str) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (ext in {".html", ".htm"})


def _is_md(data: bytes, ext: str) -> bool:
    return ext in {".md", ".markdown"}


def _is_text(data: bytes, ext: str) -> bool:
    return True


# (format, sniff, "module:function" of the reader). Order matters: first match wins.
# Readers are imported lazily so `roadmaps --help` stays fast and a missing optional reader
# only fails for its own format.
FORMATS: tuple[tuple[str, Callable[[bytes, str], bool], str], ...] = (
    ("pdf", _is_pdf, "ingest.pdf.reader:read_pdf"),
    ("docx", _is_docx, "ingest.docx.reader:read_docx"),
    ("odt", _is_odt, "ingest.convert.reader:read_converted"),
    ("doc", _is_doc, "ingest.convert.reader:read_converted"),
    ("rtf", _is_rtf, "ingest.convert.reader:read_converted"),
    ("html", _is_html, "ingest.html.reader:read_html"),
    ("md", _is_md, "ingest.text.reader:read_text"),
    ("txt", _is_text, "ingest.text.reader:read_text"),
)


def sniff_format(data: bytes, name: str) -> str:
    """Return the format of `data`; `name`'s extension only breaks ties."""
    ext = Path(name).suffix.lower()
    for fmt, test, _ in FORMATS:
        if test(data, ext):
            return fmt
    return "txt"


def _reader_for(fmt: str) -> Reader:
    target = next(t for f, _, t in FORMATS if f == fmt)
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def _read_bytes(path: Path, limits: Limits) -> bytes:
    name = path.name
    if path.is_dir():
        raise DocumentLoadError(name, "is a directory, not a file")
    if path.exists() and not path.is_file():  # a pipe or device would block or never end
        raise DocumentLoadError(name, "not a regular file (a pipe, socket or device)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentLoadError(name, f"cannot open: {exc.strerror or exc}") from exc
    if size == 0:
        raise DocumentLoadError(name, "empty file")
    if size > limits.max_file_bytes:
        mb = limits.max_file_bytes // (1024 * 1024)
        raise DocumentLoadError(name, f"file too large ({size // (1024 * 1024)} MB > {mb} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentLoadError(name, f"cannot read: {exc.strerror or exc}") from exc


# Extensions of binary formats: content that is none of them is not "text" to the user.
_BINARY_EXTS = {".pdf": "PDF", ".docx": "DOCX", ".docm": "DOCX", ".doc": "DOC", ".odt": "ODT",
                ".xlsx": "XLSX", ".rtf": "RTF"}


def _named_format_error(exc: DocumentLoadError, fmt: str, name: str) -> DocumentLoadError:
    """A file named .pdf/.docx whose bytes match no known format fell through to the text
    reader; "binary data, not text" would puzzle its owner, so name the expected format."""
    expected = _BINARY_EXTS.get(Path(name).suffix.lower())
    if fmt != "txt" or expected is None or not exc.reason.startswith("binary data"):
        return exc
    return DocumentLoadError(
        name, f"not a {expected} file: the content is unrecognised binary data "
        "(corrupt, or another format with a wrong extension)")


def read_document(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> SourceDocument:
    """Read any supported file into a SourceDocument, or raise DocumentLoadError."""
    path = Path(path)
    data = _read_bytes(path, limits)
    fmt = sniff_format(data, path.name)
    try:
        result = _reader_for(fmt)(data, path.name, limits)
    except DocumentLoadError as exc:
        named = _named_format_error(exc, fmt, path.name)
        if named is exc:
            raise  # keeps the parser error behind it as the cause
        raise named from exc
    check_tables(result.blocks, path.name, limits)
    return SourceDocument(
        file=printable(path.name),  # a name that is not UTF-8 shown escaped (\xff)
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,  # type: ignore[arg-type]
        pages=result.pages,
        blocks=result.blocks,
        warnings=result.warnings,
    )
