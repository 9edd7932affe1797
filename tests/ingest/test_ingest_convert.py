"""DOC / RTF / ODT through LibreOffice: the same blocks as the DOCX they were made from, clear
one-line errors for encrypted, truncated and non-Word files, a missing LibreOffice and a timeout.

These tests need LibreOffice (`soffice`): `make test` installs it (libreoffice-writer-nogui), so
a machine without it fails here instead of silently skipping.
"""

from __future__ import annotations

import io
import struct
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ingest import DocumentLoadError, Limits, read_document
from ingest.convert.ole import ENCRYPTED, _Cfb, ole_problem
from ingest.convert.reader import INSTALL_HINT, convert_to_docx, find_soffice, read_converted
from ingest.models import SourceDocument

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DOC = SAMPLES / "003_77383952ae1721a5.doc"
RTF = SAMPLES / "004_6ed2ca5933120da2.rtf"
ODT = SAMPLES / "000_c4cf482d7bba7efc.odt"


def _texts(doc: SourceDocument) -> list[object]:
    return [b.full_text if b.kind == "paragraph" else [r.texts for r in b.rows]
            for b in doc.blocks]


def test_soffice_is_installed() -> None:
    assert find_soffice() is not None, INSTALL_HINT


@pytest.mark.parametrize(("path", "fmt"), [(DOC, "doc"), (ODT, "odt")])
def test_doc_and_odt_give_the_blocks_of_their_docx(path: Path, fmt: str) -> None:
    doc = read_document(path)
    assert (doc.file, doc.format) == (path.name, fmt)
    assert doc.blocks == read_document(path.with_suffix(".docx")).blocks


def test_rtf_gives_the_texts_spans_and_provenance_of_its_docx() -> None:
    doc = read_document(RTF)
    original = read_document(RTF.with_suffix(".docx"))
    assert (doc.file, doc.format) == (RTF.name, "rtf")
    assert _texts(doc) == _texts(original)
    spans = [[(c.col, c.col_span, c.row_span, c.source) for r in t.rows for c in r.cells]
             for t in doc.tables]
    assert spans == [[(c.col, c.col_span, c.row_span, c.source) for r in t.rows for c in r.cells]
                     for t in original.tables]


def test_provenance_names_the_original_file_and_hash(tmp_path: Path) -> None:
    import hashlib

    renamed = tmp_path / "план.doc"
    renamed.write_bytes(DOC.read_bytes())
    doc = read_document(renamed)
    assert doc.file == "план.doc" and doc.format == "doc"
    assert doc.sha256 == hashlib.sha256(DOC.read_bytes()).hexdigest()


def test_parallel_conversions_do_not_share_a_profile() -> None:
    with ThreadPoolExecutor(2) as pool:
        docs = list(pool.map(read_document, [DOC, DOC]))
    assert docs[0].blocks == docs[1].blocks and docs[0].blocks


def test_temporary_files_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert convert_to_docx(ODT.read_bytes(), ODT.name)[:4] == b"PK\x03\x04"
    assert list(tmp_path.iterdir()) == []


