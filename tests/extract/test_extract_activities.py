"""Activity tables: header roles, section rows, numbering, wrapped and shifted rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_tables_helpers import para, run, table, tsv

from ingest.models import Cell
from normalize.orgs import split_responsibles

ROADMAP = tsv("""
№ п/п | Мероприятия | Дата реализации | Показатели | Ответственные | Отметка о выполнении
<b>1. Нормативно-правовое обеспечение сопровождения объединений</b> | | | | |
1.1 | Разработка дорожной карты | Январь 2023 | Проект карты | Специалисты МКУ «ИМЦ» |
1.2 | Обновление методических рекомендаций | Ежегодно, август | Методические рекомендации \
| Руководители РМО | Выполнено
<b>II. Показатели. Методы сбора информации</b> | | | | |
2.1. | Разработка показателей | Январь 2023 | Положение о мониторинге | Специалисты МКУ «ИМЦ» |
""")


def test_roles_sections_and_numbers() -> None:
    found = run(table(ROADMAP))
    acts = found.activities
    assert [a.number for a in acts] == ["1.1", "1.2", "2.1"]
    assert acts[0].section == "Нормативно-правовое обеспечение сопровождения объединений"
    assert acts[2].section == "Показатели. Методы сбора информации"
    a = acts[1]
    assert (a.title, a.deadline_text, a.result_text, a.responsibles_text, a.status_text) == (
        "Обновление методических рекомендаций",
        "Ежегодно, август",
        "Методические рекомендации",
        "Руководители РМО",
        "Выполнено",
    )
    # a text table is located by line; a table from DOCX/PDF by its row
    assert (a.source.table, a.source.row, a.source.line) == (1, None, 4)
    (_, b, _) = run(table(ROADMAP, lines=False)).activities
    assert (b.source.table, b.source.row, b.source.line) == (1, 4, None)
    assert found.warnings == ()


def test_any_column_order_without_number_column() -> None:
    rows = [
        ["Ответственный исполнитель", "Срок исполнения", "Содержание мероприятия"],
        ["Отдел образования", "до 01.03.2024", "Совещание руководителей"],
    ]
    (a,) = run(table(rows)).activities
    assert (a.title, a.deadline_text, a.responsibles_text, a.number) == (
        "Совещание руководителей",
        "до 01.03.2024",
        "Отдел образования",
        None,
    )


def test_header_split_over_two_rows_and_repeated_on_next_page() -> None:
    rows = tsv("""
№ п/п | Мероприятие | Сроки | Ответственный | Планируемый результат
 |  | реализации | исполнитель |
1.1. | Информационное сопровождение ресурсов | 2022-2026 годы | МБОУ ДПО «НМЦ» | Сайт
№ п/п | Мероприятие | Сроки | Ответственный | Планируемый результат
1.2. | Формирование банка материалов | 2022-2026 годы | НМЦ | Банк материалов
""")
    acts = run(table(rows)).activities
    assert [(a.number, a.deadline_text) for a in acts] == [
        ("1.1", "2022-2026 годы"),
        ("1.2", "2022-2026 годы"),
    ]


def test_wrapped_row_continues_the_activity_above() -> None:
    rows = tsv("""
№ | Наименование мероприятия | Срок | Исполнитель
5. | Организация семинаров для | 2020–2022 гг. | Управление образования, МКУ «Центр
 | заместителей руководителей |  | методического обеспечения»
""")
    (a,) = run(table(rows)).activities
    assert a.title == "Организация семинаров для заместителей руководителей"
    # the cell's line breaks reach normalize/party_split.py, which joins a wrapped line
    assert a.responsibles_text == "Управление образования, МКУ «Центр\nметодического обеспечения»"
    assert split_responsibles(a.responsibles_text) == [
        "Управление образования", "МКУ «Центр методического обеспечения»"]


def test_vertically_merged_responsibles_apply_to_each_row() -> None:
    rows = [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Семинар", "Март 2024", Cell(text="Методический центр", col=3, row_span=2)],
        ["2", "Конкурс", "Апрель 2024"],
    ]
    acts = run(table(rows)).activities
    assert [a.responsibles_text for a in acts] == ["Методический центр"] * 2


def test_shifted_row_is_realigned_by_content_with_a_warning() -> None:
    rows = tsv("""
