"""Column roles from the head of each header phrase and from what the columns hold; cells as
real tables fill them (broken words, values with units, remarks)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import run, table, tools, tsv

from extract.cells import parse_value as cell_value
from extract.cells import rejoin, slash_parties
from extract.columns import assign, cell_kinds, evidence
from extract.grids import deadline_text, period_of
from extract.header_rows import find_header, value_kind
from extract.headphrase import read_header
from extract.indicator_rows import base_value, parse_value
from extract.layout import grid_rows
from extract.passport import list_items
from extract.vocab import get_vocab
from ingest.models import Cell


@pytest.mark.parametrize(
    ("header", "head", "role"),
    [
        ("Результаты, достижение которых обеспечиваются мероприятиями", "результат", "result"),
        ("Результаты, на достижение которых направлены мероприятия", "результат", "result"),
        ("Наименование органа власти, ответственного за реализацию мероприятия", "орган",
         "responsibles"),
        ("Ответственные за реализацию мероприятия", "ответственный", "responsibles"),
        ("Целевой показатель, для достижения которого выполняется мероприятие", "показатель",
         "indicator"),
        ("Срок реализации мероприятия", "срок", "deadline"),
        ("Наименование этапа", "этап", "stage"),
        ("Содержание деятельности и примерный план мероприятий", "содержание", "content"),
        ("Направления деятельности", "направление", "direction"),
        ("Наименование показателя, единица измерения", "показатель", "indicator"),
        ("Значение планового показателя по годам реализации", "значение", "value"),
        ("Объемы финансирования (тыс. рублей)", "объем", "money"),
        ("Источник получения информации", "источник", "other"),
        ("Отношение последнего года к базисному году, %", "отношение", "other"),
        ("Координатор программы, участники программы", "координатор", "responsibles"),
        ("Заказчик подпрограммы - ответственный за выполнение", "заказчик", "responsibles"),
        ("Плановое окончание", "окончание", "end"),
        ("Базисный год", "год", "base"),
        ("Вид документа", "документ", "result"),
        ("Контрольный показатель", "показатель", "result"),
        ("Наименование муниципальной услуги", "услуга", "service"),
        ("Уникальный номер реестровой записи", "запись", "service"),
        ("Срок (дата) проведения", "срок", "deadline"),
    ],
)
def test_role_from_the_head_of_the_header_phrase(header: str, head: str, role: str) -> None:
    reading = read_header(header, tools())
    assert reading.head == head
    assert reading.scores[0][0] == role


@pytest.mark.parametrize(("header", "role"), [
    ("Условия (формы) оказания муниципальной услуги", "result"),
    ("Содержание услуги (наименование показателя)", "indicator"),
    ("Форма проведения", "result"),  # "форма" alone is how, not what comes out
    ("Форма по ОКУД", "result"),
])
def test_an_aside_in_parentheses_or_a_form_names_no_role(header: str, role: str) -> None:
    assert read_header(header, tools()).score(role) < 1.0


def test_coordinated_heads_are_read_but_a_relative_clause_is_not() -> None:
    both = read_header("Наименование показателя, единица измерения", tools())
    assert both.score("unit") > 0 and both.score("indicator") > both.score("unit")
    clause = read_header("Результаты, достижение которых обеспечиваются мероприятиями", tools())
    assert clause.score("activity") < clause.score("result") / 4


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Февраль 2022", {"date"}),
        ("I квартал 2013 г.", {"date"}),
        ("в течение года", {"date"}),
        ("Директор ОО", {"org"}),
        ("Куратор Калачева Е. А.", {"org"}),
        ("МКУ «Методический центр»", {"org"}),
        ("87,5 %", {"number"}),
        ("1.1.", {"numbering", "number"}),
        ("х", {"mark"}),
        ("Проведение районного конкурса чтецов среди обучающихся", {"text", "action"}),
        ("Доля детей, охваченных дошкольным образованием", {"text", "measure"}),
        ("Составление графика районных методических объединений", {"text", "action"}),
        # an adjective opening a cell names a party only with a party noun after it
        ("Органы местного самоуправления", {"org"}),
        ("Районный методический центр", {"org"}),
        ("Муниципальный координатор проекта", {"org"}),
        ("РМК", {"org"}),
        ("ГБУ ДПО ЦНППМ", {"org"}),
    ],
)
def test_what_a_cell_holds(text: str, kinds: set[str]) -> None:
    got = cell_kinds(text, get_vocab(tools()), tools())
    assert kinds <= got
    if "date" not in kinds:
        assert "date" not in got


@pytest.mark.parametrize("text", ["Муниципальный правовой акт о порядке приёма",
                                  "ВП", "КПМ",  # a level of an indicator, not a body
                                  "Районная программа развития чтения",
                                  "Областной закон о бюджете на 2026 год"])
def test_a_document_named_with_an_adjective_is_no_party(text: str) -> None:
    assert "org" not in cell_kinds(text, get_vocab(tools()), tools())


def test_one_assignment_gives_a_contested_role_to_the_column_whose_content_agrees() -> None:
    vocab, t = get_vocab(tools()), tools()
    titles = ["Проведение семинара для молодых учителей", "Организация районного конкурса"]
    evs = [
        evidence(0, "Направление контроля", ["Кадры", "Кадры"], vocab, t),
        evidence(1, "Мероприятие", titles, vocab, t),
        evidence(2, "", ["март 2025 г.", "апрель 2025 г."], vocab, t),
        evidence(3, "", ["Директор ОО", "МКУ «ИМЦ»"], vocab, t),
    ]
    assert assign(evs) == {0: "direction", 1: "activity", 2: "deadline", 3: "responsibles"}


# (header, cells, role): "Результат выполнения мероприятия" names a report's mark column, but
# cells opening with an infinitive promise an outcome — a plan's expected result
RESULT_OR_MARK = [
    ("Результат выполнения мероприятия",
     ["Довести к 2027 году оснащенность кабинетов до 95%",
      "Обеспечить участие всех школ района в конкурсе"], "result"),
    ("Результат выполнения мероприятия", ["Выполнено", "Выполнено частично"], "mark"),
    ("Результат выполнения", ["Повысить долю педагогов с категорией до 60%",
                              "Создать банк методических разработок"], "result"),
]


@pytest.mark.parametrize(("header", "cells", "role"), RESULT_OR_MARK)
def test_a_promised_outcome_is_a_result_not_a_mark(header: str, cells: list[str],
                                                   role: str) -> None:
    vocab, t = get_vocab(tools()), tools()
    evs = [evidence(0, "Мероприятие", ["Проведение семинара для учителей",
                                       "Организация районного конкурса"], vocab, t),
           evidence(1, "Срок исполнения", ["2026", "2027"], vocab, t),
           evidence(2, header, cells, vocab, t)]
    assert assign(evs)[2] == role


def test_a_header_word_of_another_column_does_not_take_the_title() -> None:
    rows = tsv("""
