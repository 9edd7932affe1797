"""Document facts in forms of the ninth round on the studied real sets (written again with
invented bodies, places and people): a capitals title page heading under two grifs whose
columns a text export interleaved, its owner's name running on in capitals up to the years."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.case import restore_case
from extract.facts.header import extract
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, table, txt_doc

_GRIFS = (
    "{running}ПРИНЯТО\nУТВЕРЖДЕНО\nПедагогическим советом\nПриказом заведующего\n"
    "МБДОУ №7«Ромашка»\nМБДОУ №7«Ромашка»\nПротокол № 1\n№12 от «02» сентября 2024 г.\n"
    "от «30» августа 2024 г.\n________________К.Л.Петрова\n")

# (plain text as a .txt file holds it, title as printed)
TITLES = [
    # a running page header over the grifs; the heading in capitals runs on to its years,
    # the settlement under it is not part of it
    (_GRIFS.format(running="ГОДОВОЙ ПЛАН\n")
     + "ГОДОВОЙ ПЛАН\nМУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО\nОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\n"
     "ДЕТСКОГО САДА №7 «РОМАШКА»\nна 2024-2025 учебный год\n"
     "п. Лесной Ольховского района Заречной области\nОглавление\n",
     "ГОДОВОЙ ПЛАН МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
     "ДЕТСКОГО САДА №7 «РОМАШКА» на 2024-2025 учебный год"),
    (_GRIFS.format(running="")
     + "ПЛАН РАБОТЫ\nМУНИЦИПАЛЬНОЙ ОБЩЕОБРАЗОВАТЕЛЬНОЙ ШКОЛЫ № 3\nна 2024 год\n"
     "с. Ольховка\nСодержание\n",
     "ПЛАН РАБОТЫ МУНИЦИПАЛЬНОЙ ОБЩЕОБРАЗОВАТЕЛЬНОЙ ШКОЛЫ № 3 на 2024 год"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(tools: ExtractTools, tmp_path: Path, text: str, title: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.title == title


_HEADING = "ПЛАН РАБОТЫ\nДЕТСКОГО САДА №7 «РОМАШКА»\nна 2024-2025 учебный год\n"

# (plain text as a .txt file holds it, issuer, order number)
INTERLEAVED = [
    # the council's grif on the left, the head's order on the right, row by row
    (_GRIFS.format(running="") + _HEADING, "МБДОУ №7«Ромашка»", "12"),
    # the approver's grif on the left this time, the council's on the right
    ("СОГЛАСОВАНО\nУТВЕРЖДАЮ\nПредседатель профкома\nПриказом директора\n"
     "МБОУ «Лесная СОШ»\nМБОУ «Лесная СОШ»\n____ А.Б. Зуева\n№ 45 от 01.09.2024 г.\n"
     + _HEADING, "МБОУ «Лесная СОШ»", "45"),
]


@pytest.mark.parametrize(("text", "issuer", "number"), INTERLEAVED)
def test_interleaved_grifs(tools: ExtractTools, tmp_path: Path, text: str, issuer: str,
                           number: str) -> None:
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (doc.issuer, doc.order_number) == (issuer, number)


# (a name printed in capitals, in normal case)
CAPITALS = [
    # the institution's own name after its legal form opens with a capital
    ("МАОУ ШКОЛА № 7", "МАОУ Школа № 7"),
    ("МБОУ ГИМНАЗИЯ № 3 ГОРОДА ЗАРЕЧНОГО", "МБОУ Гимназия № 3 города Заречного"),
    # a type's abbreviation after the form stays one
    ("МБДОУ ДЕТСКИЙ САД № 4", "МБДОУ Детский сад № 4"),
    ("МБОУ СОШ № 12", "МБОУ СОШ № 12"),
    # a type the name writes short in lower case stays so
    ("МБДОУ д/с №5", "МБДОУ д/с №5"),
    # no legal form: the body's words in lower case after the first
    ("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ОЛЬХОВСКОГО РАЙОНА",
     "Комитет по образованию администрации Ольховского района"),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_name_after_form_capitalised(tools: ExtractTools, text: str, expected: str) -> None:
    assert restore_case(text, tools, facts_vocab()) == expected


def test_owner_in_capitals_in_title(tools: ExtractTools, tmp_path: Path) -> None:
    """A plan's card title naming its owner in capitals: the short name, its name capitalised."""
    doc = txt_doc(tmp_path, "Программа развития МАОУ ЛИЦЕЙ № 9 2025-2030\n\n1.\n\n"
               "Паспорт Программы развития\n\nНаименование\nЦель программы\n\nСодержание\n"
               "Создание условий для развития каждого ученика\n")
    assert extract(doc, Found(), tools).document.issuer == "МАОУ Лицей № 9"


