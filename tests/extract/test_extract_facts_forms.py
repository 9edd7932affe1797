"""Document facts in forms of real documents met after the first round (written again with
invented bodies, places and wording): titles printed over several lines or blocks, execution
reports of a municipal task, issuers named by a school's grif or a report's form field."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.facts.spaced import unspace
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from normalize.lemmas import get_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, lines_doc, pdf_doc, table


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation, nominative=lem.nominative,
                        is_known=lem.is_known)


# (document, title, period as written)
TITLES = [
    # a big-font title over three bold lines, the school's name broken across them
    (pdf_doc("Программа развития МБОУ Луговская", "СОШ № 4 им. Героя Труда Петра",
             "Кедрова на 2024-2028 годы", "пос. Луговой", bold=(0, 1, 2)),
     "Программа развития МБОУ Луговская СОШ № 4 им. Героя Труда Петра Кедрова на 2024-2028 годы",
     "на 2024-2028 годы"),
    # the school's name in quotes on the next bold lines, the last one in lower case
    (docx_doc("План воспитательной работы", "МБОУ «Гимназия № 3 с углубленным",
             "изучением математики г. Заречного» на 2024-2025 учебный год",
             table(("Дела", "Классы", "Сроки")), bold=(0, 1, 2)),
     "План воспитательной работы МБОУ «Гимназия № 3 с углубленным изучением математики г. "
     "Заречного» на 2024-2025 учебный год", "на 2024-2025 учебный год"),
    # a legal site's export: the title's second line opens with a parenthesis
    (lines_doc("Приложение\nк приказу министерства образования\nЗаречной области\n"
               "от 03.10.2023 г. N 811\nПлан мероприятий\n(\"дорожная карта\") по подготовке "
               "к экзаменам в Заречной области в 2024 году\n\nN | Мероприятие | Срок\n"),
     "План мероприятий (\"дорожная карта\") по подготовке к экзаменам в Заречной области в "
     "2024 году", "в 2024 году"),
    # a period in parentheses under a bold title is no part of it; nor is a date line
    (pdf_doc("План работы методического совета", "(сентябрь 2024 г. - май 2025 г.)",
             bold=(0, 1)),
     "План работы методического совета", "сентябрь 2024 г. - май 2025 г."),
    # two bold headings with a table between are two titles
    (docx_doc("Дорожная карта по развитию чтения", table(("Мероприятие", "Срок")),
              "Целевые показатели дорожной карты", bold=(0, 2)),
     "Дорожная карта по развитию чтения", None),
    # a bold title that has said its years: the next bold line is the next heading
    (pdf_doc("План работы библиотеки", "на 2024-2025 учебный год", "Общие сведения о школе",
             bold=(0, 1, 2)),
     "План работы библиотеки на 2024-2025 учебный год", "на 2024-2025 учебный год"),
    # a bold title and a bold label after it
    (pdf_doc("План мероприятий по профориентации", "Цель: помощь в выборе профессии",
             bold=(0, 1)),
     "План мероприятий по профориентации", None),
]


@pytest.mark.parametrize(("doc", "title", "period"), TITLES)
def test_titles_over_several_lines(tools: ExtractTools, doc: SourceDocument, title: str,
                                   period: str | None) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.title, d.period_text) == (title, period)


# (document, kind, title, period as written)
REPORTS = [
    # a municipal task's report: centred lines; the period is the task's whole cycle
    (pdf_doc("ОТЧЕТ", "о выполнении муниципального задания",
             "на 2024 год и на плановый период 2025 и 2026 годов", bold=(0, 1, 2)),
     "report", "ОТЧЕТ о выполнении муниципального задания на 2024 год и на плановый период "
     "2025 и 2026 годов", "2024-2026"),
    # a scan's letter-spaced heading, read as its words
    (pdf_doc("О Т Ч Е Т О В Ы П О Л Н Е Н И И", "муниципального задания", "на 2024 год",
             bold=(0, 1, 2)),
     "report", "ОТЧЕТ О ВЫПОЛНЕНИИ муниципального задания на 2024 год", "на 2024 год"),
    # a page whose text layer glued every line into one paragraph: its heading in capitals,
    # up to the report's date
    (lines_doc("Приложение 2 к Порядку формирования муниципального задания на оказание "
               "муниципальных услуг в отношении муниципальных учреждений Луговского района и "
               "финансового обеспечения его выполнения Коды ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО "
               "ЗАДАНИЯ № 3 на 2024 год и на плановый период 2025 и 2026 годов от «30» 12 2024 г. "
               "Наименование муниципального учреждения Муниципальное бюджетное учреждение"),
     "report", "ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 3 на 2024 год и на плановый период "
     "2025 и 2026 годов", "2024-2026"),
    # a quarter's report with its date on the next bold line
    (pdf_doc("Приложение N 2", "к Порядку формирования муниципального задания", "ОТЧЕТ",
             "об исполнении муниципального задания", "за 3 квартал 2024 года",
             "от «07» октября 2024 года", bold=(2, 3, 4, 5)),
     "report", "ОТЧЕТ об исполнении муниципального задания за 3 квартал 2024 года",
     "за 3 квартал 2024 года"),
]


@pytest.mark.parametrize(("doc", "kind", "title", "period"), REPORTS)
def test_municipal_task_reports(tools: ExtractTools, doc: SourceDocument, kind: str, title: str,
                                period: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title, d.period_text) == (kind, title, period)


_REPORT = ("ОТЧЕТ", "об исполнении муниципального задания", "за 2 квартал 2024 года")

# (document, issuer, the rule that names it)
ISSUERS = [
    # the head who approves a school's plan names the school in the grif; its date is no order
    (pdf_doc("УТВЕРЖДАЮ", "Директор МБОУ Луговская СОШ № 4", "«30» августа 2024 г.",
             "_______ К.К. Ветрова", "План работы школы на 2024-2025 учебный год", bold=(4,)),
     "МБОУ Луговская СОШ № 4", "grif"),
    (pdf_doc("УТВЕРЖДАЮ______", "приказом МАОУ Лесная СОШ №3", "№ 14/2 от 29.08.2024",
             "Программа развития МАОУ Лесная СОШ №3 на 2024-2028 годы", bold=(3,)),
     "МАОУ Лесная СОШ №3", "grif"),
    # a report form's field, the name in lower case after the municipality, over two lines
    (pdf_doc(*_REPORT, "Наименование муниципального учреждения Луговского городского округа "
             "муниципальное бюджетное дошкольное образовательное учреждение Центр",
             "развития ребенка – Детский сад «Ромашка»", "Периодичность ежеквартальная",
             bold=(0, 1, 2)),
     "Муниципальное бюджетное дошкольное образовательное учреждение Центр развития ребенка – "
     "Детский сад «Ромашка»", "form_field"),
    # the field in a cell of the form's codes box
    (docx_doc("ОТЧЕТ\nо выполнении муниципального задания\nна 2024 год", table(
        ("Наименование муниципального учреждения\nМуниципальное автономное общеобразовательное"
         "\nучреждение «Лесная школа» № 8", "Дата", "01.01.2025"),
        ("Вид деятельности муниципального учреждения", "По ОКВЭД", "85.13")), bold=(0,)),
     "Муниципальное автономное общеобразовательное учреждение «Лесная школа» № 8", "form_field"),
    # a report without the label: the line opening with a full legal name
    (docx_doc("ОТЧЕТ\nо выполнении муниципального задания\nна 2024 год", table(
        ("Вид деятельности муниципального учреждения\nМуниципальное казенное дошкольное\n"
         "образовательное учреждение детский сад № 21\n______________", "Дата", "30.12.2024"),),
        bold=(0,)),
     "Муниципальное казенное дошкольное образовательное учреждение детский сад № 21",
     "form_field"),
    # a report whose lines a text export glued into one: the field ends at the next label
    (lines_doc("Коды ОТЧЕТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ на 2024 год Наименование "
               "муниципального учреждения (обособленного подразделения) Муниципальное бюджетное "
               "общеобразовательное учреждение «Лесная школа» Луговского района Северной области "
               "Вид деятельности муниципального учреждения образование"),
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная школа» Луговского района",
     "form_field"),
    # the school that owns the plan, named in the genitive in its title
    (pdf_doc("План работы методического объединения МБОУ Луговской ООШ на 2024 год", bold=(0,)),
     "МБОУ Луговская ООШ", "title_school"),
    # a letterhead's body with its full name in parentheses under it
    (lines_doc("АДМИНИСТРАЦИЯ ЛУГОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\nОТДЕЛ ОБРАЗОВАНИЯ\n(Отдел "
               "образования администрации Луговского муниципального района)\n\nПРИКАЗ\n\n"
               "12.02.2024 № 31\n\nО плане мероприятий\n\nВ целях ..."),
     "Отдел образования администрации Луговского муниципального района", "header_block"),
]


@pytest.mark.parametrize(("doc", "issuer", "rule"), ISSUERS)
def test_institutions_as_issuers(tools: ExtractTools, doc: SourceDocument, issuer: str,
                                 rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert f"header.issuer:{rule}" in got.trace


@pytest.mark.parametrize("doc", [
    # the school the plan is carried out in, after a preposition, does not issue it
    pdf_doc("Дорожная карта по внедрению наставничества в МБОУ «Лесная СОШ»", bold=(0,)),
    pdf_doc("План перехода на обновленные программы МБОУ «Лесная СОШ»", bold=(0,)),
    # a head named by a common noun names no body
    pdf_doc("УТВЕРЖДАЮ", "ДИРЕКТОР ШКОЛЫ", "К.К.ВЕТРОВА", "План работы", bold=(3,)),
])
def test_no_institution_named(tools: ExtractTools, doc: SourceDocument) -> None:
    assert extract(doc, Found(), tools).document.issuer is None


def test_grif_date_is_no_order(tools: ExtractTools) -> None:
    doc = pdf_doc("УТВЕРЖДЕНА", "Директор МБОУ Луговская СОШ № 4", "«30» августа 2024 г.",
                  "_______ К.К. Ветрова", "Программа развития", bold=(4,))
    d = extract(doc, Found(), tools).document
    assert (d.order_number, d.order_date_text) == (None, None)
    assert [(s.name, s.position) for s in d.signatories] == [
        ("К.К. Ветрова", "Директор МБОУ Луговская СОШ № 4")]


@pytest.mark.parametrize(("text", "joined"), [
    ("А Д М И Н И С Т Р А Ц И Я Г О Р О Д А Л У Г О В С К А",
     "АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА"),  # a reader squashed the gaps between the words
    ("К О М И Т Е Т П О О Б Р А З О В А Н И Ю", "КОМИТЕТ ПО ОБРАЗОВАНИЮ"),
    ("О Т Д Е Л О Б Р А З О В А Н И Я И М О Л О Д Е Ж Н О Й П О Л И Т И К И",
     "ОТДЕЛ ОБРАЗОВАНИЯ И МОЛОДЕЖНОЙ ПОЛИТИКИ"),
    ("А Д М И Н И С Т Р А Ц И Я  З А Р Е Ч Н О Г О  Р А Й О Н А",
     "АДМИНИСТРАЦИЯ  ЗАРЕЧНОГО  РАЙОНА"),  # gaps kept: each word on its own
    ("П Р И К А З", "ПРИКАЗ"),
    ("п о с т а н о в л я ю:", "постановляю:"),
    ("Г Л А В А Г О Р О Д А К Е Д Р О В С К А", "ГЛАВА ГОРОДА КЕДРОВСКА"),
    ("в 2024 г. и в 2025 г.", "в 2024 г. и в 2025 г."),  # short words of a sentence stay
])
def test_letter_spaced_words(text: str, joined: str) -> None:
    lem = get_lemmatizer()
    assert unspace(text, lem.is_known, facts_vocab().spaced_short_words) == joined


def test_letter_spaced_letterhead_names_the_issuer() -> None:
    lem = get_lemmatizer()
    tools = ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                         is_abbreviation=lem.is_abbreviation, is_known=lem.is_known)
    doc = lines_doc("А Д М И Н И С Т Р А Ц И Я Г О Р О Д А Л У Г О В С К А\n\n"
                    "П О С Т А Н О В Л Е Н И Е\n\n14.03.2011 N 212\n\nОб утверждении плана\n\n"
                    "В целях ... п о с т а н о в л я ю:\n\n1. Утвердить план.")
    got = extract(doc, Found(), tools)
    assert (got.document.issuer, got.document.order_number) == ("Администрация города Луговска",
                                                                 "212")
    assert "header.issuer:header_block" in got.trace


_PASSPORT = table(
    ("Наименование Программы", "«Одаренные дети Луговской области» на 2025-2027 годы"),
    ("Ответственный исполнитель Программы", "Департамент образования Луговской области"),
    ("Должностное лицо, утвердившее Программу",
     "Директор департамента образования Луговской области"),
    ("Соисполнители", "ГАУ ДПО «Институт развития образования»"))


_SIGNED = "Глава администрации Луговского района\tИ.И. Петров"


@pytest.mark.parametrize(("stamp", "signed", "issuer", "by_passport"), [
    # an order that names no body: its department's passport names the one who approved it
    (("Приложение к приказу", "от 15.01.2025 № 12"), (),
     "Департамент образования Луговской области", True),
    # no act at all: the passport's responsible body
    ((), (), "Департамент образования Луговской области", True),
    # an administration's постановление its head signs: its executor is not its issuer
    (("Приложение к постановлению", "от 15.01.2025 № 12"), (_SIGNED,),
     "Администрация Луговского района", False),
    # nobody signs and the stamp names no body: the passport's is the only one the page names
    (("Приложение к постановлению", "от 15.01.2025 № 12"), (),
     "Департамент образования Луговской области", True),
])
def test_passport_names_the_issuer_when_no_act_does(
        tools: ExtractTools, stamp: tuple[str, ...], signed: tuple[str, ...], issuer: str,
        by_passport: bool) -> None:
    doc = docx_doc(*stamp, "Паспорт ведомственной целевой программы", _PASSPORT, *signed,
                   bold=(len(stamp),))
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert ("header.issuer:passport_body" in got.trace) == by_passport


def test_a_columns_plural_names_no_municipality(tools: ExtractTools) -> None:
    """"Декомпозиция на муниципальные образования | Информационная система": a list's plural in
    a table header, read cell by cell, names no place."""
    doc = docx_doc(table(("N", "Показатель", "Декомпозиция на муниципальные образования",
                          "Информационная система (источник данных)"),
                         ("1", "Доля школ", "нет", "отчет")))
    assert extract(doc, Found(), tools).document.municipality_text is None


# (document, kind, title)
KINDS = [
    # an act about something else approves a plan among its appendices: its subject is the
    # title, the plan gives the kind
    (docx_doc("ПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ", "РАСПОРЯЖЕНИЕ", "от 3 марта 2021 года N 45-р",
              "О развитии сети школьных театров", "В целях ... :", "1. Утвердить прилагаемый "
              "комплекс мер.", "Председатель Правительства", "Луговской области", "К.ВЕТРОВ",
              "КОМПЛЕКС МЕР («ДОРОЖНАЯ КАРТА») ПО РАЗВИТИЮ ШКОЛЬНЫХ ТЕАТРОВ",
              bold=(0, 1, 3, 9)),
     "roadmap", "О развитии сети школьных театров"),
    # the subject names an act whose own title follows in quotes on the next lines
    (lines_doc("АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА\n\nПОСТАНОВЛЕНИЕ\n\nот 10 февраля 2024 г. № 75\n\n"
               "О внесении изменений в постановление администрации\nгорода Луговска от "
               "01.02.2021 № 120\n\"Об утверждении муниципальной программы \"Школа\"\"\n\n"
               "В соответствии с ...\n\nПОСТАНОВЛЯЕТ:"),
     "order", "О внесении изменений в постановление администрации города Луговска от "
     "01.02.2021 № 120 \"Об утверждении муниципальной программы \"Школа\"\""),
    # a table caption, then a heading whose first word stands on its own line
    (lines_doc("Приложение\nк постановлению администрации\nЛуговского района\n"
               "от 3 апреля 2020 года N 96\nТаблица 1\nПеречень\nпоказателей муниципальной "
               "программы \"Школа будущего\"\nТаблица 2"),
     "programme", "Перечень показателей муниципальной программы \"Школа будущего\""),
    # a legal site's page that starts at a section of a programme
    (lines_doc("Вход\nРаздел IV. Мероприятия Программы\n\nОбеспечение доступности "
               "дошкольного образования\n\nN | Мероприятие | Срок\n"),
     "programme", "Раздел IV. Мероприятия Программы"),
    # a municipal analysis report without an act; the same words as an act's subject: an order
    (lines_doc("О результатах мониторинга системы образования Луговского района за 2023 год"
               "\n\n1. Общие сведения\n\nТекст отчета."),
     "report", "О результатах мониторинга системы образования Луговского района за 2023 год"),
    (lines_doc("ОТДЕЛ ОБРАЗОВАНИЯ ЛУГОВСКОГО РАЙОНА\n\nПРИКАЗ\n\n12.03.2024 № 40\n\n"
               "О результатах мониторинга качества образования\n\nНа основании ... приказываю:"
               "\n\n1. Принять к сведению."),
     "order", "О результатах мониторинга качества образования"),
]


@pytest.mark.parametrize(("doc", "kind", "title"), KINDS)
def test_kinds_and_titles(tools: ExtractTools, doc: SourceDocument, kind: str,
                          title: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title) == (kind, title)


@pytest.mark.parametrize(("header", "kind"), [
    # a page of a report's table: facts against the plan
    (("Показатель", "Единица измерения", "Значение, утвержденное в муниципальном задании",
      "Фактическое значение за отчетный период", "Отклонение"), "report"),
    # an indicator table cut from a programme or a project
    (("N", "Показатели ведомственного проекта", "Единица", "2024", "2025"), "programme"),
    # a roadmap's indicator table names neither: nothing decides
    (("N", "Наименование показателя", "Единица", "2024", "2025", "Результаты"), None),
])
def test_kind_from_a_table_header(tools: ExtractTools, header: tuple[str, ...],
                                  kind: str | None) -> None:
    doc = docx_doc(table(header, ("1", "Доля школ", "%", "10", "20")))
    assert extract(doc, Found(), tools).document.kind == kind


def test_a_letterhead_keeps_the_institutions_number(tools: ExtractTools) -> None:
    """"«Средняя общеобразовательная школа № 5»" under the legal form: the number is part of the
    name (lines with a date, an address or a phone are still left out)."""
    doc = pdf_doc("Муниципальное бюджетное общеобразовательное учреждение",
                  "«Средняя общеобразовательная школа № 5»", "ул. Лесная, 12, тел. 2-14-56",
                  "ПРИКАЗ", "от 01.09.2023 № 145", "О назначении ответственных за питание",
                  bold=(3,))
    d = extract(doc, Found(), tools).document
    assert d.issuer == ("Муниципальное бюджетное общеобразовательное учреждение «Средняя "
                        "общеобразовательная школа № 5»")
    assert (d.order_number, d.order_date_text) == ("145", "от 01.09.2023")


@pytest.mark.parametrize(("doc", "kind", "period", "date"), [
    # a school's analysis of its year is a report
    (pdf_doc("Анализ работы", "МБОУ «Луговская СОШ № 2»", "за 2022-2023 учебный год",
             bold=(0, 1, 2)), "report", "за 2022-2023 учебный год", None),
    # a strategy "до 2030 года": the end year only
    (lines_doc("СОВЕТ ДЕПУТАТОВ ЛУГОВСКОГО ОКРУГА\n\nРЕШЕНИЕ\n\nот 20.12.2023 № 45/7\n\n"
               "Об утверждении Стратегии развития образования до 2030 года\n\nСовет решил:"),
     "programme", "до 2030 года", "от 20.12.2023"),
    # a first year and a horizon: the period runs from one to the other
    (lines_doc("ПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2013 № 104-П\n\n"
               "О плане мероприятий по обновлению общего образования на 2013 год и на период "
               "до 2020 года\n\n1. Утвердить прилагаемый план."),
     "roadmap", "на 2013 год и на период до 2020 года", "от 12.03.2013"),
    # a day in straight quotes
    (lines_doc("АДМИНИСТРАЦИЯ ЛУГОВСКОГО РАЙОНА\n\nРАСПОРЯЖЕНИЕ\n\n\"12\" марта 2024 г. N 88-ра"
               "\n\nО плане мероприятий по подготовке школ к учебному году"),
     "roadmap", None, "\"12\" марта 2024 г."),
])
def test_more_header_forms(tools: ExtractTools, doc: SourceDocument, kind: str,
                           period: str | None, date: str | None) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.period_text, d.order_date_text) == (kind, period, date)


# (document, issuer, order number, order date, signatories)
SCHOOL_STAMPS = [
    # the head's name between slashes, the approving order on the grif's last line
    (pdf_doc("Утверждаю", "Директор МБОУ «Луговская СОШ № 3»", "/И.Н.Кулик/", "«04» 09.2023г.",
             "Приказ № 442-ос", "Календарный план воспитательной работы", bold=(5,)),
     "МБОУ «Луговская СОШ № 3»", "442-ос", "04.09.2023",
     [("И.Н.Кулик", "Директор МБОУ «Луговская СОШ № 3»")]),
    # "приказом директора" names no body
    (pdf_doc("Приложение 3", "к ООП ООО, утвержденной", "приказом директора",
             "от 30.08.2023 №134/01-11", "Календарный план воспитательной работы", bold=(4,)),
     None, "134/01-11", "от 30.08.2023", []),
    # the head who signed the order, then the body: the body; the head signs (in the nominative)
    (pdf_doc("УТВЕРЖДЕНО", "Приказом заведующего МБДОУ №22", "С.М. Палкиной от 30.08.2023 № 42-ОД",
             "План работы по наставничеству", bold=(3,)),
     "МБДОУ №22", "42-ОД", "от 30.08.2023", [("С.М. Палкина", "Заведующий МБДОУ №22")]),
    # a letterhead joined into one paragraph with the act's word, a notice of repeal above it
    (lines_doc("Документ утратил силу на основании Постановления № 216-п от 27.12.2022\n"
               "АДМИНИСТРАЦИЯ ЛУГОВСКОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\n03.11.2021 № 188-п\nс. Луговое\n"
               "Об утверждении муниципальной программы «Развитие образования»"),
     "Администрация Луговского района", "188-п", "03.11.2021", []),
]


@pytest.mark.parametrize(("doc", "issuer", "number", "date", "signed"), SCHOOL_STAMPS)
def test_school_stamps_and_joined_letterheads(tools: ExtractTools, doc: SourceDocument,
                                              issuer: str | None, number: str, date: str,
                                              signed: list[tuple[str, str]]) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.issuer, d.order_number, d.order_date_text) == (issuer, number, date)
    assert [(s.name, s.position) for s in d.signatories] == signed


@pytest.mark.parametrize(("heading", "issuer"), [
    # a republic's name stands in apposition: nominative, though a site declines it
    ("Постановление Правительства Республики Карелии от 04.04.2016 № 121",
     "Правительство Республики Карелия"),
    ("Постановление Правительства Республики Коми от 04.04.2016 № 121",
     "Правительство Республики Коми"),
    ("Приказ Министерства образования Республики Марий Эл от 04.04.2016 № 121",
     "Министерство образования Республики Марий Эл"),
])
def test_a_republics_name_in_an_issuer(tools: ExtractTools, heading: str, issuer: str) -> None:
    doc = lines_doc(f"{heading}\n\nО плане мероприятий\n\nТекст.")
    assert extract(doc, Found(), tools).document.issuer == issuer
