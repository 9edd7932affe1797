"""Document facts from small invented documents, in both block styles readers produce:
one paragraph per line (markup left in) and joined paragraphs (bold flag, "\\n" inside)."""

from __future__ import annotations

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.models import DraftActivity
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.lemmas import get_lemmatizer


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation)


def lines_doc(text: str) -> SourceDocument:
    """Blocks as a line reader gives them: one paragraph per non-blank line."""
    blocks = tuple(Paragraph(text=line.strip(), source=Provenance(line=i))
                   for i, line in enumerate(text.splitlines(), 1) if line.strip())
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)


def para_doc(*paras: tuple[str, dict]) -> SourceDocument:
    """Blocks as a structured reader gives them."""
    blocks = tuple(Paragraph(text=t, source=Provenance(line=i), **kw)
                   for i, (t, kw) in enumerate(paras, 1))
    return SourceDocument(file="t.docx", sha256="0", format="docx", blocks=blocks)


ORDER = """
**УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА**

**П Р И К А З**

«03» марта 2024 г.

№ 112-о

**Об утверждении плана мероприятий («дорожной карты») по развитию наставничества
в Заречном муниципальном районе на 2024-2026 годы**

В целях развития системы наставничества п р и к а з ы в а ю:

1. Утвердить план мероприятий (приложение).
2. Контроль оставляю за собой.

Начальник управления образования:

О.П. Сомова

Приложение
к приказу Управления образования
от 03.03.2024 № 112-о

**План мероприятий («дорожная карта») по развитию наставничества
в Заречном муниципальном районе Вологодской области на 2024-2026 годы**

Цель: создание условий для профессионального роста молодых педагогов.

Задачи:
- выявить затруднения молодых педагогов;
- организовать работу пар «наставник – молодой педагог».

Исполнитель
методист МКУ «РМК»

И.Л. Петрова
"""


def test_order_approving_a_plan(tools: ExtractTools) -> None:
    got = extract(lines_doc(ORDER), Found(), tools)
    d = got.document
    assert d.kind == "roadmap"
    assert d.title == ("План мероприятий («дорожная карта») по развитию наставничества в Заречном "
                       "муниципальном районе Вологодской области на 2024-2026 годы")
    assert d.order_number == "112-о"
    assert d.order_date_text == "«03» марта 2024 г."
    # "к приказу Управления образования", completed by the letterhead above the header
    assert d.issuer == "Управление образования администрации Заречного муниципального района"
    assert d.period_text == "на 2024-2026 годы"
    assert d.municipality_text == "Заречном муниципальном районе"
    assert d.region_text == "Вологодской области"
    assert [(s.name, s.position) for s in d.signatories] == [
        ("О.П. Сомова", "Начальник управления образования"),
        ("И.Л. Петрова", "Исполнитель методист МКУ «РМК»"),
    ]
    assert got.goals == ("создание условий для профессионального роста молодых педагогов",)
    assert got.tasks == ("выявить затруднения молодых педагогов",
                         "организовать работу пар «наставник – молодой педагог»")
    assert "header.kind:approves" in got.trace and "header.issuer:appendix_line" in got.trace
    assert "header.issuer:letterhead_completes" in got.trace


def test_same_facts_from_joined_paragraphs(tools: ExtractTools) -> None:
    doc = para_doc(
        ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА", {"bold": True}),
        ("ПРИКАЗ", {"bold": True}),
        ("от 03.03.2024 № 112-о", {}),
        ("Об утверждении программы развития методической службы", {"bold": True}),
        ("Директор МКУ «РМК»\n______________ Т.Т. Орлова", {}),
        ("Программа развития методической службы\nна 2024-2028 гг.", {"heading": 1}),
        ("Цели программы", {"heading": 2}),
        ("повышение качества методической работы;", {"list_number": "-"}),
        ("развитие сетевого взаимодействия.", {"list_number": "-"}),
    )
    got = extract(doc, Found(), tools)
    d = got.document
    assert d.kind == "programme"
    assert d.title == "Программа развития методической службы на 2024-2028 гг."
    assert (d.order_number, d.order_date_text) == ("112-о", "от 03.03.2024")
    assert d.issuer == "Управление образования администрации Заречного муниципального района"
    assert [(s.name, s.position) for s in d.signatories] == [("Т.Т. Орлова", "Директор МКУ «РМК»")]
    assert got.goals == ("повышение качества методической работы",
                         "развитие сетевого взаимодействия")


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        ("Анализ выполнения дорожной карты по развитию ШМО за 2023 год.\n\nТекст.",
         "report", "Анализ выполнения дорожной карты по развитию ШМО за 2023 год"),
        ("**Информация о ходе реализации программы**\nТекст.",
         "report", "Информация о ходе реализации программы"),
        ("Отчет о выполнении плана мероприятий", "report", "Отчет о выполнении плана мероприятий"),
        ("Дорожная карта по развитию чтения (далее – Дорожная карта)\n\nСрок реализации: 2025 год",
         "roadmap", "Дорожная карта по развитию чтения"),
        ("ПРИКАЗ\n\n№ 5\n\nО проведении конкурса «Учитель года»\n\nПриказываю: провести.",
         "order", "О проведении конкурса «Учитель года»"),
    ],
)
def test_kind_and_title(tools: ExtractTools, text: str, kind: str, title: str) -> None:
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.kind, d.title) == (kind, title)


