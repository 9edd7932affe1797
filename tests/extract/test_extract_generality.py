"""Layouts met in the blind generality samples (201-206): group header cells over column
captions, derived columns of indicator tables, labelled section rows, passport lists split over
rows, cross-references instead of indicators, issuer of the approving order vs the developer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import para, run, table, tools, tsv

from extract.facts.header import extract as header_extract
from extract.found import Found
from extract.header_rows import find_header
from extract.layout import grid_rows
from extract.passport import is_cross_reference, list_items
from extract.vocab import get_vocab
from ingest.models import Cell, SourceDocument


def _header(rows: list) -> tuple[int, dict[int, str]]:
    t = table(rows, lines=False)
    h = find_header(grid_rows(t), t.n_cols, get_vocab(tools()), tools())
    assert h is not None
    return h.n_rows, h.roles


GROUPED = [
    [Cell(text="Направление", col=0, row_span=2), Cell(text="Мероприятие", col=1, row_span=2),
     Cell(text="Исполнение", col=2, col_span=2),
     Cell(text="Показатель результативности", col=4, row_span=2)],
    [Cell(text="Ответственный", col=2), Cell(text="Срок", col=3)],
    ["Кадры", "Семинар для наставников", "РМК", "апрель", "не менее 15 педагогов"],
]


def test_captions_under_a_group_cell_decide_their_columns() -> None:
    n, roles = _header(GROUPED)
    assert n == 2
    assert (roles[2], roles[3]) == ("responsibles", "deadline")


def test_grouped_header_gives_deadline_and_responsibles_not_a_mark() -> None:
    found = run(table(GROUPED, lines=False))
    (a,) = found.activities
    assert (a.deadline_text, a.responsibles_text, a.status_text) == ("апрель", "РМК", None)


def test_group_cell_over_plan_and_fact_keeps_its_year() -> None:
    rows = [
        [Cell(text="№", col=0, row_span=2), Cell(text="Показатель", col=1, row_span=2),
         Cell(text="Ед. изм.", col=2, row_span=2), Cell(text="2024 год", col=3, col_span=2)],
        [Cell(text="План", col=3), Cell(text="Факт", col=4)],
        ["1", "Доля педагогов", "%", "50", "54"],
    ]
    (ind,) = run(table(rows, lines=False)).indicators
    got = [(v.year, v.kind, v.value) for v in ind.values]
    assert got == [(2024, "plan", 50), (2024, "fact", 54)]


def test_percent_of_execution_column_is_not_part_of_the_name() -> None:
    rows = tsv("""
№ п/п | Показатель | Ед. изм. | План 2024 | Факт 2024 | % выполнения
1 | Количество педагогов, прошедших курсы | чел. | 120 | 131 | 109,2
""")
    (ind,) = run(table(rows)).indicators
    assert ind.name == "Количество педагогов, прошедших курсы"
    assert [(v.kind, v.value) for v in ind.values] == [("plan", 120), ("fact", 131)]


@pytest.mark.parametrize(
    ("row", "section"),
    [
        ("Раздел 1. Нормативно-правовое обеспечение", "Нормативно-правовое обеспечение"),
        ("Направление II: Работа с обучающимися", "Работа с обучающимися"),
        ("РАЗДЕЛ 3 – ОЦЕНКА КАЧЕСТВА", "ОЦЕНКА КАЧЕСТВА"),
        ("Работа с кадрами", "Работа с кадрами"),
    ],
)
def test_section_label_and_number_are_dropped(row: str, section: str) -> None:
    rows = [["№", "Мероприятие", "Срок"], [Cell(text=row, col=0, col_span=3)],
            ["1.1", "Совещание руководителей", "май"]]
    (a,) = run(table(rows)).activities
    assert a.section == section


def test_numbered_tasks_on_rows_of_their_own_continue_the_field() -> None:
    rows = [
        ["Цель Программы", "Развитие методической службы"],
        ["Задачи Программы", "1. Обновить формы сопровождения."],
        [Cell(text="2. Развить сетевые сообщества.", col=0, col_span=2)],
        [Cell(text="3. Создать цифровую среду.", col=0, col_span=2)],
        ["Сроки реализации", "2024-2027 годы"],
    ]
    found = run(table(rows))
    assert found.tasks == ("Обновить формы сопровождения", "Развить сетевые сообщества",
                           "Создать цифровую среду")
    assert found.document.period_text == "2024-2027 годы"


def test_numbered_list_items_in_one_cell() -> None:
    assert list_items("1. Обновить формы.\n2. Развить сообщества.") == [
        "Обновить формы", "Развить сообщества"]
    assert list_items("Не менее 12 педагогов") == ["Не менее 12 педагогов"]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Приведены в разделе 4 Программы", True),
        ("представлены в приложении 2", True),
        ("см. приложение 1", True),
        ("Доля педагогов, прошедших диагностику", False),
        ("- доля педагогов, указанных в реестре", False),
    ],
)
def test_cross_reference(text: str, ref: bool) -> None:
    assert is_cross_reference(text) is ref


def test_passport_pointing_elsewhere_names_no_indicator() -> None:
    rows = tsv("""
Наименование программы | Программа развития центра на 2024-2027 годы
Цель программы | Развитие
Целевые индикаторы и показатели | Приведены в разделе 4 Программы
""")
    assert run(table(rows)).indicators == ()


def test_issuer_of_the_approving_order_wins_over_the_developer() -> None:
    rows = tsv("""
