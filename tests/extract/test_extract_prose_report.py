"""Reports of measures carried out written as prose paragraphs (extract/prose_report.py)."""

from __future__ import annotations

import pytest

from extract.found import Found
from extract.prose_report import deadline_of, extract, is_measure, is_title
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.lemmas import get_lemmatizer


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation, tag=lem.tag, is_done=lem.is_done)


def lines_doc(text: str) -> SourceDocument:
    blocks = tuple(Paragraph(text=line.strip(), source=Provenance(line=i))
                   for i, line in enumerate(text.splitlines(), 1) if line.strip())
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


@pytest.mark.parametrize(("text", "expected"), [
    ("Мероприятия по профилактике детского травматизма в МБОУ СОШ № 2", True),
    ("Отчет о проведении недели здоровья в детском саду «Колосок»", True),
    ("План мероприятий по профилактике травматизма на 2025 год", False),
    ("Программа мероприятий «Здоровый образ жизни»", False),
    ("В школе проведены мероприятия по профилактике травматизма", False),
])
def test_title(text: str, expected: bool, tools: ExtractTools) -> None:
    assert is_title(text, tools) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В 6 «А» классе 03.11.2023 проведен классный час «Осторожно, гололед».", True),
    ("Руководителем кружка организованы соревнования по шашкам для 3-4 классов.", True),
    ("В спортивном зале состоялся праздник «Папа, мама, я – спортивная семья».", True),
    ("Для воспитанников старшей группы прошла экскурсия в пожарную часть.", True),
    ("Таким образом, проведенные мероприятия помогли снизить число травм.", False),
    ("Цель: формирование у детей навыков безопасного поведения.", False),
    ("Педагоги уделяют внимание безопасности детей на прогулке.", False),
    ("Обновлены инструкции по охране труда.", False),
])
def test_measure(text: str, expected: bool, tools: ExtractTools) -> None:
    assert is_measure(text, tools) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В 6 «А» классе 03.11.2023 проведен классный час.", ("03.11.2023", 2023)),
    ("15 марта 2022 года состоялась викторина «Знатоки ПДД».", ("15 марта 2022 года", 2022)),
    ("Проведены беседы с родителями.", (None, None)),
])
def test_deadline(text: str, expected: tuple[str | None, int | None],
                  tools: ExtractTools) -> None:
    assert deadline_of(text, tools) == expected


REPORT = """
МКОУ «Кедровская основная школа»
Мероприятия по предупреждению детского травматизма
В 5 классе 12.02.2024 проведена беседа «Опасные сосульки».
Учителем физкультуры организованы соревнования «Веселые старты».
В 8 классе 20.03.2024 прошел классный час «Безопасные каникулы».
Таким образом, работа по профилактике травматизма ведется в течение года.
"""

ANALYSIS = """
МКОУ «Кедровская основная школа»
Отчет о результатах самообследования
В школе проведены мероприятия по профилактике травматизма.
Коллектив школы работает над повышением качества образования и воспитания учащихся.
Материально-техническая база школы позволяет вести образовательный процесс.
"""


def test_report_measures(tools: ExtractTools) -> None:
    found = extract(lines_doc(REPORT), Found(), tools)
    assert [a.deadline_text for a in found.activities] == ["12.02.2024", None, "20.03.2024"]
    assert found.activities[1].title.startswith("Учителем физкультуры")
    assert found.document.kind == "report"
    assert found.document.period_text == "2024"
    assert found.document.title == "Мероприятия по предупреждению детского травматизма"


def test_analysis_reads_nothing(tools: ExtractTools) -> None:
    assert not extract(lines_doc(ANALYSIS), Found(), tools).activities
