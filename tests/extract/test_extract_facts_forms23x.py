"""Titles of site text exports (a line per paragraph, no bold to tell the title from what
follows): the owner's name in the nominative under a report title closed by its years, the town
and year of the title page's foot after a blank line, a file's copy number "(1)" after the
years (invented schools, places and wording)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document

_BODY = "\nПояснительная записка\nШкола работает в одну смену.\n"

# (the document's top as a text file, the title read)
CASES = [
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nЗА 2023год\n"
     "муниципальное казённое общеобразовательное учреждение\n«Основная школа с. Ольховка»\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2023год"),
    # the owner's name in the genitive goes on the title
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nЗА 2023 год\n"
     "муниципального казённого общеобразовательного учреждения\n«Основная школа с. Ольховка»\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2023 год муниципального казённого "
     "общеобразовательного учреждения «Основная школа с. Ольховка»"),
    ("ГОДОВОЙ ПЛАН РАБОТЫ\nмуниципального детского сада «Ёлочка»\nна 2024/2025 учебный год\n\n"
     "г. Ольховск 2024г.\n",
     "ГОДОВОЙ ПЛАН РАБОТЫ муниципального детского сада «Ёлочка» на 2024/2025 учебный год"),
    ("Отчет о самообследовании за 2023 (1)\nСОДЕРЖАНИЕ\nВведение\n",
     "Отчет о самообследовании за 2023"),
]


@pytest.mark.parametrize(("top", "title"), CASES)
def test_site_text_title_ends(tools: ExtractTools, tmp_path: Path, top: str, title: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(top + _BODY, encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.title == title
