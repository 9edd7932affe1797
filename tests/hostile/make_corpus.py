"""Build the hostile-input corpus: broken, dangerous and odd files, generated (never downloaded).

`build(folder)` writes every case into `folder` in well under a second and returns them.
Each case names the file, and either the reason its DocumentLoadError must give (a substring
a person would understand) or None when the file must read. Encrypted PDFs are made here with
the PDF standard security handler (RC4, revision 2) so no PDF tool is needed, and the image-only
PDF with Pillow. Samples from samples/ supply the real documents that get cut in half.

    .venv/bin/python tests/hostile/make_corpus.py /tmp/hostile   # to look at the files
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_PDF = SAMPLES / "000_c4cf482d7bba7efc.pdf"
SAMPLE_DOCX = SAMPLES / "000_c4cf482d7bba7efc.docx"
SECRET = "file:///etc/passwd"
RU_TEXT = ("Дорожная карта\n\n№\tМероприятие\tСрок\tОтветственный\n"
           "1.\tПровести семинар для педагогов\tдекабрь 2024\tметодист\n")


@dataclass(frozen=True)
class Case:
    """One corpus file: `reason` is what its DocumentLoadError must say (None: must read)."""

    name: str
    reason: str | None
    make: Callable[[Path], None]


# --- DOCX -------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')


def document_xml(body: str, prolog: str = "") -> bytes:
    """A WordprocessingML main part around `body` (paragraphs/tables), `prolog` before it."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>').encode()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_bytes(document: bytes) -> bytes:
    """A minimal DOCX package holding `document` as word/document.xml."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", document)
    return buf.getvalue()


def zip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """A DOCX whose document.xml honestly inflates `size` bytes of zeros from ~64 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", bytes(size))
    return buf.getvalue()


def lying_zip(declared: int = 3 * 1024**3) -> bytes:
    """A small valid DOCX whose central directory declares document.xml as `declared` bytes."""
    data = bytearray(docx_bytes(document_xml(para("Мероприятие"))))
    name = b"word/document.xml"
    at = data.index(b"PK\x01\x02")  # central directory entries follow one another
    while data[at + 46:at + 46 + len(name)] != name:
        at = data.index(b"PK\x01\x02", at + 4)
    data[at + 24:at + 28] = declared.to_bytes(4, "little")
    return bytes(data)


# --- PDF --------------------------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, the cipher of the PDF standard security handler revision 2."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def _security(user: str, owner: str, file_id: bytes) -> tuple[bytes, str]:
    """(file key, /Encrypt dictionary) per PDF 1.7 algorithms 3.2-3.4 (R2, 40-bit)."""
    o_entry = rc4(hashlib.md5(_padded(owner or user)).digest()[:5], _padded(user))
    perms = -4
    key = hashlib.md5(_padded(user) + o_entry + perms.to_bytes(4, "little", signed=True)
                      + file_id).digest()[:5]
    u_entry = rc4(key, _PAD)
    enc = f"<< /Filter /Standard /V 1 /R 2 /O <{o_entry.hex()}> /U <{u_entry.hex()}> /P {perms} >>"
    return key, enc


