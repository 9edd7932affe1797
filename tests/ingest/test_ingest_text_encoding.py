"""Text reader: encodings, line endings and bad input."""

from __future__ import annotations

import random

import pytest

from ingest.encoding import decode_text
from ingest.errors import DocumentLoadError
from ingest.limits import Limits
from ingest.models import Table
from ingest.text.reader import read_text

LIMITS = Limits()

RUSSIAN = (
    "## Дорожная карта по развитию методической службы\n"
    "\n"
    "Настоящая дорожная карта определяет мероприятия, сроки и ответственных.\n"
    "\n"
    "N п/п\tМероприятие\tСроки\tОтветственные\n"
    "1.1.\tРазработка положения о методическом\tЯнварь 2023\tСпециалисты МКУ \"ИМЦ\"\n"
    "\tсовете муниципального образования\t\tРуководители РМО\n"
    "1.2.\tПроведение семинаров для педагогов\tВ течение года\tМетодисты\n"
)

SHORT = "Сроки\tОтветственный\nЯнварь\tМетодист отдела\n"


def _blocks(data: bytes) -> tuple:
    return read_text(data, "doc.txt", LIMITS).blocks


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1251", "koi8-r"])
@pytest.mark.parametrize("text", [RUSSIAN, SHORT])
def test_same_blocks_whatever_the_encoding(encoding: str, text: str) -> None:
    assert _blocks(text.encode(encoding)) == _blocks(text.encode("utf-8"))


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"),
    ("utf-16-be", "utf-16-be"), ("cp1251", "cp1251"), ("koi8-r", "koi8-r"),
])
def test_detected_encoding(encoding: str, expected: str) -> None:
    decoded = decode_text(RUSSIAN.encode(encoding), "doc.txt")
    assert decoded.encoding == expected
    assert decoded.text.lstrip("\ufeff") == RUSSIAN


def test_the_table_survives_decoding() -> None:
    blocks = _blocks(RUSSIAN.encode("koi8-r"))
    table = next(b for b in blocks if isinstance(b, Table))
    row = table.rows[1]
    assert row.cells[1].text == "Разработка положения о методическом\nсовете муниципального " \
                                "образования"
    assert row.cells[3].text == "Специалисты МКУ \"ИМЦ\"\nРуководители РМО"


def test_mixed_line_endings_keep_line_numbers() -> None:
    data = "Первый абзац\r\n\r\nВторой абзац\r\rТретий\n\nЧетвёртый".encode()
    blocks = _blocks(data)
    assert [(b.text, b.source.line) for b in blocks] == [
        ("Первый абзац", 1), ("Второй абзац", 3), ("Третий", 5), ("Четвёртый", 7)]


def test_mixed_line_endings_inside_a_table() -> None:
    data = "№\tМероприятие\r\n1.\tРазработка\r\tплана работы\r\n2.\tСеминар\n".encode()
    table = next(b for b in _blocks(data) if isinstance(b, Table))
    assert [r.texts for r in table.rows] == [
        ["№", "Мероприятие"], ["1.", "Разработка\nплана работы"], ["2.", "Семинар"]]
    assert [r.source.line for r in table.rows] == [1, 2, 4]


def test_a_few_broken_utf8_bytes_are_replaced_with_a_warning() -> None:
    data = ("Мероприятие по развитию методической службы " * 20).encode() + b"\xff" + \
        "конец текста".encode()
    result = read_text(data, "doc.txt", LIMITS)
    assert result.blocks[0].text.endswith("конец текста")
    assert any("invalid UTF-8" in w for w in result.warnings)


@pytest.mark.parametrize(("data", "reason"), [
    (random.Random(1).randbytes(4000), "binary data, not text"),
    (b"\x00" * 3000 + "текст".encode(), "binary data, not text"),
    (b"PK\x03\x04" + b"\x00\x01\x02\x03" * 500, "binary data, not text"),
    (b"", "no text"),
    (b"   \n\t\n\r\n  ", "no text"),
    ("\ufeff\n\n".encode(), "no text"),
    (b"\t\t\n\t\n", "no text"),
])
def test_bad_input_is_a_load_error(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentLoadError) as err:
        read_text(data, "bad.txt", LIMITS)
    assert err.value.reason == reason
    assert str(err.value).startswith("bad.txt: ")


def test_text_over_the_limit_is_refused() -> None:
    with pytest.raises(DocumentLoadError) as err:
        read_text(("слово " * 100).encode(), "big.txt", Limits(max_text_chars=100))
    assert "too long" in err.value.reason


SHORT_TEXTS = ("ПРИКАЗ N 5 ОБ УТВЕРЖДЕНИИ ДОРОЖНОЙ КАРТЫ", "ПЛАН МЕРОПРИЯТИЙ", "ОТВЕТСТВЕННЫЕ",
               "Сроки", "Да", "Ёлка", "Итого:\t100 %")


# "Ёлка" in cp866 is four bytes that are also valid UTF-8: no decoder can tell them apart.
@pytest.mark.parametrize(("text", "encoding"), [
    (t, e) for t in SHORT_TEXTS for e in ("cp1251", "koi8-r", "cp866")
    if (t, e) != ("Ёлка", "cp866")
])
def test_short_and_upper_case_cyrillic(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding), "doc.txt").text == text


def test_latin_text_is_not_read_as_cyrillic() -> None:
    decoded = decode_text("Café au lait, naïve résumé".encode("cp1252"), "doc.txt")
    assert decoded.text.startswith("Café au lait")


def test_spreadsheet_tsv_with_quoted_multiline_cells() -> None:
    text = ('№\tМероприятие\tСрок\r\n'
            '1\t"Семинар ""Старт""\r\nдля педагогов"\tМарт\r\n'
            '2\tКонкурс\t"Апрель,\r\nмай"\r\n')
    table = next(b for b in _blocks(text.encode("cp1251")) if isinstance(b, Table))
    assert [r.texts for r in table.rows] == [
        ["№", "Мероприятие", "Срок"], ["1", 'Семинар "Старт"\nдля педагогов', "Март"],
        ["2", "Конкурс", "Апрель,\nмай"]]
    assert [r.source.line for r in table.rows] == [1, 2, 4]


def test_form_feeds_unicode_separators_and_control_characters() -> None:
    long = "длинный абзац текста " * 10
    data = f"Первый\fВторой\u2028Третий\x0bслово {long}\x1a\x07\n".encode()
    assert [(b.text, b.source.line) for b in _blocks(data)] == [
        ("Первый\nВторой\nТретий слово " + long.strip(), 1)]
