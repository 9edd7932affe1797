"""A title page's heading joined up to its year line inclusive (CONTRACT `title`): the line
that is only the years ("за 2023 год", "2010- 2011 уч. год", "на период 2015-2019 г.г.")
closes the heading in any weight and after a long owner's name, and the period reader takes
the same line. Invented schools and places; (lines, title, period) cases read by the text
reader and the header rules."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Paragraph, SourceDocument
from normalize.deadlines import parse_period

BODY = ("Школа работает в одну смену, в ней учатся дети из трёх соседних сёл и посёлка, "
        "которых ежедневно привозит школьный автобус.")


def _bold(*lines: str, plain: int = 0, above: tuple[str, ...] = ()) -> SourceDocument:
    """A DOCX title page: its lines bold paragraphs but for the last `plain` ones, the owner's
    lines `above` them and the body."""
    cut = len(lines) - plain
    blocks = (*(Paragraph(text=t) for t in above),
              *(Paragraph(text=t, bold=k < cut) for k, t in enumerate(lines)))
    return SourceDocument(file="t.docx", sha256="0", format="docx",
                          blocks=(*blocks, Paragraph(text=BODY)))


@pytest.mark.parametrize(("doc", "title", "years"), [
    # a report's title in bold with a space after the hyphen and the short "уч. год" in plain
    (_bold("ПУБЛИЧНЫЙ ДОКЛАД", "2010- 2011 уч. год", plain=1,
           above=("Муниципальное общеобразовательное учреждение", "«Озёрная школа»")),
     "ПУБЛИЧНЫЙ ДОКЛАД 2010- 2011 уч. год", (2010, 2011)),
    # a programme's owner over five lines, its years on the sixth as "г.г."
    (_bold("ПРОГРАММА РАЗВИТИЯ", "Муниципального бюджетного", "общеобразовательного учреждения",
           "Лесногорского района", "«Средняя общеобразовательная", "школа № 4 имени героев»",
           "на период 2015-2019 г.г."),
     "ПРОГРАММА РАЗВИТИЯ Муниципального бюджетного общеобразовательного учреждения "
     "Лесногорского района «Средняя общеобразовательная школа № 4 имени героев» на период "
     "2015-2019 г.г.", (2015, 2019)),
    # a report's owner closed by its quoted name, "за … год" after five joined lines
    (_bold("ОТЧЁТ", "о результатах самообследования", "Государственного казённого",
           "общеобразовательного учреждения", "Заречной области",
           "«Озёрная школа-интернат для детей с нарушениями слуха»", "за 2023 год"),
     "ОТЧЁТ о результатах самообследования Государственного казённого общеобразовательного "
     "учреждения Заречной области «Озёрная школа-интернат для детей с нарушениями слуха» "
     "за 2023 год", (2023, 2023)),
])
def test_heading_up_to_year_line(doc: SourceDocument, title: str, years: tuple[int, int],
                                 tools: ExtractTools) -> None:
    found = extract(doc, Found(), tools).document
    assert found is not None
    assert found.title == title
    assert found.period_text is not None
    period = parse_period(found.period_text)
    assert period is not None
    assert (period.start_year, period.end_year) == years


def test_month_note_is_no_year_line(tools: ExtractTools) -> None:
    """A bracketed term with months under the heading is a note, not the heading's years."""
    doc = extract(_bold("План мероприятий по наставничеству", "в детском саду № 3 «Ромашка»",
                        "(сентябрь 2024 г. - май 2025 г.)"), Found(), tools).document
    assert doc is not None
    assert doc.title == "План мероприятий по наставничеству в детском саду № 3 «Ромашка»"


@pytest.mark.parametrize(("owner", "issuer"), [
    (("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "ЗАРЕЧНОЙ ОБЛАСТИ",
      "«Озёрная школа-интернат № 2»"),
     "Государственное бюджетное общеобразовательное учреждение Заречной области «Озёрная "
     "школа-интернат № 2»"),
    # a republic's school: the republic's name stands in apposition
    (("ГОСУДАРСТВЕННОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "РЕСПУБЛИКИ КАРЕЛИЯ",
      "«Озёрная санаторная школа – интернат №3»"),
     "Государственное казённое общеобразовательное учреждение Республики Карелия «Озёрная "
     "санаторная школа – интернат №3»"),
    (("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "«Лесная гимназия»"),
     "Муниципальное казённое общеобразовательное учреждение «Лесная гимназия»"),
])
def test_title_page_owner_in_capitals(owner: tuple[str, ...], issuer: str,
                                      tools: ExtractTools) -> None:
    """The owner printed in capitals over its quoted name in normal case above a title page
    is written in normal case, as a letterhead in capitals is (CONTRACT `issuer`)."""
    page = _bold(*owner, "Отчёт", "о самообследовании", "образовательной деятельности",
                 "по состоянию на 01.04.2023г.")
    # the postal address under the title page, in normal case
    address = Paragraph(text="185000, Республика Карелия, г. Озёрск, ул. Лесная, 3.")
    doc = page.model_copy(update={"blocks": (*page.blocks[:-1], address, page.blocks[-1])})
    found = extract(doc, Found(), tools).document
    assert found is not None
    assert found.issuer == issuer
