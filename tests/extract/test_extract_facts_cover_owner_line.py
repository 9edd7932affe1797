"""A cover whose owner's short name is a line of its own in capitals between the heading and
its years (extract/facts/title_owner_years.py, institution.issuer_from_title): the title is
joined through the owner to its years, the owner is the issuer in the nominative and normal
case. Forms met in real sets, written again with invented names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


_BLOCKS = [
    (("ЦЕЛЕВАЯ ПРОГРАММА", "РАЗВИТИЯ ОБРАЗОВАТЕЛЬНОГО ПРОСТРАНСТВА", "МАОУ «ГИМНАЗИИ № 3 «ИСТОК»",
      "на 2015 - 2020 годы", "Паспорт программы"),
     "ЦЕЛЕВАЯ ПРОГРАММА РАЗВИТИЯ ОБРАЗОВАТЕЛЬНОГО ПРОСТРАНСТВА МАОУ «ГИМНАЗИИ № 3 «ИСТОК» на "
     "2015 - 2020 годы", "МАОУ «Гимназия № 3 «Исток»"),
    (("ПРОГРАММА", "ДУХОВНО-НРАВСТВЕННОГО ВОСПИТАНИЯ", "МБОУ «ЛЕСНАЯ СРЕДНЯЯ ШКОЛА»",
      "на 2021 – 2025 годы", "Пояснительная записка"),
     "ПРОГРАММА ДУХОВНО-НРАВСТВЕННОГО ВОСПИТАНИЯ МБОУ «ЛЕСНАЯ СРЕДНЯЯ ШКОЛА» на 2021 – 2025 годы",
     "МБОУ «Лесная средняя школа»"),
]


@pytest.mark.parametrize(("blocks", "title", "issuer"), _BLOCKS)
def test_owner_line_on_cover(tools: ExtractTools, blocks: tuple[str, ...], title: str,
                             issuer: str) -> None:
    found = facts_of(docx_doc(*blocks), tools)
    assert (found.document.title, found.document.issuer) == (title, issuer)


@pytest.mark.parametrize(("blocks", "title", "issuer"), _BLOCKS)
def test_owner_line_in_text_export(tools: ExtractTools, tmp_path: Path, blocks: tuple[str, ...],
                                   title: str, issuer: str) -> None:
    found = facts_of(txt_doc(tmp_path, "\n\n".join(blocks) + "\n"), tools)
    assert (found.document.title, found.document.issuer) == (title, issuer)


def test_sentence_in_capitals_is_no_owner_line(tools: ExtractTools) -> None:
    # a line in normal case after the heading: a sentence, not the cover's owner
    found = facts_of(docx_doc("ПРОГРАММА РАЗВИТИЯ", "МБОУ «Лесная школа» работает с 1990 года.",
                              "на 2021 – 2025 годы"), tools)
    assert found.document.issuer is None