№ п/п | Наименование мероприятия | Срок | Ответственный | Результаты, достижение которых обеспечиваются мероприятиями
1.1 | Утверждение модели методической работы | Январь | Министерство образования | Наличие приказа об утверждении модели
""")  # noqa: E501
    found = run(table(rows))
    (act,) = found.activities
    assert act.title == "Утверждение модели методической работы"
    assert act.result_text == "Наличие приказа об утверждении модели"
    assert any("[column_roles]" in line and "head 'результат'" in line for line in found.trace)


def test_responsible_column_before_the_deadline_column() -> None:
    rows = tsv("""
№ | Мероприятие | Исполнитель | Срок исполнения
1 | Семинар для заместителей директоров | РМК | II квартал 2025 г.
""")
    (act,) = run(table(rows)).activities
    assert (act.responsibles_text, act.deadline_text) == ("РМК", "II квартал 2025 г.")


def test_a_column_of_dates_without_a_role_is_warned_about() -> None:
    rows = tsv("""
№ | Мероприятие | Примечание
1 | Семинар для заместителей директоров | март 2025 г.
2 | Конкурс профессионального мастерства | апрель 2025 г.
""")
    found = run(table(rows))
    assert any("column 3 looks like deadlines" in w for w in found.warnings)


def test_stage_table_with_an_activity_column() -> None:
    stage = Cell(text="Подготовительный этап", col=1, row_span=2)
    number = Cell(text="1.", col=0, row_span=2)
    rows = [
        ["№", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Срок",
         "Ответственный"],
        [number, stage, Cell(text="Анализ потребности в наставниках", col=2),
         Cell(text="Сбор сведений от школ", col=3), Cell(text="январь 2025 г.", col=4),
         Cell(text="Управление образования", col=5)],
        [Cell(text="Утверждение положения", col=2), Cell(text="Обсуждение проекта", col=3),
         Cell(text="февраль 2025 г.", col=4), Cell(text="РМК", col=5)],
    ]
    acts = run(table(rows, lines=False)).activities
    assert [a.number for a in acts] == [None, None]  # the № is the stage's
    assert [(a.section, a.title, a.deadline_text, a.responsibles_text) for a in acts] == [
        ("Подготовительный этап", "Анализ потребности в наставниках", "январь 2025 г.",
         "Управление образования"),
        ("Подготовительный этап", "Утверждение положения", "февраль 2025 г.", "РМК"),
    ]


def test_stage_table_without_an_activity_column_keeps_deadlines_and_responsibles() -> None:
    rows = tsv("""