№ | Наименование мероприятия | Сроки | Индикативные показатели | Исполнители | Выполнение
11. | Конкурс | 2021–2022 гг. | Не менее 39 участников | | Управление МКУ «Центр» | Выполнено
""")
    found = run(table(rows))
    (a,) = found.activities
    assert (a.responsibles_text, a.status_text, a.result_text) == (
        "Управление МКУ «Центр»",
        "Выполнено",
        "Не менее 39 участников",
    )
    assert any("realigned" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("fragments", "expected", "repaired"),
    [
        (["", "2. Организационно", "-методическо", "е направление", ""],
         "Организационно-методическое направление", False),
        (["", "· ·", "но-методичес", "ское направление", ""],
         "Организационно-методическое направление", True),
    ],
)
def test_garbled_section_rows_are_repaired_from_the_document(
    fragments: list[str], expected: str, repaired: bool
) -> None:
    rows = [
        ["№ п/п", "Мероприятие", "Сроки", "Ответственный", "Результат"],
        ["", "1. Информационно-методическое направление", "", "", ""],
        ["1.1.", "Сопровождение сайтов", "2022-2026", "НМЦ", "Сайты"],
        fragments,
        ["2.1.", "Изучение запросов", "2022-2026", "НМЦ", "Помощь"],
        ["", "3. Научно-методическое направление", "", "", ""],
        ["3.1.", "Организация исследований", "2022-2026", "НМЦ", "Отчёт"],
    ]
    paragraphs = [para(t) for t in ("информационно-методическое,", "организационно-методическое,",
                                    "научно-методическое.")]
    found = run(*paragraphs, table(rows))
    assert [a.section for a in found.activities] == [
        "Информационно-методическое направление",
        expected,
        "Научно-методическое направление",
    ]
    # a unique repair is recorded in the trace, not as a warning
    assert any("[section_repaired]" in t for t in found.trace) == repaired
    assert not any("garbled" in w for w in found.warnings)


def test_direction_column_beside_the_rows_gives_the_section() -> None:
    rows = [
        ["Направление", "Мероприятие", "Срок"],
        [Cell(text="Работа с молодыми педагогами", col=0, row_span=2), "Школа молодого учителя",
         "Ежемесячно"],
        ["Конкурс «Педагогический дебют»", "Март 2024"],
    ]
    # the second data row has its cells from column 1 on (column 0 is merged from above)
    rows[2] = [Cell(text=t, col=i + 1) for i, t in enumerate(rows[2])]  # type: ignore[arg-type]
    acts = run(table(rows)).activities
    assert [(a.section, a.title, a.deadline_text) for a in acts] == [
        ("Работа с молодыми педагогами", "Школа молодого учителя", "Ежемесячно"),
        ("Работа с молодыми педагогами", "Конкурс «Педагогический дебют»", "Март 2024"),
    ]


def test_number_written_in_the_title_cell() -> None:
    rows = [["Содержание работы", "Сроки", "Ответственные"],
            ["1.2. Семинар для наставников", "Октябрь 2024", "ИМЦ"]]
    (a,) = run(table(rows)).activities
    assert (a.number, a.title) == ("1.2", "Семинар для наставников")


def test_caption_row_above_the_header() -> None:
    rows = [
        [Cell(text="План мероприятий на 2024 год", col=0, col_span=4)],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Семинар", "Март", "ИМЦ"],
    ]
    (a,) = run(table(rows)).activities
    assert (a.number, a.title, a.deadline_text, a.responsibles_text) == (
        "1", "Семинар", "Март", "ИМЦ"
    )


def test_a_mark_that_is_not_an_organisation_stays_a_mark() -> None:
    rows = [["Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"],
            ["Семинар", "Март 2024", "", "Проведено 3 семинара"]]
    found = run(table(rows))
    (a,) = found.activities
    assert (a.responsibles_text, a.status_text) == (None, "Проведено 3 семинара")
    assert found.warnings == ()


@pytest.mark.parametrize("number", ["1.", "I"])
def test_numbered_section_row_in_the_number_column(number: str) -> None:
    rows = [["№", "Мероприятие", "Срок", "Ответственный"],
            [number, "Организационные мероприятия", "", ""],
            ["1.1.", "Совещание", "Январь", "УО"],
            ["2", "Семинар без подпунктов", "", ""]]
    acts = run(table(rows)).activities
    assert [(a.number, a.section, a.title) for a in acts] == [
        ("1.1", "Организационные мероприятия", "Совещание"),
        ("2", "Организационные мероприятия", "Семинар без подпунктов"),
    ]


@pytest.mark.parametrize(("number", "title", "want"), [
    ("1.", "1.1. Обновление фонда библиотек", ("1.1", "Обновление фонда библиотек")),
    ("2", "2. Обновление фонда библиотек", ("2", "Обновление фонда библиотек")),
    # a date opening the title is no item number; another item's number is kept as written
    ("3", "1 сентября - праздник первоклассников", ("3", "1 сентября - праздник первоклассников")),
    ("4.", "5.2. Обновление фонда", ("4", "5.2. Обновление фонда")),
])
def test_item_number_restated_in_the_title(number: str, title: str,
                                            want: tuple[str, str]) -> None:
    rows = [["N", "Наименование мероприятия", "Срок"], [number, title, "2026 год"]]
    (act,) = run(table(rows)).activities
    assert (act.number, act.title) == want
