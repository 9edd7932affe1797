"""Document facts of documents exported to text a paragraph per line (as legal and municipal
sites export them), written again with invented bodies, places, people and wording: a region
in a capitals header line read with the mixed-case lines under it, a report heading against a
body sentence naming a report in another case, a report title over the body's first sentence,
a legal database's banner over the export, an export's anchor names over an appendix heading.
(text, expected) cases read by the text reader and the header rules."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

LONG_BODY = ("В своей работе по охране здоровья воспитанников детский сад руководствуется "
             "действующими нормами и планом работы на учебный год, утверждённым заведующим.")


def _doc(*lines: str) -> SourceDocument:
    blocks = read_text("\n".join(lines).encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


@pytest.mark.parametrize(("text", "region"), [
    ("ВЕРХНЕЛУЖСКАЯ ОБЛАСТЬ АДМИНИСТРАЦИЯ ОЗЁРСКОГО РАЙОНА ПОСТАНОВЛЕНИЕ от 2 мая 2024 г. № 12 "
     "О внесении изменений в программу", "Верхнелужская область"),
    ("ПРАВИТЕЛЬСТВО ЛЕСНОГОРСКОГО КРАЯ Распоряжение от 5 июня 2023 г.", "Лесногорский край"),
    # a single capitals word is an abbreviation, no header line: nothing softened
    ("МБОУ СОШ № 3 Озёрского района", None),
])
def test_region_in_capitals_run(text: str, region: str | None) -> None:
    assert find_place([text], get_lemmatizer(), settlements=False).region == region


# (lines, the report kind expected or not, the title when a report)
@pytest.mark.parametrize(("lines", "kind", "title"), [
    # the report's noun in the accusative opens a body sentence, not a heading
    (["Постановление администрации Заречной области", "от 3 марта 2024 г. N 15",
      "\"О программе \"Школьные автобусы Заречной области\"\"",
      "Администрация области постановляет:",
      "1. Утвердить прилагаемую программу \"Школьные автобусы Заречной области\" на 2024 год. "
      "Контроль за выполнением настоящего постановления оставляю за собой.",
      "Справку о выполнении программы представить к 1 февраля 2025 года в управление."],
     "report", None),
    # the report heading over the body's first sentence: the heading's lines only
    (["Аналитическая справка", "о работе по охране здоровья воспитанников",
      "детского сада № 4 «Ромашка» Озёрского района", "за 2024 год", LONG_BODY],
     "report", "Аналитическая справка о работе по охране здоровья воспитанников детского сада "
               "№ 4 «Ромашка» Озёрского района за 2024 год"),
    # ... under the owner's name on the line above, in the same block
    (["Муниципальное бюджетное общеобразовательное учреждение «Школа № 9» Лесногорского района",
      "Отчет", "о работе школьного спортивного клуба", "за 2023-2024 учебный год", LONG_BODY],
     "report", "Отчет о работе школьного спортивного клуба за 2023-2024 учебный год"),
    # a heading over a short body sentence in sentence case: the heading's lines only
    (["ОТЧЁТ", "о работе библиотеки гимназии № 2", "за 2024 год",
      "В течение года библиотека провела читательские конференции."],
     "report", "ОТЧЁТ о работе библиотеки гимназии № 2 за 2024 год"),
])
def test_report_heading(lines: list[str], kind: str, title: str | None,
                        tools: ExtractTools) -> None:
    found = extract(_doc(*lines), Found(), tools)
    assert found.document is not None
    if title is not None:
        assert (found.document.kind, found.document.title) == (kind, title)
    else:
        assert found.document.kind != kind
        assert not (found.document.title or "").startswith("Справку")


BANNER = ["Вы можете открыть актуальную версию документа прямо сейчас.",
          "Если вы являетесь пользователем интернет-версии системы, вы можете открыть этот "
          "документ прямо сейчас или узнать о нём по Горячей линии в системе."]


# (lines, title, whether the banner's words are left out of the texts places are read from)
@pytest.mark.parametrize(("lines", "title", "banner"), [
    # a legal database's banner over the export: no place in it
    ([*BANNER, "Приложение 2", "Сведения",
      "о показателях программы \"Летний лагерь - 2024 год\""],
     "Сведения о показателях программы \"Летний лагерь - 2024 год\"", True),
    # an export's anchor names over the appendix's heading
    (["Приложение к постановлению от 30.12.2024 г № 501", "", "Par12 Par12",
      "МУНИЦИПАЛЬНАЯ ПРОГРАММА", "\"РАЗВИТИЕ КУЛЬТУРЫ И СПОРТА ОЗЁРСКОГО МУНИЦИПАЛЬНОГО",
      "РАЙОНА (2025 - 2030 ГГ.)\""],
     "МУНИЦИПАЛЬНАЯ ПРОГРАММА \"РАЗВИТИЕ КУЛЬТУРЫ И СПОРТА ОЗЁРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА "
     "(2025 - 2030 ГГ.)\"", False),
])
def test_export_chrome(lines: list[str], title: str, banner: bool,
                       tools: ExtractTools) -> None:
    found = extract(_doc(*lines), Found(), tools)
    assert found.document is not None
    assert found.document.title == title
    if banner:
        assert not any("Горяч" in t for t in found.document.context_texts)
