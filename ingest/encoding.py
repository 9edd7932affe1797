"""Bytes → str for text files: BOMs, UTF-16 without BOM, strict UTF-8, cp1251 vs koi8-r.

Fast path first (BOM, strict UTF-8); single-byte Cyrillic is decided by scoring common
Russian bigrams, because generic detectors sometimes swap cp1251 and koi8-r on short texts;
charset-normalizer is the last resort for anything else.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ingest.errors import DocumentLoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Frequent Russian bigrams (lower case): right decoding of Russian text hits them often,
# a wrong single-byte code page produces mostly upper case or symbols instead.
_RU_BIGRAMS = frozenset((
    "ст", "но", "то", "на", "ен", "ов", "ни", "ра", "во", "ко", "ал", "ро", "пр", "по",
    "ре", "ли", "ан", "го", "ер", "ос", "ор", "ол", "ет", "ва", "ие", "ия", "од", "ль",
))
_CYRILLIC_SINGLE_BYTE = ("cp1251", "koi8-r", "cp866", "mac-cyrillic")
_SAMPLE = 256 * 1024
# Control bytes that never occur in real text (tab, LF, VT, FF, CR and ESC are allowed).
_JUNK_BYTES = frozenset(set(range(0x00, 0x09)) | set(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E,
                                                                           0x1F, 0x7F})
_MAX_JUNK_SHARE = 0.05
_MAX_BAD_UTF8_SHARE = 0.001


@dataclass
class Decoded:
    """Decoded text, the encoding that produced it and anything a person should know."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    """UTF-16 without BOM: NULs sit on one parity (ASCII and Cyrillic both have 0x00/0x04
    high bytes; for Cyrillic the high byte is 0x04, so we look at the 0x00/0x04 share)."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    high = (0x00, 0x04)
    even_high = sum(even.count(b) for b in high) / len(even)
    odd_high = sum(odd.count(b) for b in high) / len(odd)
    if odd_high > 0.6 and even_high < 0.2:
        return "utf-16-le"
    if even_high > 0.6 and odd_high < 0.2:
        return "utf-16-be"
    return None


def _junk_share(data: bytes) -> float:
    sample = data[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for b in sample if b in _JUNK_BYTES) / len(sample)


def russian_score(text: str) -> int:
    """How Russian a decoded text looks: count of frequent lower-case bigrams."""
    low = text[:_SAMPLE]
    return sum(1 for i in range(len(low) - 1) if low[i : i + 2] in _RU_BIGRAMS)


def _best_cyrillic(data: bytes) -> tuple[str, str] | None:
    """Decode with each single-byte Cyrillic code page and keep the most Russian-looking."""
    best: tuple[int, str, str] | None = None
    for enc in _CYRILLIC_SINGLE_BYTE:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = russian_score(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None or best[0] == 0:
        return None
    return best[2], best[1]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated or spliced file) is still UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text[:_SAMPLE] if ord(ch) > 127)
    if bad <= max(3, _MAX_BAD_UTF8_SHARE * len(text)) and non_ascii > 10 * bad:
        return text
    return None


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:_SAMPLE]).best()
    if match is None or match.encoding is None:
        return None
    try:
        return data.decode(match.encoding), match.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_unicode(data: bytes, name: str) -> Decoded | None:
    bom = _bom_encoding(data)
    enc = bom[0] if bom else _utf16_by_nul_pattern(data)
    if enc is None:
        return None
    start = bom[1] if bom else 0
    try:
        return Decoded(data[start:].decode(enc), enc)
    except UnicodeDecodeError:
        text = data[start:].decode(enc, errors="replace")
        return Decoded(text, enc, [f"{name}: invalid {enc} bytes replaced"])


def _junk_chars_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ord(ch) in _JUNK_BYTES or ch == "\ufffd") / len(sample)


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode a text file or raise DocumentLoadError("binary data, not text")."""
    decoded = _decode(data, name)
    if _junk_chars_share(decoded.text) > _MAX_JUNK_SHARE:
        raise DocumentLoadError(name, "binary data, not text")
    return decoded


def _decode(data: bytes, name: str) -> Decoded:
    unicode = _decode_unicode(data, name)
    if unicode is not None:
        return unicode
    if _junk_share(data) > _MAX_JUNK_SHARE:
        raise DocumentLoadError(name, "binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return Decoded(mostly, "utf-8", [f"{name}: a few invalid UTF-8 bytes replaced"])
    found = _best_cyrillic(data) or _charset_normalizer(data)
    if found is None:
        raise DocumentLoadError(name, "unknown text encoding")
    return Decoded(found[0], found[1])
