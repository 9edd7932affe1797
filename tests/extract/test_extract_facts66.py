"""Plans whose pages reach their tables (session facts66): what the document is when its title
names a curriculum only as what learners master, or opens with a list of measures; a district
named after an institution in a city's note (the city's own district)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.kinds import kind_title_names
from extract.facts.order import issuer_from_signatory
from extract.models import DraftSignatory
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc


@pytest.mark.parametrize(("title", "kind"), [
    # a curriculum inside the title's phrase is no plan: the list of measures decides
    ("ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ ВЫПУСКНИКОВ, ОСВОИВШИХ ОБРАЗОВАТЕЛЬНЫЕ ПРОГРАММЫ "
     "СРЕДНЕГО ОБЩЕГО ОБРАЗОВАНИЯ, К ЭКЗАМЕНАМ В 2026 ГОДУ", "roadmap"),
    ("Перечень мероприятий по организации летнего отдыха детей в 2026 году", "roadmap"),
    # the curriculum that opens the heading is the document's own programme
    ("ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА дома детского творчества на 2026-2028 годы", "programme"),
    ("Основная образовательная программа начального общего образования", "programme"),
    # a list of measures of a programme is the programme's
    ("Перечень мероприятий муниципальной программы «Развитие образования»", "programme"),
])
def test_kind_of_a_title(ctx: Ctx, title: str, kind: str) -> None:
    assert kind_title_names(ctx, title) == kind


_NOTE = ("Пояснительная записка\nк отчету об исполнении муниципального задания, установленного\n"
         "{owner},\nза девять месяцев 2025 года\n\nПричины отклонений от плановых показателей:\n")


@pytest.mark.parametrize(("letterhead", "owner", "place"), [
    # a district after the institution, the founder a city's body: the city's own district
    ("Управление образования г. Заречнска", "МБДОУ – детский сад № 41 Октябрьского района",
     "г. Заречнска"),
    # the founder a district's body: the district is the municipality
    ("Управление образования администрации Кедрового района",
     "МБДОУ – детский сад № 41 Кедрового района", "Кедрового района"),
    # a municipal district named so
    ("Управление образования г. Заречнска",
     "МБДОУ – детский сад № 41 Кедрового муниципального района",
     "Кедрового муниципального района"),
])
def test_district_after_an_institution(tools: ExtractTools, tmp_path: Path, letterhead: str,
                                       owner: str, place: str) -> None:
    text = f"{letterhead}\nМуниципальное бюджетное учреждение\n\n" + _NOTE.format(owner=owner)
    assert facts_of(txt_doc(tmp_path, text), tools).document.municipality_text == place


@pytest.mark.parametrize(("card", "title"), [
    # a long card copying the heading: the note's own heading over its lines says more
    ("Пояснительная записка к отчету об исполнении муниципального задания МБДОУ - детского "
     "сада 41 за 9 месяцев 2025 г",
     "Пояснительная записка к отчету об исполнении муниципального задания, установленного "
     "МБДОУ – детский сад № 41 Октябрьского района, за девять месяцев 2025 года"),
    ("Пояснительная записка к отчету за 9 месяцев 2025 г",
     "Пояснительная записка к отчету об исполнении муниципального задания, установленного "
     "МБДОУ – детский сад № 41 Октябрьского района, за девять месяцев 2025 года"),
])
def test_own_heading_under_a_long_card(tools: ExtractTools, tmp_path: Path, card: str,
                                       title: str) -> None:
    text = (f"{card}\n\nУправление образования г. Заречнска\nМуниципальное бюджетное "
            "учреждение\n\n" + _NOTE.format(owner="МБДОУ – детский сад № 41 Октябрьского района"))
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


@pytest.mark.parametrize(("lead", "region"), [
    # a news lead: where something happened, no region of the document's own
    ("В Лесной области стартовала\nакция «Книга памяти»,\nпосвящённая Дню Победы.", None),
    ("В Республике Заречье прошёл\nфестиваль «Весна».", None),
    # a heading naming the region as the plan's place: the document's own
    ("План мероприятий в Лесной области на 2026 год", "Лесной области"),
    ("В Лесной области\nплан мероприятий на 2026 год", "Лесной области"),
])
def test_news_lead_region(tools: ExtractTools, tmp_path: Path, lead: str,
                          region: str | None) -> None:
    text = f"{lead}\n\nПлан мероприятий\nв МБОУ «Сосновская СОШ №4»\nна 2026 год\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.region_text == region


@pytest.mark.parametrize(("position", "issuer"), [
    # the head's school in the genitive, its type abbreviated: the issuer in the nominative
    ("Директор МБОУ Сосновской СОШ №4", "МБОУ Сосновская СОШ №4"),
    ("Директор МКОУ Верхней Лесной ООШ № 2", "МКОУ Верхняя Лесная ООШ № 2"),
    ("Директор МБОУ Лесной школы", "МБОУ Лесная школа"),
])
def test_issuer_from_the_signing_head(ctx: Ctx, position: str, issuer: str) -> None:
    signed = (DraftSignatory(name="Е.В. Лаптева", position=position),)
    assert issuer_from_signatory(ctx, signed) == issuer


_ACT = ("ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n12 декабря 2025 г. N 512\n{subject}\n"
        "В целях развития образования Правительство Лесной области ПОСТАНОВЛЯЕТ:\n"
        "1. Утвердить {item} (прилагаются).\n2. Контроль оставляю за собой.\n"
        "Губернатор области И.И.Петров\nУтверждены\nпостановлением Правительства\n"
        "Лесной области\nот 12.12.2025 N 512\n{heading}\n")


@pytest.mark.parametrize(("subject", "item", "heading", "title", "kind"), [
    # the act is about what it approves: the document printed after its stamp, its heading in
    # normal case (a drawn table glued to its last line), is the title
    ("ОБ ОСНОВНЫХ НАПРАВЛЕНИЯХ\nДЕЯТЕЛЬНОСТИ МИНИСТЕРСТВА\nОБРАЗОВАНИЯ НА 2026 ГОД",
     "основные направления деятельности министерства образования на 2026 год",
     "Основные направления деятельности министерства\nобразования на 2026 год----------T-----¬"
     "¦ Мероприятия ¦ Срок ¦",
     "Основные направления деятельности министерства образования на 2026 год", "roadmap"),
    # an act about something else keeps its subject
    ("О СОЗДАНИИ ЦЕНТРОВ ДЕТСКОГО ТВОРЧЕСТВА",
     "основные направления деятельности центров детского творчества на 2026 год",
     "Основные направления деятельности центров\nдетского творчества на 2026 год",
     "О СОЗДАНИИ ЦЕНТРОВ ДЕТСКОГО ТВОРЧЕСТВА", "roadmap"),
])
def test_document_approved_under_its_stamp(tools: ExtractTools, tmp_path: Path, subject: str,
                                           item: str, heading: str, title: str,
                                           kind: str) -> None:
    text = _ACT.format(subject=subject, item=item, heading=heading)
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert (found.title, found.kind) == (title, kind)
