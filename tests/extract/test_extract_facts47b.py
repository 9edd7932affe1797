"""Document facts of councils' progress decisions and districts' amending acts (facts47b,
written again with invented places): a decision whose subject opens "О реализации программы …"
or "О ходе реализации …" hears a plan's progress — an order, also when printed without
requisites, known by its operative verb; a region named only inside an act the preamble cites
(its body and name, the act's date and number, its quoted subject) is the cited act's, not the
document's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import SourceDocument
from pipelines.run import process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()

PROGRESS_DECISIONS = [
    # a legal site's one-line heading: the council's decision on a programme's progress, the
    # programme's approving act and its editions in the subject
    ("Решение Думы Сосновского муниципального района Луговской области от 12 марта 2010 г. "
     "N 45-7рД \"О реализации муниципальной целевой программы \"Развитие образования на "
     "2009 - 2012 годы\", утвержденной решением Думы от 01.10.2008 N 12 (в редакции решения "
     "от 05.05.2009 N 30)\"\n\nПринят к сведению отчет о реализации программы.\n",
     "order"),
    # a council's decision printed without date or number: the subject over "Заслушав …
    # Собрание депутатов … РЕШИЛО:"
    ("О ходе реализации муниципальной программы «Образование» в Кедровском районе\n\n"
     "Заслушав информацию начальника отдела образования администрации Кедровского района "
     "о ходе реализации муниципальной программы, Собрание депутатов Кедровского района "
     "РЕШИЛО:\n1. Информацию принять к сведению.\n2. Рекомендовать отделу образования "
     "продолжить работу.\n",
     "order"),
    # the progress report printed alone, no act over it, stays no order
    ("О ходе реализации муниципальной программы «Образование» в Кедровском районе\n\n"
     "В 2020 году в районе работали 12 школ. Программа выполнена на 95 процентов.\n",
     None),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS_DECISIONS)
def test_progress_decision_is_an_order(text: str, expected: str | None, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    kind = process_file(path).document.kind
    assert kind == expected if expected else kind != "order"


CITED_REGIONS = [
    # an amending act of a district citing its region's government's programme as its basis
    ("Постановление администрации Ольховского района от 14 мая 2019 г. N 88\n"
     "\"О внесении изменений в постановление администрации Ольховского района от 10.11.2018 "
     "N 301 \"О муниципальной программе \"Развитие образования в Ольховском районе на "
     "2019 - 2021 годы\"\n"
     "В соответствии со статьей 179 Бюджетного кодекса Российской Федерации, постановлением "
     "Правительства Луговской области от 05.10.2018 N 338-п \"О государственной программе "
     "Луговской области \"Развитие образования\", постановлением администрации Ольховского "
     "района от 07.09.2018 N 246 \"О порядке разработки муниципальных программ\":\n"
     "1. Внести в постановление изменения.\n",
     ("Ольховский район", None)),
    # a republic's government's order cited, its subject naming the republic again
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА \"ЛЕСНОЙ\"\n\nПОСТАНОВЛЕНИЕ\nот 30 декабря 2014 г. "
     "№ 2391\n\nО ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ \"РАЗВИТИЕ ОБРАЗОВАНИЯ "
     "(2014 - 2020 ГГ.)\"\n\nНа основании распоряжения Правительства Республики Кедровой от "
     "27 мая 2013 года № 194-р \"О совершенствовании планирования в Республике Кедровой\", "
     "администрация муниципального района \"Лесной\" постановляет:\n1. Внести изменения.\n",
     ("Лесной район", None)),
    # the act's own heading naming its region is the document's region
    ("Постановление администрации Ольховского района Луговской области от 14 мая 2019 г. N 88\n"
     "\"О внесении изменений в муниципальную программу \"Развитие образования\"\n"
     "В соответствии с постановлением Правительства Луговской области от 05.10.2018 N 338-п:\n"
     "1. Внести изменения.\n",
     ("Ольховский район", "Луговская область")),
]


@pytest.mark.parametrize(("text", "expected"), CITED_REGIONS)
def test_region_of_a_cited_act_is_not_the_documents(
        text: str, expected: tuple[str, str | None], tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    assert (doc.municipality, doc.region) == expected


QUALIFIED_REPORTS = [
    # a district's combined annual report: qualifiers before the genre word, capitals over
    # three lines under the site's heading in normal case
    ("Сводный годовой доклад о ходе реализации муниципальных программ Лесного муниципального "
     "района в 2021 году\nСВОДНЫЙ ГОДОВОЙ ДОКЛАД О ХОДЕ РЕАЛИЗАЦИИ МУНИЦИПАЛЬНЫХ ПРОГРАММ\nЛЕСНОГО "
     "МУНИЦИПАЛЬНОГО РАЙОНА\nВ 2021 ГОДУ\nСОДЕРЖАНИЕ\n",
     ("report", "СВОДНЫЙ ГОДОВОЙ ДОКЛАД О ХОДЕ РЕАЛИЗАЦИИ МУНИЦИПАЛЬНЫХ ПРОГРАММ ЛЕСНОГО "
                "МУНИЦИПАЛЬНОГО РАЙОНА В 2021 ГОДУ")),
    ("Годовой отчет о ходе реализации муниципальной программы «Развитие образования» за "
     "2022 год\nВ 2022 году программа выполнена.\n",
     ("report", "Годовой отчет о ходе реализации муниципальной программы «Развитие "
                "образования» за 2022 год")),
    # a qualifier before a plan's genre word makes no report
    ("Годовой план работы отдела образования на 2021 год\nСентябрь. Совещание.\n",
     ("roadmap", "Годовой план работы отдела образования на 2021 год")),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED_REPORTS)
def test_qualified_report_heading(text: str, expected: tuple[str, str], tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    assert (doc.kind, doc.title) == expected


_CARD = ("Версия сайта для слабовидящих", "11.02.2021 10:05", "48",
         "Доклад о результатах и основных направлениях деятельности комитета образования "
         "2020-2023 гг.",
         "Комитет образования администрации муниципального образования Кедровый район")
TITLE_PAGES = [
    # a docx: the genre word alone, the subject a paragraph of its own, town and years apart
    (docx_doc(*_CARD, "ДОКЛАД",
              "о результатах и основных направлениях деятельности\nкомитета образования "
              "администрации муниципального образования Кедровый район",
              "Кедровогорск\n2020-2023 гг.", "Введение",
              "Настоящий доклад подготовлен в соответствии с порядком."),
     ("ДОКЛАД о результатах и основных направлениях деятельности комитета образования "
      "администрации муниципального образования Кедровый район",
      "Комитет образования администрации муниципального образования Кедровый район",
      "2020-2023 гг.")),
    # a text export: paragraphs apart by blank lines, the subject's lines run on
    ("\n\n".join(_CARD) + "\n\nДОКЛАД\n\nо результатах работы\nкомитета образования\n\n"
     "Кедровогорск\n2020-2023 гг.\n\nВведение\n\nДоклад подготовлен по порядку.\n",
     ("ДОКЛАД о результатах работы комитета образования",
      "Комитет образования администрации муниципального образования Кедровый район",
      "2020-2023 гг.")),
]


@pytest.mark.parametrize(("doc", "expected"), TITLE_PAGES)
def test_title_page_under_a_site_card(doc: SourceDocument | str, expected: tuple[str, str, str],
                                      tools: ExtractTools, tmp_path: Path) -> None:
    got = facts_of(txt_doc(tmp_path, doc) if isinstance(doc, str) else doc, tools).document
    assert (got.title, got.issuer, got.period_text) == expected


ADJECTIVE_FORMATIONS = [
    # a formation named by its adjective before "муниципального образования", its region after
    ("Решение Думы Сосновского муниципального образования Луговской области от 12 марта 2010 г. "
     "N 45-7рД \"О бюджете\"\n\nДума Сосновского муниципального образования решила:\n"
     "1. Принять бюджет.\n",
     ("Сосновское муниципальное образование", "Луговская область")),
    # the name after the marker stays the formation's own
    ("Постановление администрации муниципального образования город Лесногорск от 1 марта "
     "2020 г. N 5 \"О плане\"\n\n1. Утвердить план.\n",
     ("Лесногорск", None)),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_FORMATIONS)
def test_formation_named_by_its_adjective(text: str, expected: tuple[str, str | None],
                                          tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    assert (doc.municipality, doc.region) == expected