№ | Наименование этапа | Содержание деятельности | Сроки | Ответственный | Ожидаемый результат
1. | Подготовка локальных актов | Приказ о наставничестве | Февраль 2022 | Директор ОО | Приняты акты
""")  # noqa: E501
    (act,) = run(table(rows)).activities
    assert (act.number, act.title, act.deadline_text, act.responsibles_text, act.result_text) == (
        "1", "Подготовка локальных актов", "Февраль 2022", "Директор ОО", "Приняты акты")


WIDE = [
    [Cell(text="№ п/п", col=0, row_span=2),
     Cell(text="Наименование показателя, единица измерения", col=1, row_span=2),
     Cell(text="Ответственный исполнитель", col=2, row_span=2),
     Cell(text="2023 год (факт)", col=3, row_span=2),
     Cell(text="Значение показателя по годам", col=4, col_span=2),
     Cell(text="Отношение 2025 года к 2023 году, %", col=6, row_span=2)],
    [Cell(text="2024", col=4), Cell(text="2025", col=5)],
    [Cell(text=str(i + 1), col=i) for i in range(7)],
    [Cell(text="Задача «Доступность дошкольного образования»", col=0, col_span=7)],
    [Cell(text=t, col=i) for i, t in enumerate(
        ["1", "Доля детей, охваченных дошкольным образованием, %", "Управление образования",
         "71,2", "72,0", "данные уточняются", "101,1"])],
    [Cell(text=t, col=i) for i, t in enumerate(
        ["2", "Доля педагогов, прошедших курсы<1>:", "", "", "", "", ""])],
    [Cell(text=t, col=i) for i, t in enumerate(
        ["", "- в детских садах, %", "", "55", "60", "65", "118,2"])],
]


def test_wide_indicator_table() -> None:
    inds = run(table(WIDE, lines=False)).indicators
    assert [(i.name, i.unit, [(v.year, v.kind, v.value) for v in i.values]) for i in inds] == [
        ("Доля детей, охваченных дошкольным образованием", "%",
         [(2023, "fact", 71.2), (2024, "plan", 72.0)]),
        ("Доля педагогов, прошедших курсы — в детских садах", "%",
         [(2023, "fact", 55.0), (2024, "plan", 60.0), (2025, "plan", 65.0)]),
    ]
    assert inds[0].section == "Задача «Доступность дошкольного образования»"


def test_free_text_result_column_after_the_years_is_not_glued_to_the_name() -> None:
    rows = tsv("""
N п/п | Наименование показателя | Единица измерения | 2013 год | 2014 год | Результаты
1. | Удельный вес молодых учителей | % | 16,0 | 16,1 | доля молодых учителей вырастет
""")
    (ind,) = run(table(rows)).indicators
    assert (ind.number, ind.name, ind.unit) == ("1", "Удельный вес молодых учителей", "%")


def test_number_inside_the_name_cell_and_early_years_empty() -> None:
    rows = tsv("""
