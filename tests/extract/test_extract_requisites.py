"""An act's requisites, kind, title, period, signatories and issuer as real acts print them.

Every phrase here is a form met in real public acts (orders, постановления, распоряжения and the
plans they approve), written again with invented bodies, places, numbers and wording.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.found import Found
from extract.models import DraftIndicator, DraftValue
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.lemmas import get_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc, pdf_doc, table


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation)


REQUISITES = [
    ("от 6 февраля 2023 г. N 01/288", "01/288", "от 6 февраля 2023 г."),
    ("№27 -р от 3 марта 2021 г.", "27-р", "от 3 марта 2021 г."),
    ("от 3 марта 2021 г. N 245", "245", "от 3 марта 2021 г."),
    ("9 декабря 2016 № 488", "488", "9 декабря 2016"),
    ("РАСПОРЯЖЕНИЕот 14 мая 2018 г. № 12-р", "12-р", "от 14 мая 2018 г."),
    ("от « 15»______03____2021 г. № 12б", "12б", "15.03.2021"),
    ("от « 10»012022 г. № 6а", "6а", "10.01.2022"),
    ("04.04.2012                    N 220", "220", "04.04.2012"),
    ("от 30.10.09 N 1021-рг. Заречье", "1021-р", "от 30.10.09"),
    ("ПОСТАНОВЛЕНИЕот 22 октября 2010 г. N 1799г. ЗаречьеОб утверждении", "1799",
     "от 22 октября 2010 г."),
    ("от 07.05.2014 № 504-р/адм", "504-р/адм", "от 07.05.2014"),
    ("Приложение №2 к приказу МБДОУ №18 от 01.09.2022 №21/1", "21/1", "от 01.09.2022"),
    ("к приказу МБОУ СОШ № 15 от №", None, None),
    ("Приказ от 31.08.2022 года № __", None, "от 31.08.2022"),
    ("от «__»_______20__ г. № ___", None, None),
    ("(в ред. постановления от 20.11.2014 г. N 415) от 07.05.2013 № 214", "214",
     "от 07.05.2013"),
    ("протокол № 1 от 28.08.2023", None, "от 28.08.2023"),
    ("Распоряжение № 128-р от 02.11.2018 г.", "128-р", "от 02.11.2018 г."),
    # a letter suffix with a digit ("-Р1") stays whole
    ("от 17.08.2023 № 64-Р1", "64-Р1", "от 17.08.2023"),
    ("РАСПОРЯЖЕНИЕ № 12-рп2 от 1 июня 2022 г.", "12-рп2", "от 1 июня 2022 г."),
    ("Приказ министерства от 10 декабря 2013 г. Н 1324", "1324", "от 10 декабря 2013 г."),
    ("(ред. от 18.08.2016) от 09.11.2015 N 1309", "1309", "от 09.11.2015"),
    ("введено в действие приказом от 27.08.2021 г. № 126/А", "126/А", "от 27.08.2021 г."),
    ("Н.П. Иванова, 5 класс", None, None),
    # a grif's date right after the head's initials: "Н." is an initial, no number sign
    ("Директор ________ Ершова Т.Н. 28 августа 2024 г.", None, "28 августа 2024 г."),
    ("Заведующий ____ А.Н.30.08.2024", None, "30.08.2024"),
    # an institution's number after its town, then the act's number left blank
    ("Заведующим МБДОУ г. Заречья №12 Приказ № от мая 2019 года", None, None),
    ("Приказ № 14 от 3 мая 2019 года по МБДОУ г. Заречья", "14", "от 3 мая 2019 года"),
]


@pytest.mark.parametrize(("text", "number", "date"), REQUISITES)
def test_requisites(ctx: Ctx, text: str, number: str | None, date: str | None) -> None:
    got = rq.read(ctx, text)
    assert (got.number, got.date) == (number, date)


# (document, number, date text, act type, issuer, the order rule that fired)
ACTS = [
    # an appendix stamp over several lines; the appendix's own number is not the order's
    (pdf_doc("Приложение N 3", "к приказу министерства образования", "Северной области",
             "от 21 марта 2019 г. N 812", "План мероприятий", bold=(4,)),
     "812", "от 21 марта 2019 г.", "приказ", "Министерство образования Северной области",
     "appendix_line"),
    # a legal site's heading above the letterhead's act
    (lines_doc("Постановление Администрации г. Заречья от 19.07.2010 № 450\n\n"
               "АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧЬЯ\n\nПОСТАНОВЛЕНИЕ\n\n19.07.2010 N 450\n\n"
               "Об утверждении программы\n\n(В редакции Постановлений от 05.08.2010 г. N 484)"),
     "450", "19.07.2010", "постановление", "Администрация города Заречья", "order_header"),
    # a heading only: the body from the heading, in the nominative
    (lines_doc("Приказ управления образования и науки Северной области\n"
               "от 11 ноября 2009 г. N 3034\n"
               '"Об утверждении ведомственной целевой программы "Доступная школа"'),
     "3034", "от 11 ноября 2009 г.", "приказ", "Управление образования и науки Северной области",
     "act_heading"),
    # an amending act's stamp over the original one, repeated in quotes: the original's
    (pdf_doc("Приложение", "к постановлению", "от 07.11.2022 N 1040", "администрации МО -",
             "Заозерский муниципальный район", '"Приложение 2', "к постановлению",
             "от 16.10.2017 N 362а", "администрации МО -", "Заозерский муниципальный район",
             "Паспорт муниципальной программы", bold=(10,)),
     "362а", "от 16.10.2017", "постановление", "Администрация МО - Заозерский муниципальный район",
     "appendix_line"),
    # the approval stamp in a school's table cell: a blank number, the director signs
    (SourceDocument(file="t.docx", sha256="0", format="docx", blocks=(
        table(("", "«Утверждаю»\nДиректор МБОУ «Лесная СОШ»\nПриказ от 31.08.2022 года № __\n"
                   "_________ Р.М.Гаврилов")),
        Paragraph(text="Дорожная карта перехода на новые ФГОС на 2022-2027 годы", bold=True))),
     None, "от 31.08.2022", "приказ", "МБОУ «Лесная СОШ»", "approval_line"),
    # "приказом по <school>", the date over blanks, the director signing under the stamp
    (pdf_doc("УТВЕРЖДЕНО", "приказом по МБОУ «Речная СОШ»", "от «29 » 08. 2012г № 41/4",
             "Директор:_______И.В. Петрова", "ПЛАН РАБОТЫ", bold=(4,)),
     "41/4", "29.08.2012", "приказ", "МБОУ «Речная СОШ»", "approval_line"),
    # a council's protocol beside the director's stamp: the protocol's number is not the act's
    (pdf_doc("СОГЛАСОВАНО", "Педагогическим советом", "Протокол от 30.08.2022 № 1", "УТВЕРЖДАЮ",
             "Директор школы", "___________ Артамонов А.С.", "приказ № 147 от 31.08.2022 г.",
             "ПЛАН РАБОТЫ", bold=(7,)),
     "147", "от 31.08.2022 г.", "приказ", None, "approval_line"),
]


@pytest.mark.parametrize(("doc", "number", "date", "act", "issuer", "rule"), ACTS)
def test_acts(tools: ExtractTools, doc: SourceDocument, number: str | None, date: str | None,
              act: str, issuer: str, rule: str) -> None:
    got = extract(doc, Found(), tools)
    d = got.document
    assert (d.order_number, d.order_date_text, d.act_type, d.issuer) == (number, date, act, issuer)
    assert f"header.order:{rule}" in got.trace


# (document, kind, title, period text)
TITLES = [
    # "Муниципальная программа" on one line, the name in quotes on the next (PDF)
    (pdf_doc("Утверждена постановлением", "администрации Заозерского района",
             "от «14» ноября 2014 г. № 601", "Муниципальная программа",
             "«Развитие образования в Заозерском районе»", "на 2015-2019 годы", "ПАСПОРТ",
             bold=(3, 4, 5, 6)),
     "programme", "Муниципальная программа «Развитие образования в Заозерском районе» "
     "на 2015-2019 годы", "на 2015-2019 годы"),
    # a title in capitals over three lines, the passport's heading not joined
    (pdf_doc("ПЛАН МЕРОПРИЯТИЙ", "ПО РАЗВИТИЮ ЧИТАТЕЛЬСКОЙ ГРАМОТНОСТИ", "НА 2024 ГОД", "ПАСПОРТ",
             bold=(0, 1, 2, 3)),
     "roadmap", "ПЛАН МЕРОПРИЯТИЙ ПО РАЗВИТИЮ ЧИТАТЕЛЬСКОЙ ГРАМОТНОСТИ НА 2024 ГОД",
     "НА 2024 ГОД"),
    # an act about a plan: its subject over several lines is the title; the plan's kind
    (lines_doc("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧЬЯ\n\nПОСТАНОВЛЕНИЕ\n\n04.04.2012 N 220\n\n"
               "О плане мероприятий подготовки\nшкол к началу 2012/2013\nучебного года\n\n"
               "В целях подготовки школ ПОСТАНОВЛЯЮ:"),
     "roadmap", "О плане мероприятий подготовки школ к началу 2012/2013 учебного года",
     "2012/2013 учебного года"),
    # an amending act is an order, whatever it amends
    (lines_doc("АДМИНИСТРАЦИЯ СЕВЕРНОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n17.02.2017 № 160\n\n"
               "О внесении изменений в государственную программу Северной области "
               "«Развитие образования» на 2013-2020 годы\n\nАдминистрация области постановляет:"),
     "order", "О внесении изменений в государственную программу Северной области «Развитие "
     "образования» на 2013-2020 годы", "на 2013-2020 годы"),
    # an appendix stamp of a programme, then the appendix's own bold heading
    (pdf_doc("Приложение", "к долгосрочной целевой программе", "«Одарённые дети на 2010-2015 годы»",
             "Система", "основных мероприятий программы", bold=(3, 4)),
     "programme", "Система основных мероприятий программы", "на 2010-2015 годы"),
    # a period under the title in parentheses; "(далее – …)" inside a title stays
    (pdf_doc("План работы (далее – План) школы № 3 в 2016-2017 учебном году",
             "(сентябрь 2016 г. - май 2017 г.)", bold=(0, 1)),
     "roadmap", "План работы (далее – План) школы № 3 в 2016-2017 учебном году",
     "в 2016-2017 учебном году"),
    # a council's subject with the years' word cut short before the closing quote
    (lines_doc("ДУМА ГОРОДСКОГО ОКРУГА \"ГОРОД ЛЕСНОГОРСК\"\n\nРЕШЕНИЕ\n\nот 12.03.2016 № 45\n\n"
               "Об утверждении программы \"Развитие образования в 2015-2019 гг\"\n\n"
               "Дума городского округа решила:"),
     "programme", 'Об утверждении программы "Развитие образования в 2015-2019 гг"',
     "в 2015-2019 гг"),
    # a legal site's page title at the top, with its note of changes
    (lines_doc("Недействующий\n\nОБ УТВЕРЖДЕНИИ ДОЛГОСРОЧНОЙ ЦЕЛЕВОЙ ПРОГРАММЫ РАЗВИТИЯ "
               "ОБРАЗОВАНИЯ НА 2009 - 2012 ГОДЫ (с изменениями на: 25.12.2012)\n\nТекст."),
     "programme", "ОБ УТВЕРЖДЕНИИ ДОЛГОСРОЧНОЙ ЦЕЛЕВОЙ ПРОГРАММЫ РАЗВИТИЯ ОБРАЗОВАНИЯ НА 2009 - "
     "2012 ГОДЫ", "НА 2009 - 2012 ГОДЫ"),
    # a site's caption of the file over grifs printed side by side (a layout row), then the
    # document's own heading
    (SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(
        Paragraph(text="План работы детского сада № 5 г. Заречья на лето",
                  source=Provenance(line=1)),
        table(("Рассмотрено:\nпедагогическим советом", "Утверждено:\nзаведующим детским садом")),
        Paragraph(text="План летней работы детского сада № 5 на 2019 год",
                  source=Provenance(line=9)))),
     "roadmap", "План летней работы детского сада № 5 на 2019 год", "на 2019 год"),
]

# a legal site's text export: the whole top is one paragraph of lines
SITE_EXPORT = ("Откройте актуальную версию документа\nПриложение\nк постановлению\n"
               "администрации Заозерского района\nСеверной области\nот 6 октября 2015 г. N 1549\n"
               "Муниципальная программа\n\"Развитие образования в районе\" на 2014 - 2020 годы\n"
               "13 ноября 2015 г., 14 марта 2016 г.\nПаспорт муниципальной программы")
TITLES.append((SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(
    Paragraph(text=SITE_EXPORT, source=Provenance(line=1)),)),
    "programme", 'Муниципальная программа "Развитие образования в районе" на 2014 - 2020 годы',
    "на 2014 - 2020 годы"))


@pytest.mark.parametrize(("doc", "kind", "title", "period"), TITLES)
def test_kind_title_period(tools: ExtractTools, doc: SourceDocument, kind: str, title: str,
                           period: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.title, d.period_text) == (kind, title, period)


def test_period_from_indicator_years(tools: ExtractTools) -> None:
    """Nothing else says: the first and last year of the indicator values."""
    values = tuple(DraftValue(year=y, kind="plan", text="1", value=1) for y in (2015, 2016, 2020))
    found = Found(indicators=(DraftIndicator(name="Доля школ", values=values),))
    got = extract(lines_doc("Показатели программы\n\nТекст."), found, tools)
    assert got.document.period_text == "2015-2020"
    assert "header.period:indicator_years" in got.trace


def test_period_from_indicator_header(tools: ExtractTools) -> None:
    """No values read, but the table's header names indicators above year columns."""
    header = ("Наименование показателя", "Единица измерения", "2018 год", "2019 год", "2020 год")
    doc = SourceDocument(file="t.docx", sha256="0", format="docx", blocks=(table(header),))
    assert extract(doc, Found(), tools).document.period_text == "2018-2020"


