"""A report's title read the same from a site's text export as from the Word file (task
xf10): the site's card heading in sentence case over the cover in capitals, read into one
block by the export, is no part of the title. (text lines, title) cases in our words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

COVER = ["МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «ДЕТСКИЙ САД № 3 "
         "ОБЩЕРАЗВИВАЮЩЕГО ВИДА»", "ЗА 2023-2024 УЧЕБНЫЙ ГОД", "РАЗДЕЛ 1",
         "ОБЩИЕ СВЕДЕНИЯ О ДЕТСКОМ САДЕ",
         "| Полное наименование | муниципальное бюджетное дошкольное учреждение |",
         "| Адрес | п. Лесной, ул. Садовая, д. 2 |"]
TITLE = ("ПУБЛИЧНЫЙ ОТЧЕТ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
         "«ДЕТСКИЙ САД № 3 ОБЩЕРАЗВИВАЮЩЕГО ВИДА» ЗА 2023-2024 УЧЕБНЫЙ ГОД")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # the card over the cover: left out
        (["Публичный отчет", "ПУБЛИЧНЫЙ ОТЧЕТ", *COVER], TITLE),
        # the cover alone reads the same
        (["ПУБЛИЧНЫЙ ОТЧЕТ", *COVER], TITLE),
    ],
)
def test_card_line_left_out_of_report_title(lines: list[str], title: str, tmp_path: Path,
                                            tools: ExtractTools) -> None:
    doc = facts_of(txt_doc(tmp_path, "\n".join(lines)), tools).document
    assert doc is not None
    assert doc.title == title