Наименование целевого показателя | Источник получения информации | Единица измерения | 2018 год | 2019 год | 2020 год
1. Уровень образования | статистическая отчетность | процент | | | 61,25
""")  # noqa: E501
    (ind,) = run(table(rows)).indicators
    assert (ind.number, ind.name, [v.year for v in ind.values]) == (
        "1", "Уровень образования", [2020])


@pytest.mark.parametrize(
    ("text", "value"),
    [("20 чел.", (20.0, "чел.")), ("87,5 %", (87.5, "%")), ("78,7%", (78.7, "%")),
     ("1 250 руб.", (1250.0, "руб.")), ("16,2", (16.2, None)), ("данные уточняются", None),
     ("х", None), ("10 15", None)],
)
def test_values_with_units(text: str, value: tuple[float, str | None] | None) -> None:
    assert cell_value(text) == value


@pytest.mark.parametrize(("text", "value"), [("45<1>", 45.0), ("12,5*", 12.5), ("-", None)])
def test_footnote_marks_leave_the_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value


def test_remarks_are_no_value_and_not_part_of_the_name() -> None:
    rows = tsv("""
№ | Наименование показателя | Ед. изм. | 2024 год | 2025 год
1. | Доля школ с инженерными классами | % | нет сведений | 40
""")
    (ind,) = run(table(rows)).indicators
    assert ind.name == "Доля школ с инженерными классами"
    assert [(v.year, v.value) for v in ind.values] == [(2025, 40.0)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("образователь\nных", "образовательных"),
        ("дошколь ные группы", "дошкольные группы"),
        ("Разработк\nа", "Разработка"),
        ("2022-\n2027", "2022-2027"),
        ("вза-\nимодействии", "взаимодействии"),
        ("научно-\nметодический", "научно-методический"),
        ("Сроки\nреализа\nции", "Сроки\nреализации"),
        ("в\nтом числе", "в\nтом числе"),
        ("по\nпроблеме наставничества", "по\nпроблеме наставничества"),
        # a cell ending in a word's last letter or two alone on its line
        ("начал\nо", "начало"),
        ("Срок\nначал\nа", "Срок\nначала"),
        ("Отдел образования\nи\nМКУ «ИМЦ»", "Отдел образования\nи\nМКУ «ИМЦ»"),
        # a word broken twice in a very narrow column: no piece, nor the first two, a word
        ("Число\nвоспита\nнников\nлагеря", "Число\nвоспитанников\nлагеря"),
        ("Доля\nоздоров\nительн\nых\nлагерей", "Доля\nоздоровительных\nлагерей"),
        ("школы\nи\nсады", "школы\nи\nсады"),
        # broken twice, the first two pieces a word of their own: joined a piece at a time
        ("коли\nчеств\nо", "количество"),
        ("госуд\nарств\nенных и\nмуни\nципа\nльных", "государственных и\nмуниципальных"),
    ],
)
def test_words_broken_in_narrow_columns_are_rejoined(text: str, joined: str) -> None:
    assert rejoin(text, tools()) == joined


def test_table_without_a_header_row_gets_roles_from_content() -> None:
    rows = tsv("""
