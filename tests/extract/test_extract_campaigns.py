"""Schools' news reports of a campaign held (session campaigns): a месячник, a неделя or an
акция told as news — the report's kind, its school after "в"/"от", the year of its opening
dates; a participants column of counts and classes; a text export's owner line under a report's
title; a measures table's term years flattened onto one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.columns import cell_kinds
from extract.tools import ExtractTools
from extract.vocab import get_vocab

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table, txt_doc


@pytest.mark.parametrize(("text", "issuer", "period"), [
    # a news heading naming the school after "в", the start date in the opening sentence
    ("Новости школы\n\nМесячник военно-патриотического воспитания в МБОУ СОШ №5\n\n"
     "12.02.2021 года в нашей школе стартовал месячник военно-патриотического воспитания. "
     "Прошли уроки мужества и встречи с ветеранами.\n", "МБОУ СОШ №5", "2021"),
    # no heading, a kindergarten unnamed: the term in the opening sentence
    ("С 01.09.2020 по 30.09.2020г. в нашем детском саду прошла «Неделя безопасности». "
     "С детьми проведены беседы и игры по правилам дорожного движения.\n", None, "2020"),
    # the school in the prepositional case inside the opening sentence, the term in words
    ("В целях воспитания бережного отношения к родному краю в МОУ Сосновской СОШ с 05 апреля "
     "по 20 апреля 2016 года была проведена акция «Чистый двор».\n\nЗадачи акции:\n",
     "МОУ Сосновская СОШ", "2016"),
    # a report's run-on heading naming the school after "от", the year printed once at the end
    ("Отчёт о проведении декады здоровья от МБОУ ООШ №3. Декада 10.11. – 20.11.2015 "
     "Дата Мероприятие Количество участников 10.11. 2015 Весёлые старты 120\n",
     "МБОУ ООШ №3", "2015"),
], ids=["heading-v", "unnamed-kindergarten", "sentence-v-adjective", "runon-ot"])
def test_campaign_news_is_its_schools_report(tools: ExtractTools, tmp_path: Path, text: str,
                                             issuer: str | None, period: str) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert (found.kind, found.issuer, found.period_text) == ("report", issuer, period)


@pytest.mark.parametrize("text", [
    # a plan of the campaign names it but tells nothing held
    "План проведения месячника безопасности в МБОУ СОШ №5\n\nс 01.09.2020 по 30.09.2020\n",
    # news of something else: no campaign named
    "12.02.2021 года в нашей школе состоялось родительское собрание. Выступил директор.\n",
], ids=["plan-of-campaign", "no-campaign"])
def test_no_campaign_report(tools: ExtractTools, tmp_path: Path, text: str) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert not (found.kind == "report" and found.period_text in ("2020", "2021"))


@pytest.mark.parametrize(("cell", "cohort"), [
    ("1-9классы,\n126 обучающихся\n6-16лет", True),
    ("5-е классы, 48 учащихся", True),
    ("38 обучающихся", True),
    ("Классные руководители 5-9 классов", False),
    ("Заместитель директора по ВР", False),
    ("3 раза в месяц", False),
], ids=["classes-count", "classes-ordinal", "count", "teachers-of-classes", "position",
        "frequency"])
def test_participants_count_is_coverage(tools: ExtractTools, cell: str, cohort: bool) -> None:
    assert ("cohort" in cell_kinds(cell, get_vocab(tools), tools)) is cohort


def test_owner_line_under_title_in_text_lines(tools: ExtractTools, tmp_path: Path) -> None:
    # a text export prints the heading's lines as one block: the line under the title names
    # the report's school (a branch joined by "и" is its part)
    text = ("Отчет по проведению мероприятий, посвященных Дню города в 2019 году\n"
            "МБОУ Лесная СОШ № 3 и филиал МБОУ Лесная СОШ № 3\n"
            "| № п/п | Наименование мероприятий | Срок | Участники |\n"
            "| 1. | Линейка, посвященная Дню города | 5.09 | 1-11 классы |\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert (found.kind, found.issuer) == ("report", "МБОУ Лесная СОШ № 3")


def test_term_years_on_one_line(tools: ExtractTools) -> None:
    # a measures table's term cell "2019↵2020↵2021" a text export joined with spaces
    doc = docx_doc(table(
        ("N п/п", "Наименование мероприятия", "Всего", "Сроки исполнения"),
        ("1.", "Организация горячего питания учащихся 1-4 классов", "100 100 100",
         "2019 2020 2021"),
        ("2.", "Обновление оборудования школьных столовых", "50 50 50", "2019 2020 2021")))
    found = facts_of(doc, tools).document
    assert found.period_text == "2019-2021"


@pytest.mark.parametrize(("text", "title"), [
    ("Новости\n\nНеделя здоровья в МБОУ ООШ №4\n\n05.04.2022 года в нашей школе прошла неделя "
     "здоровья. Ребята участвовали в эстафетах и соревнованиях.\n",
     "Неделя здоровья в МБОУ ООШ №4"),
    # a run-on heading cut at its full stop after the school's number
    ("Отчет о проведении первой недели месячника безопасности от МБОУ СОШ №9. Неделя 01.09. – "
     "07.09.2017 Дата Мероприятие Ответственный\n", "Отчет о проведении первой недели месячника "
     "безопасности от МБОУ СОШ №9"),
], ids=["news-heading", "runon-heading"])
def test_campaign_heading_is_the_title(tools: ExtractTools, tmp_path: Path, text: str,
                                       title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title
