"""Municipal departments' acts and institutions' orders (session facts62): an order's
requisites printed one per line under its act word in normal case; a kindergarten's letterhead
whose own name runs onto a line opened with a dash, its short name in spaced brackets under it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, table, txt_doc

_SCHOOL = ("Муниципальное казённое общеобразовательное учреждение\n"
           "«Основная общеобразовательная школа № 2» с. Кедровое\n\n")
_BODY = ("О создании школьной службы примирения\n\nВ целях профилактики конфликтов\n"
         "ПРИКАЗЫВАЮ:\n1. Создать службу примирения.\n2. Контроль оставляю за собой.\n"
         "Директор школы А.А. Сидоров\n")


@pytest.mark.parametrize(("requisites", "number", "date"), [
    ("Приказ\n03.02.2022\n№ 17-о\n", "17-о", "2022-02-03"),
    ("ПРИКАЗ\nот 03.02.2022\n№ 17-о\n", "17-о", "2022-02-03"),
    ("Приказ\nот 3 февраля 2022 г.\nN 17\n", "17", "2022-02-03"),
    # the date and number on one line under the word: read as before
    ("Приказ\n03.02.2022 № 17-о\n", "17-о", "2022-02-03"),
], ids=["plain-word", "caps-word", "words-date", "one-line"])
def test_requisites_one_per_line(tools: ExtractTools, tmp_path: Path, requisites: str,
                                 number: str, date: str) -> None:
    found = facts_of(txt_doc(tmp_path, _SCHOOL + requisites + _BODY), tools).document
    assert (found.order_number, iso_date(found.order_date_text)) == (number, date)
    assert found.title == "О создании школьной службы примирения"


def test_requisites_one_per_line_docx(tools: ExtractTools) -> None:
    doc = docx_doc("Муниципальное казённое общеобразовательное учреждение",
                   "«Основная общеобразовательная школа № 2» с. Кедровое", "Приказ",
                   "03.02.2022", "№ 17-о", "О создании школьной службы примирения",
                   "ПРИКАЗЫВАЮ:", "1. Создать службу примирения.")
    found = facts_of(doc, tools).document
    assert (found.order_number, iso_date(found.order_date_text)) == ("17-о", "2022-02-03")


def test_word_alone_over_a_date_is_no_header(tools: ExtractTools, tmp_path: Path) -> None:
    # a list of document types: the word and a date under it, no number line — no act read
    text = ("Перечень документов\n\nПриказ\n03.02.2022\nПоложение о службе\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert found.order_number is None


_FULL = ("Муниципальное автономное дошкольное образовательное учреждение - Центр развития "
         "ребенка детский сад № 3 «Радуга» п. Сосновка")
_ORDER = ("\n\nПРИКАЗ\n15.05.2024 № 52\nОб организации летней оздоровительной работы\n\n"
          "ПРИКАЗЫВАЮ:\n1. Организовать работу.\nЗаведующий Н.Н. Орлова\n")


@pytest.mark.parametrize(("letterhead", "issuer"), [
    ("Муниципальное автономное дошкольное образовательное учреждение\n"
     "- Центр развития ребенка детский сад № 3 «Радуга» п. Сосновка", _FULL),
    ("Муниципальное автономное дошкольное образовательное учреждение\n"
     "- Центр развития ребенка детский сад № 3 «Радуга» п. Сосновка\n"
     "( МАДОУ № 3 «Радуга» п. Сосновка)", _FULL),
    ("Муниципальное автономное дошкольное образовательное учреждение\n"
     "– детский сад № 3 «Радуга» п. Сосновка",
     "Муниципальное автономное дошкольное образовательное учреждение – детский сад № 3 "
     "«Радуга» п. Сосновка"),
    # the short name's brackets with spaces inside, the name on its lines above
    ("Муниципальное автономное дошкольное образовательное учреждение\n"
     "детский сад № 3 «Радуга» п. Сосновка\n( МАДОУ № 3 «Радуга» п. Сосновка )",
     "Муниципальное автономное дошкольное образовательное учреждение детский сад № 3 "
     "«Радуга» п. Сосновка"),
], ids=["dash-line", "dash-line-short", "en-dash", "spaced-brackets"])
def test_letterhead_name_on_a_dash_line(tools: ExtractTools, tmp_path: Path, letterhead: str,
                                        issuer: str) -> None:
    found = facts_of(txt_doc(tmp_path, letterhead + _ORDER), tools).document
    assert found.issuer == issuer


def test_letterhead_dash_line_pdf(tools: ExtractTools) -> None:
    doc = pdf_doc("Муниципальное автономное дошкольное образовательное учреждение",
                  "- Центр развития ребенка детский сад № 3 «Радуга» п. Сосновка",
                  "ПРИКАЗ", "15.05.2024 № 52", "Об организации летней оздоровительной работы",
                  "ПРИКАЗЫВАЮ:", "1. Организовать работу.")
    assert facts_of(doc, tools).document.issuer == _FULL


_DEPARTMENT = ("ОТДЕЛ ОБРАЗОВАНИЯ\n\nадминистрации Кедровского муниципального района\n\n"
               "П Р И К А З\n\n")


@pytest.mark.parametrize(("under", "title"), [
    # the day the subject is about, written out alone under it: part of the subject
    ("О дежурстве в образовательных учреждениях в период празднования\n\n"
     "1 мая 2019 года\n\n",
     "О дежурстве в образовательных учреждениях в период празднования 1 мая 2019 года"),
    # the act's own day printed again under the subject: no part of it
    ("О дежурстве в образовательных учреждениях\n\n18 апреля 2019 года\n\n",
     "О дежурстве в образовательных учреждениях"),
], ids=["named-day", "own-day-again"])
def test_subject_goes_on_with_the_day_it_names(tools: ExtractTools, tmp_path: Path, under: str,
                                               title: str) -> None:
    text = (_DEPARTMENT + "18 апреля 2019 г. № 61\n\n" + under
            + "В целях обеспечения безопасности\n\nП Р И К А З Ы В А Ю :\n\n1. Назначить.\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert found.title == title
    assert found.issuer == "Отдел образования администрации Кедровского муниципального района"


@pytest.mark.parametrize(("letterhead", "issuer"), [
    ("КОМИТЕТ ПО ОБРАЗОВАНИЮ\nадминистрации Луговского муниципального района\n",
     "Комитет по образованию администрации Луговского муниципального района"),
    ("МУНИЦИПАЛЬНЫЙ ОТДЕЛ ПО ОБРАЗОВАНИЮ\nадминистрации Луговского муниципального района\n",
     "Муниципальный отдел по образованию администрации Луговского муниципального района"),
], ids=["committee", "municipal-department"])
def test_letterhead_capitals_over_normal_case(tools: ExtractTools, tmp_path: Path,
                                              letterhead: str, issuer: str) -> None:
    text = (letterhead + "\nПРИКАЗ\n\n05.10.2018 № 77\n\nО проведении месячника\n\n"
            "ПРИКАЗЫВАЮ:\n1. Провести.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


_NOTE = ("Комитет по образованию администрации\n\nЛуговского муниципального района\n\n"
         "Лесной области\n\n{chrome}\n\nАналитическая записка о выполнении плана мероприятий\n\n"
         "Проведён анализ выполнения плана мероприятий образовательными учреждениями "
         "Луговского муниципального района за 2022 год. Проверены отчеты 12 учреждений.\n")


@pytest.mark.parametrize("chrome", [
    "ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ",
    "Версия сайта для слабовидящих",
    "ул. Лесная 5 (35) 2-10-10 Адрес электронной почты защищен от спам-ботов. Для просмотра "
    "адреса в браузере должен быть включен Javascript.",
], ids=["accessible-caps", "accessible-site", "mail-notice"])
def test_department_note_under_site_chrome(tools: ExtractTools, tmp_path: Path,
                                           chrome: str) -> None:
    found = facts_of(txt_doc(tmp_path, _NOTE.format(chrome=chrome)), tools).document
    assert found.kind == "report"
    assert found.title == "Аналитическая записка о выполнении плана мероприятий"
    assert found.issuer == "Комитет по образованию администрации Луговского муниципального района"


@pytest.mark.parametrize(("preamble", "period"), [
    # the grounds' year in a preamble run on into the operative verb: no term of the act
    ("В связи с ростом цен в 2021 году, руководствуясь Уставом района, администрация района",
     None),
    ("В соответствии с планом работы на 2021-2022 годы, администрация района", None),
    # the act's subject names its term: read as before
    (None, "2022-2024"),
], ids=["grounds-year", "grounds-range", "subject-years"])
def test_preamble_years_are_no_period(tools: ExtractTools, preamble: str | None,
                                      period: str | None) -> None:
    subject = ("Об утверждении плана мероприятий на 2022-2024 годы" if preamble is None
               else "Об организации питания обучающихся с 1 января 2022 года")
    doc = pdf_doc("Администрация Кедровского муниципального района Лесной области",
                  "ПОСТАНОВЛЕНИЕ от 28.12.2021г. № 512", subject,
                  preamble or "В целях организации работы администрация района",
                  "п о с т а н о в л я е т:", "1. Организовать питание обучающихся.")
    got = facts_of(doc, tools).document.period_text
    assert (got if got is None else "-".join(re.findall(r"20\d\d", got))) == period


_MEASURES_HEAD = ("№ п/п", "Мероприятие", "Объём финансирования, тыс. руб.", "Срок исполнения",
                  "Ожидаемый результат")


@pytest.mark.parametrize(("terms", "period"), [
    # each row planned year by year, the years stacked in its term cell as its money is
    (("2021\n2022\n2023", "2021\n2022\n2023"), "2021-2023"),
    # one row alone stacking years, the other a single year: no plan's years
    (("2021\n2022", "2023"), None),
], ids=["stacked-years", "one-row"])
def test_measures_table_stacked_term_years(tools: ExtractTools, terms: tuple[str, str],
                                           period: str | None) -> None:
    doc = docx_doc(table(_MEASURES_HEAD,
                         ("1.1.", "Организация горячего питания учащихся 1-4 классов",
                          "120,0\n130,0\n140,0", terms[0], "Охват питанием 100% учащихся"),
                         ("1.2.", "Закупка технологического оборудования для столовых",
                          "50,0\n50,0\n50,0", terms[1], "Оснащение 5 столовых")))
    got = facts_of(doc, tools).document.period_text
    assert (got if got is None else "-".join(re.findall(r"20\d\d", got))) == period


_TASK_RUN = ("Приложение 2 к Порядку формирования муниципального задания {grif}Отдела "
             "образования администрации Кедровского муниципального района Лесной области "
             "(наименование органа, осуществляющего функции и полномочия учредителя) Начальник "
             "отдела Е.А.Фомина (должность) (подпись) \" 27 \" декабря (расшифровка подписи) "
             "2019 г. Муниципальное задание № на 2020 год и на плановый период 2021 и 2022 годов "
             "Наименование муниципального учреждения Форма по ОКУД Коды 0506001 муниципальное "
             "казенное общеобразовательное учреждение основная общеобразовательная школа "
             "с. Ольховка Кедровского муниципального района\n")


@pytest.mark.parametrize(("grif", "title", "issuer"), [
    ("УТВЕРЖДАЮ ", "Муниципальное задание № на 2020 год и на плановый период 2021 и 2022 годов",
     "Отдел образования администрации Кедровского муниципального района"),
    # no grif before it: a sentence naming a task in the run is no heading
    ("", None, None),
], ids=["grif-run", "no-grif"])
def test_task_form_in_one_run(tools: ExtractTools, tmp_path: Path, grif: str,
                              title: str | None, issuer: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, _TASK_RUN.format(grif=grif)), tools).document
    assert found.title == title
    if issuer:
        assert found.issuer == issuer
        assert found.kind == "order"


def test_task_form_run_signatory(tools: ExtractTools, tmp_path: Path) -> None:
    # the founder's head between the caption and the form's own captions
    doc = txt_doc(tmp_path, _TASK_RUN.format(grif="УТВЕРЖДАЮ "))
    assert [(s.name, s.position) for s in extract_document(doc, tools).document.signatories] \
        == [("Е.А. Фомина", "Начальник отдела")]


@pytest.mark.parametrize(("label", "value", "issuer"), [
    ("Дата утверждения Программы",
     "Постановление Администрации Кедровского района от 25.12.2020 N 811-па",
     "Администрация Кедровского района"),
    ("Дата утверждения Программы",
     "Постановление Администрации Кедровского района от 25.12.2020 N 811-па "
     "(в ред. от 12.03.2021 N 95-па)", "Администрация Кедровского района"),
    ("Нормативный правовой акт об утверждении Программы",
     "Приказ Управления образования администрации Кедровского района от 25.12.2020 № 90",
     "Управление образования администрации Кедровского района"),
], ids=["administration", "amended", "department"])
def test_passport_approval_row_names_the_issuer(tools: ExtractTools, label: str, value: str,
                                                issuer: str) -> None:
    # the page opens with the appendix line naming the act without its body
    doc = docx_doc("Приложение к постановлению от 25.12.2020 № 811-па",
                   "Паспорт муниципальной программы «Одарённые дети» на 2021-2023 годы",
                   table(("Наименование Программы",
                          "Муниципальная программа «Одарённые дети» на 2021-2023 годы"),
                         ("Основание для разработки Программы",
                          "Федеральный закон «Об образовании в Российской Федерации»"),
                         ("Разработчик Программы",
                          "Отдел образования администрации Кедровского района"),
                         ("Исполнители Программы", "Общеобразовательные учреждения района"),
                         (label, value)))
    # the whole pipeline: the passport's developer is read from its table first
    assert extract_document(doc, tools).document.issuer == issuer
