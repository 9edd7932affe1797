"""A heading in bold capitals printed as centred lines, a paragraph each, straight above its
table: the lines together are the title (a DOCX keeps them as one paragraph broken into lines,
which `table_heading` reads; a PDF print gives each line a paragraph of its own)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import Paragraph, SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, table

ROWS = table(("№ п/п", "Показатели", "Единица измерения"),
             ("1.1", "Общая численность воспитанников", "64 человека"))


def _doc(lines: tuple[str, ...], bold: bool = True) -> SourceDocument:
    blocks = (*(Paragraph(text=x, bold=bold) for x in lines), ROWS)
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)


@pytest.mark.parametrize(("lines", "title"), [
    (("ПОКАЗАТЕЛИ САМООБСЛЕДОВАНИЯ", "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО",
      "ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ", "«ДЕТСКИЙ САД № 4 «РОДНИЧОК»»", "ЗА 2025 год"),
     "ПОКАЗАТЕЛИ САМООБСЛЕДОВАНИЯ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО "
     "УЧРЕЖДЕНИЯ «ДЕТСКИЙ САД № 4 «РОДНИЧОК»» ЗА 2025 год"),
    (("СВЕДЕНИЯ О КОНТИНГЕНТЕ", "ОБУЧАЮЩИХСЯ ШКОЛ ОЗЁРНОГО РАЙОНА"),
     "СВЕДЕНИЯ О КОНТИНГЕНТЕ ОБУЧАЮЩИХСЯ ШКОЛ ОЗЁРНОГО РАЙОНА"),
])
def test_bold_heading_lines_over_a_table_are_one_title(tools: ExtractTools,
                                                       lines: tuple[str, ...], title: str) -> None:
    assert facts_of(_doc(lines), tools).document.title == title


@pytest.mark.parametrize(("lines", "bold"), [
    # plain lines are not a heading set in bold
    (("ПОКАЗАТЕЛИ САМООБСЛЕДОВАНИЯ", "ДЕТСКОГО САДА № 4 ЗА 2025 год"), False),
    # bold lines in lower case (not a heading in capitals)
    (("Показатели самообследования", "детского сада № 4 за 2025 год"), True),
])
def test_other_lines_over_a_table_are_not_joined(tools: ExtractTools, lines: tuple[str, ...],
                                                 bold: bool) -> None:
    title = facts_of(_doc(lines, bold), tools).document.title
    assert title != " ".join(lines)