Наименование Программы | Программа развития центра на 2024-2027 годы
Разработчик Программы | МАУ «ИМЦ»
Цель Программы | Развитие
""")
    blocks = (para("УТВЕРЖДЕНА\nприказом Департамента образования Администрации города "
                   "Зеленоборска\nот 19.12.2023 № 512", line=1), table(rows, first_line=6))
    doc = SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)
    found = run(*blocks)
    assert found.document.developer == "МАУ «ИМЦ»"
    header = header_extract(doc, found, tools())
    assert header.document.issuer == "Департамент образования Администрации города Зеленоборска"


def test_developer_is_the_issuer_when_no_order_names_one() -> None:
    blocks = (table(tsv("""
Наименование Программы | Программа развития центра на 2024-2027 годы
Разработчик Программы | МАУ «ИМЦ»
Цель Программы | Развитие
""")),)
    doc = SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)
    header = header_extract(doc, Found(document=run(*blocks).document), tools())
    assert header.document.issuer == "МАУ «ИМЦ»"


def _plan(*texts: str, bold: int | None = None) -> list:
    from extract.facts.lines import chunks
    from extract.paragraph_plans import read_plan
    from ingest.models import Paragraph, Provenance

    blocks = tuple(Paragraph(text=t, bold=(i == bold), source=Provenance(line=i + 1))
                   for i, t in enumerate(texts))
    doc = SourceDocument(file="t.docx", sha256="0", format="docx", blocks=blocks)
    return read_plan(chunks(doc))


def test_order_clauses_take_sections_only_from_their_own_group() -> None:
    acts = _plan(
        "Об утверждении программы развития методической службы на 2025–2027 годы",
        "ПРИКАЗЫВАЮ:",
        "1. Утвердить программу (приложение).",
        "2. Методическому центру:",
        "2.1. Провести диагностику дефицитов. Срок: ноябрь 2025 г. Ответственный: МКУ «МЦ».",
        "2.2. Организовать работу сообществ. Срок: постоянно. Ответственный: МКУ «МЦ».",
        "3. Провести конференцию. Срок: март 2026 г. Ответственный: МКУ «МЦ».",
        "4. Контроль за исполнением приказа оставляю за собой.",
        bold=0,
    )
    assert [(a.number, a.section) for a in acts] == [
        ("2.1", "Методическому центру"), ("2.2", "Методическому центру"), ("3", None)]


@pytest.mark.parametrize("text", ["ПРИКАЗЫВАЮ:", "п р и к а з ы в а ю :", "Постановляю"])
def test_operative_word(text: str) -> None:
    from extract.paragraph_plans import is_operative

    assert is_operative(text)


@pytest.mark.parametrize(
    ("org", "nominative"),
    [
        ("Управления образования администрации", "Управление образования администрации"),
        ("отдела образования администрации района", "Отдел образования администрации района"),
        ("Департамента образования", "Департамент образования"),
        ("МКУ МО Северский район «ИМЦ»", "МКУ МО Северский район «ИМЦ»"),
        ("Муниципального казённого учреждения «ЦМС»", "Муниципального казённого учреждения «ЦМС»"),
    ],
)
def test_issuer_head_in_the_nominative(org: str, nominative: str) -> None:
    from extract.facts.body_nominative import nominative_head
    from extract.facts.ctx import Ctx
    from extract.facts.vocab import facts_vocab

    ctx = Ctx(chunks=(), found=Found(), tools=tools(), vocab=facts_vocab())
    assert nominative_head(org, ctx) == nominative


def test_approval_stamp_printed_line_by_line() -> None:
    from ingest.models import Paragraph, Provenance

    lines = ["УТВЕРЖДЕН", "приказом Управления образования", "администрации Энского округа",
             "от 28.08.2025 № 214-од", "План мероприятий на 2025-2026 учебный год"]
    blocks = tuple(Paragraph(text=t, source=Provenance(page=1)) for t in lines)
    doc = SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)
    d = header_extract(doc, Found(), tools()).document
    assert (d.order_number, d.order_date_text) == ("214-од", "от 28.08.2025")
    assert d.issuer == "Управление образования администрации Энского округа"


def test_a_dash_is_no_value_by_design_and_no_warning() -> None:
    rows = tsv("""
№ | Наименование индикатора | Ед. измерения | 2024 | 2025 | 2026
1 | Количество материалов на платформе | ед. | – | 150 | 300
2 | Доля школ с оценкой | % | 10 | | 50
""")
    found = run(table(rows))
    first, second = found.indicators
    assert [v.year for v in first.values] == [2025, 2026]
    assert [v.year for v in second.values] == [2024, 2026]
    assert [w for w in found.warnings if "left empty" in w] == [
        "indicator row of line 3 has 2 values for 3 years: 2025 left empty"]


@pytest.mark.parametrize(("text", "items"), [
    # a one-item list keeps its "1." in print; the number is no part of the goal
    ("1. Повышение доступности образования для детей района",
     ["Повышение доступности образования для детей района"]),
    ("1) создание условий для отдыха детей;", ["создание условий для отдыха детей"]),
    # a number that is not the list's first is text ("12 школ …" is no marker at all)
    ("2023 год: ввод школы на 500 мест", ["2023 год: ввод школы на 500 мест"]),
    ("12. Строительство школы", ["12. Строительство школы"]),
])
def test_a_lone_first_number_is_a_marker(text: str, items: list[str]) -> None:
    assert list_items(text) == items