def test_has_activities_makes_a_roadmap(tools: ExtractTools) -> None:
    found = Found(activities=(DraftActivity(title="Семинар"),))
    assert extract(lines_doc("Просто текст без заголовка."), found, tools).document.kind == \
        "roadmap"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("- 2. Срок реализации Дорожной карты: 2022-2026 годы.", "2022-2026 годы"),
        ("Сроки реализации программы – 2021 – 2025 гг.", "2021 – 2025 гг."),
        ("Дорожная карта по развитию ШМО на 2023 год", "на 2023 год"),
        ("Анализ выполнения дорожной карты\n\nПроведен анализ за 2022 учебный год.",
         "за 2022 учебный год"),
        ("Паспорт\nСрок реализации\t2024-2025 гг.", "2024-2025 гг."),
    ],
)
def test_period(tools: ExtractTools, text: str, period: str) -> None:
    assert extract(lines_doc(text), Found(), tools).document.period_text == period


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("План работы муниципального образования Северный район на 2024 год",
         "муниципального образования Северный район"),
        ("План работы в Каменском городском округе", "Каменском городском округе"),
        ("Отчет\n\n1\tСеминар\t2021 г.\tУправление образования города Энска", "города Энска"),
        ("Программа развития МКУ ИМЦ на 2021 г. Положение", None),
    ],
)
def test_municipality_as_written(tools: ExtractTools, text: str, place: str | None) -> None:
    assert extract(lines_doc(text), Found(), tools).document.municipality_text == place


def test_goal_leading_into_tasks(tools: ExtractTools) -> None:
    text = ("- 4. Цель Дорожной карты обеспечение условий для роста через решение задач по:\n"
            "- интеграции деятельности объединений;\n"
            "- введению в практику новых методик.\n"
            "- 5. Основные направления деятельности:\n"
            "- информационное.")
    got = extract(lines_doc(text), Found(), tools)
    assert got.goals == ("обеспечение условий для роста",)
    assert got.tasks == ("интеграции деятельности объединений", "введению в практику новых методик")


def test_sentences_about_goals_are_not_goals(tools: ExtractTools) -> None:
    text = "Целью мониторинга является сбор данных.\n\nПосредством наставничества можно решить " \
           "следующие задачи:\n- адаптация."
    got = extract(lines_doc(text), Found(), tools)
    assert got.goals == () and got.tasks == ()


def test_passport_rows_only_when_tables_found_none(tools: ExtractTools) -> None:
    text = ("Цель Программы\tПовышение качества\n"
            "\tметодической работы.\n"
            "Задачи Программы\t- спроектировать модель; - обеспечить рост.")
    got = extract(lines_doc(text), Found(), tools)
    assert got.goals == ("Повышение качества методической работы",)
    assert got.tasks == ("спроектировать модель", "обеспечить рост")
    earlier = Found(goals=("из паспорта",), tasks=("из паспорта",))
    again = extract(lines_doc(text), earlier, tools)
    assert again.goals == () and again.tasks == ()


def test_no_order_facts_from_references_in_the_text(tools: ExtractTools) -> None:
    text = ("Дорожная карта по развитию ГМО\n\nДорожная карта разработана в соответствии с "
            "Положением, утвержденным приказом МБОУ ДПО «НМЦ» от 01.09.2014 № 100.")
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.order_number, d.order_date_text, d.issuer) == (None, None, None)


def pdf_doc(*paras: tuple[str, dict]) -> SourceDocument:
    """Blocks as a PDF reader gives them: one paragraph per printed line, no line numbers."""
    blocks = tuple(Paragraph(text=t, source=Provenance(page=1), **kw) for t, kw in paras)
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)


