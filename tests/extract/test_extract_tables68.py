"""Session tables68: plan tables of site pages saved in part and of Word lists — a last row
cut after a preposition, on a stub or a word known only as a name (extract/cut_rows.py); a
lead-in row whose term and executor cells span its first item, and list items closed by ";"
(extract/list_rows.py)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.cut_rows import cut_row
from extract.dated_lists import read_dated
from extract.para_rows import read_para_rows
from extract.tools import ExtractTools
from ingest.models import Cell, Paragraph, Provenance, SourceDocument

HEADER = "№ | Мероприятие | Срок | Ответственные"
ROWS = """
1 | Неделя безопасности в лагере «Ромашка» | июнь | Начальник лагеря
2 | Эстафета «Весёлые старты» | июль | Инструктор по физкультуре"""
KEPT = ["Неделя безопасности в лагере «Ромашка»", "Эстафета «Весёлые старты»"]


@pytest.mark.parametrize(("last", "titles"), [
    # the last cell stops after a preposition or a conjunction: cut
    ("3 | Осмотр детей медицинской сестрой | один раз в к |", KEPT),
    ("3 | Осмотр детей медицинской сестрой | один раз в п |", KEPT),
    ("3 | Беседа о правилах купания | август | Воспитатель Сомова Е.Н. и", KEPT),
    # a lower-case word the dictionary knows only as a place's name: a cut word
    ("3 | Контроль за соблюдением питьевого реж | |", KEPT),
    # a title alone over empty cells, stopping on a three-letter stub: cut
    ("3 | Проверка готовности пищеблока к приёму детей и кач | |", KEPT),
    # a three-letter abbreviation closing a filled row is kept
    ("3 | Праздник Нептуна | август | Вожатая Громова И.П., соц",
     [*KEPT, "Праздник Нептуна"]),
    # a whole cell ending on a word, executor left empty: kept
    ("3 | Конкурс рисунков на асфальте | один раз в месяц |",
     [*KEPT, "Конкурс рисунков на асфальте"]),
])
def test_last_row_cut_by_the_text_end(last: str, titles: list[str]) -> None:
    found = run(table(tsv(f"{HEADER}{ROWS}\n{last}")))
    assert [a.title for a in found.activities] == titles


@pytest.mark.parametrize(("texts", "why"), [
    (["3", "Осмотр детей", "один раз в к", ""], "stops after a preposition or conjunction"),
    (["3", "Осмотр детей", "один раз в квартал", ""], None),
    (["3", "Осмотр детей", "1-4 кл", ""], None),
    (["3", "Итоги работы", "май", "ведомственные пра"], "stops mid-word"),
    (["3", "Итоги работы", "май", "Отдел по делам молодёжи"], None),
])
def test_cut_row_reasons(texts: list[str], why: str | None) -> None:
    assert cut_row(texts, texts[1], [t for t in texts[2:] if t], True, tools()) == why


def _spanned(text: str, col: int) -> Cell:
    return Cell(text=text, col=col, row_span=2)


LEAD_IN = [
    ["Мероприятия", "Сроки", "Исполнитель"],
    [Cell(text="ОЗДОРОВИТЕЛЬНАЯ РАБОТА", col=0, col_span=3)],
    ["Контроль:", _spanned("в течение года", 1), _spanned("старшая медсестра", 2)],
    ["закаливающих процедур в группах;"],
    ["Питьевого режима;", "ежедневно", "старшая медсестра"],
    ["двигательной активности на прогулке;", "ежемесячно", "старшая медсестра"],
    ["Организация дней здоровья", "один раз в квартал", "инструктор по физкультуре"],
]


def test_lead_in_row_merged_over_its_first_item_and_items_closed_by_semicolons() -> None:
    acts = run(table(LEAD_IN, lines=False)).activities
    assert [(a.title, a.deadline_text, a.responsibles_text) for a in acts] == [
        ("Контроль: закаливающих процедур в группах", "в течение года", "старшая медсестра"),
        ("Питьевого режима", "ежедневно", "старшая медсестра"),
        ("двигательной активности на прогулке", "ежемесячно", "старшая медсестра"),
        ("Организация дней здоровья", "один раз в квартал", "инструктор по физкультуре"),
    ]
    assert {a.section for a in acts} == {"ОЗДОРОВИТЕЛЬНАЯ РАБОТА"}


@pytest.mark.parametrize(("rows", "titles"), [
    # a lower-case row without cells of its own goes on with the title above
    ([["Подготовка площадок", "май", "завхоз"], ["к летнему сезону", "", ""]],
     ["Подготовка площадок к летнему сезону"]),
    # the title above closes with ";" but the row has no term or executor: still its line
    ([["Подготовка площадок;", "май", "завхоз"], ["к летнему сезону", "", ""]],
     ["Подготовка площадок; к летнему сезону"]),
    # the executor repeated in a row of its own under an open title: a detail, no title line
    ([["Закупка инвентаря, в том числе:", "май", "завхоз"], ["мячей", "", "завхоз"]],
     ["Закупка инвентаря, в том числе:"]),
])
def test_lower_case_rows_under_a_title(rows: list[list[str]], titles: list[str]) -> None:
    acts = run(table([["Мероприятия", "Сроки", "Исполнитель"], *rows])).activities
    assert [a.title for a in acts] == titles


def _monitoring(caption: str) -> list[list[str | Cell]]:
    """A monitoring form: a title row across, "№ | Контрольные позиции | <body>" over its two
    value columns, then column numbers and the period captions in one row."""
    return [
        [Cell(text="Показатели мониторинга работы с обращениями граждан", col=0, col_span=4)],
        ["№ п/п", "Контрольные позиции", Cell(text="Отдел образования Туманского района",
                                             col=2, col_span=2)],
        ["1", "2", caption, caption],
        [Cell(text="Раздел 2. Обращения граждан", col=0, col_span=4)],
        ["2.1", "Поступило письменных обращений", "14", "17"],
        ["2.2", "Рассмотрено с нарушением срока", "0", "1"],
    ]


@pytest.mark.parametrize(("caption", "year", "kind"), [
    ("за 9 месяцев 2026г.", 2026, "fact"),
    ("за I квартал 2027 года", 2027, "fact"),
    ("за полугодие 2025 г.", 2025, "fact"),
    ("на 2026 год", 2026, "plan"),
])
def test_period_captions_under_column_numbers_date_the_values(caption: str, year: int,
                                                               kind: str) -> None:
    rows = _monitoring(caption)
    inds = run(table(rows, lines=False)).indicators  # type: ignore[arg-type]
    assert [(i.number, i.name) for i in inds] == [
        ("2.1", "Поступило письменных обращений"), ("2.2", "Рассмотрено с нарушением срока")]
    assert [(v.year, v.kind, v.value) for v in inds[0].values] == [
        (year, kind, 14), (year, kind, 17)]


@pytest.mark.parametrize(("texts", "header"), [
    (["1", "2", "за 9 месяцев 2026г.", "за 9 месяцев 2026г."], True),
    (["1", "2", "3", "за 2026 год"], True),
    (["1", "Поступило обращений", "14", "17"], False),
    (["2", "3", "за 2026 год"], False),
])
def test_numbers_then_periods(texts: list[str], header: bool) -> None:
    from extract.period_captions import numbers_then_periods
    assert numbers_then_periods(texts) is header


# a calendar table a PDF printed column by column: the month column's labels in a run, the
# day and event glued on a line or on two, the age groups' columns as paragraphs between
CALENDAR_COLUMNS = [
    "Месяц\nДата\nСобытие\nмарт\n1 марта Всемирный день\nкошек\n8 марта «Мамин праздник»\n"
    "14 марта День числа «Пи»",
    "апрель", "май",
    "Младшая группа\n(3-4 года)", "Игра «Котята»",
    "21 марта\nДень поэзии",
    "Чтение стихов у камина",
    "12 апреля\nДень\nкосмонавтики",
    "Старшая группа", "Конструирование ракет",
    "22 апреля\nДень Земли и заботы о приро",
]


def test_calendar_printed_column_by_column() -> None:
    paras = tuple(Paragraph(text=t, source=Provenance(line=k * 10 + 1))
                  for k, t in enumerate(CALENDAR_COLUMNS))
    acts = read_dated(SourceDocument(file="c.txt", sha256="0", format="txt", blocks=paras),
                      tools())
    assert [(a.title, a.deadline_text) for a in acts] == [
        ("Всемирный день кошек", "1 марта"), ("«Мамин праздник»", "8 марта"),
        ("День числа «Пи»", "14 марта"), ("День поэзии", "21 марта"),
        ("День космонавтики", "12 апреля")]


@pytest.mark.parametrize(("text", "titles"), [
    ("1 марта Всемирный день кошек\n8 марта «Мамин праздник»\n15 марта 2026 года Концерт",
     ["Всемирный день кошек", "«Мамин праздник»", "Концерт"]),
    # an event in lower case is a sentence's verb, no event: too few dated lines are no list
    ("1 марта провести утренник\n8 марта «Мамин праздник»\n15 марта Концерт", []),
])
def test_date_and_event_glued_on_one_line(text: str, titles: list[str]) -> None:
    acts = read_dated(SourceDocument(file="c.txt", sha256="0", format="txt",
                                     blocks=(Paragraph(text=text, source=Provenance(line=1)),)),
                      tools())
    assert [a.title for a in acts] == titles


# a school's calendar plan a PDF printed a cell a paragraph: captions, then each row's title,
# classes, term and (not always) executor; two titles printed together before their cells
CELL_PARAGRAPHS = [
    "План воспитательной работы на 2026-2027 учебный год", "Дела", "Классы",
    "Ответственные",
    "Октябрь\nПраздничный концерт ко Дню\nучителя", "5-9", "5 октября",
    "Заместитель директора по ВР,\nпедагог-организатор",
    "Акция «Чистый двор»", "5-9", "в течение месяца",
    "Поднятие флага России и\nисполнение Гимна России\nСоревнования по мини-футболу\nсреди классов",
    "5-9", "Каждый\nпонедельник", "7-9", "третья неделя октября", "Учитель физкультуры",
    "Осенний бал", "8-9", "25 октября", "Классные руководители",
]


@cache
def _pipeline_tools() -> ExtractTools:
    """The tools as the pipeline composes them (the deadline parser's reading included)."""
    from normalize.record import default_tools
    from pipelines.run import extract_tools

    return extract_tools(default_tools())


def _paragraphs(texts: list[str]) -> SourceDocument:
    paras = tuple(Paragraph(text=t, source=Provenance(line=k * 3 + 1)) for k, t in enumerate(texts))
    return SourceDocument(file="p.txt", sha256="0", format="txt", blocks=paras)


def test_plan_table_printed_a_cell_a_paragraph() -> None:
    acts = read_para_rows(_paragraphs(CELL_PARAGRAPHS), _pipeline_tools())
    assert [(a.section, a.title, a.deadline_text, a.responsibles_text) for a in acts] == [
        ("Октябрь", "Праздничный концерт ко Дню учителя", "5 октября",
         "Заместитель директора по ВР,\nпедагог-организатор"),
        ("Октябрь", "Акция «Чистый двор»", "в течение месяца", None),
        ("Октябрь", "Поднятие флага России и исполнение Гимна России", "Каждый понедельник",
         None),
        ("Октябрь", "Соревнования по мини-футболу среди классов", "третья неделя октября",
         "Учитель физкультуры"),
        ("Октябрь", "Осенний бал", "25 октября", "Классные руководители"),
    ]


@pytest.mark.parametrize("texts", [
    # no responsibles caption: not such a table
    [t for t in CELL_PARAGRAPHS if t != "Ответственные"],
    # too few rows with a term
    CELL_PARAGRAPHS[:11],
])
def test_no_cell_paragraph_table(texts: list[str]) -> None:
    assert read_para_rows(_paragraphs(texts), _pipeline_tools()) == []


def _items(*blocks: tuple[str | None, str]) -> SourceDocument:
    paras = tuple(Paragraph(text=t, list_number=m, source=Provenance(line=k * 3 + 1))
                  for k, (m, t) in enumerate(blocks))
    return SourceDocument(file="p.txt", sha256="0", format="txt", blocks=paras)


# a district's plan of repairs printed a cell a paragraph: a roman part with the first item's
# number on its last line, each school's works listed inside its title cell, the term glued
# to the list's last line, money with decimals and notes between the rows
REPAIRS = _items(
    (None, "N\nп/п"), (None, "Мероприятия"), (None, "Сроки"), (None, "Ответственные"),
    (None, "Расходы,\nтыс. руб."),
    ("I.", "Подготовка зданий школ к зиме\n1"),
    (None, "Ремонт котельных"), (None, "1200,0 (в прошлом году"), ("-", "980,0)"),
    (None, "Ольховская средняя школа"), ("1.", "Замена окон (12 шт.)"),
    ("2.", "Ремонт кровли:"), ("-", "замена шифера;"), ("-", "ремонт водостоков\nДо 1 сентября"),
    (None, "ОУ"), (None, "640,0"),
    (None, "Туманская основная школа"), ("1.", "Утепление входа\nДо 15 октября"),
    (None, "ОУ"), (None, "120,0 из\nобластного\nбюджета"),
    (None, "Берёзовская средняя школа"), ("1.", "Ремонт спортзала\nДо 1 ноября"),
    (None, "ОУ, МКУ ЦБ"),
    (None, "Луговская основная школа"), ("1.", "Ремон"),
)


def test_plan_with_lists_inside_its_title_cells() -> None:
    acts = read_para_rows(REPAIRS, _pipeline_tools())
    assert [(a.number, a.title, a.deadline_text, a.responsibles_text) for a in acts] == [
        ("1", "Ремонт котельных", None, None),
        (None, "Ольховская средняя школа 1. Замена окон (12 шт.) 2. Ремонт кровли: - замена "
               "шифера; - ремонт водостоков", "До 1 сентября", "ОУ"),
        (None, "Туманская основная школа 1. Утепление входа", "До 15 октября", "ОУ"),
        (None, "Берёзовская средняя школа 1. Ремонт спортзала", "До 1 ноября", "ОУ, МКУ ЦБ"),
    ]
    assert {a.section for a in acts} == {"Подготовка зданий школ к зиме"}
