"""Document facts read alike whichever format carries them: an act's header as a site's text
export gives it (the title's lines and the preamble in one run of lines, no blank line between),
as a DOCX gives it (a paragraph each) and as a PDF prints it (a line each). Invented bodies,
places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc


def _txt(lines: tuple[str, ...], tmp_path: Path) -> SourceDocument:
    path = tmp_path / "order.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(path)


def _docs(lines: tuple[str, ...], tmp_path: Path) -> list[SourceDocument]:
    return [_txt(lines, tmp_path), docx_doc(*lines), pdf_doc(*lines)]


_HEAD = ("Управление образования администрации Ольховского муниципального района",
         "ПРИКАЗ", "12.02.2024 № 31", "с. Ольховка")

# (lines after the header, title): the body's preamble opens with a phrase of its own ("Во
# исполнение …", "С целью …", "В целях …"), which no title runs into
PREAMBLES = [
    (("Об утверждении положения о школьном совете родителей",
      "Во исполнение решения совета управления от 1 февраля 2024 года № 2, ПРИКАЗЫВАЮ:"),
     "Об утверждении положения о школьном совете родителей"),
    (("Об утверждении плана наставничества в школах",
      "С целью поддержки молодых учителей района и развития программы наставничества,",
      "ПРИКАЗЫВАЮ:"),
     "Об утверждении плана наставничества в школах"),
    (("Об утверждении порядка работы муниципального",
      "методического объединения учителей",
      "В целях повышения качества преподавания приказываю:"),
     "Об утверждении порядка работы муниципального методического объединения учителей"),
]


@pytest.mark.parametrize(("lines", "title"), PREAMBLES)
def test_a_preamble_ends_the_subject_in_every_format(
        tools: ExtractTools, lines: tuple[str, ...], title: str, tmp_path: Path) -> None:
    for doc in _docs(_HEAD + lines, tmp_path):
        assert extract(doc, Found(), tools).document.title == title, doc.format
