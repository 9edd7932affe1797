"""Hostile input II (issue 14): generators of the second hostile corpus, never downloaded.

File cases (`cases()`, the same Case type as make_corpus.py, merged into its corpus) and the
builders the store/batch/export tests use: odd file names, odd folder entries, a converter
that hangs, foreign databases.

    .venv/bin/python tests/hostile/make_corpus2.py /tmp/hostile2   # to look at the files
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import struct
import sys
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import SAMPLE_DOCX, Case, _bytes, document_xml, docx_bytes, para, pdf_file

RU_NUL_TEXT = ("Дорожная карта\n\n№\tМероприятие\tСрок\tОтветственный\n"
               "1.\tПровести семинар для педагогов\tдекабрь 2024\tметодист\n"
               "2.\tОбновить программы наставничества\tмай 2025\tзаведующий\n")


# --- DOCX: a grid span that asks for a billion columns -------------------------------------


def span_docx(span: int = 999_999_999, before: int = 0) -> bytes:
    """A small valid DOCX whose first cell spans `span` grid columns (after `before` skipped)."""
    row_pr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    tbl = (f'<w:tbl><w:tr>{row_pr}<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>'
           f'{para("Мероприятие")}</w:tc><w:tc>{para("Срок")}</w:tc></w:tr>'
           f'<w:tr><w:tc>{para("Провести семинар")}</w:tc><w:tc>{para("май 2024")}</w:tc>'
           '</w:tr></w:tbl>')
    return docx_bytes(document_xml(para("Дорожная карта") + tbl))


def tall_wide_docx(rows: int, cols: int) -> bytes:
    """A DOCX table with a header cell spanning `cols` columns over `rows` one-cell rows: few
    cells in the file, rows × cols slots in its grid."""
    head = f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{cols}"/></w:tcPr>{para("x")}</w:tc></w:tr>'
    row = f"<w:tr><w:tc>{para('1')}</w:tc></w:tr>"
    return docx_bytes(document_xml("<w:tbl>" + head + row * rows + "</w:tbl>"))


# --- PDF: a content stream that inflates to gigabytes --------------------------------------

_MB = 1024 * 1024


def inflating_stream(size: int, head: bytes = b"") -> bytes:
    """zlib data that inflates to `head` + spaces up to `size` bytes, made in a moment: one
    compressed MiB of spaces (after a full flush, every such block is the same bytes) repeated,
    an empty final block and the Adler-32 of the whole."""
    chunk = b" " * _MB
    comp = zlib.compressobj(9)
    first = comp.compress(head + chunk[len(head):]) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    n = size // _MB
    adler = zlib.adler32(head + chunk[len(head):])
    for _ in range(n - 1):
        adler = zlib.adler32(chunk, adler)
    return first + block * (n - 1) + b"\x03\x00" + adler.to_bytes(4, "big")


def pdf_with_streams(contents: list[bytes], filters: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF whose /Contents are the given streams (encoded by `filters`)."""
    n = len(contents)
    refs = " ".join(f"{5 + i} 0 R" for i in range(n))
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                b"<< /F1 4 0 R >> >> /Contents [" + refs.encode() + b"] >>"),
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    flt = b" /Filter " + filters if filters else b""
    for i, data in enumerate(contents):
        objs[5 + i] = (b"<< /Length %d" % len(data) + flt + b" >>\nstream\n" + data
                       + b"\nendstream")
    return pdf_file(objs)


PDF_TEXT = b"BT /F1 14 Tf 72 760 Td (Plan of activities 2024) Tj ET\n"


