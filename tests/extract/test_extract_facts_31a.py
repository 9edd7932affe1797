"""Document facts of the thirty-first round (written again with invented bodies and places):
words a site export glued at its line joins, a city okrug's letterhead naming its region between
the marker and the okrug's quoted name."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.lost_spaces import restore_spaces
from extract.facts.vocab import facts_vocab
from pipelines.run import process_file


@pytest.mark.parametrize(("text", "expected"), [
    ("в приказ МинистерстваЛесной области", "в приказ Министерства Лесной области"),
    ("статьи 12 Трудового кодексаРоссийской Федерации",
     "статьи 12 Трудового кодекса Российской Федерации"),
    ("законом от3 мая 2001 года № 15-ФЗ", "законом от 3 мая 2001 года № 15-ФЗ"),
    ("с 1 по 5 сентября 2020 г.", "с 1 по 5 сентября 2020 г."),
    ("до2025 года", "до 2025 года"),
    # a number glued to its word stays (the records keep a title's "2020годы" as printed)
    ("на 2018-2020годы", "на 2018-2020годы"),
    # kept: short coinages, abbreviations, numbers with a letter, ordinals, number signs
    ("ГосДума и СПб ГБОУ", "ГосДума и СПб ГБОУ"),
    ("МБОУ СОШ №5 «Лесная»", "МБОУ СОШ №5 «Лесная»"),
    ("корпус 10а, 2-й этаж", "корпус 10а, 2-й этаж"),
    ("№ 45рп и 7кл", "№ 45рп и 7кл"),
    ("СОШ №3 им. А.С. Пушкина", "СОШ №3 им. А.С. Пушкина"),
    ("потом10", "потом10"),
])
def test_lost_spaces(text: str, expected: str) -> None:
    assert restore_spaces(facts_vocab(), text) == expected


_GLUED = (
    "Постановление Правительства Лесной области от 14.03.2019 № 88-пп\n\n"
    "О внесении изменений в постановление Правительства Лесной области от 2 мая 2014 года "
    "№ 101-пп\n\n"
    "ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 14 марта 2019 г. № 88-пп\n\n"
    "г. Лесногорск\n\nО внесении изменений\nв постановление ПравительстваЛесной области\n"
    "от 2 мая 2014 года № 101-пп\n\n"
    "В соответствии со статьей 179 Бюджетного кодексаРоссийской Федерации, УставомЛесной "
    "области, Порядком, утвержденным постановлением ПравительстваЛесной области от5 мая "
    "2012 года № 12-пп, Правительство Лесной области постановляет:\n"
    "1. Утвердить прилагаемые изменения.\n")

_OKRUG = (
    'ГОРОДСКОЙ ОКРУГ ЛЕСНОЙ ОБЛАСТИ "ЛУГОВСК"\n\nАДМИНИСТРАЦИЯ ЛУГОВСКА\n\nПОСТАНОВЛЕНИЕ\n'
    "от 3 июля 2022 г. № 410-па\n\nО СОЗДАНИИ КОМИССИИ ПО ПРИЕМКЕ ШКОЛ\n\n"
    "В целях подготовки муниципальных школ к новому учебному году постановляет:\n"
    "1. Создать комиссию по приемке школ.\n")


@pytest.mark.parametrize(("text", "field", "expected"), [
    (_GLUED, "region", "Лесная область"),
    # the site's heading prints the subject without the glue: that copy is the title
    (_GLUED, "title",
     "О внесении изменений в постановление Правительства Лесной области от 2 мая 2014 года "
     "№ 101-пп"),
    # no clean copy: the act's own print stands, glue and all
    (_GLUED.split("\n\n", 2)[2], "title",
     "О внесении изменений в постановление ПравительстваЛесной области от 2 мая 2014 года "
     "№ 101-пп"),
    (_GLUED.split("\n\n", 2)[2], "region", "Лесная область"),
    (_OKRUG, "municipality", "Луговск"),
    (_OKRUG, "region", "Лесная область"),
    (_OKRUG.replace("ГОРОДСКОЙ ОКРУГ ЛЕСНОЙ ОБЛАСТИ", "ГОРОДСКОЙ ОКРУГ ЛО"),
     "municipality", "Луговск"),
])
def test_document_fields(text: str, field: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    assert getattr(process_file(path).document, field) == expected


_SCHOOL_TOP = ("Муниципальное бюджетное общеобразовательное учреждение\n"
               "«Лесная средняя общеобразовательная школа № 4»\n\n")
_PLAN = "\nПРОГРАММА РАЗВИТИЯ\nна 2021-2025 годы\n\nПояснительная записка\n"


@pytest.mark.parametrize(("grif", "expected"), [
    # approved by a council's decision: the decision is the order, numbered by its protocol
    ("УТВЕРЖДЕНО\nРешение педагогического совета школы (протокол №  3   от 30.08.2021)\n",
     ("3", "2021-08-30", "решение")),
    ("УТВЕРЖДЕНО\nрешением педагогического совета\nпротокол № 1 от 28.08.2020\n",
     ("1", "2020-08-28", "решение")),
    # a council that only accepted it: no order
    ("ПРИНЯТО\nна заседании педагогического совета\nпротокол № 1 от 28.08.2020\n", None),
])
def test_council_decision_order(grif: str, expected: tuple[str, str, str] | None,
                                tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_SCHOOL_TOP + grif + _PLAN, encoding="utf-8")
    order = process_file(path).document.order
    got = (order.number, order.date, order.act_type) if order else None
    assert got == expected


_ASSEMBLY = (
    "{letterhead}\n\nРЕШЕНИЕ\n\nот 12 марта 2011 г. N 210\n\n"
    "О МУНИЦИПАЛЬНОЙ ПРОГРАММЕ «ЛЕТНИЙ ОТДЫХ ДЕТЕЙ» НА 2011-2013 ГОДЫ\n\n"
    "Рассмотрев проект программы, {body} решает:\n1. Утвердить прилагаемую программу.\n")


@pytest.mark.parametrize(("letterhead", "body", "expected"), [
    # the operative sentence's short name under a letterhead naming it with its place
    ("ЗЕМСКОЕ СОБРАНИЕ ЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА", "Земское Собрание",
     "Земское Собрание Лесного муниципального района"),
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nЗЕМСКОЕ СОБРАНИЕ\nЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА", "Земское Собрание",
     "Земское Собрание Лесного муниципального района"),
    # the sentence names the body with its place: it stands
    ("ЗЕМСКОЕ СОБРАНИЕ ЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА",
     "Земское Собрание Лесного муниципального района",
     "Земское Собрание Лесного муниципального района"),
])
def test_assembly_letterhead_with_place(letterhead: str, body: str, expected: str,
                                        tmp_path: Path) -> None:
    path = tmp_path / "decision.txt"
    path.write_text(_ASSEMBLY.format(letterhead=letterhead, body=body), encoding="utf-8")
    assert process_file(path).document.issuer == expected


_BARE_ACT = (
    "Распоряжение от 11.05.2012 г № 512-Р\n\n"
    "Об утверждении положения о городском конкурсе школьных музеев\n\n"
    "В целях развития школьных музеев и в соответствии с планом, утвержденным {cited} "
    "от 20.01.2012 N 41-р:\n"
    "1. Утвердить положение о городском конкурсе школьных музеев.\n"
    "2. Контроль за выполнением распоряжения возложить на {control}.\n")


@pytest.mark.parametrize(("cited", "control", "expected"), [
    # the control item's "Комитета" and the act's own earlier распоряжение agree
    ("распоряжением Комитета по культуре", "заместителя председателя Комитета Орлова П.С.",
     "Комитет по культуре"),
    # a cited act of another type names another body's act: no issuer
    ("постановлением Правительства города", "заместителя председателя Комитета Орлова П.С.",
     None),
    # the control item names a person without the body: no issuer
    ("распоряжением Комитета по культуре", "Орлова П.С.", None),
])
def test_bare_act_own_body(cited: str, control: str, expected: str | None,
                           tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text(_BARE_ACT.format(cited=cited, control=control), encoding="utf-8")
    assert process_file(path).document.issuer == expected
