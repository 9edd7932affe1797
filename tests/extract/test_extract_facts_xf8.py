"""A title page read the same in every format (task xf8), in our own words: a site's text export
runs the title page into one block (the imprint "Город 2011г." and a quoted motto under the
years end the title as the blocks of the Word file would), and a PDF printed from Word gives a
block per line (the owner's legal name broken over several plain lines under a bold bare plan
noun goes on up to its years)."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import Paragraph, Provenance, SourceDocument
from ingest.text.reader import read_text


def _text_doc(*lines: str) -> SourceDocument:
    blocks = read_text("\n".join(lines).encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


def _pdf_doc(*lines: tuple[str, bool]) -> SourceDocument:
    blocks = tuple(Paragraph(text=text, bold=bold, source=Provenance(page=1))
                   for text, bold in lines)
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", pages=1, blocks=blocks)


@pytest.mark.parametrize(("lines", "title"), [
    # the imprint (a town and its year on one line) under a name that says no years
    (["«УТВЕРЖДАЮ»", "Директор МБОУ СОШ № 8", "города Лесогорска", "______А.Б. Котова",
      "Программа", "«Зелёная планета»", "Лесогорск 2023г.", "ПРОГРАММА", "ОБЩИЕ СВЕДЕНИЯ"],
     "Программа «Зелёная планета»"),
    # a motto in quotes under a title closed by its years
    (["Программа развития", "Муниципального бюджетного учреждения дополнительного образования",
      "Озёрский центр творчества", "на 2023-2027 гг.", "«Территория роста»", "п. Озёрный 2023",
      "Содержание:"],
     "Программа развития Муниципального бюджетного учреждения дополнительного образования "
     "Озёрский центр творчества на 2023-2027 гг."),
    # a quote still open at the years is the name's, no motto
    (["Программа «Школа на 2024-2026 годы", "и дальше»", "Содержание:"],
     "Программа «Школа на 2024-2026 годы и дальше»"),
])
def test_text_title_page(lines: list[str], title: str, tools: ExtractTools) -> None:
    found = extract(_text_doc(*lines), Found(), tools)
    assert found.document is not None and found.document.title == title


@pytest.mark.parametrize(("lines", "title"), [
    ([("Программа развития", True), ("Муниципального автономного учреждения", False),
      ("дополнительного образования", False), ("Кленовский дом творчества", False),
      ("на 2022-2026 г.г.", False), ("с. Кленовка 2022", False)],
     "Программа развития Муниципального автономного учреждения дополнительного образования "
     "Кленовский дом творчества на 2022-2026 г.г."),
    # the lines never close on the plan's years: the bare heading alone
    ([("Программа развития", True), ("Муниципального автономного учреждения", False),
      ("дополнительного образования", False), ("Кленовский дом творчества", False),
      ("с. Кленовка", False), ("Содержание", True)],
     "Программа развития"),
])
def test_pdf_owner_lines(lines: list[tuple[str, bool]], title: str, tools: ExtractTools) -> None:
    found = extract(_pdf_doc(*lines), Found(), tools)
    assert found.document is not None and found.document.title == title



@pytest.mark.parametrize(("row", "signatory"), [
    # a council's protocol with its number and date left blank before the director's position
    ("| СОГЛАСОВАНО Начальник управления образования ______Белова О.К. | УТВЕРЖДЕНО Протокол "
     "№___от _______ Директор МБОУ СОШ № 9 ______К.Л. Фомин |",
     ("К.Л.Фомин", "Директор МБОУ СОШ № 9")),
    ("| СОГЛАСОВАНО Председатель профкома ______ Т.Т. Лаптева | УТВЕРЖДЕНО Протокол № ____ от "
     "________ Заведующий МБДОУ № 4 ______ А.А. Зимина |", ("А.А.Зимина", "Заведующий МБДОУ № 4")),
])
def test_blank_protocol_in_grif_row(row: str, signatory: tuple[str, str],
                                    tools: ExtractTools) -> None:
    found = extract(_text_doc(row, "", "Программа развития", "на 2024-2026 годы"), Found(), tools)
    assert found.document is not None
    assert signatory in [(s.name.replace(" ", ""), s.position) for s in found.document.signatories]
