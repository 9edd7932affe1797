"""Facts of a twenty-seventh study set (issue 11): a part of a school year naming the school
year, a document's own heading under a site's shortened copy of it, a grif printed as a table
with the name glued to its underscores, an institution named only in the title."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.deadlines import parse_period


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
