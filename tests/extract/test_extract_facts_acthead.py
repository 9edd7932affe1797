"""The tops of acts and plans as real pages print them (task acthead; invented places, schools
and people): an order posted without its requisites, a department's letterhead under its
administration with the act line run into the subject, a head's own act, a regional ministry's
exam order and its bracketed short name, a title naming its owner with "№" and a town, a page
whose line breaks were lost, a region named as an event's theme. (text, expected) cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.case import restore_case
from extract.facts.goal_lists import split_inline
from extract.facts.vocab import facts_vocab
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.reader import read_text
from ingest.text.title_heads import heading_line, opens_heading
from normalize.lemmas import get_lemmatizer
from normalize.places import find_place

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, lines_doc, pdf_doc

QUARANTINE = """Новости
12.02.2024
Приказ о введении карантина во 2 «Б» классе
На основании постановления Главного государственного санитарного врача по Луговской области \
от 09.02.2024 № 45 и в целях предупреждения инфекций среди обучающихся
ПРИКАЗЫВАЮ:
1. Ввести карантин во 2 «Б» классе с 12.02.2024 по 19.02.2024.
2. Контроль за исполнением приказа оставляю за собой.
Директор школы П.Н. Сверчков"""

PROGRAMME_ACT = """Приказ о реализации программы «Орлята России» в начальных классах
В целях развития социальной активности младших школьников
ПРИКАЗЫВАЮ:
1. Организовать реализацию программы «Орлята России» в 1-4 классах.
2. Контроль за исполнением приказа оставляю за собой.
Директор школы Г.П. Шмелёва"""

APPROVING_ACT = """Приказ об утверждении плана мероприятий по профилактике детского травматизма
В целях предупреждения детского травматизма
ПРИКАЗЫВАЮ:
1. Утвердить план мероприятий по профилактике детского травматизма (приложение).
2. Контроль за исполнением приказа оставляю за собой.
Директор К.Л. Медведев"""

# the heading's word and subject, but no operative verb of that act: no act's heading
NEWS_ONLY = """Приказ о введении карантина во 2 «Б» классе
Во 2 «Б» классе с понедельника введён карантин, занятия проходят дистанционно."""


@pytest.mark.parametrize(("text", "title", "kind"), [
    (QUARANTINE, "Приказ о введении карантина во 2 «Б» классе", "order"),
    # the act carries out the programme it names: no programme itself
    (PROGRAMME_ACT, "Приказ о реализации программы «Орлята России» в начальных классах",
     "order"),
    # the act approves a plan: the plan's kind, as under an act's header
    (APPROVING_ACT,
     "Приказ об утверждении плана мероприятий по профилактике детского травматизма", "roadmap"),
])
def test_act_posted_without_requisites(text: str, title: str, kind: str,
                                       tools: ExtractTools) -> None:
    doc = facts_of(lines_doc(text), tools).document
    assert (doc.title, doc.kind) == (title, kind)
    # the cited act's date and number are not the order's; neither subject nor preamble
    # names the issuer
    assert (doc.order_number, doc.order_date_text, doc.issuer) == (None, None, None)
    assert doc.region_text is None


def test_news_without_operative_verb_is_no_act_heading(tools: ExtractTools) -> None:
    trace = facts_of(lines_doc(NEWS_ONLY), tools).trace
    assert "header.title:bare_act_heading" not in trace


LETTERHEAD = """АДМИНИСТРАЦИЯ КЛЁНОВСКОГО РАЙОНА ЛУГОВСКОЙ ОБЛАСТИ
ОТДЕЛ ОБРАЗОВАНИЯ
{act}
В целях поддержки одарённых детей
ПРИКАЗЫВАЮ:
1. Провести конкурс.
Начальник отдела образования Т.Г. Снегирёва"""


@pytest.mark.parametrize(("act", "title", "number", "date"), [
    # the act's word, date, number and subject run into one line
    ("ПРИКАЗ от 14 марта 2022 года № 88 О проведении муниципального конкурса чтецов",
     "О проведении муниципального конкурса чтецов", "88", "2022-03-14"),
    ("ПРИКАЗ от 14.03.2022 № 88-о Об утверждении положения о конкурсе «Живое слово»",
     "Об утверждении положения о конкурсе «Живое слово»", "88-о", "2022-03-14"),
    # printed on lines of their own
    ("ПРИКАЗ\n14.03.2022 № 88\nО проведении муниципального конкурса чтецов",
     "О проведении муниципального конкурса чтецов", "88", "2022-03-14"),
])
def test_department_letterhead_act_line(act: str, title: str, number: str, date: str,
                                        tools: ExtractTools) -> None:
    doc = facts_of(lines_doc(LETTERHEAD.format(act=act)), tools).document
    assert doc.issuer == "Отдел образования администрации Клёновского района"
    assert (doc.title, doc.order_number, iso_date(doc.order_date_text)) == (title, number, date)


@pytest.mark.parametrize(("head", "issuer"), [
    ("ПОСТАНОВЛЕНИЕ\nГЛАВЫ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА",
     "Глава Лесновского муниципального района"),
    ("РАСПОРЯЖЕНИЕ\nГЛАВЫ ГОРОДСКОГО ОКРУГА ОЗЁРНЫЙ", "Глава городского округа Озёрный"),
    # the head of the administration: the body's word after his title, as before
    ("ПОСТАНОВЛЕНИЕ\nГЛАВЫ АДМИНИСТРАЦИИ ЛЕСНОВСКОГО РАЙОНА",
     "Глава администрации Лесновского района"),
])
def test_head_issues_his_own_act(head: str, issuer: str, tools: ExtractTools) -> None:
    text = (f"{head}\nот 14.04.2022 № 19\nО создании рабочей группы\n"
            "В целях подготовки школ к учебному году постановляю:\n1. Создать рабочую группу.\n"
            "Глава района Р.М. Абдуллин")
    assert facts_of(lines_doc(text), tools).document.issuer == issuer


MINISTRY = """{letterhead}
ПРИКАЗ
18 января 2024 г. № 57-о
{subject}
ПРИКАЗЫВАЮ:
1. Организовать проведение экзаменов.
Министр П.А. Кречетов"""


@pytest.mark.parametrize(("letterhead", "subject", "issuer", "kind"), [
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЛУГОВСКОЙ ОБЛАСТИ\n(Минобрнауки Луговской области)",
     "Об организации и проведении государственной итоговой аттестации по образовательным "
     "программам основного общего образования в 2024 году",
     "Министерство образования и науки Луговской области", "order"),
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ РЕСПУБЛИКИ СОСНОВИЯ\n(Минобразования Сосновии)",
     "О проведении экзаменов по дополнительным общеобразовательным программам",
     "Министерство образования Республики Сосновия", "order"),
    # an act about a plan, not a curriculum, keeps the plan's kind
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЛУГОВСКОЙ ОБЛАСТИ",
     "О государственной программе «Развитие образования Луговской области»",
     "Министерство образования и науки Луговской области", "programme"),
])
def test_ministry_order(letterhead: str, subject: str, issuer: str, kind: str,
                        tools: ExtractTools) -> None:
    text = MINISTRY.format(letterhead=letterhead, subject=subject)
    doc = facts_of(lines_doc(text), tools).document
    assert (doc.issuer, doc.kind) == (issuer, kind)


@pytest.mark.parametrize(("text", "issuer"), [
    # "ПРИКАЗЫВАЮ:": the head speaks; the subject's school and the preamble are no body
    ("ПРИКАЗ\n01.09.2023 № 64-од\nОб утверждении структуры МАДОУ №7\n«Ромашка» с. Ключи\n"
     "В связи с изменением штатного расписания ПРИКАЗЫВАЮ:\n1. Утвердить структуру.", None),
    # a body's own operative sentence still names it
    ("ПОСТАНОВЛЕНИЕ\n10.02.2023 № 134\nО закреплении территорий\nВ соответствии с законом "
     "Администрация Ольховского района постановляет:\n1. Закрепить территории.",
     "Администрация Ольховского района"),
])
def test_operative_sentence_body(text: str, issuer: str | None, tools: ExtractTools) -> None:
    assert facts_of(lines_doc(text), tools).document.issuer == issuer


FLAT = ("УТВЕРЖДАЮ Заведующий МКДОУ детский сад № 6 ______ Л.В. Фролова {title} 1. "
        "Пояснительная записка Годовой план работы детского сада составлен на основе "
        "образовательной программы дошкольного образования с учётом возраста воспитанников и "
        "состояния их здоровья. В детском саду пять групп, их посещают 112 детей. {goals} 4. "
        "Работа с семьями воспитанников Педагоги проводят родительские собрания и консультации, "
        "вовлекают семьи в жизнь групп и праздники детского сада.")


@pytest.mark.parametrize(("title", "goals", "expected"), [
    ("Годовой план работы МКДОУ детский сад № 6 на 2023-2024 учебный год",
     "2. Цель работы: создание условий для развития воспитанников. 3. Задачи: 1) сохранять "
     "здоровье детей; 2) развивать речь детей.",
     (["создание условий для развития воспитанников"],
      ["сохранять здоровье детей", "развивать речь детей"])),
    # labels after a finished sentence, no numbers
    ("ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ МКДОУ детский сад № 6 на 2023-2024 учебный год",
     "Цель: формирование у детей любви к родному краю. Задачи: развивать игру; вовлекать "
     "семьи в жизнь группы. Основные направления работы: игра, чтение, труд.",
     (["формирование у детей любви к родному краю"],
      ["развивать игру", "вовлекать семьи в жизнь группы"])),
])
def test_page_on_one_line(title: str, goals: str, expected: tuple[list[str], list[str]],
                          tools: ExtractTools) -> None:
    found = facts_of(lines_doc(FLAT.format(title=title, goals=goals)), tools)
    assert found.document.title == title
    assert found.document.period_text is not None and "2023-2024" in found.document.period_text
    assert [s.name for s in found.document.signatories] == ["Л.В. Фролова"]
    assert (list(found.goals), list(found.tasks)) == expected


@pytest.mark.parametrize(("text", "items"), [
    ("1) сохранять здоровье; 2) развивать речь; 3) поддерживать педагогов.",
     ["сохранять здоровье", "развивать речь", "поддерживать педагогов"]),
    # an item's own bracketed number inside is no list marker
    ("сохранять здоровье; развивать речь (2 раза в неделю)", ["сохранять здоровье",
                                                             "развивать речь (2 раза в неделю)"]),
])
def test_inline_numbered_items(text: str, items: list[str]) -> None:
    assert split_inline(text) == items


@pytest.mark.parametrize(("text", "expected"), [
    ("ГЛАВА ГОРОДСКОГО ОКРУГА ОЗЁРНЫЙ", "Глава городского округа Озёрный"),
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ РЕСПУБЛИКИ СОСНОВИЯ",
     "Министерство образования Республики Сосновия"),
    # a place's adjective before the marker: the word after it is no name
    ("АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО РАЙОНА ПО ДЕЛАМ МОЛОДЁЖИ",
     "Администрация Лесновского района по делам молодёжи"),
    ("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ РАЙОНА", "Отдел образования администрации района"),
])
def test_capitals_name_case(text: str, expected: str, tools: ExtractTools) -> None:
    assert restore_case(text, tools, facts_vocab()) == expected


@pytest.mark.parametrize(("text", "region"), [
    # an event's theme: the holiday's name, no region of the document
    ("О проведении смотра-конкурса музеев, посвящённого Дню Луговской области", None),
    ("О подготовке к 90-летию Лесного края", None),
    ("Администрация Сосновского района Луговской области", "Луговская область"),
])
def test_theme_region(text: str, region: str | None, tools: ExtractTools) -> None:
    assert find_place([text], get_lemmatizer(), ner=False).region == region
    doc = facts_of(lines_doc(f"ПОСТАНОВЛЕНИЕ\nот 14.04.2022 № 19\n{text}\nпостановляю:\n"
                             "1. Провести смотр."), tools).document
    assert (doc.region_text is None) is (region is None)


@pytest.mark.parametrize(("line", "heading"), [
    # "№" in the owner's name of a plan's heading is no act's number
    ("РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 3", True),
    ("План работы детского сада № 8", True),
    # an act's line: "№" is its number (a grif's requisites)
    ("Приказ № 204 от 29.08.2024", False),
    ("Приказ № 204", False),
    ("План работы на 2024 год, утверждён 29.08.2024", False),
])
def test_heading_line_number_sign(line: str, heading: bool) -> None:
    assert heading_line(line) is heading
    assert opens_heading("г. Кедровск", line) is heading


@pytest.mark.parametrize(("text", "title"), [
    # a report phrase opening a sentence that says something: no heading
    ("Публичный доклад заведующего подготовлен для родителей и жителей города.\n"
     "Детский сад работает с 1968 года.", None),
    ("Публичный доклад заведующего МБДОУ детский сад № 5 за 2019 год\n"
     "Детский сад работает с 1968 года.",
     "Публичный доклад заведующего МБДОУ детский сад № 5 за 2019 год"),
])
def test_report_phrase_in_a_sentence(text: str, title: str | None, tools: ExtractTools) -> None:
    assert facts_of(lines_doc(text), tools).document.title == title


GRIFS = """ПРИНЯТА                                                УТВЕРЖДАЮ
на заседании педагогического совета                   Директор МБОУ СОШ № 3
протокол № 1 от 28.08.2024                             ________ Р.Ф. Латыпова

