"""Task xf11: a document's facts do not change with its format (DOCX, a site's text export, a
PDF printed from it): a contents page's entries printed a block each, a page's number under the
running title in a text export, words a narrow PDF column broke into pieces."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.cells import rejoin
from extract.tools import ExtractTools
from normalize.record import default_tools
from pipelines.run import extract_tools, process_file

_RUNNING = "ПРОГРАММА РАЗВИТИЯ МБОУ СОШ 3 им. В.П. Чкалова с. Кедровое"
_CONTENTS = [
    "СОДЕРЖАНИЕ",
    "Введение …………………………………………… 3",
    "Концепция развития МБОУ СОШ № 3 им. В.П. Чкалова с. Кедровое в контексте реализации "
    "стратегии развития образования …………………… 9",
    "Дорожная карта мероприятий по реализации Программы развития……….. 14",
]


def _facts(text: str, tmp_path: Path) -> tuple[str | None, str | None]:
    path = tmp_path / "programme.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    return doc.kind, doc.title


@pytest.mark.parametrize(("text", "kind", "title"), [
    # a printed PDF (or a text with blank lines) gives each contents entry a block: an entry
    # naming the school's concept, its dot leaders and page, is no heading of the document
    ("\n\n".join([_RUNNING, "1", *_CONTENTS]) + "\n", "programme", _RUNNING),
    # a site's text export runs the page into one block: the page's number under the running
    # title ends the title
    ("\n".join([_RUNNING, "1", *_CONTENTS]) + "\n", "programme", _RUNNING),
    # "№" at a line's end: the number on the next line is the school's, not a page's
    ("ПРОГРАММА РАЗВИТИЯ\nМБДОУ детский сад №\n5\nна 2024-2028 годы\nСОДЕРЖАНИЕ\n"
     "Введение …………… 3\n", "programme",
     "ПРОГРАММА РАЗВИТИЯ МБДОУ детский сад № 5 на 2024-2028 годы"),
])
def test_contents_and_page_number_are_no_title(text: str, kind: str, title: str,
                                                tmp_path: Path) -> None:
    assert _facts(text, tmp_path) == (kind, title)


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return extract_tools(default_tools())


@pytest.mark.parametrize(("cell", "expected"), [
    # a word broken twice, its first piece a word of its own ("труд", "вып")
    ("доля\nвып\nускн\nиков\nшколы", "доля\nвыпускников\nшколы"),
    ("труд\nоуст\nроенных в\nсрок", "трудоустроенных в\nсрок"),
    ("кале\nндар\nного\nгода", "календарного\nгода"),
    # the old case: no piece a word
    ("несоверш\nеннолетн\nих детей", "несовершеннолетних детей"),
    # a piece the dictionary reads only as a short form of the whole word
    ("года,\nследующ\nего за", "года,\nследующего за"),
    # a comma pushed onto the next line, alone or before the next words
    ("выпускников\n,\nобучавшихся", "выпускников,\nобучавшихся"),
    ("выпуска\n, в\nобщей", "выпуска,\nв\nобщей"),
    # words of their own stay apart
    ("план\nработы\nшколы", "план\nработы\nшколы"),
    ("1.\n2.", "1.\n2."),
])
def test_narrow_column_pieces_rejoined(cell: str, expected: str, tools: ExtractTools) -> None:
    assert rejoin(cell, tools) == expected
