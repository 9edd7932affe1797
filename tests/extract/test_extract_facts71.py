"""News-like reports of measures held (dev71 categories, session facts71): a methodist's
information note under a two-line heading, a campaign's results, a drill, a camp's closing, a
district's month told by its department. Invented places, schools and people, our own wording
(docs/CONTRACT.md `kind`, `title`, `period`, `issuer`, `municipality`, "News pages of
measures held")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc

_NOTE = ("Информационная справка",
         "о проведении акции «Чистый берег» (подготовка к ЛЕТНИМ каникулам)",
         "Акция проводилась в соответствии с распоряжением от 1 апреля 2019 г. № 12-р «Об "
         "обеспечении в 2019 году поддержки проектов».",
         "В акции приняли участие следующие ОО Сосновского района: МБОУ СОШ №1, МБОУ СОШ №2.",
         "Методист «ДДТ Сосновского района» Чехова И.П.")


@pytest.mark.parametrize("make", [docx_doc, pdf_doc], ids=["docx", "pdf"])
def test_information_note_heading_over_two_lines(tools: ExtractTools, make: object) -> None:
    # the genre word with its adjective on a line of its own, the subject under it; the cited
    # act's year is no period; the signer's surname after the district is no city
    found = facts_of(make(*_NOTE, bold=(0, 1)), tools).document  # type: ignore[operator]
    assert (found.kind, found.title, found.period_text) == (
        "report", "Информационная справка о проведении акции «Чистый берег» (подготовка к "
        "ЛЕТНИМ каникулам)", None)
    assert found.signatories[0].name == "Чехова И.П."


@pytest.mark.parametrize(("lines", "title"), [
    (("Информационная справка", "о проведении недели здоровья", "Неделя прошла с 3 по 7 мая "
      "2021 года."), "Информационная справка о проведении недели здоровья"),
    (("Аналитическая справка", "о проведении месячника безопасности", "Месячник прошёл в "
      "сентябре 2022 года."), "Аналитическая справка о проведении месячника безопасности"),
    # a qualifier alone names no report: the line under it is a plan's
    (("Информационная", "о плане работы на 2022 год"), None),
], ids=["information", "analytic", "no-genre-word"])
def test_qualified_genre_word_runs_on(tools: ExtractTools, lines: tuple[str, ...],
                                      title: str | None) -> None:
    found = facts_of(docx_doc(*lines, bold=(0, 1)), tools).document
    assert found.title == title
