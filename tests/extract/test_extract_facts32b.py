"""Facts of a twenty-eighth study set (issue 11), institution reports: a double genre word
("СПРАВКА - ОТЧЕТ") or a report form's heading decides the kind, a document's own heading under
a site card opening with "О", a year glued to "год", a year's report with the next year's plan,
a report's years on the line under its title, a district named as its formation, "СП <name>"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period
from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, txt_doc

_BODY = "Учреждение работало по плану, утверждённому учредителем, и выполнило его полностью."

# (blocks, kind): an institution's report under a report word of its heading
REPORT_HEADINGS = [
    (("СПРАВКА – ОТЧЁТ", "О РАБОТЕ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ «ДОМ РЕМЁСЕЛ» ЗА 2022 ГОД",
      _BODY), "report"),
    (("Справка-отчет о работе библиотеки села Луговое за 2020 год", _BODY), "report"),
    (("Форма годового отчета о деятельности отдела по делам молодёжи за 2021 год", _BODY),
     "report"),
    # "Информация о …" accounts for what was done, whatever its subject
    (("Информация об организации летнего отдыха детей в Заречном районе в 2023 году", _BODY),
     "report"),
    (("Информация о достижении значений целевых индикаторов программы «Развитие "
      "образования Лесного района» за 2022 год", _BODY), "report"),
    (("ИНФОРМАЦИЯ О РАБОТЕ ЦЕНТРА «ПОИСК» ЗА 2021 ГОД", _BODY), "report"),
    # a plan stays a plan
    (("План работы клуба «Ровесник» на 2024 год", _BODY), "roadmap"),
]


@pytest.mark.parametrize(("blocks", "kind"), REPORT_HEADINGS)
def test_report_words_in_the_heading_decide_the_kind(tools: ExtractTools,
                                                     blocks: tuple[str, ...], kind: str) -> None:
    assert extract(docx_doc(*blocks), Found(), tools).document.kind == kind


# (site page paragraphs, title, years): a site card opening with the preposition "О" over the
# document's own heading, its years said line by line and glued to "год"
CARD_PAGES = [
    (("Версия для слабовидящих",
      "О деятельности отдела культуры Лесного района за 2022год и задачах на 2023 год",
      "Печать",
      "Форма годового отчета о деятельности отдела культуры",
      "Лесного района",
      "за 2022год и задачах на 2023 год",
      _BODY),
     "Форма годового отчета о деятельности отдела культуры Лесного района за 2022год и задачах"
     " на 2023 год", (2022, 2023)),
]


@pytest.mark.parametrize(("paragraphs", "title", "years"), CARD_PAGES)
def test_own_heading_under_a_card_opening_with_a_preposition(
        tools: ExtractTools, tmp_path: Path, paragraphs: tuple[str, ...], title: str,
        years: tuple[int, int]) -> None:
    doc = extract(txt_doc(tmp_path, "\n\n".join(paragraphs) + "\n"), Found(), tools).document
    assert doc.title == title
    got = parse_period(doc.period_text or "")
    assert got is not None and (got.start_year, got.end_year) == years


# (blocks, years): a report's years glued to "год", or on the line right under its title below
# a grif of many short lines
REPORT_YEARS = [
    (("Отчёт о работе музея за 2019год", _BODY), (2019, 2019)),
    (("Информация о выполнении плана за 2020год и задачи на 2021 год", _BODY), (2020, 2021)),
    (("УТВЕРЖДАЮ", "заведующий", "(должность)", "Петрова Н.С.", "(Ф.И.О.)", "(подпись)",
      "«___»______год", "(печать)", "Отчет клубного учреждения", "МКУ «Клуб» с. Берёзовка",
      "Отчет за  2022 года", _BODY), (2022, 2022)),
]


@pytest.mark.parametrize(("blocks", "years"), REPORT_YEARS)
def test_report_years(tools: ExtractTools, blocks: tuple[str, ...],
                      years: tuple[int, int]) -> None:
    got = parse_period(extract(docx_doc(*blocks), Found(), tools).document.period_text or "")
    assert got is not None and (got.start_year, got.end_year) == years


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (text, municipality): a district named as its formation; a rural settlement's abbreviation
PLACES = [
    ("отдел культуры Лесного районного муниципального образования Заречной области",
     "Лесной район"),
    ("МУК «Сельский клуб» СП Верхние Луки", "сельское поселение Верхние Луки"),
    ("МКУК «Дом культуры» СП Озерки", "сельское поселение Озерки"),
]


@pytest.mark.parametrize(("text", "municipality"), PLACES)
def test_place_forms(text: str, municipality: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == municipality


# (blocks, issuer, signatories): a report form's grif, one item a line with bracketed captions,
# a surname of several parts; the institution named in the title with its settlement
FORM_GRIFS = [
    (("УТВЕРЖДАЮ", "директор", "(наименование должности)", "Тен-ир-сон В.К.", "(Ф.И.О.)",
      "______________(подпись)", "«___»________год", "(печать)",
      "Отчет клубного учреждения МУК «Дом досуга» СП Каменка", "за 2022 год", _BODY),
     "МУК «Дом досуга» СП Каменка", [("Тен-ир-сон В.К.", "директор")]),
    (("УТВЕРЖДАЮ", "заведующий", "(должность)", "Лим-Хан Р.С.", "(подпись)",
      "Отчет библиотеки МКУК «Сельская библиотека» за 2021 год", _BODY),
     "МКУК «Сельская библиотека»", [("Лим-Хан Р.С.", "заведующий")]),
]


@pytest.mark.parametrize(("blocks", "issuer", "signatories"), FORM_GRIFS)
def test_form_grif_and_institution_in_the_title(tools: ExtractTools, blocks: tuple[str, ...],
                                                issuer: str,
                                                signatories: list[tuple[str, str]]) -> None:
    doc = extract(docx_doc(*blocks), Found(), tools).document
    assert doc.issuer == issuer
    assert [(s.name, s.position) for s in doc.signatories] == signatories
