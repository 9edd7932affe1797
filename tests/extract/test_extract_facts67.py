"""Institutions' own documents as their sites' file cards give them (session facts67):
a grif's column that prints the institution's short name, its hamlet and the approving order
on lines of their own; goals stated in a report's introduction, followed in their paragraph by
a sentence opening with a preposition, or cut by the page's end; the institution a report or
a programme names only in its sentences, in a title's unquoted type name, or with the year run
on after it; a district abbreviated in an address, a republic named by its adjective; a card
title's years with the year word's dot left off (invented names and wording)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.goals import first_statement
from extract.facts.grif_place_line import act_line, place_over_act
from extract.facts.issuer_clean import loose_ends
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, table, txt_doc

_LEFT = "Принят:\nНа педагогическом совете\nМБДОУ «Лесок»\nПротокол № 1 от 28.08.2026"


@pytest.mark.parametrize(("right", "issuer", "signed", "order"), [
    # the hamlet under the name, the order's line wrapped before its date
    ("Утверждаю:\nЗаведующий\nМБДОУ\nд/с«Лесок»\nх.Заречный\nПриказ от\n02.09.2026г. № 41\n"
     "________ Кравцова\nО.П.", "МБДОУ д/с«Лесок» х.Заречный",
     ("Кравцова О.П.", "Заведующий МБДОУ д/с«Лесок» х.Заречный"), ("41", "2026-09-02")),
    # the order's line whole
    ("Утверждаю:\nЗаведующий\nМБДОУ «Лесок»\nс. Луговое\nПриказ № 41 от 02.09.2026\n"
     "________ О.П. Кравцова", "МБДОУ «Лесок» с. Луговое",
     ("О.П. Кравцова", "Заведующий МБДОУ «Лесок» с. Луговое"), ("41", "2026-09-02")),
    # no place line: the name alone
    ("Утверждаю:\nЗаведующий\nМБДОУ «Лесок»\nПриказ от\n02.09.2026г. № 41\n"
     "________ Кравцова\nО.П.", "МБДОУ «Лесок»",
     ("Кравцова О.П.", "Заведующий МБДОУ «Лесок»"), ("41", "2026-09-02")),
], ids=["hamlet-wrapped-order", "village-order-line", "no-place"])
def test_grif_place_over_its_order(tools: ExtractTools, right: str, issuer: str,
                                   signed: tuple[str, str], order: tuple[str, str]) -> None:
    doc = docx_doc(table((_LEFT, right)), "ГОДОВОЙ ПЛАН", "детского сада «Лесок»",
                   "на 2026-2027 учебный год", bold=(1, 2, 3))
    found = facts_of(doc, tools).document
    assert found.issuer == issuer
    assert [(s.name, s.position) for s in found.signatories] == [signed]
    assert (found.order_number, iso_date(found.order_date_text)) == order


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("х.Заречный", "Приказ от", True),
    ("с. Луговое", "Приказ № 41 от 02.09.2026", True),
    ("п. Верхние Ключи", "Приказом от 02.09.2026 № 41", True),
    # a town over the signature is where the grif was signed
    ("г. Заречный", "________ О.П. Кравцова", False),
    # a line that is no settlement alone
    ("детский сад «Лесок»", "Приказ от", False),
    ("х.Заречный ул. Садовая", "Приказ от", False),
])
def test_place_over_act(ctx: Ctx, line: str, following: str, expected: bool) -> None:
    assert place_over_act(ctx, line, following) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Приказ от", True),
    ("Приказ № 41 от 02.09.2026", True),
    ("Приказ", False),
    ("Заведующий", False),
])
def test_act_line(ctx: Ctx, line: str, expected: bool) -> None:
    assert act_line(ctx, line) is expected


@pytest.mark.parametrize(("text", "goal"), [
    # the next sentence opens with a preposition, its verb far on: something else is said
    ("развитие творчества детей. В соответствии с решением педагогического совета от "
     "12.01.2026 г. № 2 в центре были открыты объединения", "развитие творчества детей"),
    ("развитие творчества детей. На основании приказа Министерства образования РФ от 14 июня "
     "2013 г. № 462 проведено самообследование", "развитие творчества детей"),
    # a sentence opening with a preposition and naming no action stays with the goal
    ("развитие творчества детей. Для детей с особыми потребностями – отдельные занятия",
     "развитие творчества детей. Для детей с особыми потребностями – отдельные занятия"),
    # a one-letter preposition opens a sentence as a word does
    ("открытость работы. В 2026 году подготовлен отчёт", "открытость работы"),
], ids=["in-accordance", "on-the-basis", "no-verb", "one-letter"])
def test_goal_ends_before_a_prepositional_sentence(ctx: Ctx, text: str, goal: str) -> None:
    assert first_statement(ctx, text) == goal


_INTRO = ("Отчёт о результатах самообследования за 2026 год\n\nАналитическая часть\nВведение\n"
          "{line}\nцентра, а также подготовка отчёта о его результатах.\n"
          "В ходе самообследования оценивается образовательная деятельность.\n")


@pytest.mark.parametrize(("line", "goals"), [
    ("Целями самообследования являются обеспечение открытости сведений о работе",
     ["обеспечение открытости сведений о работе центра, а также подготовка отчёта о его "
      "результатах"]),
    ("Целью самообследования является обеспечение открытости сведений о работе",
     ["обеспечение открытости сведений о работе центра, а также подготовка отчёта о его "
      "результатах"]),
    # a goal of something else than the document: a sentence, no label
    ("Целью мониторинга является обеспечение открытости сведений о работе", []),
], ids=["plural", "singular", "other-owner"])
def test_linked_goal_line_under_headings(tools: ExtractTools, tmp_path: Path, line: str,
                                         goals: list[str]) -> None:
    found = facts_of(txt_doc(tmp_path, _INTRO.format(line=line)), tools)
    assert list(found.goals) == goals


_LONG = ("продолжить работу по вовлечению детей и подростков в техническое творчество через "
         "новые объединения, выставки, конкурсы и совместные проекты с детскими садами и "
         "школами округа с учётом запросов родителей")


@pytest.mark.parametrize(("last", "goals"), [
    # a long statement the text ends in without its full stop: cut
    (f"Цель на 2027 год: {_LONG}", ["развитие творчества"]),
    # closed by its full stop: whole
    (f"Цель на 2027 год: {_LONG}.", ["развитие творчества", _LONG]),
    # a short statement ending on its noun: whole
    ("Цель на 2027 год: развитие технического творчества детей",
     ["развитие творчества", "развитие технического творчества детей"]),
], ids=["long-cut", "long-closed", "short"])
def test_statement_cut_by_the_text_end(tools: ExtractTools, tmp_path: Path, last: str,
                                       goals: list[str]) -> None:
    text = f"Отчёт за 2026 год\n\nЦель: развитие творчества.\n\n{last}"
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert list(found.goals) == goals


_STAGES = ("Отчёт о самообследовании за 2026 год\n\nВведение\nСамообследование проводится "
           "ежегодно.\nЭтапы самообследования:\n- {item}\n- сбор и анализ сведений;\n"
           "- составление отчёта.\n")


@pytest.mark.parametrize(("item", "issuer"), [
    # a short name of capitals alone closing the item: a sure end
    ("подготовка и планирование работ по самообследованию МБУ ДО ЦТТ;", "МБУ ДО ЦТТ"),
    ("подготовка работ по самообследованию МБДОУ «Лесок»;", "МБДОУ «Лесок»"),
    # several institutions: none the owner
    ("подготовка работ по самообследованию МБУ ДО ЦТТ и МБУ ДО ДДТ;", None),
    # the noun with no institution after it
    ("подготовка работ по самообследованию;", None),
], ids=["capitals", "quoted", "several", "none"])
def test_examined_in_a_stage_item(tools: ExtractTools, tmp_path: Path, item: str,
                                  issuer: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, _STAGES.format(item=item)), tools)
    assert found.document.issuer == issuer


_CONTENTS = "".join(f"{k}.{j}. Раздел {k}.{j}\n" for k in (1, 2, 3) for j in (1, 2, 3))


@pytest.mark.parametrize(("sentence", "issuer"), [
    # the plan's own word defined before its owner's name
    ("Рабочая программа воспитания (далее – Программа) МБОУ «Кедровская ООШ» (далее – школа) "
     "составлена с учётом:", "МБОУ «Кедровская ООШ»"),
    # the owner before the definition, as before
    ("Рабочая программа воспитания МБОУ «Кедровская ООШ» (далее – Программа) составлена с "
     "учётом:", "МБОУ «Кедровская ООШ»"),
    # a straight quote typed after a space closes the name
    ('Рабочая программа воспитания (далее – Программа) МБОУ "Кедровская ООШ " (далее – школа) '
     "составлена с учётом:", 'МБОУ "Кедровская ООШ"'),
], ids=["defined-first", "owner-first", "spaced-straight-quote"])
def test_plan_owner_after_contents(tools: ExtractTools, tmp_path: Path, sentence: str,
                                   issuer: str) -> None:
    text = (f"Рабочая программа воспитания на 2026-2027 учебный год\n\nСОДЕРЖАНИЕ\n{_CONTENTS}\n"
            f"Пояснительная записка\n{sentence}\n- Федерального закона «Об образовании».\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("name", "cleaned"), [
    ('МОУ ДО "Лесной ДДТ "', 'МОУ ДО "Лесной ДДТ"'),
    ("МБОУ «Лесная школа » -", "МБОУ «Лесная школа»"),
    # an open straight quote: where the name ends is not told
    ('МОУ ДО "Лесной ДДТ "Радуга "', 'МОУ ДО "Лесной ДДТ "Радуга "'),
    ('МОУ ДО "Лесной ДДТ"', 'МОУ ДО "Лесной ДДТ"'),
])
def test_loose_ends(ctx: Ctx, name: str, cleaned: str) -> None:
    assert loose_ends(ctx, name) == cleaned


@pytest.mark.parametrize(("title", "issuer"), [
    ("Программа развития Муниципального автономного общеобразовательного учреждения средней "
     "общеобразовательной школы города Энска на 2026 – 2030 гг.",
     "Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная "
     "школа города Энска"),
    ("Программа развития муниципального бюджетного учреждения дополнительного образования "
     "центра детского творчества Лесного района на 2026-2030 годы",
     "Муниципальное бюджетное учреждение дополнительного образования центр детского "
     "творчества Лесного района"),
], ids=["school-city", "centre-district"])
def test_typed_full_name_in_a_plan_title(tools: ExtractTools, tmp_path: Path, title: str,
                                         issuer: str) -> None:
    text = f"{title}\n\nПрограмма определяет направления развития на пять лет.\n"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("last", "issuer"), [
    ("«Детский сад «Лесок» за 2026 год",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад «Лесок»"),
    ("«Детский сад «Лесок»",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад «Лесок»"),
], ids=["year-run-on", "name-alone"])
def test_full_name_line_closing_with_the_year(tools: ExtractTools, last: str,
                                              issuer: str) -> None:
    doc = docx_doc(table(("СОГЛАСОВАНО\nПедагогическим советом\nМБДОУ «Лесок»",
                          "УТВЕРЖДАЮ\nЗаведующий МБДОУ «Лесок»\nО.П. Кравцова\n12 марта 2027 г.")),
                   "Отчет о результатах самообследования",
                   "Муниципального бюджетного дошкольного образовательного учреждения", last,
                   *(["за 2026 год"] if "за" not in last else []), bold=(1, 2, 3, 4))
    assert facts_of(doc, tools).document.issuer == issuer


_CARD = ("отчёт о самообследовании за 2026 год\n\nЦель: открытость сведений о работе.\n"
         "Общие сведения\nПолное наименование: Муниципальное бюджетное дошкольное "
         "образовательное учреждение детский сад № 4 «Капелька»\n"
         "Сокращенное наименование: МБДОУ детский сад № 4 «Капелька»\n" + "Сведения. " * 60
         + "\nЮридический адрес: {address}\n")


@pytest.mark.parametrize(("address", "municipality"), [
    ("624000 Луговская область, Кедровский р-н, п. Сосновый, ул. Лесная, д. 2",
     "Кедровский р-н"),
    ("624000 Луговская область, Кедровского р-на, п. Сосновый", "Кедровского р-на"),
    ("624000 Луговская область, Кедровский район, п. Сосновый", "Кедровский район"),
    # a settlement alone: no municipality
    ("624000 Луговская область, п. Сосновый, ул. Лесная, д. 2", None),
], ids=["abbreviated", "abbreviated-genitive", "full", "settlement-only"])
def test_abbreviated_district_in_an_address(tools: ExtractTools, tmp_path: Path, address: str,
                                            municipality: str | None) -> None:
    text = _CARD.format(address=address)
    assert facts_of(txt_doc(tmp_path, text), tools).document.municipality_text == municipality


@pytest.mark.parametrize(("text", "region"), [
    # a republic by its adjective, a school's short name in capitals after it
    ("… школа» Ольховского района Верхне - Луговской Республики МКОУ «ООШ» расположено",
     "Верхне-Луговской Республики"),
    ("… школа» Ольховского района Луговской Республики МКОУ «ООШ» расположено",
     "Луговской Республики"),
    # the noun first, its name after it
    ("… школа» Ольховского района Республики Заречье МКОУ «ООШ» расположено",
     "Республики Заречье"),
], ids=["spaced-hyphen", "adjective", "noun-first"])
def test_republic_by_its_adjective(tools: ExtractTools, tmp_path: Path, text: str,
                                   region: str) -> None:
    doc = txt_doc(tmp_path, "Содержание отчёта: № 1 1.1 Раздел стр 3 " * 20 + text)
    assert facts_of(doc, tools).document.region_text == region


@pytest.mark.parametrize(("card", "period"), [
    ("Программа развития 2026-2030 гг", "2026-2030"),
    ("Программа развития 2026-2030 г", "2026-2030"),
    ("Программа развития 2026-2030 гг.", "2026-2030"),
    ("Программа развития 2026-2030гг", "2026-2030"),
    # a bare year closing a card is the uploader's, no period
    ("Программа развития 2026", None),
], ids=["spaced-no-dot", "one-letter", "dot", "glued", "bare-year"])
def test_card_years_with_the_dot_left_off(tools: ExtractTools, tmp_path: Path, card: str,
                                          period: str | None) -> None:
    text = (f"{card}\nОписание образовательной программы\nПрограмма развития МБУ ДО «ЦДО»\n"
            "СОДЕРЖАНИЕ\nВВЕДЕНИЕ………………3\n1. ПАСПОРТ ПРОГРАММЫ………5\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    got = found.period_text
    assert ("-".join(re.findall(r"20\d\d", got)) if got else None) == period