def _passport(title: str, developer: str) -> SourceDocument:
    return docx_doc(title, table(("Статус программы", "Локальный акт"),
                                 ("Разработчики программы", developer),
                                 ("Исполнители программы", "Работники детского сада")),
                    bold=(0,))


# (title, passport's developer cell, issuer)
DEVELOPERS = [
    # the head, a dash and her name, then the working group: the school she heads
    ("Паспорт программы развития на 2024-2027 годы",
     "Заведующий МБДОУ д/с №5 – Лесникова Вера Петровна Рабочая группа в составе: "
     "Орлова А.А. - воспитатель", "МБДОУ д/с №5"),
    ("Паспорт программы развития на 2024-2027 годы",
     "Директор МБОУ СОШ № 8 — Кедров Иван Ильич, педагогический коллектив", "МБОУ СОШ № 8"),
]


@pytest.mark.parametrize(("title", "developer", "issuer"), DEVELOPERS)
def test_issuer_from_developer_head(tools: ExtractTools, title: str, developer: str,
                                    issuer: str) -> None:
    draft = extract_document(_passport(title, developer), tools, debug=True)
    assert draft.document.issuer == issuer
    assert "header.issuer:passport_developer" in draft.trace


_AMENDING = (
    "Постановление Администрации г. Заречного Лесной области от 4 апреля 2022 г. N 77\n\n"
    '"О внесении изменений в муниципальную программу города Заречного "Развитие '
    'образования" на 2020 - 2030 годы, утвержденную постановлением администрации города '
    'Заречного от 10 февраля 2020 г. N 15"\n\n'
    "В соответствии с Бюджетным кодексом Российской Федерации администрация города "
    "Заречного постановляет:\n\n{item}\n")

# (an amending act's text, kind)
AMENDING_KINDS = [
    # its item approves the programme anew, printed as the appendix: a programme
    (_AMENDING.format(item='Утвердить муниципальную программу города Заречного "Развитие '
                           'образования" на 2020 - 2030 годы (приложение).'), "programme"),
    (_AMENDING.format(item="Утвердить прилагаемую муниципальную программу «Развитие "
                           "образования» в новой редакции."), "programme"),
    # its item amends the programme: the act is an order
    (_AMENDING.format(item="Внести в муниципальную программу следующие изменения: в паспорте "
                           "программы строку «Объемы финансирования» изложить в новой "
                           "редакции."), "order"),
    (_AMENDING.format(item="Утвердить изменения, которые вносятся в муниципальную программу "
                           "«Развитие образования» (прилагаются)."), "order"),
]