Организационная работа | | |
1. | Составление графика методических объединений | январь 2025 г. | Заведующий РМК Гусева О.Н.
2. | Подготовка аналитической справки | июнь 2025 г. | Методисты РМК
Работа с кадрами | | |
1. | Консультирование молодых учителей | ежемесячно | Методисты РМК
""")
    found = run(table(rows))
    assert [(a.number, a.section, a.deadline_text) for a in found.activities] == [
        ("1", "Организационная работа", "январь 2025 г."),
        ("2", "Организационная работа", "июнь 2025 г."),
        ("1", "Работа с кадрами", "ежемесячно"),
    ]
    assert any("no header row" in w for w in found.warnings)


def test_single_headerless_row_needs_an_activity_a_deadline_and_responsibles() -> None:
    # an item an amending act adds to a plan: one row, no header
    row = tsv("12. Создание сети опорных школ | До 1 сентября | Органы местного самоуправления "
              "| Муниципальный правовой акт о сети")
    (act,) = run(table(row)).activities
    assert (act.number, act.title, act.deadline_text, act.responsibles_text) == (
        "12", "Создание сети опорных школ", "До 1 сентября", "Органы местного самоуправления")
    # a single row without a deadline says too little to be read as a plan
    assert run(table(tsv("Создание сети опорных школ | Иванов И.И. | тест"))).activities == ()


@pytest.mark.parametrize(
    ("captions", "marks", "text"),
    [
        (["I кв.", "II кв.", "III кв.", "IV кв."], ["х", "х", "х", "х"],
         "ежеквартально (I-IV квартал 2013 г.)"),
        (["I кв.", "II кв.", "III кв.", "IV кв."], ["-", "+", "", "-"], "II квартал 2013 г."),
        (["I квартал", "II квартал", "III квартал", "IV квартал"], ["v", "v", "", ""],
         "I-II квартал 2013 г."),
    ],
)
def test_quarter_grid_marks_become_one_deadline(captions: list[str], marks: list[str],
                                                text: str) -> None:
    periods = [period_of(c, f"Срок в 2013 году {c}", tools()) for c in captions]
    assert deadline_text([p for p, m in zip(periods, marks, strict=True)
                          if p and m not in ("", "-")]) == text


def test_quarter_grid_in_a_table() -> None:
    rows = [
        [Cell(text="Мероприятие", col=0, row_span=2),
         Cell(text="Срок реализации мероприятия", col=1, col_span=4),
         Cell(text="Ответственный", col=5, row_span=2)],
        [Cell(text=f"{q} квартал 2013 г.", col=i + 1) for i, q in enumerate(["I", "II", "III",
                                                                              "IV"])],
        [Cell(text=t, col=i) for i, t in enumerate(
            ["Проведение аналитических заседаний", "х", "х", "х", "х", "министерство"])],
        [Cell(text=t, col=i) for i, t in enumerate(
            ["Рассмотрение вопросов модернизации", "х", "-", "-", "-", "министерство"])],
    ]
    acts = run(table(rows, lines=False)).activities
    assert [a.deadline_text for a in acts] == [
        "ежеквартально (I-IV квартал 2013 г.)", "I квартал 2013 г."]


def test_year_group_row_gives_the_year_to_deadlines_below() -> None:
    rows = [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        [Cell(text="2021 год", col=0, col_span=4)],
        ["1.", "Утверждение модели методической работы", "Январь - февраль", "Министерство"],
        ["2.", "Проведение конференции", "Февраль 2022 г.", "Министерство"],
    ]
    acts = run(table(rows, lines=False)).activities
    assert [(a.section, a.deadline_text) for a in acts] == [
        (None, "Январь - февраль (2021 год)"), (None, "Февраль 2022 г.")]


def test_start_and_end_columns_make_one_deadline() -> None:
    rows = tsv("""
№ | Мероприятие | Ответственный | Плановое начало | Плановое окончание
1.1 | Заключение соглашения о взаимодействии | Управление образования | 20.03.2008 | 30.12.2008
""")
    (act,) = run(table(rows)).activities
    assert act.deadline_text == "20.03.2008 - 30.12.2008"


def test_goal_and_task_rows_of_a_programme_activity_list() -> None:
    rows = [
        [Cell(text="Цель, задачи, мероприятия", col=0, row_span=2),
         Cell(text="Сроки выполнения", col=1, row_span=2),
         Cell(text="Объемы финансирования (тыс. рублей)", col=2, col_span=2)],
        [Cell(text="2013", col=2), Cell(text="2014", col=3)],
        [Cell(text="Цель: обеспечение поддержки одаренных детей.", col=0, col_span=4)],
        [Cell(text="Задача 1: создание условий для выявления одаренных детей", col=0,
              col_span=4)],
        [Cell(text=t, col=i) for i, t in enumerate(
            ["1.1. Проведение районных олимпиад", "2013-2014 гг.", "150,0", "160,0"])],
    ]
    found = run(table(rows, lines=False))
    assert found.goals == ("обеспечение поддержки одаренных детей",)
    assert found.tasks == ("создание условий для выявления одаренных детей",)
    (act,) = found.activities
    assert (act.number, act.section, act.title, act.deadline_text) == (
        "1.1", "создание условий для выявления одаренных детей", "Проведение районных олимпиад",
        "2013-2014 гг.")


def test_passport_tasks_numbered_in_one_paragraph() -> None:
    cell = ("Задачи, решаемые в рамках Программы: 1.\nОбеспечение доступности услуг.\n2. "
            "Обеспечение качества образования. 3. Создание условий для детей с ОВЗ.")
    assert list_items(cell) == ["Обеспечение доступности услуг", "Обеспечение качества образования",
                                "Создание условий для детей с ОВЗ"]


def test_debug_names_the_evidence_of_each_column() -> None:
    t = table(tsv("""