# (document, [(name, position)])
SIGNATURES = [
    # a block printed in capitals is written in normal case (issue 11)
    (pdf_doc("УТВЕРЖДАЮ", "ДИРЕКТОР ГИМНАЗИИ", "А.Б.СОКОЛОВА", "План работы", bold=(3,)),
     [("А.Б. Соколова", "Директор гимназии")]),
    (pdf_doc("Текст постановления.", "ГЛАВА АДМИНИСТРАЦИИ", "ЗАРЕЧНОГО РАЙОНА", "В.Г.ОРЛОВ"),
     [("В.Г. Орлов", "Глава администрации Заречного района")]),
    (pdf_doc("УТВЕРЖДАЮ", "ДИРЕКТОР МБОУ «ЛУГОВСКАЯ СОШ»", "______ Е.В. ТИХОНОВА-ЛУГОВАЯ",
             "План работы", bold=(3,)),
     [("Е.В. Тихонова-Луговая", "Директор МБОУ «Луговская СОШ»")]),
    (pdf_doc("Текст решения.", "ПРЕДСЕДАТЕЛЬ", "С.КРЫЛОВ"), [("С. Крылов", "Председатель")]),
    (pdf_doc("Утверждаю:", "Заведующий МБДОУ № 4", "ЛАПИНА О.Н.", "Годовой план", bold=(3,)),
     [("Лапина О.Н.", "Заведующий МБДОУ № 4")]),
    # the grif's date flattened onto the name's line: the name before it signs
    (pdf_doc("УТВЕРЖДАЮ", "Директор МБОУ «Лесная СОШ»", "______ Т.Н. Орлова «28» августа 2024 г.",
             "План работы", bold=(3,)),
     [("Т.Н. Орлова", "Директор МБОУ «Лесная СОШ»")]),
    (pdf_doc("УТВЕРЖДАЮ", "Заведующий МБДОУ № 7", "Сидорова А.Б. 30.08.2024", "Годовой план",
             bold=(3,)),
     [("Сидорова А.Б.", "Заведующий МБДОУ № 7")]),
    # mixed case stays as written
    (pdf_doc("УТВЕРЖДАЮ", "Директор школы", "И.И.Петров", "План", bold=(3,)),
     [("И.И.Петров", "Директор школы")]),
    (pdf_doc("Текст постановления.", "Глава администрации", "Заречного района", "В.Г. Орлов"),
     [("В.Г. Орлов", "Глава администрации Заречного района")]),
    (pdf_doc("Руководитель: Начальник управления образования",
             'администрации района "Заозерский" _________________ (С.В. Попова)'),
     [("С.В. Попова", 'Начальник управления образования администрации района "Заозерский"')]),
    (SourceDocument(file="t.docx", sha256="0", format="docx", blocks=(
        Paragraph(text="Текст решения."),
        table(("Глава городского округа", "О.Ф. Широков")))),
     [("О.Ф. Широков", "Глава городского округа")]),
    # a school named after a person: that name is no signature
    (pdf_doc("УТВЕРЖДЕНО", "приказом №", "от 1 сентября 2025 г.", "Директор МБОУ СОШ №7",
             "им. Кедрова П.П.", "О.П.Лаптева", "ПОЛОЖЕНИЕ", bold=(6,)),
     [("О.П.Лаптева", "Директор МБОУ СОШ №7 им. Кедрова П.П.")]),
    # the head's title abbreviated in the signature line, name far to the right
    (lines_doc("Текст решения.\n\nГл. админ. Заречного района                    В.Г. Орлов"),
     [("В.Г. Орлов", "Гл. админ. Заречного района")]),
    # a legal site's signature table: one initial, cells closed by "|"
    (pdf_doc("Текст распоряжения.", "Председатель Правительства Республики Заречия |",
             "Т. Громов |"),
     [("Т. Громов", "Председатель Правительства Республики Заречия")]),
]


