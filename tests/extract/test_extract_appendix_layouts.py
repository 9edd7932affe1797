"""Programme appendices as real documents lay them out (helper tables3): appendix headings
under stamps, group rows with executor and years, financing-split activities, base-year fact
columns, unit captions, list dashes, passport goals one per row, the issuer's place from the
title, a region's plan naming districts in its rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv
from facts_helpers import docx_doc, lines_doc
from facts_helpers import table as fact_table

from extract.cells import rejoin
from extract.facts.header import extract as facts
from extract.facts.issuer_finish import _genitive_adjective
from extract.found import Found
from extract.tables import extract as tables_extract
from ingest.models import Cell


def _facts(doc, found: Found | None = None):  # type: ignore[no-untyped-def]
    return facts(doc, found or Found(), tools())


STAMP = """Приложение 1
к подпрограмме 2
"Развитие дополнительного образования
детей Кленоводского района" муниципальной
программы "Образование Кленоводского
района на 2024 - 2028 годы"
"""


@pytest.mark.parametrize(("heading", "title"), [
    ("Перечень\nосновных мероприятий подпрограммы 2 \"Дополнительное образование\"",
     "Перечень основных мероприятий подпрограммы 2 \"Дополнительное образование\""),
    ("Сведения\nо показателях (индикаторах) муниципальной программы \"Образование\"",
     "Сведения о показателях (индикаторах) муниципальной программы \"Образование\""),
    ("Система\nпрограммных мероприятий подпрограммы \"Дошкольное образование\"",
     "Система программных мероприятий подпрограммы \"Дошкольное образование\""),
])
def test_stamp_ends_at_the_appendix_heading(heading: str, title: str) -> None:
    """The heading's first word under a stamp is not the stamp's last: it opens the title."""
    doc = lines_doc(STAMP + heading)
    # a line reader gives one paragraph per line; the stamp and heading are one text block
    got = _facts(doc.model_copy(update={"blocks": (doc.blocks[0].model_copy(update={
        "text": (STAMP + heading)}),)}))
    assert got.document.title == title
    assert got.document.kind == "programme"


@pytest.mark.parametrize(("heading", "title"), [
    ("5. Система программных мероприятий подпрограммы \"Развитие дошкольного образования\"",
     "Система программных мероприятий подпрограммы \"Развитие дошкольного образования\""),
    ("ПРОГНОЗНЫЕ ЗНАЧЕНИЯ ЦЕЛЕВЫХ ИНДИКАТОРОВ И ПОКАЗАТЕЛЕЙ ОБЛАСТНОЙ ЦЕЛЕВОЙ ПРОГРАММЫ "
     "\"ЛЕТНИЙ ОТДЫХ ДЕТЕЙ В 2024 - 2026 ГОДАХ\" ПО ОСНОВНЫМ НАПРАВЛЕНИЯМ МЕРОПРИЯТИЙ И ГРУППАМ "
     "ДЕТЕЙ",
     "ПРОГНОЗНЫЕ ЗНАЧЕНИЯ ЦЕЛЕВЫХ ИНДИКАТОРОВ И ПОКАЗАТЕЛЕЙ ОБЛАСТНОЙ ЦЕЛЕВОЙ ПРОГРАММЫ "
     "\"ЛЕТНИЙ ОТДЫХ ДЕТЕЙ В 2024 - 2026 ГОДАХ\" ПО ОСНОВНЫМ НАПРАВЛЕНИЯМ МЕРОПРИЯТИЙ И ГРУППАМ "
     "ДЕТЕЙ"),
])
def test_heading_over_the_table_names_the_programme(heading: str, title: str) -> None:
    """A numbered or long heading that names a programme after a list word is the title."""
    doc = docx_doc(heading, fact_table(("Наименование", "2024", "2025"), ("Доля", "1", "2")),
                   bold=(0,))
    got = _facts(doc)
    assert (got.document.title, got.document.kind) == (title, "programme")


GROUPS = tsv("""
N п/п | Наименование основного мероприятия | Ответственный исполнитель | Начало | Окончание
3 | Подпрограмма 3 Развитие сети школ | Отдел образования | 2024 | 2026
3.1. | Основное мероприятие 3.1. Ремонт спортивных залов | Отдел образования | 2024 | 2025
""")
TASKS = tsv("""
N п/п | Мероприятия | Срок | Исполнитель
Цели подпрограммы: рост охвата; повышение качества | | |
Задачи подпрограммы: обновление оборудования | | |
1. | Закупка оборудования | 2025 | Отдел образования
""")


@pytest.mark.parametrize(("rows", "titles", "goals", "tasks"), [
    (GROUPS, ["Основное мероприятие 3.1. Ремонт спортивных залов"], [], []),
    (TASKS, ["Закупка оборудования"], ["рост охвата", "повышение качества"],
     ["обновление оборудования"]),
])
def test_group_rows_are_sections(rows: list[list[str]], titles: list[str], goals: list[str],
                                 tasks: list[str]) -> None:
    """"Подпрограмма N …" with its executor and years, and labelled goal and task rows, are
    group rows, not activities."""
    found = run(table(rows))
    assert [a.title for a in found.activities] == titles
    assert (list(found.goals), list(found.tasks)) == (goals, tasks)


def _merged(rows: list[list[str]], spans: dict[tuple[int, int], int]) -> list[list[Cell]]:
    """Rows of Cells; `spans` {(row, col): rows} merges a cell down (covered cells left out)."""
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    return [[Cell(text=t, col=c, row_span=spans.get((r, c), 1)) for c, t in enumerate(row)
             if (r, c) not in covered] for r, row in enumerate(rows)]


def test_financing_split_and_recipient_rows() -> None:
    """One activity over two rows by source of financing (number and title merged down) is one
    activity; rows naming where its money goes (its executor again) are no title lines."""
    rows = [["N п/п", "Программные мероприятия", "Главные распорядители", "Источник", "Всего"],
            ["1.", "Открытие дошкольных групп:", "министерство образования", "федеральный", "2"],
            ["", "", "министерство образования", "областной", "6"],
            ["", "Муниципальное образование - Лесной район, в том числе:",
             "министерство образования", "областной", "1"]]
    found = run(table(_merged(rows, {(1, 0): 2, (1, 1): 2}), lines=False))
    assert [(a.number, a.title, a.responsibles_text) for a in found.activities] == [
        ("1", "Открытие дошкольных групп:", "министерство образования")]


@pytest.mark.parametrize(("header", "kind"), [
    ("2023 г.\n(фак\nт)", "fact"),  # a narrow PDF column breaks the word
    ("2023 г. (факт)", "fact"),
    ("2024 г.", "plan"),
])
def test_base_year_fact_column(header: str, kind: str) -> None:
    rows = [["N п/п", "Показатели", "Единица измерения", header, "2025 г.", "2026 г."],
            ["1", "Доля школ с профильными классами", "процентов", "40", "45", "50"]]
    ind = run(table(rows)).indicators[0]
    assert ind.values[0].kind == kind


@pytest.mark.parametrize(("text", "joined"), [
    ("2013 г.\n(фак\nт)", "2013 г.\n(факт)"),
    ("образователь\nных", "образовательных"),
])
def test_rejoin_before_closing_parenthesis(text: str, joined: str) -> None:
    assert rejoin(text, tools()) == joined


@pytest.mark.parametrize(("rows", "name", "unit"), [
    ([["Наименование индикаторов и", "Значение индикаторов", "", "", ""],
      ["", "Ед.", "2024", "2025", "2026"],
      ["Доля детей в лагерях", "%", "40", "42", "45"]], "Доля детей в лагерях", "%"),
    ([["Показатель", "Единица измерения", "2024", "2025"],
      ["- их доля в общем числе школ", "процентов", "40", "42"]],
     "их доля в общем числе школ", "процентов"),
])
def test_indicator_name_without_unit_or_dash(rows: list[list[str]], name: str, unit: str
                                             ) -> None:
    """A unit caption on the header's second line names its column; a sub-row's list dash is
    no word of its name."""
    spans = {(0, 1): 4} if rows[0][1] == "Значение индикаторов" else {}
    cells = [[Cell(text=t, col=c, col_span=spans.get((r, c), 1)) for c, t in enumerate(row)
              if not (r == 0 and spans and c > 1)] for r, row in enumerate(rows)]
    ind = run(table(cells)).indicators[0]
    assert (ind.name, ind.unit) == (name, unit)


@pytest.mark.parametrize(("lemma", "genitive"), [
    ("нижнелесский", "Нижнелесского"),
    ("заречный", "Заречного"),
    ("верхний", "Верхнего"),
])
def test_genitive_of_a_place_adjective(lemma: str, genitive: str) -> None:
    assert _genitive_adjective(lemma) == genitive


@pytest.mark.parametrize(("stamp", "title", "issuer"), [
    ("к постановлению администрации города", 'Муниципальная программа "Развитие образования '
     'города Кленоводска"', "Администрация города Кленоводска"),
    ("к постановлению администрации района", 'Муниципальная программа "Развитие образования '
     'в Кленоводском районе"', "Администрация Кленоводского района"),
])
def test_issuer_takes_the_place_from_the_title(stamp: str, title: str, issuer: str) -> None:
    first, rest = title.split(" ", 2)[:2], title.split(" ", 2)[2]
    doc = docx_doc(f"Приложение\n{stamp}\nот 10.02.2025 N 77", f"{' '.join(first)}\n{rest}",
                   bold=(1,))
    got = _facts(doc)
    assert (got.document.title, got.document.issuer) == (title, issuer)


def test_passport_goals_one_per_row_under_a_merged_label() -> None:
    rows = [["Период реализации программы", "2025 - 2030 годы"],
            ["Цели программы", "1. Обеспечение доступности образования"],
            ["", "2. Развитие способностей детей"],
            ["Задачи программы", "Обновление содержания образования"]]
    cells = [[Cell(text=t, col=c, row_span=2 if (r, c) == (1, 0) else 1)
              for c, t in enumerate(row) if (r, c) != (2, 0)] for r, row in enumerate(rows)]
    found = run(table(cells, lines=False))
    assert list(found.goals) == ["Обеспечение доступности образования",
                                 "Развитие способностей детей"]


@pytest.mark.parametrize(("title", "place"), [
    ('Система мероприятий подпрограммы "Дошкольное образование в Ольховецкой области"', None),
    ('Система мероприятий подпрограммы "Дошкольное образование"', "Лесного муниципального района"),
])
def test_region_plan_takes_no_district_from_its_rows(title: str, place: str | None) -> None:
    doc = docx_doc(title, fact_table(
        ("N п/п", "Мероприятия", "Исполнители"),
        ("1", "Открытие групп", "администрация Лесного муниципального района")), bold=(0,))
    assert _facts(doc).document.municipality_text == place


def _kind_of(*rows: tuple[str, ...]) -> str | None:
    doc = docx_doc(fact_table(*rows))
    found = tables_extract(doc, Found(), tools())
    return _facts(doc, found).document.kind


@pytest.mark.parametrize(("rows", "kind"), [
    # money split by its sources: a programme's system of measures
    ((("N п/п", "Мероприятия", "Источники финансирования", "Срок исполнения", "Исполнители"),
      ("1.1.", "Ремонт детских садов", "областной бюджет", "2024 - 2026", "Отдел образования")),
     "programme"),
    # a plan of activities without money: a roadmap
    ((("N п/п", "Мероприятия", "Срок исполнения", "Исполнители"),
      ("1.1.", "Ремонт детских садов", "2024 - 2026", "Отдел образования")), "roadmap"),
    # indicators planned over several years, no activity: a programme's appendix
    ((("N п/п", "Показатели", "Единица измерения", "2024 г.", "2025 г.", "2026 г."),
      ("1", "Доля школ с профильными классами", "процентов", "40", "45", "50")), "programme"),
    # the same with a roadmap's "Результаты" column: no kind from it
    ((("N п/п", "Показатели", "Единица измерения", "2024 г.", "2025 г.", "Результаты"),
      ("1", "Доля школ с профильными классами", "процентов", "40", "45", "рост охвата")), None),
])
def test_kind_from_the_table(rows: tuple[tuple[str, ...], ...], kind: str | None) -> None:
    assert _kind_of(*rows) == kind
