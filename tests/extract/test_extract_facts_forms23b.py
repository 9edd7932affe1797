"""Document facts in forms of the nineteenth real set's kindergarten and department documents
(written again with invented bodies, places, people and wording): a passport naming its owner
only in the genitive of its name row, a developers cell that is a working group, a report's
"Название … (в соответствии с уставом)" row, a title run on into a section heading, an annual
plan reviewing the past year under its own heading, an order whose items carry "Срок:" lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.developer import issuer_from_developer
from extract.facts.lines import chunks
from extract.facts.title_text import clean_title
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.models import DraftDocument
from extract.paragraph_plans import read_plan
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, table, txt_doc

_NAME = "Программа развития"
_GENITIVE = "муниципального бюджетного дошкольного образовательного учреждения"
_NOMINATIVE = "Муниципальное бюджетное дошкольное образовательное учреждение"




# (the name row, the developers cell, the issuer, the rule that decided it)
PASSPORTS = [
    # the kindergarten's type and number between the legal form and its «…» name
    (f"{_NAME} {_GENITIVE} детский сад №12 «Колокольчик»", "Заведующий и педагоги детского сада",
     f"{_NOMINATIVE} детский сад №12 «Колокольчик»", "title_full_name"),
    (f"{_NAME} {_GENITIVE} Детский сад «Ручеёк» на 2024 – 2027 гг.", "Рабочая группа в составе "
     "5 человек, утверждённая приказом № 40 от 01.09.2024",
     f"{_NOMINATIVE} Детский сад «Ручеёк»", "title_full_name"),
    (f"{_NAME} {_GENITIVE} «Детский сад № 3 «Берёзка»» на 2024 – 2027 гг.",
     "Педагогический коллектив, родители воспитанников",
     f"{_NOMINATIVE} «Детский сад № 3 «Берёзка»»", "title_full_name"),
]


@pytest.mark.parametrize(("name", "developers", "issuer", "rule"), PASSPORTS)
def test_passport_owner_in_name_row(tools: ExtractTools, name: str, developers: str,
                                    issuer: str, rule: str) -> None:
    doc = docx_doc("ПАСПОРТ ПРОГРАММЫ РАЗВИТИЯ", table(
        ("Наименование программы", name),
        ("Разработчики программы", developers),
        ("Сроки реализации", "2024 – 2027 гг.")), bold=(0,))
    found = facts_of(doc, tools)
    assert found.document.issuer == issuer
    assert f"header.issuer:{rule}" in found.trace


# (the developers cell as the passport reader found it, the issuer it gives)
DEVELOPERS = [
    ("Рабочая группа в составе 5 человек, утверждённая приказом № 40 от 01.09.2024", None),
    ("Педагогический коллектив и родители", None),
    ("Управление образования администрации Лесного района",
     "Управление образования администрации Лесного района"),
    ("Педагогический коллектив МБОУ СОШ № 8", "МБОУ СОШ № 8"),
]


@pytest.mark.parametrize(("developers", "issuer"), DEVELOPERS)
def test_developers_group_is_no_issuer(tools: ExtractTools, developers: str,
                                       issuer: str | None) -> None:
    found = Found(document=DraftDocument(developer=developers))
    ctx = Ctx(chunks=(), found=found, tools=tools, vocab=facts_vocab())
    assert issuer_from_developer(ctx) == issuer


# (a report's information table's name row label, the issuer)
NAME_ROWS = [
    ("Название дошкольного образовательного учреждения (в соответствии с уставом)",
     "Муниципальное дошкольное образовательное учреждение детский сад № 3 г. Кедровска"),
    ("Наименование образовательного учреждения",
     "Муниципальное дошкольное образовательное учреждение детский сад № 3 г. Кедровска"),
]


@pytest.mark.parametrize(("label", "issuer"), NAME_ROWS)
def test_report_name_row(tools: ExtractTools, label: str, issuer: str) -> None:
    doc = docx_doc("ПУБЛИЧНЫЙ ДОКЛАД", "О деятельности МДОУ д/с № 3 за 2024 год", table(
        (label, "муниципальное дошкольное образовательное учреждение детский сад № 3 "
                "г. Кедровска"),
        ("Год основания", "1985 г.")), bold=(0, 1))
    found = facts_of(doc, tools)
    assert found.document.issuer == issuer
    assert "header.issuer:form_field" in found.trace


# (a title's text as a reader glued it, the title)
SECTION_RUNS = [
    ("ПУБЛИЧНЫЙ ДОКЛАД О работе МДОУ д/с № 3 за 2024 год Раздел 1. Общие сведения о саде",
     "ПУБЛИЧНЫЙ ДОКЛАД О работе МДОУ д/с № 3 за 2024 год"),
    ("Отчёт о работе за 2024 год РАЗДЕЛ II. Кадры", "Отчёт о работе за 2024 год"),
    ("План работы на 2025 год Глава 3. Мероприятия", "План работы на 2025 год"),
    # a section word inside a name, no number and full stop after it: no heading
    ("План работы раздела сайта «Новости» на 2025 год",
     "План работы раздела сайта «Новости» на 2025 год"),
]


@pytest.mark.parametrize(("text", "title"), SECTION_RUNS)
def test_title_ends_before_section_heading(tools: ExtractTools, text: str, title: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert clean_title(ctx, text) == title


_MENU = "Меню сайта\nГлавная\nНовости\nКалендарь\n\n"


# (the plan's heading, the section heading under it, title, kind, (start, end), rule)
ANNUAL_PLANS = [
    (f"Годовой план {_GENITIVE} «Детский сад «Колокольчик» на 2025 – 2026 учебный год",
     "Анализ работы МБДОУ «Детский сад «Колокольчик» за 2024 – 2025 учебный год",
     f"Годовой план {_GENITIVE} «Детский сад «Колокольчик» на 2025 – 2026 учебный год",
     "roadmap", (2025, 2026), "plan_title"),
    # the analysis of the same years is the document's own report
    ("План работы на 2025 год", "Анализ работы детского сада за 2025 год",
     "Анализ работы детского сада за 2025 год", "report", (2025, 2025), "report_title"),
]


@pytest.mark.parametrize(("heading", "section", "title", "kind", "years", "rule"),
                         ANNUAL_PLANS)
def test_annual_plan_reviews_past_year(tools: ExtractTools, tmp_path: Path, heading: str,
                                       section: str, title: str, kind: str,
                                       years: tuple[int, int], rule: str) -> None:
    found = facts_of(txt_doc(tmp_path, f"{_MENU}{heading}\n\nРаздел 1. Аналитическая справка\n\n"
                                  f"{section}\n\nВ саде работают четыре группы.\n"), tools)
    got = found.document
    assert (got.title, got.kind) == (title, kind)
    assert got.period_text is not None and all(str(y) in got.period_text for y in years)
    assert f"header.title:{rule}" in found.trace


_ORDER = """ПРИКАЗ
от 10.04.2025 № 31
Об организации летней работы в детских садах
В целях организации летнего отдыха детей приказываю:
1. Заведующим детскими садами:
1.1. Разработать планы летней работы.
Срок: до 20.04.2025
1.2. {item}
{term}
2. Контроль за исполнением приказа оставляю за собой.
"""

# (the second item, the line under it, kind)
ORDER_ITEMS = [
    ("Утвердить планы летней работы детских садов.", "Срок: 15 .05.2025 г.", "order"),
    ("Утвердить планы летней работы детских садов.", "Сроки исполнения: в течение лета",
     "order"),
    # the act's own approval of an attached plan, no term under it
    ("Утвердить прилагаемый план летней работы детских садов.", "", "roadmap"),
]


@pytest.mark.parametrize(("item", "term", "kind"), ORDER_ITEMS)
def test_order_item_with_term_approves_nothing(tools: ExtractTools, tmp_path: Path, item: str,
                                               term: str, kind: str) -> None:
    found = facts_of(txt_doc(tmp_path, _ORDER.format(item=item, term=term)), tools)
    assert found.document.kind == kind


_TOLD = "- Инспектору по дошкольному образованию отдела образования Ивановой А. Б."

# (the lines after "приказываю:", (number, responsibles) of the items read)
ADDRESSEES = [
    # a dative addressee over sub-items with terms: each item's responsible party
    ((_TOLD, "1.1. Составить план летней работы.", "Срок: до 20.04.2025",
      "1.2. Провести совещание заведующих.", "Срок: 12 .05.2025 г.",
      "2. Контроль за исполнением приказа оставляю за собой."),
     [("1.1", _TOLD[2:]), ("1.2", _TOLD[2:])]),
    # an item outside the addressee's group is not its
    ((_TOLD, "1.1. Составить план летней работы.", "Срок: до 20.04.2025",
      "2.1. Провести совещание заведующих.", "Срок: май 2025 г."),
     [("1.1", _TOLD[2:]), ("2.1", None)]),
    # an item's own responsible line wins
    (("- Руководителям детских садов:", "1.1. Составить план летней работы.",
      "Срок: до 20.04.2025", "Ответственный: старший воспитатель"),
     [("1.1", "старший воспитатель")]),
    # an infinitive line over the items tells no one
    (("- Провести в мае:", "1.1. Смотр участков.", "Срок: май 2025 г."), [("1.1", None)]),
]


@pytest.mark.parametrize(("lines", "items"), ADDRESSEES)
def test_dative_addressee_over_items(tools: ExtractTools, lines: tuple[str, ...],
                                     items: list[tuple[str, str | None]]) -> None:
    doc = lines_doc("\n".join(("ПРИКАЗЫВАЮ:", *lines)))
    acts = read_plan(chunks(doc), tools.tag)
    assert [(a.number, a.responsibles_text) for a in acts] == items


# (the signature's position, the issuer)
SIGNED_BY_HEAD = [
    ("Начальник\nуправления образования", "Управление образования"),
    ("Председатель комитета по образованию", "Комитет по образованию"),
    ("Начальник отдела", None),  # a unit with no name: no body
]


@pytest.mark.parametrize(("position", "issuer"), SIGNED_BY_HEAD)
def test_department_head_signs_for_department(tools: ExtractTools, tmp_path: Path,
                                              position: str, issuer: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, "Приказ № 41 от 02.03.2025\n\nВ целях проведения смотра "
                                  "ПРИКАЗЫВАЮ:\n\n1. Провести смотр строя и песни.\n\n"
                                  f"{position} А.Б. Веткина\n"), tools)
    assert found.document.issuer == issuer
    assert ("header.issuer:signatory" in found.trace) == (issuer is not None)


# (the name cell's lines as a narrow PDF cell wraps them, the issuer)
WRAPPED_NAMES = [
    ("Муниципальное бюджетное\nобщеобразовательное\nучреждение Лесного района\n"
     "Ольховская средняя\nобщеобразовательная школа",
     "Муниципальное бюджетное общеобразовательное учреждение Лесного района Ольховская "
     "средняя общеобразовательная школа"),
    # a capitalised line after the place that names no school's kind: not the name
    ("Муниципальное бюджетное\nобщеобразовательное\nучреждение Лесного района\n"
     "Юридический адрес: с. Ольховка",
     "Муниципальное бюджетное общеобразовательное учреждение Лесного района"),
]


@pytest.mark.parametrize(("cell", "issuer"), WRAPPED_NAMES)
def test_report_name_cell_wrapped_before_own_name(tools: ExtractTools, cell: str,
                                                   issuer: str) -> None:
    doc = docx_doc("Отчет о результатах самообследования за 2024 год", table(
        ("Наименование образовательной организации", cell), ("Год основания", "1985 г.")),
        bold=(0,))
    assert facts_of(doc, tools).document.issuer == issuer