@pytest.mark.parametrize(("doc", "expected"), SIGNATURES)
def test_stacked_signatures(tools: ExtractTools, doc: SourceDocument,
                            expected: list[tuple[str, str]]) -> None:
    got = extract(doc, Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == expected


def test_operative_sentence_names_the_issuer(tools: ExtractTools) -> None:
    doc = lines_doc("Постановление Правительства Республики Заречии от 07.05.2013 № 214\n\n"
                    "ПРАВИТЕЛЬСТВО\n\nПОСТАНОВЛЕНИЕ\n\nО Государственной программе «Школа»\n\n"
                    "Правительство Республики Заречия постановляет:\n\nУтвердить программу.")
    got = extract(doc, Found(), tools)
    assert got.document.issuer == "Правительство Республики Заречия"
    assert "header.issuer:operative" in got.trace
    assert (got.document.kind, got.document.order_number) == ("programme", "214")


def test_a_name_alone_is_no_signature(tools: ExtractTools) -> None:
    doc = pdf_doc("Подготовка материалов для участников экзамена", "январь-февраль 2014",
                  "Б.С. Мельников", "Составление плана")
    assert extract(doc, Found(), tools).document.signatories == ()


def test_money_by_year_gives_no_period(tools: ExtractTools) -> None:
    """Rows named like activities with sums by year (a finance table) are no indicator table."""
    values = tuple(DraftValue(year=y, kind="plan", text="5", value=5) for y in (2013, 2018))
    found = Found(indicators=(DraftIndicator(name="Предоставление субсидий школам", values=values),
                              DraftIndicator(name="Корректировка перечня объектов", values=values)))
    assert extract(lines_doc("Финансовое обеспечение\n\nТекст."), found, tools
                   ).document.period_text is None


@pytest.mark.parametrize(("head", "title"), [
    (["Показатели результативности программы развития"], "Показатели результативности программы "
     "развития"),
    (["Показатели результативности программы развития", "----T--------T------¬"],
     "Показатели результативности программы развития"),
    (["(в редакции постановления от 29.12.2015 N 487)\nмлн. рублей"], None),
    (["N п/п | Мероприятие | Срок"], None),
])
def test_heading_over_a_table(tools: ExtractTools, head: list[str], title: str | None) -> None:
    blocks = tuple(Paragraph(text=t, source=Provenance(line=i)) for i, t in enumerate(head, 1))
    rows = table(("Доля школ", "%", "10"), ("Число детей", "чел.", "5"))
    doc = SourceDocument(file="t.txt", sha256="0", format="txt", blocks=(*blocks, rows))
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize(("header", "kind"), [
    (("N п/п", "Направления деятельности", "Сроки", "Ответственные лица"), "roadmap"),
    (("Мероприятие", "Срок исполнения", "Результат"), "roadmap"),
    (("Наименование показателя", "2023", "2024"), None),
])
def test_a_plan_page_without_its_rows(tools: ExtractTools, header: tuple[str, ...],
                                      kind: str | None) -> None:
    """A page cut from a plan: its table's header says it is one, though no row was read."""
    doc = SourceDocument(file="t.docx", sha256="0", format="docx", blocks=(table(header),))
    assert extract(doc, Found(), tools).document.kind == kind
