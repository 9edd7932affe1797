"""News-like reports of measures held (dev71 categories, session facts71): a methodist's
information note under a two-line heading, a campaign's results, a drill, a camp's closing, a
district's month told by its department. Invented places, schools and people, our own wording
(docs/CONTRACT.md `kind`, `title`, `period`, `issuer`, `municipality`, "News pages of
measures held")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, txt_doc

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


@pytest.mark.parametrize(("blocks", "expected"), [
    # a drill's news: the heading opens with its noun, the school after "в", a plan cited
    # after the noun (its word no plan of the campaign), the cited act's date no period
    (("Тренировка по пожарной эвакуации", "05.10.2024 года в МБОУ «СШ №7» прошла тренировка "
      "на тему: «Действия при пожаре». Тренировка проводилась по Плану проведения, "
      "утвержденному приказом от 01.09. 2023 года № 12."),
     ("report", "Тренировка по пожарной эвакуации", "МБОУ «СШ №7»", "2024")),
    # a campaign's results: the term under a time label, the school unnamed
    (("Итоги акции \"Книга- другу\"", "Время проведения с 10 по 20 октября 2023 года. Цель: "
      "сбор книг для библиотеки.", "Итоги:", "1 место - 3 А - 5 баллов"),
     ("report", "Итоги акции \"Книга- другу\"", None, "2023")),
    # a camp's closing: two sentences of mood first, the school after the camp's quoted name,
    # a statement opening with the camp's noun under the story is no heading
    (("Лето, солнце, каникулы – любимая пора ребят. Быстро пролетели дни. Наступил день "
      "закрытия пришкольного лагеря «Радуга» МБОУ «Лесная СОШ». Наш лагерь работал с 3 июня "
      "по 24 июня 2024 года.", "Лагерь – это дружба и веселье. Каждый день был наполнен "
      "играми и конкурсами."),
     ("report", None, "МБОУ «Лесная СОШ»", "2024")),
], ids=["drill", "campaign-results", "camp-closing"])
def test_news_of_measures_held(tools: ExtractTools, blocks: tuple[str, ...],
                               expected: tuple[str | None, ...]) -> None:
    found = facts_of(docx_doc(*blocks, bold=(0,)), tools).document
    # the period as its rule read it ("2024", "с 3 июня по 24 июня 2024 г"): its one year
    years = set(re.findall(r"20\d\d", found.period_text or ""))
    assert (found.kind, found.title, found.issuer, years) == (*expected[:3], {expected[3]})


@pytest.mark.parametrize("blocks", [
    # the plan of a drill: its word before the noun
    ("План проведения тренировки по эвакуации в МБОУ «СШ №7»", "Срок: сентябрь 2024 года"),
    # a camp's programme tells nothing held
    ("Программа пришкольного лагеря «Радуга» на 2024 год", "Цель: организация отдыха детей."),
], ids=["drill-plan", "camp-programme"])
def test_plans_of_measures_are_no_news(tools: ExtractTools, blocks: tuple[str, ...]) -> None:
    assert facts_of(docx_doc(*blocks, bold=(0,)), tools).document.kind != "report"


@pytest.mark.parametrize(("blocks", "place"), [
    # a department's news: the lead names the district the month runs across (the phrase as
    # printed: normalize/ names it "Сосновский район")
    (("Месячник здорового образа жизни", "В Сосновском районе   проходит месячник здорового "
      "образа жизни, старт которому был дан 20 мая 2022 года.", "1 июня в п. Ключи проведены "
      "спортивные игры."), "Сосновском районе"),
    # a school's news: a district named in what its pupils did is the story's
    (("Неделя спорта", "С 3 по 7 мая в нашей школе прошла неделя спорта. Ребята заняли второе "
      "место в турнире в Ольховском районе."), None),
], ids=["district-scope", "story-place"])
def test_campaign_scope_district(tools: ExtractTools, blocks: tuple[str, ...],
                                 place: str | None) -> None:
    found = facts_of(docx_doc(*blocks, bold=(0,)), tools).document
    assert found.kind == "report"
    assert (found.municipality_text or None) == place


@pytest.mark.parametrize(("text", "years"), [
    # the heading and the purpose sentence say no year: the first dated sentence of work done
    ("ОТЧЕТ\nо проведении месячника по благоустройству\nтерритории школы.\nВ целях воспитания "
     "бережного отношения к природе была проделана следующая работа:\nПровели 14. 04 2018г. "
     "и 21.04.2018г. трудовые десанты.\n21 апреля 2018 года была убрана территория парка.\n",
     {"2018"}),
    # no dated sentence at all: no period
    ("ОТЧЕТ\nо проведении недели здоровья.\nВ целях укрепления здоровья была проделана "
     "следующая работа:\nПровели весёлые старты.\n", set()),
], ids=["first-dated-work", "no-dates"])
def test_formal_report_year_from_work_done(tools: ExtractTools, tmp_path: Path, text: str,
                                           years: set[str]) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert found.kind == "report"
    assert set(re.findall(r"20\d\d", found.period_text or "")) == years


@pytest.mark.parametrize(("heading", "title"), [
    # a compound adjective's parts are lemmas of their own: the cover's heading is the report's
    ("Анализ учебно-воспитательной работы", "Анализ учебно-воспитательной работы МБОУ ООШ № 3 "
     "с. Ключи за 2022 – 2023 учебный год"),
    ("Анализ воспитательно-образовательной работы", "Анализ воспитательно-образовательной "
     "работы МБОУ ООШ № 3 с. Ключи за 2022 – 2023 учебный год"),
], ids=["educational", "upbringing"])
def test_cover_heading_of_analysis_over_three_lines(tools: ExtractTools, heading: str,
                                                    title: str) -> None:
    doc = docx_doc("муниципальное бюджетное общеобразовательное учреждение",
                   "основная общеобразовательная школа № 3 с. Ключи", heading,
                   "МБОУ ООШ № 3 с. Ключи", "за 2022 – 2023 учебный год", "с. Ключи", "2023",
                   "Анализ работы школы за 2022-2023 учебный год",
                   "В 2022 - 2023 учебном году коллектив школы работал над темой «Качество».",
                   bold=(2, 3, 4, 7))
    found = facts_of(doc, tools).document
    assert (found.kind, found.title) == ("report", title)
