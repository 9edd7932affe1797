"""The last rule of a document's kind (extract/facts/kind_vote.py): when no rule named the kind,
the genre words opening the top lines and their sentences vote. The forms are those of real
institutions' pages met in the studies (a site running a page into one line, a programme
showing only its contents), written again with invented institutions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, table

_CONTENTS = table(("№ п/п", "Разделы", "Страница"),
                  ("1.", "Паспорт", "3-4"),
                  ("2.", "Пояснительная записка", "5"),
                  ("3.", "Информационная справка об учреждении", "6-7"))

# (document, kind)
VOTES = [
    # a council's grif and a report's heading run into one line by a site
    (lines_doc("ПРИНЯТ: Педагогическим советом МКОУ ООШ с.Кедровка Протокол № 2 от 12.04.2024 "
               "г. Отчет о результатах самообследования муниципального казенного "
               "общеобразовательного учреждения основной общеобразовательной школы "
               "с.Кедровка за 2023 год Общие сведения об образовательной организации "
               "Полное наименование учреждения и его адрес указаны в уставе школы\n"),
     "report"),
    # a report's heading whose title could not be told apart: a sentence going on after it
    (lines_doc("Главная / Документы\nОтчёт по итогам года МБДОУ № 2, подготовленный "
               "заведующим для родителей и всех заинтересованных\nОбщие сведения\n"), "report"),
    (lines_doc("Сведения о детском саде\nПубличный доклад заведующего о работе детского сада "
               "в минувшем году, подготовленный для родителей\nРаздел 1\n"), "report"),
]


@pytest.mark.parametrize(("doc", "kind"), VOTES)
def test_genre_words_vote(tools: ExtractTools, doc: SourceDocument, kind: str) -> None:
    found = extract(doc, Found(), tools)
    assert found.document.kind == kind
    assert "header.kind:genre_vote" in found.trace


# a programme's or a plan's contents alone: their caption names the kind (rule `contents` or
# the vote)
CONTENTS = [
    (docx_doc("Содержание Программы развития:", _CONTENTS), "programme"),
    (docx_doc("Оглавление плана работы на 2024-2025 учебный год", _CONTENTS), "roadmap"),
]


@pytest.mark.parametrize(("doc", "kind"), CONTENTS)
def test_contents_name_the_kind(tools: ExtractTools, doc: SourceDocument, kind: str) -> None:
    assert extract(doc, Found(), tools).document.kind == kind


# pages whose genre words stand only inside sentences: no kind is better than a guess
SILENT = [
    lines_doc("В соответствии с программой развития образования района школа провела "
              "смотр кабинетов.\nИтоги смотра обсуждены на совещании директоров.\n"),
    lines_doc("Информация для родителей\nЗанятия в кружках начинаются с 1 октября.\n"),
]


@pytest.mark.parametrize("doc", SILENT)
def test_no_genre_word_no_kind(tools: ExtractTools, doc: SourceDocument) -> None:
    assert extract(doc, Found(), tools).document.kind is None
