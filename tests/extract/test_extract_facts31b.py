"""Facts of a twenty-seventh study set (issue 11): a part of a school year naming the school
year, a document's own heading under a site's shortened copy of it, a grif printed as a table
with the name glued to its underscores, an institution named only in the title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.facts.institution import issuer_from_title
from extract.facts.institution_full_name import full_name_in_title
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, table, txt_doc


def _heading(lines: tuple[str, ...]) -> SourceDocument:
    """A heading as a text reader gives it: one paragraph, its printed lines kept."""
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(
        Paragraph(text="\n".join(lines), source=Provenance(line=1)),))


# (heading lines, years): a part of a school year names the whole school year
SCHOOL_YEAR_PARTS = [
    (("Отчёт о работе методического объединения",
      "за 2 полугодие 2023-2024 учебного года"), (2023, 2024)),
    (("Анализ работы кружков за I полугодие 2021/2022 учебный год",), (2021, 2022)),
    (("Справка по итогам успеваемости за 3 четверть 2019-2020 уч. год",), (2019, 2020)),
    # a part of a calendar year keeps its one year
    (("Отчёт о выполнении плана за 1 полугодие 2024 года",), (2024, 2024)),
]


@pytest.mark.parametrize(("lines", "years"), SCHOOL_YEAR_PARTS)
def test_part_of_a_school_year_names_the_school_year(tools: ExtractTools,
                                                     lines: tuple[str, ...],
                                                     years: tuple[int, int]) -> None:
    got = parse_period(extract(_heading(lines), Found(), tools).document.period_text or "")
    assert got is not None
    assert (got.start_year, got.end_year) == years


_BODY = "Работа учреждения строилась в соответствии с уставом и планом на год."

# (site page as paragraphs, title): a site's post heading saying the years over the document's
# own heading that opens with a bare genre line and runs over several lines up to those years
SITE_CARDS = [
    (("Версия для слабовидящих",
      "План ДК «Заря» на 2025 год",
      "ПЛАН",
      "работы муниципального казённого учреждения культуры",
      "«Дом культуры «Заря»",
      "2025 год",
      _BODY),
     "ПЛАН работы муниципального казённого учреждения культуры «Дом культуры «Заря» 2025 год"),
    (("План мероприятий на май 2024 года",
      "12.04.2024",
      "ПЛАН мероприятий учреждений спорта Лесного района на май 2024 года",
      _BODY),
     "ПЛАН мероприятий учреждений спорта Лесного района на май 2024 года"),
    (("Анализ работы ГБУ «Центр помощи семье» за 2023 год",
      "Отчёт о деятельности",
      "ГБУ «Центр помощи семье» по итогам 2023 года",
      _BODY),
     "Отчёт о деятельности ГБУ «Центр помощи семье» по итогам 2023 года"),
    # a heading under the card naming other years is a section, not the document's own
    (("План ДК «Заря» на 2025 год",
      "ПЛАН",
      "мероприятий к юбилею",
      "2026 год",
      _BODY),
     "План ДК «Заря» на 2025 год"),
]


@pytest.mark.parametrize(("paragraphs", "title"), SITE_CARDS)
def test_own_heading_wins_over_a_site_card(tools: ExtractTools, tmp_path: Path,
                                           paragraphs: tuple[str, ...], title: str) -> None:
    # a site's text export: each printed line a paragraph, blank lines between
    doc = txt_doc(tmp_path, "\n\n".join(paragraphs) + "\n")
    assert extract(doc, Found(), tools).document.title == title


# (grif table rows, issuer, signatories): grifs side by side, one a column, the name glued to
# its underscores
GRIF_TABLES = [
    ((("СОГЛАСОВАНО:", "УТВЕРЖДАЮ:"),
      ("Начальник отдела культуры", "Директор МБУК «Лесная ЦБС»"),
      ("администрации Лесного района", ""),
      ("__________А.П. Рябова", "__________К.Е. Орлов")),
     "МБУК «Лесная ЦБС»", [("К.Е. Орлов", "Директор МБУК «Лесная ЦБС»")]),
    ((("ПРИНЯТО", "УТВЕРЖДАЮ"),
      ("на педагогическом совете", "Заведующий МБДОУ «Детский сад № 4»"),
      ("протокол № 1 от 29.08.2024", "_______ С.В. Гусева"),
      ("", "приказ № 40 от 30.08.2024")),
     "МБДОУ «Детский сад № 4»", [("С.В. Гусева", "Заведующий МБДОУ «Детский сад № 4»")]),
]


@pytest.mark.parametrize(("rows", "issuer", "signatories"), GRIF_TABLES)
def test_grifs_side_by_side_in_a_table(tools: ExtractTools, rows: tuple[tuple[str, ...], ...],
                                       issuer: str, signatories: list[tuple[str, str]]) -> None:
    doc = docx_doc(table(*rows), "ПЛАН РАБОТЫ", "на 2025 год", "Раздел 1. Цели и задачи",
                   bold=(1, 2))
    got = extract(doc, Found(), tools).document
    assert got.issuer == issuer
    assert [(s.name, s.position) for s in got.signatories] == signatories


# (title, issuer): the institution named only in the title, as its owner
TITLE_OWNERS = [
    # the full name in the genitive with its founder's municipality before the quoted name
    ("ПЛАН работы муниципального казённого учреждения культуры Лесного сельского поселения "
     "Заречного района «Лесная библиотека» 2025 год",
     "Муниципальное казённое учреждение культуры Лесного сельского поселения Заречного района "
     "«Лесная библиотека»"),
    # a region's institution by its short form after a report's subject
    ("Отчёт о результатах работы ОГБУ «Заречный реабилитационный центр» за 2023 год",
     "ОГБУ «Заречный реабилитационный центр»"),
    ("План мероприятий МКУК «Лесной дом культуры» на 2025 год", "МКУК «Лесной дом культуры»"),
    # an institution the plan is carried out in is no owner
    ("План мероприятий по профилактике в ГБУ «Центр досуга» на 2025 год", None),
]


@pytest.mark.parametrize(("title", "issuer"), TITLE_OWNERS)
def test_issuer_named_in_the_title(ctx: Ctx, title: str, issuer: str | None) -> None:
    assert (issuer_from_title(ctx, title) or full_name_in_title(ctx, title)) == issuer
