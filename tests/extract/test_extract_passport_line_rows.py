"""A passport whose rows a page printed as paragraphs of their own, label and value run
together ("Ответственный исполнитель программы Комитет …"): two or more such paragraphs in a
row are read as the passport's rows, so its responsible body is the issuer (session facts72)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_HEAD = "Приложение к постановлению от 02.02.2031 № 41\n\nМуниципальная программа «Спорт детям»\n\n"
_NAME = "Наименование программы Муниципальная программа «Спорт детям» на 2031 - 2035 годы\n\n"
_OWNER = "Ответственный исполнитель программы Комитет по физической культуре города Лесногорска\n\n"
_TERM = "Срок реализации программы 2031 - 2035 годы\n\n"


@pytest.mark.parametrize(("text", "issuer"), [
    (_HEAD + _NAME + _OWNER + _TERM, "Комитет по физической культуре города Лесногорска"),
    (_HEAD + _OWNER + _TERM, "Комитет по физической культуре города Лесногорска"),
    # one such paragraph alone between sentences: as likely a sentence, not read as a row
    (_HEAD + "Программа принята на заседании комиссии.\n\n" + _OWNER
     + "Программа опубликована на сайте.\n\n", None),
], ids=["three-rows", "two-rows", "alone"])
def test_paragraph_rows_name_the_issuer(tools: ExtractTools, tmp_path: Path, text: str,
                                        issuer: str | None) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer
