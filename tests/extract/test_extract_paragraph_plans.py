"""Numbered-paragraph plans: items, sections and labelled fields, in both block styles."""

from __future__ import annotations

import pytest

from extract.found import Found
from extract.models import DraftActivity
from extract.paragraph_plans import extract, split_fields
from extract.tools import ExtractTools
from ingest.limits import DEFAULT_LIMITS
from ingest.models import Paragraph, Provenance, SourceDocument
from ingest.text.reader import read_text
from normalize.lemmas import get_lemmatizer


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return ExtractTools(lemma=get_lemmatizer().lemma)


def text_doc(text: str) -> SourceDocument:
    """Blocks from the project's text reader."""
    res = read_text(text.encode("utf-8"), "t.txt", DEFAULT_LIMITS)
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=res.blocks)


def para_doc(*paras: tuple[str, dict]) -> SourceDocument:
    """Blocks as a DOCX reader gives them (no line numbers)."""
    blocks = tuple(Paragraph(text=t, **kw) for t, kw in paras)
    return SourceDocument(file="t.docx", sha256="0", format="docx", blocks=blocks)


def acts(doc: SourceDocument, tools: ExtractTools, found: Found | None = None) -> list[tuple]:
    got = extract(doc, found or Found(), tools)
    return [(a.number, a.section, a.title, a.deadline_text, a.responsibles_text, a.result_text)
            for a in got.activities]


PLAN = """\
**ПЛАН МЕРОПРИЯТИЙ на 2025 год**

**I. Организационная работа**

1. Утверждение состава рабочей группы.
Срок: январь 2025 г.
Ответственные: начальник отдела А.Б. Воронова; руководители ОО.

2. Проведение совещания руководителей. Срок исполнения – до 01.03.2025. Ответственный: МКУ «ИМЦ». Результат: протокол.

**II. Методическая работа**

3. Организация стажировок
для молодых педагогов
Срок: октябрь 2025 г.
Исполнители: методисты МКУ «ИМЦ»

4. Подготовка сборника без срока и без ответственных.

Начальник отдела
А.Б. Воронова
"""  # noqa: E501


def test_plan_from_the_text_reader(tools: ExtractTools) -> None:
    assert acts(text_doc(PLAN), tools) == [
        ("1", "Организационная работа", "Утверждение состава рабочей группы", "январь 2025 г.",
         "начальник отдела А.Б. Воронова; руководители ОО", None),
        ("2", "Организационная работа", "Проведение совещания руководителей", "до 01.03.2025",
         "МКУ «ИМЦ»", "протокол"),
        ("3", "Методическая работа", "Организация стажировок для молодых педагогов",
         "октябрь 2025 г.", "методисты МКУ «ИМЦ»", None),
    ]


def test_plan_from_docx_paragraphs(tools: ExtractTools) -> None:
    doc = para_doc(
        ("Раздел 1. Нормативное обеспечение", {"heading": 2}),
        ("Разработка положения о наставничестве", {"list_number": "1.1."}),
        ("Срок: февраль 2025 г.", {}),
        ("Ответственный: Управление образования", {}),
        ("Ожидаемый результат: положение", {}),
        ("Мониторинг наставничества. Сроки: ежеквартально. Отметка о выполнении: выполнено",
         {"list_number": "1.2."}),
    )
    got = extract(doc, Found(), tools).activities
    assert [(a.number, a.section, a.title, a.deadline_text, a.responsibles_text, a.result_text,
             a.status_text) for a in got] == [
        ("1.1", "Нормативное обеспечение", "Разработка положения о наставничестве",
         "февраль 2025 г.", "Управление образования", "положение", None),
        ("1.2", "Нормативное обеспечение", "Мониторинг наставничества", "ежеквартально", None,
         None, "выполнено"),
    ]


def test_number_opening_a_group_is_a_section(tools: ExtractTools) -> None:
    text = ("1. Работа с кадрами\n\n1.1. Аттестация педагогов. Срок: апрель 2025 г.\n\n"
            "1.2. Курсы. Срок: май 2025 г.\n")
    assert [(n, s, t) for n, s, t, *_ in acts(text_doc(text), tools)] == [
        ("1.1", "Работа с кадрами", "Аттестация педагогов"),
        ("1.2", "Работа с кадрами", "Курсы"),
    ]


def test_order_clauses_are_not_activities(tools: ExtractTools) -> None:
    text = ("ПРИКАЗЫВАЮ:\n\n1. Утвердить дорожную карту (приложение).\n"
            "2. Контроль за исполнением приказа оставляю за собой.\n")
    assert acts(text_doc(text), tools) == []


def test_runs_only_without_table_activities(tools: ExtractTools) -> None:
    earlier = Found(activities=(DraftActivity(title="из таблицы"),))
    assert extract(text_doc(PLAN), earlier, tools) == Found()


@pytest.mark.parametrize(
    ("text", "title", "fields"),
    [
        ("Семинар. Срок: март 2025 г. Ответственные: ИМЦ; ОО.", "Семинар",
         {"deadline": ["март 2025 г."], "responsibles": ["ИМЦ; ОО"]}),
        ("Семинар\nСрок исполнения – до 01.02.2025\nИсполнители: ИМЦ", "Семинар",
         {"deadline": ["до 01.02.2025"], "responsibles": ["ИМЦ"]}),
        ("Анализ сроков исполнения поручений", "Анализ сроков исполнения поручений", {}),
        ("Конкурс «Срок: завтра»", "Конкурс «Срок: завтра»", {}),
        # an item that is its title alone keeps the full stop it prints (a title as written);
        # before a label the stop only parts the title from it
        ("Утверждение планов работы кружков.", "Утверждение планов работы кружков.", {}),
        ("Доклад. Новые подходы к оценке знаний.", "Доклад. Новые подходы к оценке знаний.",
         {}),
        ("Выпуск газеты к юбилею;", "Выпуск газеты к юбилею", {}),
        ("Выпуск газеты. Срок: май", "Выпуск газеты", {"deadline": ["май"]}),
    ],
)
def test_split_fields(text: str, title: str, fields: dict) -> None:
    assert split_fields(text) == (title, fields)


def test_source_line_of_each_item(tools: ExtractTools) -> None:
    got = extract(text_doc(PLAN), Found(), tools).activities
    assert [a.source.line for a in got] == [5, 9, 13]
    assert got[0].source == Provenance(line=5)


MEETINGS = """\
План работы методического совета школы
ОКТЯБРЬ. Совещание №1
1.Обсуждение плана работы на год
2. Распределение наставников
ДЕКАБРЬ. Совещание №2
1.Итоги первой четверти.
2.Подготовка к конкурсу «Учитель года»
"""


@pytest.mark.parametrize(("text", "expected"), [
    # month headings in capitals over numbered agendas: each month is its items' deadline;
    # "1.Обсуждение" typed without a space is an item too
    (MEETINGS, [
        ("1", "ОКТЯБРЬ. Совещание №1", "Обсуждение плана работы на год", "ОКТЯБРЬ", None, None),
        ("2", "ОКТЯБРЬ. Совещание №1", "Распределение наставников", "ОКТЯБРЬ", None, None),
        # the item's own full stop is its title's, as written
        ("1", "ДЕКАБРЬ. Совещание №2", "Итоги первой четверти.", "ДЕКАБРЬ", None, None),
        ("2", "ДЕКАБРЬ. Совещание №2", "Подготовка к конкурсу «Учитель года»", "ДЕКАБРЬ", None,
         None)]),
    # a year heading names a period, not the items' deadline: numbered clauses stay clauses
    ("Отчёт\n2024 год. Итоги\n1. Открыта новая группа.\n2. Отремонтирован спортзал.\n", []),
])
def test_time_headings_give_their_items_deadlines(text: str, expected: list[tuple]) -> None:
    from normalize.record import default_tools
    from pipelines.run import extract_tools
    assert acts(text_doc(text), extract_tools(default_tools())) == expected
