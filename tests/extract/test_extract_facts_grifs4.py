"""A council's grif beside the approver's, a text export printing their rows as paragraphs of
several lines each (a cell = one paragraph), the first opener maybe the last line of the
letterhead's paragraph (extract/facts/interleave.py `_cells`, ingest/text/reader.py: no page
break joins the cells under two openers); written again with invented schools and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import grif_facts, txt_doc

_TITLE = "\n\nПУБЛИЧНЫЙ ДОКЛАД\nМБОУ «Ясеневская СОШ» за 2024 год\n"
_HEAD = ("Муниципальное бюджетное общеобразовательное учреждение\n«Ясеневская средняя "
         "общеобразовательная школа»\nОльховского района Кленовой области\n")

# (plain text as a .txt file holds it, signatories as (name, position), order number, date)
TEXTS = [
    # the first opener closing the letterhead's paragraph; the head's position a paragraph of
    # two lines, her name and the council's minutes their own paragraphs
    (_HEAD + "ПРИНЯТО\n\nУТВЕРЖДАЮ\n\nНа заседании педагогического совета\n\nДиректор МБОУ\n"
     "«Ясеневская СОШ»\n\nМБОУ «Ясеневская СОШ»\n\nВ.В. Орехова\n\nпротокол № 3 от 02.09.2024"
     "\n\nприказ № 118 от 03.09.2024" + _TITLE,
     [("В.В. Орехова", "Директор МБОУ «Ясеневская СОШ»")], "118", "2024-09-03"),
    # the approving order wrapped after "от" in one paragraph, the council's cell of three
    # lines; nobody signs
    ("СОГЛАСОВАНО\n\nУТВЕРЖДЕНО\n\nУправляющим советом\n\nприказом № 12 от\n20.01.2025\n\n"
     "МБОУ «Ясеневская СОШ»\n(протокол от 15 января 2025\n№ 1)" + _TITLE, [], "12",
     "2025-01-20"),
]


@pytest.mark.parametrize(("text", "signed", "number", "date"), TEXTS)
def test_paragraph_cells(tools: ExtractTools, tmp_path: Path, text: str,
                         signed: list[tuple[str, str]], number: str, date: str) -> None:
    assert grif_facts(text, tools, tmp_path) == (signed, number, date)


def test_paragraph_cells_named_in_trace(tools: ExtractTools, tmp_path: Path) -> None:
    found = extract(txt_doc(tmp_path, TEXTS[0][0]), Found(), tools)
    assert "header.grif_columns:paragraph_cells" in found.trace


# (plain text, what must not happen: the letterhead keeps its lines, no columns are read)
UNCHANGED = [
    # one grif only: the opener closing the letterhead stays in its paragraph
    _HEAD + "УТВЕРЖДАЮ\n\nДиректор МБОУ «Ясеневская СОШ»\n\n______ В.В. Орехова" + _TITLE,
    # the opener inside the letterhead's paragraph, not its last line
    "Муниципальное бюджетное общеобразовательное учреждение\nСОГЛАСОВАНО\n«Ясеневская "
    "средняя общеобразовательная школа»\n\nУТВЕРЖДАЮ\n\nДиректор МБОУ\n«Ясеневская СОШ»\n\n"
    "______ В.В. Орехова" + _TITLE,
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_letterhead_kept(tools: ExtractTools, tmp_path: Path, text: str) -> None:
    found = extract(txt_doc(tmp_path, text), Found(), tools)
    assert "header.grif_columns:paragraph_cells" not in found.trace


# (plain text, the paragraphs the text reader gives)
READ = [
    # under two openers a cell going on in lower case is a cell of its own
    ("СОГЛАСОВАНО\n\nУТВЕРЖДАЮ\n\nПедагогическим советом\n\nприказом № 7 от\n01.02.2025\n",
     ["СОГЛАСОВАНО", "УТВЕРЖДАЮ", "Педагогическим советом", "приказом № 7 от\n01.02.2025"]),
    # elsewhere a paragraph cut by a page break is joined again
    ("Мероприятия программы направлены на развитие\n\nшкольной библиотеки и читального зала.\n",
     ["Мероприятия программы направлены на развитие школьной библиотеки и читального зала."]),
]


@pytest.mark.parametrize(("text", "paragraphs"), READ)
def test_no_page_break_under_openers(tmp_path: Path, text: str, paragraphs: list[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert [getattr(b, "text", None) for b in doc.blocks] == paragraphs
