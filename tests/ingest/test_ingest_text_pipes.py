"""Tables printed cell by cell (base.garant.ru: a line per cell ending in " |", merged places as
runs of pipes; docs.cntd.ru: a row per line): row width, header spans, merged body cells."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Table
from ingest.text.bar_rows import items
from ingest.text.pipe_cells import choose_width, tokens_of
from ingest.text.pipe_header import place_header
from ingest.text.pipe_regions import pipe_runs
from ingest.text.pipe_table import read_pipes
from ingest.text.reader import read_text

Shape = list[tuple[str, list[tuple[int, int, int, str]]]]


def _lines(*cells: str) -> str:
    return "\n".join(cells)


INDICATORS = _lines(
    "Наименование показателя |", "Ед. изм. |", "Значения по годам |", "|",
    "2025 год |", "2026 год |", "||",
    "1 |", "2 |", "3 |", "4 |",
    "Задача 1. Доступность образования | |||",
    "Доля детей в детских садах |", "% |", "70 |", "72 |",
    "Число новых мест |", "ед. |", "40 |", "60 |",
)
INDICATORS_ROWS: Shape = [
    ("H", [(0, 1, 2, "Наименование показателя"), (1, 1, 2, "Ед. изм."),
           (2, 2, 1, "Значения по годам")]),
    ("H", [(2, 1, 1, "2025 год"), (3, 1, 1, "2026 год")]),
    ("H", [(0, 1, 1, "1"), (1, 1, 1, "2"), (2, 1, 1, "3"), (3, 1, 1, "4")]),
    ("r", [(0, 4, 1, "Задача 1. Доступность образования")]),
    ("r", [(0, 1, 1, "Доля детей в детских садах"), (1, 1, 1, "%"), (2, 1, 1, "70"),
           (3, 1, 1, "72")]),
    ("r", [(0, 1, 1, "Число новых мест"), (1, 1, 1, "ед."), (2, 1, 1, "40"), (3, 1, 1, "60")]),
]

# an item number and a section title followed by pipes; a stage cell merged down: the next
# row prints three cells and one pipe, the gap goes after its number
STAGES = _lines(
    "N |", "Этап |", "Мероприятие |", "Срок |",
    "1. |", "Подготовка | ||",
    "1.1. |", "Подготовительный |", "Совещание с директорами школ по плану |", "январь |",
    "1.2. |", "Анкетирование педагогов по вопросам наставничества |", "февраль |", "|",
    "1.3. |", "Основной |", "Серия семинаров для учителей начальных классов |", "март |",
)
STAGES_ROWS: Shape = [
    ("H", [(0, 1, 1, "N"), (1, 1, 1, "Этап"), (2, 1, 1, "Мероприятие"), (3, 1, 1, "Срок")]),
    ("r", [(0, 1, 1, "1."), (1, 3, 1, "Подготовка")]),
    ("r", [(0, 1, 1, "1.1."), (1, 1, 2, "Подготовительный"),
           (2, 1, 1, "Совещание с директорами школ по плану"), (3, 1, 1, "январь")]),
    ("r", [(0, 1, 1, "1.2."), (2, 1, 1, "Анкетирование педагогов по вопросам наставничества"),
           (3, 1, 1, "февраль")]),
    ("r", [(0, 1, 1, "1.3."), (1, 1, 1, "Основной"),
           (2, 1, 1, "Серия семинаров для учителей начальных классов"), (3, 1, 1, "март")]),
]

# docs.cntd.ru: a row per line
ROW_LINES = _lines(
    "Показатель | Ед. изм. | Значение | |",
    "2025 | 2026 | ||",
    "1. Охват детей | % | 80 | 82 |",
)
ROW_LINES_ROWS: Shape = [
    ("H", [(0, 1, 2, "Показатель"), (1, 1, 2, "Ед. изм."), (2, 2, 1, "Значение")]),
    ("H", [(2, 1, 1, "2025"), (3, 1, 1, "2026")]),
    ("r", [(0, 1, 1, "1. Охват детей"), (1, 1, 1, "%"), (2, 1, 1, "80"), (3, 1, 1, "82")]),
]


def _table(text: str) -> Table:
    runs = pipe_runs(text.split("\n"))
    assert len(runs) == 1
    built = read_pipes(runs[0], 1)
    assert built is not None
    return built.table


def _shape(table: Table) -> Shape:
    return [("H" if r.header else "r", [(c.col, c.col_span, c.row_span, c.text) for c in r.cells])
            for r in table.rows]


@pytest.mark.parametrize(("text", "rows"), [
    (INDICATORS, INDICATORS_ROWS),
    (ROW_LINES, ROW_LINES_ROWS),
], ids=["indicators", "row_lines"])
def test_pipe_rows_cells_and_spans(text: str, rows: Shape) -> None:
    assert _shape(_table(text)) == rows


def test_stage_cell_merged_down_and_numbered_section() -> None:
    table = _table(STAGES)
    assert _shape(table) == STAGES_ROWS
    assert table.grid()[3][1] is table.grid()[2][1]  # the stage covers row 1.2 too


@pytest.mark.parametrize(("text", "width"), [
    (INDICATORS, 4),
    (_lines("Наименование |", "Программа развития |", "Цель |", "Качество |"), 2),
    (_lines("N |", "Мероприятие |", "Срок |", "1 |", "2 |", "3 |", "Раздел | ||",
            "1. |", "Семинар |", "май |"), 3),
    (_lines("N |", "Показатель |", "Значения |", "||", "2025 |", "2026 |", "2027 |", "||",
            "1 |", "2 |", "3 |", "4 |", "5 |", "Итоги | ||||"), 5),
    # one cell a line, bare row numbers every N places: N columns (not label | value pairs)
    (_lines("№ |", "Дело |", "Срок |", "Кто |", "1 |", "Сбор актива |", "март |", "Школа |",
            "2 |", "Выставка |", "апрель |", "ДДТ |", "3 |", "Слёт |", "май |", "ИМЦ |"), 4),
    (_lines("№ |", "Дело |", "Когда |", "1 |", "Линейка |", "1 (пятница) |", "2 |", "Кросс |",
            "2 (суббота) |", "3 |", "Поход |", "4 (понедельник) |"), 3),
    (_lines("№ |", "Событие |", "Дата |", "Время |", "Место |", "Кто |",
            "1 |", "Концерт |", "2 |", "18.00 |", "Зал |", "Орлова Е.В. |",
            "2 |", "Игра |", "3 |", "11.00 |", "Парк |", "Орлова Е.В. |",
            "3 |", "Бал |", "5 |", "19.00 |", "Фойе |", "Лосев К.И. |"), 6),
    # two rows only, no pipe runs: the header row before "1 |" and "2 |" a header's width on
    (_lines("N |", "Что сделать |", "Контрольные точки |", "Кто отвечает |",
            "1 |", "Собрать заявки жителей |", "5 апреля 2021 |", "Отдел благоустройства |",
            "2 |", "Подвести итоги голосования |", "20 мая 2021 |", "Общественная комиссия |"), 4),
    (_lines("Кол-во |", "Итого |", "1 |", "2 |"), 2),
    # a plan of one row: the cells after its only item fill that row (not label | value)
    (_lines("N п/п |", "Что проводится |", "Когда |", "Кто проводит |",
            "1. |", "Неделя безопасности на дорогах |", "Октябрь 2019 года |",
            "Отдел образования, школы района |"), 4),
    (_lines("№ |", "Дело |", "Срок |", "1. |", "Смотр строя и песни |", "май |"), 3),
    # no number column: the row's number opens its title cell ("3.Акция …" glued too)
    (_lines("Мероприятие |", "Срок |", "Ответственные |",
            "1. Конкурс чтецов «Весна» |", "март |", "Школа искусств |",
            "2. Выставка рисунков |", "апрель |", "Дом творчества |",
            "3.Акция «Сад памяти» |", "май |", "Отдел образования, школы |"), 3),
])
def test_row_width_from_evidence(text: str, width: int) -> None:
    assert choose_width(pipe_runs(text.split("\n"))[0].tokens) == width


@pytest.mark.parametrize(("line", "cells"), [
    ("Текст |", [("Текст", False)]),
    ("|", [("", False)]),
    ("|||", [("", True)] * 3),
    ("Раздел 1 | ||", [("Раздел 1", False), ("", True), ("", True)]),
    ("a | b | |", [("a", False), ("b", False), ("", True)]),
])
def test_tokens_of_a_line(line: str, cells: list[tuple[str, bool]]) -> None:
    assert [(t.text, t.pad) for t in tokens_of(line, 1)] == cells


@pytest.mark.parametrize(("levels", "n", "numeric", "want"), [
    # one group over the years at the end
    ([["Показатель", "Ед.", "Значения по годам"], ["2025", "2026", "2027"]], 5,
     [0, 0, 1, 1, 1], [[(0, 1, 2), (1, 1, 2), (2, 3, 1)], [(2, 1, 1), (3, 1, 1), (4, 1, 1)]]),
    # two groups: "Срок" over start | end, values over the years, a leaf after them
    ([["№", "Мероприятие", "Срок", "Показатель", "Значения по годам", "Примечание"],
      ["начало", "окончание", "2025 год", "2026 год"]], 8, [0, 0, 1, 1, 0, 1, 1, 0],
     [[(0, 1, 2), (1, 1, 2), (2, 2, 1), (4, 1, 2), (5, 2, 1), (7, 1, 2)],
      [(2, 1, 1), (3, 1, 1), (5, 1, 1), (6, 1, 1)]]),
    # a year over its plan | fact columns, repeated
    ([["№", "Показатель", "2024 год", "2025 год"], ["план", "факт", "план", "факт"]], 6,
     [0, 0, 1, 1, 1, 1], [[(0, 1, 2), (1, 1, 2), (2, 2, 1), (4, 2, 1)],
                          [(2, 1, 1), (3, 1, 1), (4, 1, 1), (5, 1, 1)]]),
    # years over plan | fact for the past years and plan alone for the next ones
    ([["N", "Показатель", "Значение по годам"], ["2023", "2024", "2025", "2026"],
      ["план", "факт", "план", "факт", "план", "план"]], 8, [0, 0, 1, 1, 1, 1, 1, 1],
     [[(0, 1, 3), (1, 1, 3), (2, 6, 1)], [(2, 2, 1), (4, 2, 1), (6, 1, 1), (7, 1, 1)],
      [(2, 1, 1), (3, 1, 1), (4, 1, 1), (5, 1, 1), (6, 1, 1), (7, 1, 1)]]),
    # three levels: reported and estimated years, then the planned ones
    ([["№", "Показатель", "Значение показателя"], ["отчётное", "плановое"],
      ["2024 год", "2025 год", "2026 год"]], 5, [0, 0, 1, 1, 1],
     [[(0, 1, 3), (1, 1, 3), (2, 3, 1)], [(2, 1, 1), (3, 2, 1)],
      [(2, 1, 1), (3, 1, 1), (4, 1, 1)]]),
])
def test_header_spans(levels: list[list[str]], n: int, numeric: list[float], want: object) -> None:
    assert place_header(levels, n, numeric) == want


def test_lone_pipe_after_full_rows_is_no_column() -> None:
    text = _lines("N |", "Показатель |", "Значение |", "||", "2025 |", "2026 |", "|||",
                  "1 |", "2 |", "3 |", "4 |", "|", "I. |", "Охват |", "90 |", "95 |", "|")
    table = _table(text)
    assert table.n_cols == 4
    assert [c.text for c in table.rows[-1].cells] == ["I.", "Охват", "90", "95"]


def test_cell_text_on_several_lines_belongs_to_the_next_cell() -> None:
    text = _lines("Цель |", "Качество образования |", "Задачи |", "1. Первая.", "2. Вторая.",
                  "3. Третья. |", "Сроки |", "2025 год |")
    table = _table(text)
    assert [c.text for c in table.rows[1].cells] == ["Задачи", "1. Первая.\n2. Вторая.\n3. Третья."]
    assert table.rows[2].cells[0].source.line == 7


def test_document_with_pipe_cells_keeps_paragraphs_around_tables() -> None:
    text = _lines("Постановление от 1 марта 2025 г. N 5", "Глава округа |", "И.И. Иванов |",
                  "Приложение", INDICATORS, "Текст после таблицы.")
    doc = read_text(text.encode(), "g.txt", Limits())
    kinds = [(b.kind, b.source.line) for b in doc.blocks]
    assert kinds == [("paragraph", 1), ("table", 2), ("paragraph", 4), ("table", 5),
                     ("paragraph", 25)]
    signature = next(b for b in doc.blocks if isinstance(b, Table))
    assert [c.text for c in signature.rows[0].cells] == ["Глава округа", "И.И. Иванов"]


@pytest.mark.parametrize(("section", "cells"), [
    (["Раздел 1. Кадры | ||"], [(0, 4, "Раздел 1. Кадры")]),
    (["1. |", "Кадры |", "||"], [(0, 1, "1."), (1, 3, "Кадры")]),
    (["|", "Кадры |", "||"], [(0, 1, ""), (1, 3, "Кадры")]),
])
def test_section_rows_span_the_width(section: list[str], cells: list[tuple[int, int, str]]) -> None:
    text = _lines("N |", "Мероприятие |", "Срок |", "Исполнитель |", "1 |", "2 |", "3 |", "4 |",
                  *section, "1.1. |", "Семинар |", "май |", "ИМЦ |")
    table = _table(text)
    assert [(c.col, c.col_span, c.text) for c in table.rows[2].cells] == cells
    assert all(c.row_span == 1 for r in table.rows for c in r.cells)


def test_cells_printed_on_several_lines_and_a_signature_after_the_table() -> None:
    text = _lines("План мероприятий", "N", "п/п |", "Мероприятие |", "Срок", "проведения |",
                  "Ответственные |", "1. |", "Районная выставка \"Наш", "край\" |", "Июнь |",
                  "Отдел культуры |", "2. |", "Концерт коллективов", "района \"Родная",
                  "Сторона\" |", "Июль |", "ЦДК |", "Глава района |", "И.И. Петров |")
    doc = read_text(text.encode(), "c.txt", Limits())
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [
        ["N\nп/п", "Мероприятие", "Срок\nпроведения", "Ответственные"],
        ["1.", "Районная выставка \"Наш\nкрай\"", "Июнь", "Отдел культуры"],
        ["2.", "Концерт коллективов\nрайона \"Родная\nСторона\"", "Июль", "ЦДК"],
    ]
    assert tables[0].rows[2].cells[1].source.line == 14
    assert [c.text for c in tables[1].rows[0].cells] == ["Глава района", "И.И. Петров"]
    assert doc.blocks[0].source.line == 1 and tables[0].source.line == 2


# --- the bare form: a cell's text on lines of its own, then a line with a lone "|"; a merged
# cell printed once, the places it covers not printed (no pipes end a row)

def _bare(*cells: str) -> str:
    return "\n".join(f"{c}\n|" if c else "|" for c in cells)


# roman sections printed as one cell, numbering restarting in each section
BARE_PLAN = _bare(
    "N п/п", "Содержание работы", "Срок", "Исполнители",
    "I. Кадровое обеспечение",
    "1", "Курсы для учителей технологии\nпо новым программам", "март 2026", "Н.В. Сомова",
    "2", "Семинар для наставников", "апрель 2026", "МКУ «ИМЦ»",
    "II. Работа с родителями",
    "1", "Родительское собрание по выбору профиля", "май 2026", "классные руководители")
BARE_PLAN_ROWS: Shape = [
    ("H", [(0, 1, 1, "N п/п"), (1, 1, 1, "Содержание работы"), (2, 1, 1, "Срок"),
           (3, 1, 1, "Исполнители")]),
    ("r", [(0, 4, 1, "I. Кадровое обеспечение")]),
    ("r", [(0, 1, 1, "1"), (1, 1, 1, "Курсы для учителей технологии\nпо новым программам"),
           (2, 1, 1, "март 2026"), (3, 1, 1, "Н.В. Сомова")]),
    ("r", [(0, 1, 1, "2"), (1, 1, 1, "Семинар для наставников"), (2, 1, 1, "апрель 2026"),
           (3, 1, 1, "МКУ «ИМЦ»")]),
    ("r", [(0, 4, 1, "II. Работа с родителями")]),
    ("r", [(0, 1, 1, "1"), (1, 1, 1, "Родительское собрание по выбору профиля"),
           (2, 1, 1, "май 2026"), (3, 1, 1, "классные руководители")]),
]

# a group caption over the years (the header's second level printed right after the first),
# the column numbers, a programme row printed with its empty cells, a row cut by the text's end
BARE_INDICATORS = "\n".join([_bare(
    "", "Наименование программы", "Показатель", "Ед. изм.", "Значения по годам",
    "2025", "2026", "2027", "1", "2", "3", "4", "5", "6", "7",
    "", "Программа «Школа будущего»", "", "", "", "", "",
    "1", "Подпрограмма «Общее образование»", "Доля школ с цифровой средой", "%", "40", "55"),
    "70"])
BARE_INDICATORS_ROWS: Shape = [
    ("H", [(0, 1, 2, ""), (1, 1, 2, "Наименование программы"), (2, 1, 2, "Показатель"),
           (3, 1, 2, "Ед. изм."), (4, 3, 1, "Значения по годам")]),
    ("H", [(4, 1, 1, "2025"), (5, 1, 1, "2026"), (6, 1, 1, "2027")]),
    ("H", [(c, 1, 1, str(c + 1)) for c in range(7)]),
    ("r", [(0, 1, 1, ""), (1, 1, 1, "Программа «Школа будущего»"), *((c, 1, 1, "")
                                                                       for c in range(2, 7))]),
    ("r", [(0, 1, 1, "1"), (1, 1, 1, "Подпрограмма «Общее образование»"),
           (2, 1, 1, "Доля школ с цифровой средой"), (3, 1, 1, "%"), (4, 1, 1, "40"),
           (5, 1, 1, "55"), (6, 1, 1, "70")]),
]

# item numbers with dots, no sections, a responsible cell merged down over the next row
BARE_MERGED = _bare(
    "№", "Мероприятие", "Срок", "Ответственный",
    "1.", "Обновление положения о наставничестве", "январь", "Отдел общего образования",
    "2.", "Утверждение списка наставнических пар", "февраль",
    "3.", "Мониторинг работы пар", "май", "Методический кабинет")


@pytest.mark.parametrize(("text", "rows"), [
    (BARE_PLAN, BARE_PLAN_ROWS),
    (BARE_INDICATORS, BARE_INDICATORS_ROWS),
], ids=["plan_sections", "indicators_group_header"])
def test_bare_bars_rows_cells_and_spans(text: str, rows: Shape) -> None:
    assert _shape(_table(text)) == rows


def test_bare_bars_short_row_ends_at_the_next_number() -> None:
    table = _table(BARE_MERGED)
    assert [[c.text for c in r.cells] for r in table.rows[1:]] == [
        ["1.", "Обновление положения о наставничестве", "январь", "Отдел общего образования"],
        ["2.", "Утверждение списка наставнических пар", "февраль"],
        ["3.", "Мониторинг работы пар", "май", "Методический кабинет"],
    ]
    assert [c.col for c in table.rows[2].cells] == [0, 1, 2]


def test_bare_bars_title_above_the_table_stays_a_paragraph() -> None:
    text = "\n".join(["План работы с одарёнными детьми на 2026 год", BARE_PLAN])
    doc = read_text(text.encode(), "b.txt", Limits())
    assert [b.kind for b in doc.blocks] == ["paragraph", "table"]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows[0].cells[0].text == "N п/п"


# --- one cell a paragraph (docs.cntd.ru text form): cells between blank lines, no bars

def _paras(*cells: str) -> str:
    return "\n\n".join(cells)


def _tables(text: str) -> list[Table]:
    doc = read_text(text.encode(), "p.txt", Limits())
    return [b for b in doc.blocks if isinstance(b, Table)]


PARA_PLAN = _paras(
    "План мероприятий по открытию медиацентра", "N", "Наименование мероприятия",
    "Ответственный", "Срок", "1.", "Подбор помещения", "Управление образования,\nМКУ «ИМЦ»",
    "до 1 марта\n2026 года*", "2.", "Закупка оборудования", "МКУ «ЦБУ»", "II квартал 2026 г.",
    "* Сроки уточняются.")

# a section row between numbered rows, "№" over "п/п" caption
PARA_SECTIONS = _paras(
    "№\nп/п", "Мероприятие", "Срок", "Исполнитель", "Задача 1. Кадры", "1.1.",
    "Курсы для педагогов", "март", "ИМЦ", "1.2.", "Семинар наставников", "апрель", "ИМЦ",
    "Задача 2. Оборудование", "2.1.", "Закупка ноутбуков", "май", "Отдел образования")

# indicators: a group caption over the years, the column numbers, and the text cut in a row
PARA_INDICATORS = _paras(
    "N п/п", "Показатель", "Единица измерения", "Значения по годам", "2026", "2027",
    "1", "2", "3", "4", "5",
    "1.", "Доля школ с медиацентрами", "процент", "20", "40",
    "2.", "Число кружков", "единица", "12")


def test_one_cell_a_paragraph_plan() -> None:
    (table,) = _tables(PARA_PLAN)
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["N", "Наименование мероприятия", "Ответственный", "Срок"],
        ["1.", "Подбор помещения", "Управление образования,\nМКУ «ИМЦ»", "до 1 марта\n2026 года*"],
        ["2.", "Закупка оборудования", "МКУ «ЦБУ»", "II квартал 2026 г."],
    ]
    assert table.rows[0].header and not table.rows[1].header
    doc = read_text(PARA_PLAN.encode(), "p.txt", Limits())
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]


def test_one_cell_a_paragraph_sections() -> None:
    (table,) = _tables(PARA_SECTIONS)
    assert [(r.cells[0].text, r.cells[0].col_span) for r in table.rows[1:]] == [
        ("Задача 1. Кадры", 4), ("1.1.", 1), ("1.2.", 1), ("Задача 2. Оборудование", 4),
        ("2.1.", 1)]


def test_one_cell_a_paragraph_indicators_cut_by_the_text_end() -> None:
    (table,) = _tables(PARA_INDICATORS)
    assert table.n_cols == 5
    assert [(c.col, c.col_span, c.text) for c in table.rows[0].cells][-1] == (
        3, 2, "Значения по годам")
    assert [c.text for c in table.rows[-1].cells] == ["2.", "Число кружков", "единица", "12", ""]


@pytest.mark.parametrize("text", [
    # one row is no table
    _paras("N", "Мероприятие", "Срок", "1.", "Совещание", "май"),
    # an order's numbered points after a lone "№" are text
    _paras("Приказ", "№", "1. Утвердить план.", "2. Контроль оставляю за собой."),
])
def test_paragraphs_that_are_no_table(text: str) -> None:
    assert _tables(text) == []


def test_bare_bars_without_row_numbers_by_kinds_coming_back() -> None:
    text = _bare("Мероприятие", "Срок", "Ответственный",
                 "Совещание руководителей школ по итогам полугодия", "январь 2026 г.", "ИМЦ",
                 "Конкурс методических разработок молодых педагогов", "март 2026 г.",
                 "Отдел образования",
                 "Августовская конференция работников образования", "август 2026 г.", "ИМЦ")
    table = _table(text)
    assert table.n_cols == 3
    assert [[c.text for c in r.cells] for r in table.rows][1:] == [
        ["Совещание руководителей школ по итогам полугодия", "январь 2026 г.", "ИМЦ"],
        ["Конкурс методических разработок молодых педагогов", "март 2026 г.",
         "Отдел образования"],
        ["Августовская конференция работников образования", "август 2026 г.", "ИМЦ"]]


def test_bare_bars_numbered_section_over_its_items() -> None:
    text = _bare("№", "Мероприятие", "Срок", "Исполнитель",
                 "1.", "Организационная работа",
                 "1.1.", "Совещание директоров", "январь", "Отдел образования",
                 "1.2.", "Совещание заместителей", "февраль", "ИМЦ",
                 "2.", "Работа с кадрами",
                 "2.1.", "Курсы повышения квалификации", "март", "ИМЦ")
    table = _table(text)
    assert [[(c.col, c.col_span, c.text) for c in r.cells] for r in table.rows][1:3] == [
        [(0, 1, "1."), (1, 3, "Организационная работа")],
        [(0, 1, "1.1."), (1, 1, "Совещание директоров"), (2, 1, "январь"),
         (3, 1, "Отдел образования")]]


# the 2023+ indicator form one cell a paragraph: two header levels (base value "значение |
# год", years under their group), values that are small whole numbers like row numbers
PARA_KPM = _paras(
    "N п/п", "Показатели", "Уровень показателя", "Единица измерения (по ОКЕИ)",
    "Базовое значение", "Значения показателей по годам", "Ответственный",
    "значение", "год", "2026", "2027", "2028",
    "1.", "Доля школ с медиацентрами", "КПМ", "процент", "10", "2025", "20", "30", "40",
    "Управление образования",
    "2.", "Число детских технопарков", "КПМ", "единица", "-", "2025", "1", "2", "3",
    "Управление образования")


def test_one_cell_a_paragraph_two_header_levels_and_small_values() -> None:
    (table,) = _tables(PARA_KPM)
    assert table.n_cols == 10
    assert [(c.col, c.col_span) for c in table.rows[0].cells][-3:] == [(4, 2), (6, 3), (9, 1)]
    assert [c.text for c in table.rows[-1].cells] == [
        "2.", "Число детских технопарков", "КПМ", "единица", "-", "2025", "1", "2", "3",
        "Управление образования"]


@pytest.mark.parametrize(("texts", "found"), [
    # values equal to row numbers are no items: a number before a number is a value
    (["1.", "Охват", "1", "2", "3", "2.", "Число", "2", "3", "4"], [0, 5]),
    # the next item at a level, the first below it, a restart after a section
    (["1.", "Кадры", "1.1.", "Курсы", "май", "ИМЦ", "1.2.", "Семинар", "июнь", "ИМЦ", "2.",
      "Оборудование", "2.1.", "Закупка", "июль", "ЦБУ"], [0, 2, 6, 10, 12]),
    (["1", "Совещание", "май", "Раздел 2. Работа с родителями", "1", "Собрание", "июнь"],
     [0, 4]),
    # a number out of the sequence is a value ("30" after item 2)
    (["1.", "Доля школ", "30", "Отдел", "2.", "Число школ", "30", "Отдел"], [0, 4]),
])
def test_item_numbers_of_a_stream_of_cells(texts: list[str], found: list[int]) -> None:
    assert items(texts, 4) == found


# cells run together: "п/п" caption, two captions and a row's title and date with no blank line
PARA_RUN_TOGETHER = "\n".join([
    "План мероприятий по проведению фестиваля", "", "", "п/п", "", "Мероприятия", "", "Сроки",
    "", "Место", "проведения", "Ответственный", "", "", "1", "", "", "Создание", "оргкомитета",
    "01.03.2025", "", "", "Управление", "образования", "", "Лаптева О.Н.", "", "", "2", "", "",
    "Просмотр", "спектаклей", "25.03.2025", "27.03.2025", "", "", "Дом культуры", "",
    "Гусев П.А."])


@pytest.mark.parametrize(("row", "cells"), [
    (0, ["п/п", "Мероприятия", "Сроки", "Место\nпроведения", "Ответственный"]),
    (1, ["1", "Создание\nоргкомитета", "01.03.2025", "Управление\nобразования", "Лаптева О.Н."]),
    (2, ["2", "Просмотр\nспектаклей", "25.03.2025\n27.03.2025", "Дом культуры", "Гусев П.А."]),
])
def test_one_cell_a_paragraph_cells_run_together(row: int, cells: list[str]) -> None:
    (table,) = _tables(PARA_RUN_TOGETHER)
    assert [c.text for c in table.rows[row].cells] == cells


# garant cell-per-line form cut by the excerpt's end inside a numbered row
GARANT_CUT = "\n".join([
    "N п/п |", "Мероприятие |", "Исполнитель |", "Срок |", "1 |", "2 |", "3 |", "4 |",
    "1. |", "Ремонт спортзала |", "Отдел образования |", "2025 |",
    "2. |", "Закупка мячей |"])


def test_pipe_cells_row_cut_by_the_text_end_stays_in_the_table() -> None:
    (table,) = _tables(GARANT_CUT)
    assert [[c.text for c in r.cells] for r in table.rows[-2:]] == [
        ["1.", "Ремонт спортзала", "Отдел образования", "2025"],
        ["2.", "Закупка мячей", "", ""]]


# a site's HTML table flattened into running text: bars inside wrapped lines
INLINE = "\n".join([
    "Сведения о программах 2025Перечень показателей программы «Школа»",
    "на 2025 год № п/п | Показатель | Единица | 2025 | 2026 | | | 1 | Цель: рост",
    "охвата | | | Целевой", "показатель", "1", "Доля детей в кружках | % | 70 | 72 | | |"])


@pytest.mark.parametrize(("row", "cells"), [
    (0, [(0, "№ п/п"), (1, "Показатель"), (2, "Единица"), (3, "2025"), (4, "2026")]),
    (1, [(0, "1"), (1, "Цель: рост\nохвата")]),
    (2, [(0, "Целевой\nпоказатель\n1"), (1, "Доля детей в кружках"), (2, "%"), (3, "70"),
         (4, "72")]),
])
def test_flattened_html_table(row: int, cells: list[tuple[int, str]]) -> None:
    (table,) = _tables(INLINE)
    assert [(c.col, c.text) for c in table.rows[row].cells] == cells


def test_flattened_html_table_keeps_the_heading_before_its_caption() -> None:
    doc = read_text(INLINE.encode(), "p.txt", Limits())
    texts = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert texts[-1] == "на 2025 год"


# rows run together on one line with bars, the caption's "№" on a line of its own, a lone "^"
# for a merged cell, and the text ending inside the last row's title
RUN_TOGETHER = "\n".join([
    "ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ К ЛЕТНЕЙ КАМПАНИИ",
    "№", "  ",
    " п/п | Мероприятия | Сроки | Ответственные | I. | Подготовка | март – май 2026г. | ^ | "
    "1. | Документы |",
    "| | 1.1. | Издание приказа о лагерях | до 1 апреля 2026г. | Управление | 1.2. | Сбор "
    "заявок от школ | апрель | Управление, школы | 1.3. | Проверка лагерей в 2026 го"])


@pytest.mark.parametrize(("row", "cells"), [
    (0, ["№\nп/п", "Мероприятия", "Сроки", "Ответственные"]),
    (1, ["I.", "Подготовка", "март – май 2026г.", ""]),
    (2, ["1.", "Документы"]),
    (3, ["1.1.", "Издание приказа о лагерях", "до 1 апреля 2026г.", "Управление"]),
    (4, ["1.2.", "Сбор заявок от школ", "апрель", "Управление, школы"]),
    # the text stops inside the title: its other cells are empty, nothing covers them
    (5, ["1.3.", "Проверка лагерей в 2026 го", "", ""]),
])
def test_rows_run_together_on_bar_lines(row: int, cells: list[str]) -> None:
    (table,) = _tables(RUN_TOGETHER)
    assert [c.text for c in table.rows[row].cells] == cells
    assert all(c.row_span == 1 for c in table.rows[row].cells)


# (text, blocks as ("P", text) or ("T", cells of its one row)): a "| a | b |" row alone is a
# one-row table, as the DOCX it was exported from has it (grifs side by side, a passport's
# row); a line laid out with tabs alone stays a paragraph
LONE_ROWS = [
    ("Шапка\n| СОГЛАСОВАНО Начальник отдела | УТВЕРЖДЕНО приказом от 03.04.2023 № 12 |\n"
     "Программа развития\n",
     [("P", ("Шапка",)),
      ("T", ("СОГЛАСОВАНО Начальник отдела", "УТВЕРЖДЕНО приказом от 03.04.2023 № 12")),
      ("P", ("Программа развития",))]),
    ("| Наименование программы | Программа «Школа роста» |\n",
     [("T", ("Наименование программы", "Программа «Школа роста»"))]),
    ("Приказ\nДиректор\t\tА.Б. Луговая\n",
     [("P", ("Приказ",)), ("P", ("Директор А.Б. Луговая",))]),
    ("Итог | 12 | 14\n", [("P", ("Итог | 12 | 14",))]),
]


@pytest.mark.parametrize(("text", "blocks"), LONE_ROWS)
def test_a_lone_pipe_row_is_a_one_row_table(text: str,
                                            blocks: list[tuple[str, tuple[str, ...]]]) -> None:
    got = read_text(text.encode(), "t.txt", Limits()).blocks
    assert [("T", tuple(c.text for c in b.rows[0].cells)) if isinstance(b, Table)
            else ("P", (b.text,)) for b in got] == blocks


# the column numbers run past nine: the last one ("10") stands right before a group row that
# carries its own item number ("1. Программа …"), so it is no row number of that row
BARE_TEN_COLUMNS = _bare(
    "N п/п", "Показатель", "Ед. изм.", "Значения по годам",
    *(str(y) for y in range(2020, 2027)), *(str(c) for c in range(1, 11)),
    "1. Программа «Образование Сосновки» на 2020-2026 годы",
    "1.1.", "Доля школ с профильными классами", "%", *(str(v) for v in range(40, 47)),
    "1.2.", "Число кружков технической направленности", "ед.", *(str(v) for v in range(10, 17)))


@pytest.mark.parametrize(("row", "cells"), [
    (3, [str(c) for c in range(1, 11)]),
    (4, ["1. Программа «Образование Сосновки» на 2020-2026 годы"]),
    (5, ["1.1.", "Доля школ с профильными классами", "%", *(str(v) for v in range(40, 47))]),
    (6, ["1.2.", "Число кружков технической направленности", "ед.",
         *(str(v) for v in range(10, 17))]),
])
def test_bare_bars_ten_column_numbers_before_a_numbered_group_row(row: int,
                                                                   cells: list[str]) -> None:
    table = _table(BARE_TEN_COLUMNS)
    assert table.n_cols == 10
    assert [c.text for c in table.rows[row - 1].cells] == cells
def test_title_wrapped_a_few_words_a_line_stays_one_cell() -> None:
    # a narrow column of a legal site's export: a long title over ten short lines, only the
    # last one closed by " |"; the row goes on with empty cells and the parties
    title = ["Подготовка приказа", "управления", "образования", "«О летней", "оздоровительной",
             "кампании»", "и создание", "рабочей", "группы", "по отдыху детей |"]
    text = _lines("N п/п |", "Мероприятие |", "Количество |", "Исполнители |", "Сроки |",
                  "1.1. |", *title, "|", "Управление образования |", "Май 2025 |",
                  "1.2. |", "Смотр лагерей |", "|", "Отдел опеки |", "Июнь |")
    table = _table(text)
    assert [c.text for c in table.rows[1].cells][:2] == ["1.1.", "\n".join(title).rstrip(" |")]
    assert [c.text for c in table.rows[2].cells][1] == "Смотр лагерей"