def test_facts_printed_line_by_line(tools: ExtractTools) -> None:
    b = {"bold": True}
    doc = pdf_doc(
        ("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ", b), ("МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ЮЖНЫЙ РАЙОН", b),
        ("«МЕТОДИЧЕСКИЙ ЦЕНТР»", b), ("П Р И К А З", b), ("22.01.2024\t№ 45-од", {}),
        ("Об утверждении дорожной карты", b),
        ("Руководитель МКУ", {}), ("МО Южный район «МЦ»", {}), ("Е.В. Горина", {}),
        ("Приложение 1", {}), ("к приказу МКУ МО", {}), ("Южный район «МЦ»", {}),
        ("от 22.01.2024 № 45-од", {}),
        ("Дорожная карта", b), ("по развитию школьных методических объединений", b),
        ("муниципального образования Южный район на 2024 год", b),
        ("Текст дорожной карты, который начинается обычным предложением.", {}),
    )
    d = extract(doc, Found(), tools).document
    assert d.title == ("Дорожная карта по развитию школьных методических объединений "
                       "муниципального образования Южный район на 2024 год")
    assert (d.order_number, d.order_date_text) == ("45-од", "22.01.2024")
    assert d.issuer == "МКУ МО Южный район «МЦ»"
    assert [(s.name, s.position) for s in d.signatories] == [
        ("Е.В. Горина", "Руководитель МКУ МО Южный район «МЦ»")]
    assert d.period_text == "на 2024 год"


def test_position_ending_on_the_name_line(tools: ExtractTools) -> None:
    doc = pdf_doc(("План мероприятий на 2024 год", {"bold": True}),
                  ("Начальник Управления образования", {}),
                  ("администрации Энского округа С.А. Ветлугина", {}),
                  ("в рамках работы методиста И.И. Иванова", {}))
    d = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == [
        ("С.А. Ветлугина", "Начальник Управления образования администрации Энского округа")]


def test_title_page_approval_stamp(tools: ExtractTools) -> None:
    text = ("УТВЕРЖДЕНА\nприказом Управления образования администрации Энского района\n"
            "от 10.01.2024 № 5\n\n**ДОРОЖНАЯ КАРТА по развитию наставничества на 2024-2025 годы**"
            "\n\nТекст.")
    d = extract(lines_doc(text), Found(), tools).document
    assert (d.kind, d.order_number, d.order_date_text) == ("roadmap", "5", "от 10.01.2024")
    assert d.issuer == "Управление образования администрации Энского района"  # nominative
    assert d.title == "ДОРОЖНАЯ КАРТА по развитию наставничества на 2024-2025 годы"
    assert d.period_text == "на 2024-2025 годы"


def _appendix(heading: Paragraph, first_row: list[str]) -> SourceDocument:
    from ingest.models import Cell, Row, Table
    rows = [["N", "Программа, подпрограмма", "Показатель", "2026", "2027"], first_row,
            ["1", "Подпрограмма «Дошкольное образование»", "Охват детей", "90", "95"]]
    table = Table(index=1, n_cols=5, rows=tuple(
        Row(cells=tuple(Cell(text=t, col=j) for j, t in enumerate(r)), source=Provenance(line=i))
        for i, r in enumerate(rows, 3)))
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(heading, table))


@pytest.mark.parametrize(("heading", "title"), [
    # a numbered section of a longer document: the programme row of its table names it
    (Paragraph(text="Сведения о целевых показателях программы", list_number="4.",
               source=Provenance(line=1)),
     "Муниципальная программа «Развитие образования Озёрного округа» на 2026-2030 годы"),
    # a heading of its own standing over the table is the title
    (Paragraph(text="Сведения о целевых показателях программы", source=Provenance(line=1)),
     "Сведения о целевых показателях программы"),
])
def test_title_of_an_indicator_appendix(tools: ExtractTools, heading: Paragraph,
                                        title: str) -> None:
    row = ["", "Муниципальная программа «Развитие образования Озёрного округа» на 2026-2030 "
           "годы", "", "", ""]
    assert extract(_appendix(heading, row), Found(), tools).document.title == title


def test_period_from_the_programme_row_of_an_appendix_table(tools: ExtractTools) -> None:
    heading = Paragraph(text="Система мероприятий и показателей программы", bold=True,
                        source=Provenance(line=1))
    row = ["", "Муниципальная программа «Развитие образования» на 2026 - 2030 годы", "",
           "", ""]
    doc = _appendix(heading, row)
    assert extract(doc, Found(), tools).document.period_text == "на 2026 - 2030 годы"
