"""Bytes → str for text files: BOMs, UTF-16 without BOM, strict UTF-8, cp1251 vs koi8-r.

Fast path first (BOM, strict UTF-8); single-byte Cyrillic is decided by scoring common
Russian bigrams, because generic detectors sometimes swap cp1251 and koi8-r on short texts;
charset-normalizer is the last resort for anything else.
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.errors import DocumentLoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Russian letter frequencies (%): the right code page turns high bytes into frequent letters,
# a wrong one into rare letters, box-drawing symbols or words with upper case inside.
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}
_LOG_FREQ = {ch: math.log(f / 100) for ch, f in _RU_FREQ.items()}
_TEXT_SYMBOLS = frozenset("«»№–—„“”‘’…•·°§\u00a0")
_LOG_SYMBOL = math.log(0.01)
_LOG_JUNK = math.log(0.0001)
_CYRILLIC_SINGLE_BYTE = ("cp1251", "koi8-r", "cp866")
_SAMPLE = 256 * 1024
# Control bytes that never occur in real text (tab, LF, VT, FF, CR and ESC are allowed).
_JUNK_BYTES = frozenset(set(range(0x00, 0x09)) | set(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E,
                                                                           0x1F, 0x7F})
_JUNK = bytes(sorted(_JUNK_BYTES))
# the same code points as characters, and the replacement character: counted with str.count
_JUNK_CHARS = (*(chr(b) for b in _JUNK), "\ufffd")
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
    if len(sample) < 4:  # an odd length is a truncated file: decoded with a replacement
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
    return (len(sample) - len(sample.translate(None, _JUNK))) / len(sample)


def _char_score(ch: str) -> float:
    low = ch.lower()
    if low in _LOG_FREQ:
        return _LOG_FREQ[low]
    return _LOG_SYMBOL if ch in _TEXT_SYMBOLS else _LOG_JUNK


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


def russian_score(text: str) -> float:
    """Log-likelihood that the non-ASCII characters of `text` are Russian: letter
    frequencies, and a penalty for an upper-case letter right after a lower-case one.

    Counted per distinct character (a decoded code page has at most 256), not per
    character of the text."""
    sample = text[:_SAMPLE]
    counts = Counter(sample)
    high = [ch for ch in counts if ord(ch) > 127]
    score = sum(_char_score(ch) * counts[ch] for ch in high)
    lower = [ch for ch in counts if ch.islower()]
    upper = [ch for ch in high if ch.isupper()]
    flips = 0
    if lower and upper:  # overlapping pairs: a lookahead matches at every position
        flips = len(re.findall(f"(?={_char_class(lower)}{_char_class(upper)})", sample))
    return score + flips * _LOG_JUNK


def _best_cyrillic(data: bytes) -> tuple[str, str] | None:
    """Decode with each single-byte Cyrillic code page and keep the most Russian-looking."""
    best: tuple[float, str, str] | None = None
    for enc in _CYRILLIC_SINGLE_BYTE:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = russian_score(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None or not _mostly_cyrillic(best[2]):
        return None
    return best[2], best[1]


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _mostly_cyrillic(text: str) -> bool:
    """Most non-ASCII characters are Cyrillic letters not glued to Latin ones ("Cafй" is
    Latin-1 read as cp1251)."""
    sample = text[:_SAMPLE]
    high = _non_ascii(sample)
    letters = [ch for ch in set(sample) if ord(ch) > 127 and ch.lower() in _LOG_FREQ]
    cyr = 0
    if letters:
        cyr = len(re.findall(f"(?<![A-Za-z]){_char_class(letters)}(?![A-Za-z])", sample))
    return high > 0 and 2 * cyr > high


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated or spliced file) is still UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = _non_ascii(text[:_SAMPLE])
    if bad <= max(3, _MAX_BAD_UTF8_SHARE * len(text)) and non_ascii > 10 * bad:
        return text
    return None


# EBCDIC code pages: no municipal site serves them, and their "%" (0x25) is a line feed, so
# a few stray bytes guessed as one would read as lines the file does not have
_EBCDIC = ("cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140")


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:_SAMPLE], cp_exclusion=list(_EBCDIC)).best()
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
    return sum(map(sample.count, _JUNK_CHARS)) / len(sample)


def _utf8_but_nuls(data: bytes, name: str) -> Decoded | None:
    """Text that is clean UTF-8 once its NUL bytes are dropped (a writer padding with NULs,
    a damaged copy) is text: decoded without them, with a warning. NULs may sit inside a
    letter's bytes, so they are dropped from the bytes, not from the decoded text."""
    nuls = data.count(0)
    if not nuls or 2 * nuls > len(data):
        return None
    rest = data.replace(b"\0", b"")
    if _junk_share(rest) > _MAX_JUNK_SHARE:
        return None
    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return Decoded(text, "utf-8", [f"{name}: {nuls:,} NUL bytes dropped"])


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
        nul_free = _utf8_but_nuls(data, name)
        if nul_free is not None:
            return nul_free
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
