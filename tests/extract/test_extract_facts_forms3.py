"""Document facts in forms of the third real-document study (written again with invented
bodies, places and wording): electronic-signature stamps, letterheads broken inside «…» or
followed by contact lines, typed-over blanks in a grif, positions set one word a line, flattened
headers, a site's act without its word, nameless administrations, an official's letterhead."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.facts.issuer_finish import finish
from extract.facts.letterhead_text import unglued
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, iso_date, lines_doc, pdf_doc, table

# (document, issuer, the rule that decided it)
ISSUERS = [
    # an electronic-signature stamp under the letterhead names the signer, not the body
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение\n«Лесная средняя "
              "общеобразовательная школа»",
              "Подписано цифровой\nподписью: Директор МБОУ\n«Лесная СОШ» Ветрова К.К.\n"
              "Дата: 2025.03.01 09:10:11\n+03'00'",
              "Отчет о самообследовании за 2024 год", bold=(0, 2)),
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя "
     "общеобразовательная школа»", "title_page"),
    # the same stamp as a PDF's lines, its words glued
    (pdf_doc("Подписаноцифровой", "подписью:ВетроваК.К.", "Дата: 2025.03.01",
             "Муниципальное автономное общеобразовательное учреждение «Гимназия № 7»",
             "Отчет о самообследовании за 2024 год", bold=(4,)),
     "Муниципальное автономное общеобразовательное учреждение «Гимназия № 7»", "title_page"),
    # a letterhead broken inside «…»: the second line is no body of its own
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение «Ольховская средняя\n"
              "общеобразовательная школа»", "Программа развития на 2025-2028 годы", bold=(1,)),
     "Муниципальное бюджетное общеобразовательное учреждение «Ольховская средняя "
     "общеобразовательная школа»", "title_page"),
    # a capitals letterhead: the legal form, the school, its village and municipality in the
    # nominative, then an e-mail line
    (docx_doc("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\nСРЕДНЯЯ "
              "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА С.ОЛЬХОВКА МУНИЦИПАЛЬНОЕ\nОБРАЗОВАНИЕ «ЛУГОВСКОЙ "
              "ГОРОДСКОЙ ОКРУГ» ЗАРЕЧНОЙ ОБЛАСТИ", "E-mail: olkhovka@example.ru", "ПРИКАЗ",
              "10 января 2025 года № 4-ОД", "Об утверждении плана работы", bold=(0, 2)),
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа с.Ольховка", "header_block"),
    # the short name in parentheses under the full one is left out
    (docx_doc("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n«ОЛЬХОВСКАЯ СРЕДНЯЯ "
              "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА»\n(МКОУ «ОЛЬХОВСКАЯ СОШ»)", "ПРИКАЗ",
              "12 марта 2025 года № 31", "О школьном музее", bold=(0, 1)),
     "Муниципальное казенное общеобразовательное учреждение «Ольховская средняя "
     "общеобразовательная школа»", "header_block"),
    # a grif's short name, the letterhead above the title naming the same school in full
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение Ольховская основная "
              "общеобразовательная школа Луговского района",
              table(("УТВЕРЖДАЮ\nДиректор МБОУ\nОльховской ООШ\nК.К. Ветрова\n11.04.2025",)),
              "Отчет о результатах самообследования за 2024 год", bold=(0, 2)),
     "Муниципальное бюджетное общеобразовательное учреждение Ольховская основная "
     "общеобразовательная школа Луговского района", "letterhead_in_full"),
    # a school named in a report's title after its subject, in a programme's after its years
    (pdf_doc("Отчёт о результатах самообследования", "МБОУ Ольховской ОШ №3", "За 2024 год",
             bold=(0, 1, 2)),
     "МБОУ Ольховская ОШ №3", "title_school"),
    (lines_doc("Программа развития на 2025-2029 МБОУ Ольховской ОШ\n\nПаспорт программы"),
     "МБОУ Ольховская ОШ", "title_school"),
    # a nameless administration under the line naming its municipality
    (lines_doc("МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «ЛУГОВСКОЙ МУНИЦИПАЛЬНЫЙ РАЙОН»\n\nЗАРЕЧНОЙ ОБЛАСТИ\n\n"
               "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ от 02.02.2025 № 17\n\n"
               "О ПЛАНЕ МЕРОПРИЯТИЙ\n\nТекст."),
     "Администрация муниципального образования «Луговской муниципальный район»",
     "header_block"),
    # an official whose acts are issued in his name heads the letterhead
    (docx_doc("ГЛАВА ГОРОДСКОГО ОКРУГА ЛУГОВСКОЙ\n\nЗАРЕЧНОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ",
              "от 4 апреля 2025 г. N 88", "О ПЛАНЕ МЕРОПРИЯТИЙ", bold=(0, 1, 3)),
     "Глава городского округа Луговской", "header_block"),
]


@pytest.mark.parametrize(("doc", "issuer", "rule"), ISSUERS)
def test_issuers(tools: ExtractTools, doc: SourceDocument, issuer: str, rule: str) -> None:
    got = extract(doc, Found(), tools)
    assert got.document.issuer == issuer
    assert f"header.issuer:{rule}" in got.trace


@pytest.mark.parametrize(("name", "finished"), [
    ("Муниципальное казенное учреждение «Ольховская школа» (МКОУ «Ольховская школа»)",
     "Муниципальное казенное учреждение «Ольховская школа»"),
    # a region inside the quoted name stays; after a municipality it goes
    ("МБОУ «Школа № 8 г. Луговска Заречной области»",
     "МБОУ «Школа № 8 г. Луговска Заречной области»"),
    ("Администрация Луговского муниципального района Заречной области",
     "Администрация Луговского муниципального района"),
    # words in parentheses that are no short name stay
    ("Управление образования (отдел)", "Управление образования (отдел)"),
])
def test_issuer_finishing(tools: ExtractTools, name: str, finished: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert finish(ctx, name) == finished


# (text of a grif's act line, number, ISO date)
REQUISITES = [
    ("Приказ №_664 от«_04__» _декабря 2024 г.", "664", "2024-12-04"),
    ("Приказ № 12.4 от 05.04.2025г.", "12.4", "2025-04-05"),
    ("УТВЕРЖДЕН приказом МБОУ «Школа № 3» 09.04. 2024 г. № 160", "160", "2024-04-09"),
    ("Приказ № ____ от «___» ________ 20__ г.", None, None),
]


@pytest.mark.parametrize(("text", "number", "date"), REQUISITES)
def test_typed_over_blanks(tools: ExtractTools, text: str, number: str | None,
                           date: str | None) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    got = rq.read(ctx, text)
    assert (got.number, iso_date(got.date)) == (number, date)


# (document, order number, ISO date, signatories)
GRIFS = [
    # the act line and its date on separate lines of the grif
    (docx_doc(table(("УТВЕРЖДАЮ:\nДиректор МАОУ «СОШ № 9»\n________ Т.Т. Лаптева\nПриказ № 335\n"
                     "«17» апреля 2025г.",)), "Отчет о самообследовании за 2024 год", bold=(1,)),
     "335", "2025-04-17", [("Т.Т. Лаптева", "Директор МАОУ «СОШ № 9»")]),
    # three columns; the middle official (a visa, no signature) has his position one word a
    # line; the date broken
    (docx_doc(table(("ПРИНЯТА\nрешением\nпедагогического совета\nПротокол № 2 от\n«_30__» "
                     "августа_2025 г.",
                     "СОГЛАСОВАНА\nНачальник\nуправления\nобразования\nЛуговского\nрайона\n"
                     "______И.И. Орлов",
                     "УТВЕРЖДЕНА\nДиректор МБОУ «Лесная СОШ»\n_______Петрова Е.Н.\n"
                     "Приказ №_118 от«_02__» _сентября\n2025 г.")),
              "Программа развития на 2025-2029 годы", bold=(1,)),
     "118", "2025-09-02", [("Петрова Е.Н.", "Директор МБОУ «Лесная СОШ»")]),
    # the grif's word glued to the next line's position
    (pdf_doc("УтверждаюИ.о.", "директора МБОУ Ольховская ОШ №5", "Приказ № 7.2 от 03.04.2025г.",
             "Отчёт о результатах самообследования", bold=(3,)),
     "7.2", "2025-04-03", []),
]


@pytest.mark.parametrize(("doc", "number", "date", "signed"), GRIFS)
def test_grifs(tools: ExtractTools, doc: SourceDocument, number: str, date: str,
               signed: list[tuple[str, str]]) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.order_number, iso_date(d.order_date_text)) == (number, date)
    assert [(s.name, s.position) for s in d.signatories] == signed


@pytest.mark.parametrize(("doc", "signed"), [
    # the director's name after the acquaintance block of an order
    (docx_doc("ПРИКАЗ", "01.02.2025 № 9", "О дежурстве", "Директор",
              "С приказом ознакомлены:\n" + "\n".join(["_" * 20] * 5), "Н.Н. Белова", bold=(0,)),
     [("Н.Н. Белова", "Директор")]),
    # a governor's signature on one line, the name after a run of spaces
    (lines_doc("ПОСТАНОВЛЕНИЕ\n\nот 01.02.2025 № 9\n\nО плане\n\n"
               "Губернатор области          С.С. Орлов"),
     [("С.С. Орлов", "Губернатор области")]),
])
def test_signatures(tools: ExtractTools, doc: SourceDocument,
                    signed: list[tuple[str, str]]) -> None:
    d = extract(doc, Found(), tools).document
    assert [(s.name, s.position) for s in d.signatories] == signed


# (document, kind, title, issuer, act type, number, ISO date)
ACTS = [
    # a district site prints the act without its word; the operative verb types it
    (lines_doc('№ 14 от 20.02.2025 г. "О создании школьных театров в 2025 году "\n\n'
               "В целях развития творчества, на основании приказа от 10.01.2025 № 5-12/25, "
               "администрация МР «Луговской район»\n\nПОСТАНОВЛЯЕТ:\n\n1. Создать театры."),
     "order", '"О создании школьных театров в 2025 году "',
     "Администрация МР «Луговской район»", "постановление", "14", "2025-02-20"),
    # a header flattened into one paragraph; a report keeps its institution's full name, the
    # title's (docs/CONTRACT.md `issuer`), over the approval line's short one
    (lines_doc("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ОЛЬХОВСКАЯ СРЕДНЯЯ "
               "ШКОЛА № 4» ГОРОДА ЛУГОВСКА (МБОУ «ОЛЬХОВСКАЯ СШ № 4») РАССМОТРЕН Педагогическим "
               "советом МБОУ «Ольховская СШ № 4» (протокол от 01.04. 2025 г. № 3 ) УТВЕРЖДЕН "
               "приказом МБОУ « Ольховская СШ № 4» 02.04. 2025 г. № 51 Отчет о результатах "
               "самообследования муниципального бюджетного общеобразовательного учреждения "
               "«Ольховская средняя школа № 4» города Луговска за 2024 год Отметка о получении: "
               "вх. № 7/1 от 03.04.2025 1 СОДЕРЖАНИЕ Введение 2 Раздел 1 3 Раздел 2 4 Раздел 3 "
               "5 Раздел 4 6 Раздел 5 7 Раздел 6 8 Раздел 7 9"),
     "report", "Отчет о результатах самообследования муниципального бюджетного "
     "общеобразовательного учреждения «Ольховская средняя школа № 4» города Луговска за 2024 год",
     "Муниципальное бюджетное общеобразовательное учреждение «Ольховская средняя школа № 4» "
     "города Луговска", "приказ", "51", "2025-04-02"),
]


@pytest.mark.parametrize(("doc", "kind", "title", "issuer", "act", "number", "date"), ACTS)
def test_acts_without_their_usual_header(tools: ExtractTools, doc: SourceDocument, kind: str,
                                         title: str, issuer: str, act: str, number: str,
                                         date: str) -> None:
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.issuer, d.act_type, d.order_number) == (kind, issuer, act, number)
    assert d.title is not None and d.title.strip(' "') == title.strip(' "')
    assert iso_date(d.order_date_text) == date


@pytest.mark.parametrize(("lines", "title"), [
    # a capitals subject broken after "ОТ" and after an adjective
    (("О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ ГОРОДА ОТ",
      '12.01.2024 № 9 "ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ"'),
     'О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ ГОРОДА ОТ 12.01.2024 № 9 "ОБ '
     'УТВЕРЖДЕНИИ ПРОГРАММЫ"'),
    (("ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ ЛУГОВО-ЗАРЕЧНОГО",
      "МУНИЦИПАЛЬНОГО РАЙОНА \"РАЗВИТИЕ ОБРАЗОВАНИЯ\""),
     'ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ ЛУГОВО-ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА "РАЗВИТИЕ '
     'ОБРАЗОВАНИЯ"'),
    # the quoted name of the approved programme on the next lines
    (("Об утверждении муниципальной программы", '"Развитие образования города',
      'Луговска на 2025 - 2027 годы"'),
     'Об утверждении муниципальной программы "Развитие образования города Луговска на 2025 - '
     '2027 годы"'),
])
def test_subjects_over_lines(tools: ExtractTools, lines: tuple[str, ...], title: str) -> None:
    doc = pdf_doc("АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА", "ПОСТАНОВЛЕНИЕ", "от 1 марта 2025 г. № 12",
                  *lines, "В соответствии с законом постановляю:")
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize(("text", "kind", "period"), [
    ("1. Утвердить прилагаемую муниципальную программу «Развитие образования» на 2025-2027 годы.",
     "programme", "на 2025-2027 годы"),
    ("1. Утвердить план мероприятий по подготовке к экзаменам на 2025 год.", "roadmap",
     "на 2025 год"),
    # a clause approving something else names no plan (nor does the page say its kind)
    ("1. Утвердить положение о конкурсе чтецов.", None, None),
])
def test_a_page_below_the_title_says_what_it_approves(tools: ExtractTools, text: str,
                                                      kind: str | None,
                                                      period: str | None) -> None:
    doc = lines_doc(f"В соответствии с уставом ПОСТАНОВЛЯЮ:\n\n{text}\n\n"
                    "Утверждена\nпостановлением администрации от 01.02.2025 N 15")
    d = extract(doc, Found(), tools).document
    assert (d.kind, d.period_text) == (kind, period)


@pytest.mark.parametrize(("line", "unglued_line"), [
    ("АДМИНИСТРАЦИЯ ГОРОДАЛЕСНОГО", "АДМИНИСТРАЦИЯ ГОРОДА ЛЕСНОГО"),
    ("УПРАВЛЕНИЕОБРАЗОВАНИЯ", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"),
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГОРАЙОНА", "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА"),
    # a place's name the dictionary does not know stays whole, though parts of it are words
    ("АДМИНИСТРАЦИЯ ЗЕЛЕНОБОРСКОГО РАЙОНА", "АДМИНИСТРАЦИЯ ЗЕЛЕНОБОРСКОГО РАЙОНА"),
    ("КАМЕННООЗЁРСКОГО ОКРУГА", "КАМЕННООЗЁРСКОГО ОКРУГА"),
])
def test_words_glued_at_a_line_join(tools: ExtractTools, line: str, unglued_line: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert unglued(ctx, line) == unglued_line


@pytest.mark.parametrize(("header", "kind"), [
    # a plan table's header row flattened into a line: a roadmap, and no title
    ("N Наименование мероприятия Сроки исполнения Ответственные исполнители", "roadmap"),
    ("№ п/п Мероприятие Срок Ответственный", "roadmap"),
    # a sentence that names the same words is no header row
    ("Мероприятия выполняются в срок ответственными лицами", None),
])
def test_a_flattened_plan_header(tools: ExtractTools, header: str, kind: str | None) -> None:
    doc = lines_doc(f"Приложение к постановлению от 14.03.2025 г № 21\n\n{header}\n"
                    "1 Совещание директоров март 2025 года Комитет по образованию")
    d = extract(doc, Found(), tools).document
    assert d.kind == kind
    assert d.title is None or kind is None  # a header row is no title
