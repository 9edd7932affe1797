"""Facts of acts read from legal sites and their PDF and text exports: a site's reference line
after a page that starts mid-act, a bare "Утвердить:" item over the plan it approves, a year
dating what a participle's phrase tells, a signature glued onto the act's last sentence, a
budget form's distributor field."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, pdf_doc

_NOTE = ("Если вы являетесь пользователем интернет-версии системы ГАРАНТ, вы можете открыть "
         "этот документ прямо сейчас или запросить по Горячей линии в системе.")
_MID_ACT = ("3. Контроль за исполнением настоящего постановления возложить на заместителя "
            "главы города Петрова И.И.\nГлава города |\nА.Б. Сидоров |\n")


@pytest.mark.parametrize(("reference", "expected"), [
    ('Постановление Главы города Заречного от 3 марта 2009 г. N 245 "Об утверждении '
     'мероприятий по развитию сети детских садов города Заречного на 2009 - 2011 годы"',
     ("roadmap", "Об утверждении мероприятий по развитию сети детских садов города Заречного "
      "на 2009 - 2011 годы", "Глава города Заречного", "245")),
    ('Распоряжение администрации Лесного района от 12 мая 2015 г. N 77-р "Об утверждении '
     'муниципальной программы «Развитие образования» на 2015 - 2020 годы"',
     ("programme", "Об утверждении муниципальной программы «Развитие образования» на 2015 - "
      "2020 годы", "Администрация Лесного района", "77-р")),
    # the page shows an appendix: the line under the note names no act
    ("Приложение N 1", (None, None, None, None)),
])
def test_site_reference_line_names_the_act(tools: ExtractTools, reference: str,
                                           expected: tuple[str | None, ...]) -> None:
    doc = facts_of(lines_doc(f"{_MID_ACT}{_NOTE}\n{reference}\n"), tools).document
    kind, title, issuer, number = expected
    assert (doc.title, doc.issuer) == (title, issuer)
    assert doc.order_number == number
    if kind:
        assert doc.kind == kind


@pytest.mark.parametrize(("subitem", "kind"), [
    ('1.1. План мероприятий ("Дорожная карта") по развитию дошкольного образования в Лесном '
     "районе на 2014 - 2016 годы (приложение 1);", "roadmap"),
    ("1.1. Муниципальную программу «Развитие образования Сосновки» на 2020 - 2024 годы;",
     "programme"),
])
def test_bare_approving_item_takes_its_subitem(tools: ExtractTools, subitem: str,
                                               kind: str) -> None:
    text = ("В целях повышения доступности дошкольного образования, постановляю:\n"
            f"1. Утвердить:\n{subitem}\n1.2. Состав рабочей группы (приложение 2).\n")
    assert facts_of(lines_doc(text), tools).document.kind == kind


@pytest.mark.parametrize(("item", "period"), [
    # the year dates the assessment the participle's phrase tells of
    ("1. Утвердить прилагаемый план по устранению недостатков, выявленных в ходе проверки "
     "условий обучения в школах Кедрового района в 2021 году.", None),
    ("1. Утвердить прилагаемый план мероприятий по подготовке школ к учебному году в 2021 "
     "году.", "в 2021 году"),
])
def test_year_in_participle_phrase_is_no_term(tools: ExtractTools, item: str,
                                              period: str | None) -> None:
    text = (f"В соответствии с законом об образовании, постановляю:\n{item}\n"
            "- ежемесячно представлять сведения о ходе устранения недостатков, выявленных "
            "в 2021 году;\n")
    assert facts_of(lines_doc(text), tools).document.period_text == period


@pytest.mark.parametrize(("paragraph", "name", "position"), [
    ("Утвердить отчет управления образования за 2019 год. Прилагается.И.о. главы "
     "администрацииЛесного района В. П. Орлов", "В. П. Орлов",
     "И.о. главы администрации Лесного района"),
    ("Утвердить прилагаемый доклад.Губернатор Заречной области А. Б. Котов", "А. Б. Котов",
     "Губернатор Заречной области"),
])
def test_signature_glued_onto_last_sentence(tools: ExtractTools, paragraph: str, name: str,
                                            position: str) -> None:
    doc = facts_of(pdf_doc("РАСПОРЯЖЕНИЕ", "от 01.02.2020 N 5", paragraph), tools).document
    assert [(s.name, s.position) for s in doc.signatories] == [(name, position)]


@pytest.mark.parametrize(("lines", "issuer"), [
    (("Наименование главного распорядителя бюджетных средств",
      "Управление образования Администрации Кедрового района"),
     "Управление образования Администрации Кедрового района"),
    (("Наименование главного распорядителя: Комитет по образованию города Заречного",),
     "Комитет по образованию города Заречного"),
])
def test_distributor_field_names_issuer(tools: ExtractTools, lines: tuple[str, ...],
                                        issuer: str) -> None:
    doc = docx_doc("Доклад о результатах мониторинга исполнения муниципальных заданий "
                   "в 2019 году", "Форма № 2", *lines, "Отчетный период 2019 год")
    assert facts_of(doc, tools).document.issuer == issuer
