"""Properties of the text reader over arbitrary input: it either returns blocks within the
contract or raises DocumentLoadError, never anything else — and refuses only a text with no
word in it; it invents no words and, on text without markup, loses none."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Paragraph, ReadResult, Table
from ingest.text.reader import read_text

LIMITS = Limits()
WORD = re.compile(r"[А-Яа-яЁё]{2,}")
MARKUP = set("<>*_`#|[]~=\\")
# inline markup and control characters (NUL …) vanish without leaving a space
INLINE = re.compile(r"<[^<>]*>|[*_`~\x00-\x08\x0e-\x1f\x7f]")
# the same with markdown marks kept: an unpaired "**" stays as printed while tags still vanish
TAGS = re.compile(r"<[^<>]*>|[\x00-\x08\x0e-\x1f\x7f]")
# block tags end a line ("карта<br>План<b>Срок": "карта" / "ПланСрок"), inline ones vanish
BLOCK = re.compile(r"<\s*/?\s*(?:br|p|div|li|ul|ol|tr|table|h[1-6])\b[^<>]*>", re.I)
COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
JUNK = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
BORDER = re.compile(r"[ \u00a0]*\t[\t \u00a0]*")

# Pieces of real documents so generated text reaches tables, lists, headings and markup.
PIECES = [
    "Дорожная карта", "Мероприятие", "Срок", "Ответственный", "1.", "2.1.", "-", "•", "а)",
    "\t", "\t\t", "\n", "\n\n", "\r\n", "\r", " ", "  ", "\f", "\0", "|", "| --- |", "---",
    "# ", "## ", "**", "*", "_", "<b>", "</b>", "<br>", "<p>", "</p>", "<ul><li>", "</li>",
    "<div>", "<!--", "-->", "декабрь 2024", "ежегодно", "методист", "семинар", "\u00a0",
    "\ufeff", "\u2028", "«", "»", "№", "%", "2023-2025", "Итого", "педагогов", "\x0b",
]
ALPHABET = st.characters(codec="utf-8", exclude_characters="&")
pieces = st.lists(st.sampled_from(PIECES) | st.text(ALPHABET, max_size=6), max_size=60)
texts = pieces.map("".join) | st.text(ALPHABET, max_size=300)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r")
# No BOM, no signature: a short text in these is ambiguous by nature.
GUESSED = {"cp1251", "koi8-r", "utf-16-le"}


def _texts(result: ReadResult) -> list[str]:
    out: list[str] = []
    for block in result.blocks:
        if isinstance(block, Paragraph):
            out.append(block.full_text)
        else:
            out += [c.text for r in block.rows for c in r.cells]
    return out


def _junk_share(text: str) -> float:
    return len(JUNK.findall(text)) / max(len(text), 1)


def _read(data: bytes) -> ReadResult | None:
    try:
        return read_text(data, "doc.txt", LIMITS)
    except DocumentLoadError as exc:
        assert exc.reason and "\n" not in exc.reason
        assert str(exc) == f"doc.txt: {exc.reason}"
        return None


def _check_table(table: Table, index: int, n_lines: int) -> None:
    assert table.index == index and table.n_cols >= 2 and table.rows
    for r, row in enumerate(table.rows, 1):
        assert row.source.table == index and row.source.row == r
        assert row.source.line is not None and 1 <= row.source.line <= n_lines
        for cell in row.cells:
            assert cell.col + cell.col_span <= table.n_cols
            assert cell.source.col == cell.col + 1 and cell.source.row == r


def check_contract(result: ReadResult, n_lines: int) -> None:
    """Blocks non-empty, texts clean, provenance lines inside the file, tables well formed."""
    assert result.blocks
    n_tables = 0
    for block in result.blocks:
        if isinstance(block, Table):
            n_tables += 1
            _check_table(block, n_tables, n_lines)
        else:
            assert block.text.strip()
            assert block.source.line is not None and 1 <= block.source.line <= n_lines
    for text in _texts(result):
        assert "\r" not in text and "\0" not in text and "\t" not in text


def _lines(text: str) -> int:
    """Lines as the reader counts them: \r\n, \r, \n, form feed and Unicode line breaks."""
    text = text.replace("\r\n", "\n")
    return sum(text.count(ch) for ch in "\n\r\f\u2028\u2029\x85") + 1


def _encode(text: str, enc: str) -> bytes:
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        return text.encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
@example(b"\xff\xfe" + b"\x00" * 7)
@example(b"\x00\x04" * 50 + b"\x00")
def test_any_bytes_give_blocks_or_a_load_error(data: bytes) -> None:
    result = _read(data)
    if result is not None:
        assert result.blocks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(ENCODINGS))
@example("Мероприятие\tСрок\n<div>" * 3 + "\t\t\n", "utf-8")
@example("\t\n\t\n|\t|\n", "utf-16")
@example("Дорожная карта\x1f", "utf-8")  # refused: over 5 % control characters
@example("<!--Дорожная карта<b>", "utf-8")  # refused: all in a comment
@example("Дорожная карта<br>Мероприятие<b>Дорожная карта", "utf-8")  # a line, then one word
@example("\U0001327b", "utf-16-le")  # read as another encoding: a form feed, two lines
@example("%%\xa0", "koi8-r")  # once guessed EBCDIC, whose "%" is a line feed: lines not there
@example("Дорожная карта**Мероприятие<b>Дорожная карта", "utf-8")  # "**" kept, "<b>" gone
@example("Дорожная карта<!--<!---->Дорожная карта<b>", "utf-8")  # the comment glues two words
def test_any_text_reads_within_the_contract_and_invents_no_words(text: str, enc: str) -> None:
    data = _encode(text, enc)
    result = _read(data)
    if result is None:
        # refused: a text with no word outside its markup and comments (an unclosed "<!--"
        # hides the rest) — "no text" — or one that looks like binary data (over 5 % control
        # characters: the reader's line, with a margin), or UTF-16 opening with NUL, whose
        # BOM + NUL (FF FE 00 00) is the UTF-32 BOM, or a short text in an encoding without a
        # signature (UTF-16-LE's bytes of Cyrillic, 04, are control bytes without its pattern)
        visible = INLINE.sub("", COMMENT.sub("", text))
        utf32_bom = enc == "utf-16" and text.startswith("\0")
        guessed = enc in GUESSED and len(WORD.findall(text)) < 12
        assert not WORD.search(visible) or _junk_share(text) > 0.04 or utf32_bom or guessed, \
            text
        return
    # bytes of an encoding without a signature may be read as another, with line breaks of
    # its own ("\U0001327b" in UTF-16-LE has a form feed byte): at most one a byte
    guessed_lines = _lines(data.decode("latin-1")) if enc in GUESSED else 0
    check_contract(result, max(_lines(text), guessed_lines))
    if enc in GUESSED and len(WORD.findall(text)) < 12:
        return  # a few words decode plausibly in more than one encoding
    # Inline markup and NULs vanish without a space ("карта<b>План" renders as one word), and
    # a phrase cut by cell borders is glued back ("методи<TAB>ческое"): both may join words.
    blocks = INLINE.sub("", BLOCK.sub("\n", text))
    tag_blocks = TAGS.sub("", BLOCK.sub("\n", text))
    # a comment vanishes without a space too ("карта<!---->План" renders as one word)
    uncommented = INLINE.sub("", COMMENT.sub("", text))
    source_words = {w for variant in (text, INLINE.sub("", text), BORDER.sub("", text),
                                      BORDER.sub("", INLINE.sub("", text)), blocks,
                                      BORDER.sub("", blocks), TAGS.sub("", text),
                                      BORDER.sub("", TAGS.sub("", text)), tag_blocks,
                                      BORDER.sub("", tag_blocks), uncommented,
                                      TAGS.sub("", uncommented))
                    for w in WORD.findall(variant)}
    for out in _texts(result):
        assert set(WORD.findall(out)) <= source_words, out


plain_lines = st.lists(
    st.lists(st.sampled_from(["Провести", "семинар", "для", "педагогов", "2024", "1.", "ежегодно",
                              "методист", "Срок", "\t", "-", "«отчёт»"]), min_size=1, max_size=8
             ).map(" ".join),
    min_size=1, max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(plain_lines, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(ENCODINGS))
def test_text_without_markup_loses_no_words(lines: list[str], eol: str, enc: str) -> None:
    text = eol.join(lines)
    assert not MARKUP & set(text)
    result = _read(_encode(text, enc))
    if not WORD.search(text):
        return
    assert result is not None
    check_contract(result, _lines(text))
    if enc in GUESSED and len(WORD.findall(text)) < 12:
        return  # a few words decode plausibly in more than one encoding
    # letters, not words: a phrase cut by cell borders may be glued back into one word
    assert _letters(" ".join(_texts(result))) == _letters(text)


def _letters(text: str) -> Counter[str]:
    return Counter(ch for w in WORD.findall(text) for ch in w)