Мероприятия | Сроки исполнения
Создание рабочей группы | Август 2022 года
Проведение собрания | Май, ежегодно
"""))
    h = find_header(grid_rows(t), t.n_cols, get_vocab(tools()), tools())
    assert h is not None
    assert h.notes[1].startswith("column 2 'Сроки исполнения' → deadline (head 'срок'")
    assert "date 100%" in h.notes[1]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        (["Наименование программы, основного мероприятия", "Наименование показателя", "2015",
          "2016"], "indicators [indicator_values]"),
        (["Наименование мероприятия", "Ответственный", "Показатель", "2015", "2016"],
         "activities [activity_header_named]"),
    ],
)
def test_indicator_table_beside_a_programme_column_but_not_beside_activities(
        header: list[str], role: str) -> None:
    body = ["Развитие образования", "Доля детей, охваченных дошкольным образованием", "1", "2"]
    if len(header) == 5:
        body = ["Проведение районного конкурса", "Управление образования", "Число участников",
                "10", "12"]
    trace = run(table([header, body])).trace
    assert f"table 1: role {role}" in trace


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Министерство образования/ГБУ ДПО ИРО", "Министерство образования\nГБУ ДПО ИРО"),
        ("МКУ «ИМЦ»/МБОУ СОШ № 2", "МКУ «ИМЦ»\nМБОУ СОШ № 2"),
        ("Руководители ОО (п/п 3)", "Руководители ОО (п/п 3)"),
    ],
)
def test_parties_separated_by_a_slash(text: str, parties: str) -> None:
    assert slash_parties(text) == parties


@pytest.mark.parametrize(
    ("text", "got"),
    [("45,2 (2021)", (45.2, 2021)), ("12 (2020 г.)", (12.0, 2020)), ("87,5 % в 2019 году",
                                                                    (87.5, 2019)),
     ("100", None), ("2021", None)],
)
def test_base_value_with_its_year(text: str, got: tuple[float, int] | None) -> None:
    assert base_value(text) == got


def test_base_value_column_gives_a_fact_of_its_year() -> None:
    rows = tsv("""
№ | Наименование показателя | Базовое значение (значение, год) | 2024 год | 2025 год
1. | Доля школ с высокоскоростным интернетом | 45,2 (2021) | 60 | 75
""")
    (ind,) = run(table(rows)).indicators
    assert [(v.year, v.kind, v.value) for v in ind.values] == [
        (2021, "fact", 45.2), (2024, "plan", 60.0), (2025, "plan", 75.0)]


def test_base_value_header_with_a_year_is_a_fact_column() -> None:
    rows = tsv("""
№ | Наименование показателя | Базовое значение 2008 год | 2009 год
1. | Доля школ с высокоскоростным интернетом | 45,2 | 60
""")
    (ind,) = run(table(rows)).indicators
    assert [(v.year, v.kind, v.value) for v in ind.values] == [
        (2008, "fact", 45.2), (2009, "plan", 60.0)]


def test_rows_the_reader_marks_as_header_rows_form_the_header() -> None:
    def hdr(text: str, col: int, span: int = 1, down: int = 1) -> Cell:
        return Cell(text=text, col=col, col_span=span, row_span=down)

    from ingest.models import Row, Table
    rows = (
        Row(cells=(hdr("Цель, задачи, мероприятия", 0, down=3), hdr("Сроки выполнения", 1,
                                                                       down=3),
                   hdr("Объемы финансирования (тыс. рублей)", 2, span=3),
                   hdr("Основные целевые индикаторы:", 5, span=2)), header=True),
        Row(cells=(hdr("всего", 2, down=2), hdr("в том числе по годам:", 3, span=2),
                   hdr("наименование", 5, down=2), hdr("целевое значение", 6, down=2)),
            header=True),
        Row(cells=(hdr("2013", 3), hdr("2014", 4)), header=True),
        Row(cells=tuple(hdr(t, i) for i, t in enumerate(
            ["1.1. Проведение районных олимпиад", "2013-2014 гг.", "310,0", "150,0", "160,0",
             "Число участников", "120"]))),
    )
    t = Table(index=1, n_cols=7, rows=rows)
    h = find_header(grid_rows(t), t.n_cols, get_vocab(tools()), tools())
    assert h is not None and h.n_rows == 3
    assert (h.col("activity"), h.col("deadline"), h.col("indicator")) == (0, 1, 5)
    assert h.years == {}  # money per year, not indicator values


def test_activity_list_with_money_per_year_is_an_activity_table() -> None:
    rows = tsv("""