@pytest.mark.parametrize(("text", "kind"), AMENDING_KINDS)
def test_amending_act_kind(tools: ExtractTools, tmp_path: Path, text: str, kind: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.kind == kind


_STAMP = ("Приложение N 2\nк постановлению Администрации\nгорода Ольховска\nот 3 мая 2016 г. "
          "N 40\n\n{heading}\n\n")
_MONEY_HEADER = ("| N п/п | | Исполнитель | Затраты, источники финансирования | {label} | | | |\n"
                 "| | | | | Всего | 2016 | 2017 | 2018 |\n"
                 "| | Всего по программе | | Всего | 300,00 | 100,00 | 100,00 | 100,00 |\n")

# (an appendix printed alone, kind, period as written)
APPENDIX_FACTS = [
    # the heading's adjective names the plan; the header calls its year columns the term
    (_STAMP.format(heading="Система\nпрограммных мероприятий")
     + _MONEY_HEADER.format(label="Сроки реализации и объемы финансирования"),
     "programme", "2016-2018"),
    (_STAMP.format(heading="Перечень программных мероприятий")
     + _MONEY_HEADER.format(label="Срок реализации, объем финансирования по годам"),
     "programme", "2016-2018"),
    # money by year under no term's label: no period from it
    (_STAMP.format(heading="Система программных мероприятий")
     + _MONEY_HEADER.format(label="Объемы финансирования"), "programme", None),
]


@pytest.mark.parametrize(("text", "kind", "period"), APPENDIX_FACTS)
def test_appendix_kind_and_period(tools: ExtractTools, tmp_path: Path, text: str, kind: str,
                                  period: str | None) -> None:
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (doc.kind, doc.period_text) == (kind, period)


def _task(grif: str, title: str) -> SourceDocument:
    return docx_doc(grif, title, table(("Коды", ""), ("Дата начала действия", "01.01.2025")),
                    table(("Наименование муниципального учреждения (обособленного "
                           "подразделения)", "Муниципальное бюджетное дошкольное "
                           "образовательное учреждение «Детский сад «Берёзка»")))


_TASK = "Муниципальное задание № 5 на 2025 год и на плановый период 2026 и 2027 годов"

# (a municipal task's grif, title; kind, issuer)
TASKS = [
    # the founder's head approves it himself: his body issues it, the task is an order's
    ("УТВЕРЖДАЮ\nНачальник управления образования администрации Ольховского района Луговой "
     "области\n____________ Е.Н. Травина\nот «___» ____________ 2025г", _TASK,
     "order", "Управление образования администрации Ольховского района"),
    ("УТВЕРЖДАЮ\nПредседатель комитета по образованию города Ольховска\n______ И.И. Рябов",
     _TASK, "order", "Комитет по образованию города Ольховска"),
    # a head naming no body ("директор школы"): the form's institution
    ("УТВЕРЖДАЮ\nДиректор школы\n______ И.И. Рябов", _TASK, "order",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад «Берёзка»"),
    # an acting head approves it: the body he acts for issues it
    ("УТВЕРЖДАЮ\nИ.о. начальника управления образования администрации Ольховского района\n"
     "____________ Е.Н. Травина", _TASK, "order",
     "Управление образования администрации Ольховского района"),
    ("УТВЕРЖДАЮ\nИсполняющий обязанности председателя комитета по образованию города "
     "Ольховска\n______ И.И. Рябов", _TASK, "order", "Комитет по образованию города Ольховска"),
    # a report on the task stays a report
    ("УТВЕРЖДАЮ\nНачальник управления образования администрации Ольховского района\n"
     "______ Е.Н. Травина", "Отчет о выполнении муниципального задания № 5 за 2025 год",
     "report", "Управление образования администрации Ольховского района"),
]


@pytest.mark.parametrize(("grif", "title", "kind", "issuer"), TASKS)
def test_municipal_task(tools: ExtractTools, grif: str, title: str, kind: str,
                        issuer: str) -> None:
    doc = extract(_task(grif, title), Found(), tools).document
    assert (doc.kind, doc.issuer) == (kind, issuer)


# (an act's text, issuer)
UPRAVA = [
    # a capitals letterhead of a body called "управа", the act's sentences writing it with a
    # capital: the name keeps it
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nЛУГОВСКАЯ ОБЛАСТЬ\nГОРОДСКАЯ УПРАВА ГОРОДА ОЛЬХОВСКА\n\n"
     "ПОСТАНОВЛЕНИЕ\nот 12 мая 2015 г. № 40-п\n\nОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ\n\n"
     "В соответствии с распоряжением Городской Управы города Ольховска постановляю:\n"
     "1. Утвердить план мероприятий (приложение).\n", "Городская Управа города Ольховска"),
    # the sentences write it in lower case: so does the name
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nЛУГОВСКАЯ ОБЛАСТЬ\nГОРОДСКАЯ УПРАВА ГОРОДА ОЛЬХОВСКА\n\n"
     "ПОСТАНОВЛЕНИЕ\nот 12 мая 2015 г. № 40-п\n\nОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ\n\n"
     "Городская управа города Ольховска постановляет:\n"
     "1. Утвердить план мероприятий (приложение).\n", "Городская управа города Ольховска"),
]


@pytest.mark.parametrize(("text", "issuer"), UPRAVA)
def test_uprava_letterhead(tools: ExtractTools, tmp_path: Path, text: str, issuer: str) -> None:
    assert extract(txt_doc(tmp_path, text), Found(), tools).document.issuer == issuer
