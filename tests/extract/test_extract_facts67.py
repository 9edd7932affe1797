"""Institutions' own documents as their sites' file cards give them (session facts67):
a grif's column that prints the institution's short name, its hamlet and the approving order
on lines of their own; goals stated in a report's introduction, followed in their paragraph by
a sentence opening with a preposition, or cut by the page's end (invented names and wording)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.goals import first_statement
from extract.facts.grif_place_line import act_line, place_over_act
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
