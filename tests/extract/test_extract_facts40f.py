"""Facts of institutions' plans and department acts read from flat text exports: a page run
into one paragraph, a title running on into a month heading or a table's number column, a
school named inside a heading, a council's heading in the genitive, a season's or a
campaign's year in the title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, txt_doc

_ROWS = " ".join(f"{k} Конкурс чтецов «Родной край» номер {k} для учащихся {k} классов "
                 f"Март 2025г Иванова А.А." for k in range(1, 9))


@pytest.mark.parametrize(("text", "title", "issuer"), [
    (f"План мероприятий, посвящённых «Году А.П. Гайдара». МБОУ «Лесновская СОШ №2» "
     f"№ п/п Мероприятие Дата Ответственный {_ROWS}",
     "План мероприятий, посвящённых «Году А.П. Гайдара»", "МБОУ «Лесновская СОШ №2»"),
    (f"План работы школьной библиотеки на год литературы. МКОУ «Кедровская ООШ» "
     f"№ Мероприятие Срок {_ROWS}",
     "План работы школьной библиотеки на год литературы", "МКОУ «Кедровская ООШ»"),
])
def test_run_on_page_heading_is_its_first_sentence(tmp_path: Path, tools: ExtractTools,
                                                    text: str, title: str, issuer: str) -> None:
    got = facts_of(txt_doc(tmp_path, text), tools).document
    assert (got.kind, got.title, got.issuer) == ("roadmap", title, issuer)


@pytest.mark.parametrize(("text", "title"), [
    ("План работы методического объединения учителей начальных классов ОКТЯБРЬ. "
     "Заседание МО №1 Анализ работы за прошлый год",
     "План работы методического объединения учителей начальных классов"),
    ("План-график подготовки к итоговой аттестации в Заречном районе в 2024 - 2025 учебном "
     "году № п/п 1. Сбор сведений об участниках",
     "План-график подготовки к итоговой аттестации в Заречном районе в 2024 - 2025 учебном году"),
])
def test_title_ends_before_month_heading_or_number_column(tools: ExtractTools, text: str,
                                                          title: str) -> None:
    got = facts_of(lines_doc(f"{text}\nПодготовить списки участников."), tools).document
    assert got.title == title


def test_school_line_inside_heading_goes_on_title(tools: ExtractTools) -> None:
    text = ("План основных мероприятий, посвященных Дню города\n\n«Утверждаю»\n"
            "Директор МБОУ «СОШ № 7»\nПетрова А.А.\n\nПлан основных мероприятий\n"
            "МБОУ «Средняя общеобразовательная школа» №7,\nпосвященных Дню города\n\n"
            "№ п/п Наименование мероприятия Срок Ответственный\n1. Выставка рисунков май")
    got = facts_of(lines_doc(text), tools).document
    assert got.title == ("План основных мероприятий МБОУ «Средняя общеобразовательная школа» "
                         "№7, посвященных Дню города")


@pytest.mark.parametrize(("heading", "issuer"), [
    ("РЕШЕНИЕ Собрания депутатов Заречного муниципального района от 12.03.2008 № 15",
     "Собрание депутатов Заречного муниципального района"),
    ("РЕШЕНИЕ Собрания представителей Лесного района от 01.02.2010 № 4",
     "Собрание представителей Лесного района"),
])
def test_council_heading_in_genitive_names_issuer_in_nominative(tools: ExtractTools,
                                                               heading: str, issuer: str) -> None:
    text = f"{heading}\nОб утверждении программы «Молодёжь района» на 2008-2010 годы\n" \
           "Собрание решило:\n1. Утвердить программу."
    got = facts_of(lines_doc(text), tools).document
    assert got.issuer == issuer


@pytest.mark.parametrize(("title", "year"), [
    ("О мерах по организации отдыха детей в летний период 2018 года", 2018),
    ("Об организации работы лагерей в зимний период 2021 г.", 2021),
    ("План месячника военно-патриотической работы с 20 января по 23 февраля 2024 г.", 2024),
])
def test_season_or_campaign_span_gives_the_year(tools: ExtractTools, title: str,
                                                year: int) -> None:
    doc = facts_of(lines_doc(f"{title}\nПровести мероприятия."), tools).document
    got = parse_period(doc.period_text or "")
    assert got is not None and (got.start_year, got.end_year) == (year, year)


def test_season_of_a_school_year_keeps_both_years(tools: ExtractTools) -> None:
    title = "План мероприятий по безопасности в зимний период 2023/2024 учебного года"
    doc = facts_of(lines_doc(f"{title}\nПровести инструктажи."), tools).document
    got = parse_period(doc.period_text or "")
    assert got is not None and (got.start_year, got.end_year) == (2023, 2024)


_SUBJECT_TAIL = ("по повышению качества подготовки обучающихся к государственной итоговой "
                 "аттестации по образовательным программам основного общего образования "
                 "в 2022 году")


def test_bold_subject_goes_on_in_its_next_bold_paragraph(tools: ExtractTools) -> None:
    doc = docx_doc("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 10.02.2022 № 15",
                   "Об утверждении плана мероприятий «дорожная карта»", _SUBJECT_TAIL,
                   "В целях повышения качества образования постановляю:",
                   bold=(0, 1, 3, 4))
    got = facts_of(doc, tools).document
    assert got.title == f"Об утверждении плана мероприятий «дорожная карта» {_SUBJECT_TAIL}"


@pytest.mark.parametrize(("ad", "region"), [
    ("Консультация юриста\nМосква и Московская область: 8 (495) 111-22-33\n"
     "Санкт-Петербург и Ленинградская область: 8 (812) 111-22-34", "Томской области"),
    ("Наши телефоны\nНовосибирская область: 8 (383) 111-22-33\n"
     "Федеральный номер: 8 (800) 111-22-35",
     "Томской области"),
])
def test_site_phone_lines_name_no_region(tools: ExtractTools, ad: str, region: str) -> None:
    doc = docx_doc(ad, "АДМИНИСТРАЦИЯ", "КЕДРОВСКОГО РАЙОНА", "ТОМСКОЙ ОБЛАСТИ",
                   "ПОСТАНОВЛЕНИЕ", "от 10.02.2022 № 15", "Об утверждении плана мероприятий",
                   bold=(1, 2, 3, 4))
    got = facts_of(doc, tools).document
    assert got.region_text is not None and got.region_text.lower() == region.lower()


def test_nameless_council_completed_by_the_place(tools: ExtractTools) -> None:
    doc = docx_doc("Принято на 12 заседании Собрания депутатов района",
                   "В соответствии с Уставом муниципального образования \"Кедровский район\" "
                   "и в целях развития образования",
                   "Собрание депутатов района решило:",
                   "1. Утвердить районную целевую программу \"Развитие образования Кедровского "
                   "района на 2010-2012 годы\".")
    got = facts_of(doc, tools).document
    assert got.issuer == "Собрание депутатов Кедровского района"


@pytest.mark.parametrize(("text", "issuer"), [
    ("Утверждаю:\nДиректор школы: А.Б. Орлов\nПЛАН\nпроведения месячника спортивной работы\n"
     "в МБОУ «Лесная СОШ»\n№ | Мероприятие | Срок\n1 | Открытие месячника | 20 января",
     "МБОУ «Лесная СОШ»"),
    ("УТВЕРЖДАЮ\nЗаведующий детским садом\nВ.Г. Сомова\nПлан недели безопасности в МБДОУ "
     "«Детский сад № 5 «Солнышко»»\n1. Беседа о правилах дорожного движения",
     "МБДОУ «Детский сад № 5 «Солнышко»»"),
])
def test_head_of_school_approves_the_title_school_plan(tools: ExtractTools, text: str,
                                                        issuer: str) -> None:
    got = facts_of(lines_doc(text), tools).document
    assert got.issuer == issuer


def test_owner_district_line_goes_on_a_heading_to_its_dates(tmp_path: Path,
                                                            tools: ExtractTools) -> None:
    text = ("Утверждаю:\nДиректор школы: А.Б. Орлов\nПЛАН\nпроведения декады здоровья\n"
            "в МКОУ «Сосновская СОШ»\nЛесного района Луговской области\n"
            "с 1 по 10 апреля 2025 года\n\n№\tМероприятие\tСрок\n1\tЗарядка\t1 апреля 2025 г.\n")
    got = facts_of(txt_doc(tmp_path, text), tools).document
    assert got.title == ("ПЛАН проведения декады здоровья в МКОУ «Сосновская СОШ» Лесного района "
                         "Луговской области с 1 по 10 апреля 2025 года")