def test_timeout_kills_libreoffice_and_says_so(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(DocumentLoadError, match=r"^x\.doc: LibreOffice did not finish "
                                                r"converting in 0 s$"):
        convert_to_docx(DOC.read_bytes(), "x.doc", timeout=0.05)
    assert list(tmp_path.iterdir()) == []


def test_missing_libreoffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFFICE", "/nonexistent/soffice")
    with pytest.raises(DocumentLoadError) as err:
        read_converted(RTF.read_bytes(), "plan.rtf", Limits())
    assert err.value.reason == INSTALL_HINT
    assert "apt-get install libreoffice-writer-nogui" in str(err.value)


# --- bad input ---------------------------------------------------------------------------


def _cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (v3, 512-byte sectors); streams padded to 4 KiB so none
    lives in the mini stream."""
    size = 512
    blobs = [s.ljust(max(4096, -(-len(s) // size) * size), b"\0") for s in streams.values()]
    n_data = sum(len(b) // size for b in blobs)
    # sector 0: FAT, sector 1: directory, then the streams
    fat = [0xFFFFFFFD, 0xFFFFFFFE]
    starts = []
    for blob in blobs:
        starts.append(len(fat))
        n = len(blob) // size
        fat += [len(fat) + i + 1 for i in range(n - 1)] + [0xFFFFFFFE]
    assert len(fat) <= size // 4 and n_data
    fat += [0xFFFFFFFF] * (size // 4 - len(fat))
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<I", header, 0x4C, 0)
    header[0x50:512] = b"\xff" * (512 - 0x50)
    entries = [("Root Entry", 5, 0xFFFFFFFE, 0)]
    entries += [(name, 2, start, len(data)) for (name, data), start
                in zip(streams.items(), starts, strict=True)]
    directory = bytearray(size)
    for i, (name, kind, start, length) in enumerate(entries[:4]):
        raw = name.encode("utf-16-le") + b"\0\0"
        at = i * 128
        directory[at : at + len(raw)] = raw
        struct.pack_into("<HB", directory, at + 0x40, len(raw), kind)
        struct.pack_into("<III", directory, at + 0x44, 0xFFFFFFFF, 0xFFFFFFFF,
                         1 if i == 0 and len(entries) > 1 else 0xFFFFFFFF)
        struct.pack_into("<II", directory, at + 0x74, start, length)
    return bytes(header) + struct.pack(f"<{size // 4}I", *fat) + bytes(directory) + b"".join(
        blobs)


def _with_fib_flag(doc: bytes, flag: int) -> bytes:
    cfb = _Cfb(doc)
    start, _ = cfb.entries()["WordDocument"]
    out = bytearray(doc)
    at = (start + 1) * cfb.size + 0x0A
    struct.pack_into("<H", out, at, struct.unpack_from("<H", out, at)[0] | flag)
    return bytes(out)


def _odt_with_manifest(extra: str) -> bytes:
    src = zipfile.ZipFile(ODT)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "META-INF/manifest.xml":
                data = data.replace(b"</manifest:manifest>", extra.encode()
                                    + b"</manifest:manifest>")
            out.writestr(info, data)
    return buf.getvalue()


_ENCRYPTION_DATA = ('<manifest:file-entry manifest:full-path="x.xml" manifest:media-type="">'
                    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                    'manifest:checksum="AAAA"/></manifest:file-entry>')


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("ooxml.doc", _cfb({"EncryptionInfo": b"\4\0\4\0", "EncryptedPackage": b"\1" * 5000}),
         ENCRYPTED),
        ("word.doc", _with_fib_flag(DOC.read_bytes(), 0x0100), ENCRYPTED),
        ("book.doc", _cfb({"Workbook": b"\x09\x08" * 3000}),
         "not a Word document: an Excel workbook"),
        ("slides.doc", _cfb({"PowerPoint Document": b"\0" * 5000}),
         "not a Word document: a PowerPoint presentation"),
        ("half.doc", DOC.read_bytes()[: DOC.stat().st_size // 2],
         "corrupt or truncated OLE (old Office) document"),
        ("locked.odt", _odt_with_manifest(_ENCRYPTION_DATA), ENCRYPTED),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "",
)
def test_unreadable_inputs_are_refused_before_conversion(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes,
        reason: str) -> None:
    monkeypatch.setenv("SOFFICE", "/nonexistent/soffice")  # refused without LibreOffice
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentLoadError) as err:
        read_document(path)
    assert str(err.value) == f"{name}: {reason}"


def test_a_sample_doc_is_not_flagged() -> None:
    assert ole_problem(DOC.read_bytes()) is None


def test_odt_zip_bomb_is_refused_before_libreoffice_inflates_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.odt"
    path.write_bytes(_odt_with_manifest(""))
    with pytest.raises(DocumentLoadError, match=r"zip bomb"):
        read_document(path, Limits(max_zip_member_bytes=1000))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [("garbage.rtf", b"{\\rtf1\\ansi " + bytes(range(256)) * 40,
      "LibreOffice could not load it (corrupt, encrypted or not a document)"),
     ("half.odt", ODT.read_bytes()[: ODT.stat().st_size // 2],
      "corrupt or truncated zip container")],
    ids=["garbage.rtf", "half.odt"],
)
def test_corrupt_files_give_one_clear_error(tmp_path: Path, name: str, data: bytes,
                                            reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentLoadError) as err:
        read_document(path)
    assert str(err.value) == f"{name}: {reason}"
