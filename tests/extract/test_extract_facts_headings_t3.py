"""Titles, kinds, periods and issuers of institutions' plans and reports (task titles3, invented
schools, districts and wording): a body's sentence is no title (extract/facts/title_prose.py),
report notes written otherwise ("Справка о проведённых мероприятиях …", "Сведения о реализации
…") are reports whose "в" names the institution that held the measures, a report title's bare
year loses to the time its text states, an owner's line under a grif is no heading, an approval
stamp's body outranks a letterhead, and a plan's "в МБОУ …" names no issuer (CONTRACT)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.title_prose import heading_of, is_prose
from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, table, txt_doc

_TABLE = ("\n№\tМероприятие\tСрок\tОтветственный\n"
          "1\tБеседы с родителями\tОктябрь\tКлассные руководители\n"
          "2\tВыставка рисунков\tНоябрь\tУчитель ИЗО\n")
_DONE = ("\n№\tМероприятие\tСрок\tОтветственный\tОтметка о выполнении\n"
         "1\tБеседы с родителями\tОктябрь\tКлассные руководители\tВыполнено\n"
         "2\tВыставка рисунков\tНоябрь\tУчитель ИЗО\tВыполнено\n")


@pytest.mark.parametrize(("text", "prose"), [
    ("Настоящий план составлен с учётом рекомендаций районного объединения и результатов "
     "диагностики прошлого года.", True),
    ("В 2024 году коллектив гимназии продолжил работу над темой «Смысловое чтение».", True),
    ("План мероприятий по озеленению двора утверждён на заседании управляющего совета.", True),
    ("Мы составили для родителей план общих праздников на весну", True),
    # headings: no main clause's verb, or a genre word first and nothing else of a sentence
    ("План работы школьного музея на 2025-2026 учебный год", False),
    ("ИЗМЕНЕНИЯ, которые вносятся в муниципальную программу «Развитие образования»", False),
    ("Как организован отдых детей в летние каникулы", False),
    ("Программа «Мы помним, мы гордимся» на 2025 год", False),
    ("Отчёт о результатах самообследования за 2024 год.", False),
])
def test_prose_or_heading(ctx: Ctx, text: str, prose: bool) -> None:
    assert is_prose(ctx, text) is prose


@pytest.mark.parametrize(("text", "heading"), [
    ("Настоящий план составлен с учётом рекомендаций районного объединения. ПЛАН РАБОТЫ "
     "СОВЕТА ОТЦОВ на 2025-2026 учебный год", "ПЛАН РАБОТЫ СОВЕТА ОТЦОВ на 2025-2026 учебный год"),
    ("В 2024 году школа продолжила работу над темой. Информация о выполнении плана работы за "
     "2024 год", "Информация о выполнении плана работы за 2024 год"),
    ("В 2024 году школа продолжила работу над темой «Читаем вместе».", None),
    ("План работы кружка «Умелые руки». Выставка работ", "План работы кружка «Умелые руки». "
                                                         "Выставка работ"),
])
def test_heading_of(ctx: Ctx, text: str, heading: str | None) -> None:
    assert heading_of(ctx, text)[0] == heading


@pytest.mark.parametrize(("text", "title"), [
    # a body's sentence alone over the table: no heading, no title
    ("Настоящий план составлен в соответствии с Федеральным законом «Об основах системы "
     "профилактики» и направлен на снижение числа правонарушений." + _TABLE, None),
    ("Мы подготовили для родителей план совместных мероприятий на весну." + _TABLE, None),
    # the sentence run into the heading under it (a text export's one block)
    ("Настоящий план составлен с учётом рекомендаций районного объединения.\n"
     "ПЛАН РАБОТЫ СОВЕТА ОТЦОВ\nна 2025-2026 учебный год" + _TABLE,
     "ПЛАН РАБОТЫ СОВЕТА ОТЦОВ на 2025-2026 учебный год"),
    # the body's first sentence run on to the heading with no full stop between
    ("Отчёт о результатах самообследования МБДОУ «Детский сад № 3 «Ёлочка» 2026\n"
     "Самообследование деятельности детского сада за 2025 год проведено комиссией.\n",
     "Отчёт о результатах самообследования МБДОУ «Детский сад № 3 «Ёлочка» 2026"),
    # an address and a sentence before the heading, one block
    ("Уважаемые родители!\nПредлагаем вашему вниманию план совместных мероприятий.\n"
     "План мероприятий с родителями воспитанников на 2025-2026 учебный год" + _TABLE,
     "План мероприятий с родителями воспитанников на 2025-2026 учебный год"),
    # the sentence a block of its own, the heading the next
    ("Настоящий план составлен с учётом рекомендаций районного объединения.\n\n"
     "План работы объединения учителей начальных классов\n" + _TABLE,
     "План работы объединения учителей начальных классов"),
    # a grif, the owner's name on its own line, then the heading: the owner is no heading
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Лицей № 8»\n__________ О.П. Берёзова\n30.08.2025\n"
     "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8»\n"
     "План работы школьной библиотеки на 2025-2026 учебный год" + _TABLE,
     "План работы школьной библиотеки на 2025-2026 учебный год"),
])
def test_title(tmp_path: Path, tools: ExtractTools, text: str, title: str | None) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


def test_docx_body_sentence_over_table_is_no_title(tools: ExtractTools) -> None:
    rows = table(("№", "Мероприятие", "Срок", "Ответственный"),
                 ("1", "Экскурсия в краеведческий музей", "Февраль", "Воспитатели"),
                 ("2", "Праздник «Наша армия»", "Февраль", "Музыкальный руководитель"))
    doc = docx_doc("В 2025 году педагоги детского сада продолжили работу по патриотическому "
                   "воспитанию дошкольников.", "Для этого запланированы следующие мероприятия.",
                   rows)
    assert facts_of(doc, tools).document.title is None


@pytest.mark.parametrize(("heading", "kind"), [
    ("Справка о проведённых мероприятиях в рамках месячника безопасности в МБОУ «Кленовская "
     "СОШ» за сентябрь 2025 года", "report"),
    ("Сведения о реализации программы «Здоровый дошкольник» за 2024-2025 учебный год", "report"),
    ("Сведения о ходе выполнения плана мероприятий по энергосбережению за 2024 год", "report"),
    ("Справка по итогам проверки ведения классных журналов за I полугодие", "report"),
    ("Справка о работе школьной библиотеки за 2024 год", "report"),
    ("Информация по итогам летней оздоровительной кампании 2025 года", "report"),
    ("Итоги работы школьного спортивного клуба за 2024-2025 учебный год", "report"),
    ("Результаты реализации программы «Одарённые дети» за 2024 год", "report"),
    ("Справка-информация о выполнении плана работы библиотеки за 2024 год", "report"),
    # a plan's appendix names no execution: the plan's kind
    ("Сведения о целевых показателях муниципальной программы «Развитие образования» на "
     "2025-2027 годы", "programme"),
    ("План мероприятий по энергосбережению на 2025 год", "roadmap"),
])
def test_report_notes(tmp_path: Path, tools: ExtractTools, heading: str, kind: str) -> None:
    assert facts_of(txt_doc(tmp_path, heading + _DONE), tools).document.kind == kind


@pytest.mark.parametrize(("heading", "issuer"), [
    # a report of measures held or a plan carried out: its "в" names who held them
    ("Справка о проведённых мероприятиях в рамках Недели здоровья в МКОУ «Ясеневская ООШ» "
     "за апрель 2025 года", "МКОУ «Ясеневская ООШ»"),
    ("Информация о выполнении плана мероприятий по противодействию коррупции в МАОУ «Лицей "
     "№ 6» за 2024 год", "МАОУ «Лицей № 6»"),
    ("Сведения о реализации программы «Здоровый дошкольник» в МБДОУ «Детский сад № 9 "
     "«Звёздочка» за 2024 год", "МБДОУ «Детский сад № 9 «Звёздочка»"),
    # a district after "в" is no institution
    ("Информация о выполнении плана мероприятий по профилактике безнадзорности в Кленовском "
     "районе за 2024 год", None),
    # a plan's "в МБОУ …" names where it is carried out, not who issued it (CONTRACT `issuer`)
    ("План мероприятий по профилактике детского травматизма в МБОУ «Осиновская СОШ» на "
     "2025-2026 учебный год", None),
    ("План работы с одарёнными детьми в МАДОУ № 14 «Ласточка» на 2025 год", None),
    # a kindergarten named in the nominative as the plan's or the task report's owner
    ("План работы МБДОУ детский сад № 8 «Колокольчик» на 2025-2026 учебный год",
     "МБДОУ детский сад № 8 «Колокольчик»"),
    ("Отчёт о выполнении муниципального задания МАДОУ детский сад № 7 «Ромашка» за 2024 год",
     "МАДОУ детский сад № 7 «Ромашка»"),
])
def test_owner_in_heading(tmp_path: Path, tools: ExtractTools, heading: str,
                          issuer: str | None) -> None:
    assert facts_of(txt_doc(tmp_path, heading + _DONE), tools).document.issuer == issuer


_PLAN_HEAD = "План работы методического объединения на 2025-2026 учебный год" + _TABLE


@pytest.mark.parametrize(("top", "issuer"), [
    # the approval stamp names the act's body: it outranks the letterhead (CONTRACT `issuer`)
    ("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КЛЕНОВСКОГО РАЙОНА\nУТВЕРЖДЕНО\nприказом директора МБОУ "
     "«Гимназия № 3» от 29.08.2025 № 156\n", "МБОУ «Гимназия № 3»"),
    ("Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 3»\nУТВЕРЖДЕН\n"
     "приказом отдела образования администрации Кленовского района\nот 12.09.2025 № 411\n",
     "Отдел образования администрации Кленовского района"),
    # a stamp naming no body: the letterhead
    ("Муниципальное автономное общеобразовательное учреждение «Лицей № 5»\nУТВЕРЖДЕНО\n"
     "приказом от 29.08.2025 № 156\n",
     "Муниципальное автономное общеобразовательное учреждение «Лицей № 5»"),
])
def test_stamp_over_letterhead(tmp_path: Path, tools: ExtractTools, top: str,
                               issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, top + _PLAN_HEAD), tools).document.issuer == issuer


@pytest.mark.parametrize(("text", "years"), [
    # a bare year closing the title loses to the time the text states
    ("Отчёт о самообследовании 2025\nОбщие сведения об организации\nОтчёт составлен по "
     "состоянию на 31 декабря 2024 года.\n", (2024, 2024)),
    ("Отчёт о самообследовании 2025\n\nСамообследование деятельности за 2024 год проведено "
     "рабочей группой.\n", (2024, 2024)),
    # alone, it is the report's year
    ("ОТЧЕТ О САМООБСЛЕДОВАНИИ 2023\n\nРабочая группа изучила документы и провела опросы.\n",
     (2023, 2023)),
    ("Отчёт о результатах самообследования 2024\n\nСамообследование проводила рабочая группа "
     "по итогам на 31 декабря 2024 года.\n", (2024, 2024)),
    # a season's plan states its year with an adjective before "период"
    ("План работы МКДОУ детский сад «Теремок» на летний оздоровительный период 2025 года"
     + _TABLE, (2025, 2025)),
])
def test_period(tmp_path: Path, tools: ExtractTools, text: str, years: tuple[int, int]) -> None:
    got = parse_period(facts_of(txt_doc(tmp_path, text), tools).document.period_text or "")
    assert got is not None and (got.start_year, got.end_year) == years


def test_held_report_heading_over_two_paragraphs(tools: ExtractTools) -> None:
    """"Сведения о реализации программы «…»" / "в МБДОУ «…» за 2025 год": the lower-case
    paragraph goes on the heading, its institution held the measures."""
    rows = table(("№", "Мероприятие", "Срок", "Отметка о выполнении"),
                 ("1", "Утренняя гимнастика", "Ежедневно", "Выполнено"),
                 ("2", "Праздник «Весёлые старты»", "Март 2025 г.", "Выполнено"))
    doc = docx_doc("Сведения о реализации программы «Крепыш»",
                   "в МКДОУ «Детский сад № 2 «Радуга» за 2025 год", rows, bold=(0, 1))
    assert facts_of(doc, tools).document.issuer == "МКДОУ «Детский сад № 2 «Радуга»"


def test_body_sentence_opening_with_report_word_is_no_title(tools: ExtractTools) -> None:
    """A card's fields under a report's heading, then "Отчёт составлен по состоянию на …": the
    sentence is no title the fields stand over as a letterhead; the card's full name is the
    issuer."""
    doc = pdf_doc("Отчёт о самообследовании 2026",
                  "1. Общие сведения об образовательной организации",
                  "Полное наименование: Муниципальное казённое общеобразовательное учреждение "
                  "«Основная школа № 6»",
                  "Сокращённое наименование: МКОУ «ОШ № 6»",
                  "Отчёт составлен по состоянию на 31 декабря 2025 года рабочей группой школы.",
                  bold=(0, 1))
    got = facts_of(doc, tools).document
    assert (got.issuer, got.period_text) == (
        "Муниципальное казённое общеобразовательное учреждение «Основная школа № 6»", "2025")