{heading}
г. КЕДРОВСКА на 2024-2025 гг.

Пояснительная записка"""


@pytest.mark.parametrize("heading", [
    "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ МБОУ СОШ № 3",
    "ПЛАН РАБОТЫ ШКОЛЬНОГО МУЗЕЯ МБОУ СОШ № 3",
])
def test_side_grifs_end_at_heading_with_number_sign(heading: str) -> None:
    doc = read_text(GRIFS.format(heading=heading).encode(), "t.txt", Limits())
    grifs = [b for b in doc.blocks if isinstance(b, Table)]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert len(grifs) == 1 and heading not in " ".join(c.text for c in grifs[0].rows[0].cells)
    assert paragraphs[0].startswith(heading)


@pytest.mark.parametrize(("letterhead", "issuer"), [
    # a PDF's reading joins the centred letterhead's two lines into one
    ("АДМИНИСТРАЦИЯ КЛЁНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
     "Управление образования администрации Клёновского муниципального района"),
    ("АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО РАЙОНА ОТДЕЛ ОБРАЗОВАНИЯ",
     "Отдел образования администрации Лесновского района"),
    # one body's name: nothing to cut
    ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЕСНОВСКОГО РАЙОНА",
     "Управление образования администрации Лесновского района"),
])
def test_joined_letterhead_lines(letterhead: str, issuer: str, tools: ExtractTools) -> None:
    doc = pdf_doc(letterhead, "ПРИКАЗ от 5 сентября 2023 года № 241 Об утверждении положения",
                  "В целях поддержки педагогов ПРИКАЗЫВАЮ:", "1. Утвердить положение.",
                  bold=(0, 1))
    assert facts_of(doc, tools).document.issuer == issuer


BODY = (" 1. Пояснительная записка План составлен на основе образовательной программы дошкольного "
        "образования с учётом возраста воспитанников и состояния их здоровья, а также пожеланий "
        "родителей и педагогов. В детском саду пять групп, их посещают 112 детей. 2. Цель "
        "работы: создание условий для развития воспитанников.")
PLAN = "план работы МБДОУ детский сад № 4 на 2023-2024 учебный год"


@pytest.mark.parametrize(("head", "title"), [
    # the grif's date written out, "г." closing it
    ("УТВЕРЖДАЮ Заведующий МБДОУ детский сад № 4 ______ Н.А. Соколова «31» августа 2023 г. "
     f"Годовой {PLAN}", f"Годовой {PLAN}"),
    # the approving order's number right before the heading
    (f"УТВЕРЖДЕНО приказом заведующего от 31.08.2023 № 45 Перспективный {PLAN}",
     f"Перспективный {PLAN}"),
    # the order's date before it
    (f"ПРИНЯТ педагогическим советом протокол № 1 от 30.08.2023 УТВЕРЖДЕН приказом № 45 от "
     f"31.08.2023 Календарный {PLAN}", f"Календарный {PLAN}"),
])
def test_heading_after_grif_on_one_line(head: str, title: str, tools: ExtractTools) -> None:
    assert facts_of(lines_doc(head + BODY), tools).document.title == title


OWN_PRINT = """АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО РАЙОНА
ОТДЕЛ ОБРАЗОВАНИЯ
ПРИКАЗ
12 марта 2022 года № 88
О проведении районного конкурса чтецов
В целях поддержки одарённых детей ПРИКАЗЫВАЮ:
1. Провести конкурс.
Начальник отдела образования Т.Г. Воронцова"""


@pytest.mark.parametrize("site", [
    # a site's heading repeating the act's requisites and subject over its own print
    "ПРИКАЗ от 12 марта 2022 года № 88 О проведении районного конкурса чтецов",
    "Приказ от 12 марта 2022 года № 88 «О проведении районного конкурса чтецов»",
])
def test_site_heading_over_own_print(site: str, tools: ExtractTools) -> None:
    doc = facts_of(lines_doc(f"{site}\n\n{OWN_PRINT}"), tools).document
    assert doc.issuer == "Отдел образования администрации Лесновского района"
    assert (doc.title, doc.order_number) == ("О проведении районного конкурса чтецов", "88")