N п/п | Наименование мероприятий | 2013 | 2014
| | Бюджет области | Бюджет области
1 | 2 | 3 | 4
1. | Предоставление субсидий на развитие дошкольного образования | 120,5 | 130,0
1.1. | Корректировка перечня объектов капитального ремонта | - | -
""")
    found = run(table(rows))
    assert [(a.number, a.title) for a in found.activities] == [
        ("1", "Предоставление субсидий на развитие дошкольного образования"),
        ("1.1", "Корректировка перечня объектов капитального ремонта")]
    assert not found.indicators


def test_rows_of_numbers_only_are_no_indicators() -> None:
    rows = tsv("""
Наименование показателя | 2014 | 2015
1 | 2 | 3
3 | 4 |
Доля детей, охваченных дошкольным образованием | 98,5 | 100
""")
    assert [i.name for i in run(table(rows)).indicators] == [
        "Доля детей, охваченных дошкольным образованием"]


# the execution report of a municipal task (a federal form): the rows are services and their
# quality indicators, never a plan's activities
TASK_REPORT = [
    ["Уникальный номер реестровой записи", "Наименование муниципальной услуги",
     "Показатель качества", "", "", "", "Причина отклонения"],
    ["", "", "наименование показателя", "единица измерения", "утверждено в задании",
     "исполнено на отчётную дату", ""],
    ["801011О.99.0.БВ24", "Реализация программ дошкольного образования",
     "Доля родителей, удовлетворённых условиями", "процент", "90", "94", ""],
    ["", "", "Посещаемость групп", "процент", "75", "71", "карантин"],
]


def test_task_report_rows_are_no_activities() -> None:
    found = run(table(TASK_REPORT))
    assert found.activities == ()
    assert [i.name for i in found.indicators] == ["Доля родителей, удовлетворённых условиями",
                                                  "Посещаемость групп"]


def test_caption_under_a_group_cell_is_header_not_an_activity() -> None:
    rows = [
        [Cell(text="Мероприятие", col=0, row_span=3),
         Cell(text="Объем финансирования (тыс. руб.)", col=1, col_span=3),
         Cell(text="Срок", col=4, row_span=3), Cell(text="Ответственный", col=5, row_span=3)],
        [Cell(text="всего", col=1, row_span=2),
         Cell(text="в том числе по годам:", col=2, col_span=2)],
        [Cell(text="2026", col=2), Cell(text="2027", col=3)],
        ["Семинар для учителей технологии", "20,0", "10,0", "10,0", "2026-2027 гг.", "МКУ ИМЦ"],
    ]
    acts = run(table(rows)).activities
    assert [(a.title, a.deadline_text) for a in acts] == [
        ("Семинар для учителей технологии", "2026-2027 гг.")]


# a plan to remedy the faults an independent quality assessment found (НОК): the faults stand
# beside the activities, the "what was done" columns are empty in the plan, filled in a report
def _nok(done: str, when: str) -> list:
    return [
        [Cell(text="Недостатки, выявленные в ходе независимой оценки качества условий "
                   "оказания услуг", col=0, row_span=2),
         Cell(text="Наименование мероприятия по устранению недостатков", col=1, row_span=2),
         Cell(text="Плановый срок реализации мероприятия", col=2, row_span=2),
         Cell(text="Ответственный исполнитель", col=3, row_span=2),
         Cell(text="Сведения о ходе реализации мероприятия", col=4, col_span=2)],
        [Cell(text="реализованные меры по устранению недостатков", col=4),
         Cell(text="фактический срок реализации", col=5)],
        ["Нет сведений о педагогах на сайте", "Разместить на сайте сведения о педагогах",
         "до 01.03.2026", "Сомова Н.В., заместитель директора", done, when],
    ]


@pytest.mark.parametrize(("done", "when", "status"), [
    ("", "", None),
    ("Сведения размещены в разделе «Сведения об организации»", "15.02.2026",
     "Сведения размещены в разделе «Сведения об организации»"),
])
def test_quality_assessment_remedy_plan(done: str, when: str, status: str | None) -> None:
    (act,) = run(table(_nok(done, when))).activities
    assert (act.title, act.deadline_text, act.responsibles_text) == (
        "Разместить на сайте сведения о педагогах", "до 01.03.2026",
        "Сомова Н.В., заместитель директора")
    assert act.status_text == status


def test_plan_about_services_keeps_its_activities() -> None:
    # a roadmap of moving municipal services online: the services are named, the rows are
    # activities all the same
    rows = [["Наименование муниципальной услуги", "Мероприятие", "Срок", "Ответственный"],
            ["Зачисление в школу", "Подключение школ к региональному порталу услуг",
             "до 1 сентября 2026 г.", "Отдел образования"]]
    (act,) = run(table(rows)).activities
    assert (act.title, act.deadline_text) == ("Подключение школ к региональному порталу услуг",
                                              "до 1 сентября 2026 г.")


@pytest.mark.parametrize("header", ["Ответств.\nисполнит.", "Отв.", "Исполнит.", "Ответствен."])
def test_shortened_responsibles_captions(header: str) -> None:
    assert read_header(header, tools()).scores[0][0] == "responsibles"


@pytest.mark.parametrize(("header", "cells", "role"), [
    # a flattened copy moves the captions: dates under "Место проведения"
    ("Место проведения", ["В течение года", "Ноябрь", "Декабрь-январь"], "deadline"),
    ("Место проведения", ["Актовый зал", "Спортивный зал", "Библиотека"], "other"),
])
def test_place_header_over_dates(header: str, cells: list[str], role: str | None) -> None:
    vocab, t = get_vocab(tools()), tools()
    titles = ["Смотр строя и песни", "Конкурс рисунков о зиме", "Встреча с ветеранами"]
    evs = [evidence(0, "Мероприятие", titles, vocab, t), evidence(1, header, cells, vocab, t)]
    assert assign(evs).get(1) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's targets: "достижения" names the indicator, not an achieved value
        ("Значение индикатора достижения цели Программы и показателя решения задачи по годам",
         None),
        ("Плановое значение показателя достижения целей", "plan"),
        ("Фактическое значение индикатора достижения цели", "fact"),
        ("Достигнутое значение", "fact"),
        ("Отчет 2022", "fact"),
        ("Значение показателя", None),
    ],
)
def test_value_kind_words(text: str, expected: str | None) -> None:
    assert value_kind(text, get_vocab(tools()), tools()) == expected


@pytest.mark.parametrize(
    ("header", "responsibles"),
    [
        ("№ | Мероприятие | Участники | Сроки | Ответственные", "Заместитель директора по ВР"),
        ("№ | Мероприятие | Ответственные | Сроки | Участники", "Заместитель директора по ВР"),
        ("№ | Мероприятие | Участники | Сроки | Исполнитель", "Заместитель директора по ВР"),
        ("№ | Мероприятие | Участники | Сроки | Примечание", "Классные руководители"),
    ],
)
def test_participants_answer_only_without_a_responsibles_column(header: str,
                                                                responsibles: str) -> None:
    names = [c.strip() for c in header.split("|")]
    cells = {"Участники": "Классные руководители", "Ответственные": "Заместитель директора по ВР",
             "Исполнитель": "Заместитель директора по ВР", "Примечание": ""}
    row = ["1", "Беседа о правилах дорожного движения", cells.get(names[2], ""), "Сентябрь",
           cells.get(names[4], "")]
    if names[2] == "Ответственные":
        row[2], row[4] = "Заместитель директора по ВР", "Классные руководители"
    (act,) = run(table([names, row])).activities
    assert act.responsibles_text == responsibles