def pdf_bomb(size: int = 1024 * _MB, parts: int = 1, ascii85: bool = False) -> bytes:
    """A ~1 MB PDF whose page content inflates to `size` bytes (split over `parts` streams;
    with `ascii85` the zlib data is ASCII85-encoded, filters [/ASCII85Decode /FlateDecode])."""
    import base64

    each = max(size // parts, _MB)
    streams = [inflating_stream(each, PDF_TEXT if i == 0 else b"") for i in range(parts)]
    if not ascii85:
        return pdf_with_streams(streams)
    return pdf_with_streams([base64.a85encode(z, wrapcol=76) + b"~>" for z in streams],
                            b"[/ASCII85Decode /FlateDecode]")


# --- damaged zip containers -----------------------------------------------------------------


def _eocd(data: bytes | bytearray) -> int:
    return data.rindex(b"PK\x05\x06")


def zip_directory_past_end(data: bytes | None = None, offset: int | None = None) -> bytes:
    """The sample DOCX with the central directory offset pointing past the end of the file."""
    out = bytearray(data or SAMPLE_DOCX.read_bytes())
    at = _eocd(out)
    struct.pack_into("<I", out, at + 16, len(out) + 1000 if offset is None else offset)
    return bytes(out)


def zip_future_version(data: bytes | None = None) -> bytes:
    """The sample DOCX whose members all need "zip version 9.9" to extract."""
    out = bytearray(data or SAMPLE_DOCX.read_bytes())
    at = out.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<H", out, at + 6, 99)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def zip_local_header_past_end() -> bytes:
    """A DOCX whose document.xml local header offset points past the end of the file."""
    out = bytearray(SAMPLE_DOCX.read_bytes())
    name = b"word/document.xml"
    at = out.index(b"PK\x01\x02")
    while out[at + 46:at + 46 + len(name)] != name:
        at = out.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", out, at + 42, len(out) + 5000)
    return bytes(out)


def zip_unknown_method() -> bytes:
    """A DOCX whose document.xml claims compression method 99 (AES, unsupported)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml(para("Мероприятие")))
    out = bytearray(buf.getvalue())
    for sig, field in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = out.find(sig)
        while at != -1:
            struct.pack_into("<H", out, at + field, 99)
            at = out.find(sig, at + 4)
    return bytes(out)


# --- text: valid UTF-8 apart from NUL bytes -------------------------------------------------


def nul_text(share: float = 0.10, seed: int = 14) -> bytes:
    """RU_NUL_TEXT as UTF-8 with NUL bytes inserted at random places (also inside letters)
    until they are `share` of the file."""
    data = bytearray(RU_NUL_TEXT.encode())
    rng = random.Random(seed)
    n = round(share * len(data) / (1 - share))
    for _ in range(n):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def cases() -> list[Case]:
    """The file cases of issue 14, bad ones first (merged into make_corpus.cases())."""
    bad = [
        Case("span_billion.docx", "columns", _bytes(span_docx)),
        Case("grid_before.docx", "columns", _bytes(lambda: span_docx(2, before=2_000_000_000))),
        Case("many_cells.docx", "cells", _bytes(lambda: tall_wide_docx(1500, 1900))),
        Case("inflate_1g.pdf", "decompression bomb", _bytes(pdf_bomb)),
        Case("inflate_split.pdf", "decompression bomb",
             _bytes(lambda: pdf_bomb(800 * _MB, parts=8))),
        Case("inflate_a85.pdf", "decompression bomb",
             _bytes(lambda: pdf_bomb(1024 * _MB, ascii85=True))),
        Case("cd_past_end.docx", "corrupt", _bytes(zip_directory_past_end)),
        Case("cd_negative.docx", "corrupt", _bytes(lambda: zip_directory_past_end(
            offset=0xFFFFFFF0))),
        Case("zip_version.docx", "zip", _bytes(zip_future_version)),
        Case("local_past_end.docx", "corrupt", _bytes(zip_local_header_past_end)),
        Case("zip_method.docx", "compression", _bytes(zip_unknown_method)),
    ]
    good = [
        Case("nul_share.txt", None, _bytes(nul_text)),
    ]
    return bad + good


# --- what the store, batch and export tests build ----------------------------------------

BAD_NAME = b"plan-\xff\xfe-\xe9t\xe9.txt"  # Latin-1 bytes: not UTF-8
NEWLINE_NAME = "plan\nroadmaps: forged line.txt"


def odd_names(folder: Path, text: bytes) -> list[Path]:
    """Files whose names are not valid UTF-8, or hold a newline, each with `text` varied."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = os.fsencode(folder) + b"/" + BAD_NAME
    with open(raw, "wb") as f:
        f.write(text + b"\n1\n")
    newline = folder / NEWLINE_NAME
    newline.write_bytes(text + b"\n2\n")
    return [Path(os.fsdecode(raw)), newline]


def odd_entries(folder: Path) -> dict[str, str]:
    """A FIFO, a symlink loop and a dangling symlink with document extensions; name → what."""
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.docx").symlink_to("loop.docx")
    (folder / "gone.pdf").symlink_to(folder / "never-existed.pdf")
    return {"pipe.txt": "fifo", "loop.docx": "loop", "gone.pdf": "dangling"}


HANGING_SOFFICE = """#!/bin/sh
# A converter that never finishes: it starts a child (like soffice starts soffice.bin), writes
# into its work folder and waits. ROADMAPS_FAKE_MARK lets the test find leftovers.
sleep 3600 &
echo started > "$PWD/fake-converter-was-here"
wait
"""


def hanging_soffice(folder: Path) -> Path:
    """An executable that stands in for LibreOffice and hangs (with a child process)."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "soffice"
    exe.write_text(HANGING_SOFFICE)
    exe.chmod(0o755)
    return exe


def sqlite_db(path: Path) -> Path:
    """A SQLite database with one table (what `--db` must refuse, not try to open)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE plans (id INTEGER PRIMARY KEY, title TEXT)")
    con.execute("INSERT INTO plans (title) VALUES ('план')")
    con.commit()
    con.close()
    return path


def foreign_duckdb(path: Path) -> Path:
    """A DuckDB database of another program: tables, no schema_version of ours."""
    import duckdb

    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (id INTEGER, amount DOUBLE)")
        con.execute("INSERT INTO sales VALUES (1, 10.5)")
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus-2")
    target.mkdir(parents=True, exist_ok=True)
    for c in cases():
        c.make(target / c.name)
        print(f"{c.name:24} {c.reason or 'reads'}")


# --- exports: cells that a spreadsheet would run as formulas ------------------------------

FORMULAS = {
    "title": '=HYPERLINK("http://example.org/x";"Провести семинар")',
    "result": "+1+cmd|' /C calc'!A0",
    "title2": "-2+3+cmd|' /C calc'!A0",
    "responsible": "@методист",
    "responsible2": "=1+1",
}


def formula_text() -> bytes:
    """A roadmap (text table) whose cells start like formulas; a result of plain "-5"."""
    f = FORMULAS
    return (f"Дорожная карта Приморского района на 2025 год\n\n"
            f"№\tМероприятие\tСрок\tОтветственный\tРезультат\n"
            f"1.\t{f['title']}\tмай 2025\t{f['responsible']}\t{f['result']}\n"
            f"2.\t{f['title2']}\tиюнь 2025\t{f['responsible2']}\t-5\n").encode()