def pdf_bytes(pages: list[str], user: str | None = None, owner: str = "owner") -> bytes:
    """A PDF with one line of Helvetica text per page; RC4-encrypted when `user` is given
    (the empty string: opens without a password, as most "protected" PDFs do)."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
    }
    font = 3 + 2 * n
    objs[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    file_id = hashlib.md5(repr(pages).encode()).digest()
    key = None
    if user is not None:
        key, enc = _security(user, owner, file_id)
        objs[font + 1] = enc.encode()
    for i, text in enumerate(pages):
        page, content = 3 + 2 * i, 4 + 2 * i
        objs[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                      f"<< /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>").encode()
        stream = f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode()
        if key is not None:
            obj_key = hashlib.md5(key + content.to_bytes(3, "little") + b"\0\0").digest()[:10]
            stream = rc4(obj_key, stream)
        objs[content] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    trailer = f" /ID [<{file_id.hex()}> <{file_id.hex()}>]"
    if key is not None:
        trailer += f" /Encrypt {font + 1} 0 R"
    return pdf_file(objs, trailer)


def pdf_file(objs: dict[int, bytes], trailer: str = "") -> bytes:
    """Objects 1..n (1: the catalog) written as a PDF with its xref table; `trailer` holds
    further trailer entries."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def image_pdf() -> bytes:
    """A scanned page: an image with text-like strokes, no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(img)
    for y in range(60, 700, 24):
        draw.rectangle((50, y, 550 - (y * 7) % 200, y + 10), fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=72.0)
    return buf.getvalue()


# --- the cases --------------------------------------------------------------------------


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return write


def _half(path: Path) -> Callable[[], bytes]:
    return lambda: path.read_bytes()[: path.stat().st_size // 2]


def _noise(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                     for i in range(1, 10)).replace("&lol0;", "&lol;")
           + "]>")
_XXE = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{SECRET}">]>'
# A DOCTYPE pushed past the first 4 KB by a long comment: a sniff of the prolog misses it.
_LATE_XXE = "<!--" + "x" * 8000 + "-->" + _XXE
_NESTED_HTML = ("Мероприятие\tСрок\n" + "<div>" * 20000 + "Провести семинар"
                + "</div>" * 20000 + "\tмай 2024\n")


def cases() -> list[Case]:
    """Every hostile case (with make_corpus2's), bad ones first."""
    bad = [
        Case("empty.txt", "empty file", _bytes(b"")),
        Case("zero.pdf", "empty file", _bytes(b"")),
        Case("zero.docx", "empty file", _bytes(b"")),
        Case("blank.txt", "no text", _bytes(b"  \n\t \r\n\n   \n")),
        Case("binary.txt", "binary data", _bytes(lambda: _noise(64 * 1024, 1))),
        Case("noise.pdf", "not a PDF file", _bytes(lambda: _noise(32 * 1024, 2))),
        Case("noise.docx", "not a DOCX file", _bytes(lambda: _noise(32 * 1024, 3))),
        Case("header_only.pdf", "corrupt PDF",
             _bytes(lambda: b"%PDF-1.7\n" + _noise(32 * 1024, 4))),
        Case("zip_noise.docx", "corrupt or truncated",
             _bytes(lambda: b"PK\x03\x04" + _noise(32 * 1024, 5))),
        Case("truncated.pdf", "corrupt PDF", _bytes(_half(SAMPLE_PDF))),
        Case("truncated.docx", "corrupt or truncated", _bytes(_half(SAMPLE_DOCX))),
        Case("bomb.docx", "zip bomb", _bytes(zip_bomb)),
        Case("declared_huge.docx", "zip bomb", _bytes(lying_zip)),
        Case("laughs.docx", "DTD", _bytes(lambda: docx_bytes(document_xml(
            para("&lol9;"), _LAUGHS)))),
        Case("xxe.docx", "DTD", _bytes(lambda: docx_bytes(document_xml(para("&xxe;"), _XXE)))),
        Case("late_xxe.docx", "DTD", _bytes(lambda: docx_bytes(document_xml(
            para("&xxe;"), _LATE_XXE)))),
        Case("no_document.docx", "not a Word document", _bytes(lambda: _zip_without_body())),
        Case("encrypted.pdf", "encrypted",
             _bytes(lambda: pdf_bytes(["Plan of activities"], user="secret"))),
        Case("scanned.pdf", "no text layer — scanned?", _bytes(image_pdf)),  # OCR finds no words
        Case("deep.docx", "more than 256 levels deep", _bytes(lambda: docx_bytes(document_xml(
            "<w:sdt><w:sdtContent>" * 5000 + para("x") + "</w:sdtContent></w:sdt>" * 5000)))),
        Case("folder.docx", "directory", lambda p: p.mkdir()),
        Case("fifo.txt", "not a regular file", lambda p: os.mkfifo(p)),
        Case("loop.txt", "cannot open", lambda p: p.symlink_to(p.name)),
    ]
    good = [
        Case("empty_password.pdf", None,
             _bytes(lambda: pdf_bytes(["Plan of activities for 2024"], user=""))),
        Case("nul.txt", None, _bytes(
            RU_TEXT.replace("\n\n", "\n\0\n").replace("Срок", "Ср\0ок").encode() + b"\0")),
        Case("mixed_endings.txt", None,
             _bytes("Приказ\r\nОб утверждении\rдорожной карты\n\nПункт 2\r\n".encode())),
        Case("utf16_bom.txt", None, _bytes(RU_TEXT.encode("utf-16"))),
        Case("utf16_nobom.txt", None, _bytes(RU_TEXT.encode("utf-16-le"))),
        Case("really_pdf.txt", None, _bytes(SAMPLE_PDF.read_bytes)),
        Case("really_text.docx", None, _bytes(RU_TEXT.encode())),
        Case("really_docx.pdf", None, _bytes(SAMPLE_DOCX.read_bytes)),
        Case("utf16_truncated.txt", None,
             _bytes((RU_TEXT + "Конец\n" * 10).encode("utf-16-le")[:-1])),
        Case("long_line.txt", None, _bytes(("семинар " * (1024 * 1024 // 15)).encode())),
        Case("huge_line.txt", None, _bytes(("семинар " * (10 * 1024 * 1024 // 15)).encode())),
        Case("nested_html.txt", None, _bytes(_NESTED_HTML.encode())),
    ]
    from make_corpus2 import cases as second_corpus  # issue 14; it imports this module

    more = second_corpus()
    return bad + [c for c in more if c.reason] + good + [c for c in more if not c.reason]


def _zip_without_body() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("word/styles.xml", "<styles/>")
    return buf.getvalue()


def build(folder: Path) -> list[Case]:
    """Write every case into `folder` (created) and return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    out = cases()
    for case in out:
        case.make(folder / case.name)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for c in build(target):
        print(f"{c.name:24} {c.reason or 'reads'}")
