"""Institutions' own orders and title pages (session facts64): an extract of an order on the
body's letterhead; a number with a quoted capital letter; the approving order's number under
its date in a narrow grif; a subject going on in the institution's short name; a letterhead's
municipal district over a school named after its seat town; a school named after a title's
years; a letterhead under an appendix stamp that a site's widgets push down; a name before
its signature blank and a town's line closing a quoted name (invented names and wording)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.owner_after_period import owner_after_period
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, table, txt_doc

_LETTERHEAD = ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nРЕСПУБЛИКА ЛУГОВИЯ\nКЛЁНОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН\n"
               "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ\n"
               "УЧРЕЖДЕНИЕ «ГИМНАЗИЯ № 5 г. КЛЁНОВКИ»\n"
               "369200, г. Клёновка, ул. Полевая, 3\n\n")
_BODY = ("\n\nОб организации дежурства\nв период осенних каникул\n\nПРИКАЗЫВАЮ:\n"
         "1. Назначить дежурных.\n\nДиректор гимназии ________ Л.Д. Вязова\n")
_FULL = "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 5 г. Клёновки»"


@pytest.mark.parametrize(("head", "number", "date"), [
    ("ВЫПИСКА ИЗ ПРИКАЗА\n№ 81\n27.10.2023г.\nг. Клёновка", "81", "2023-10-27"),
    ("Выписка из приказа\n27.10.2023г. № 81", "81", "2023-10-27"),
    # the requisites' line under the prefixed word: a quoted capital letter in the number
    ("ВЫПИСКА ИЗ ПРИКАЗА\n27 октября 2023 года\n№81 «К»", "81 «К»", "2023-10-27"),
    ("ПРИКАЗ\n27.10.2023 № 81 «к»", "81 «к»", "2023-10-27"),
], ids=["extract-caps", "extract-normal-case", "quoted-capital", "quoted-lower"])
def test_extract_of_an_order(tools: ExtractTools, tmp_path: Path, head: str, number: str,
                             date: str) -> None:
    found = facts_of(txt_doc(tmp_path, _LETTERHEAD + head + _BODY), tools).document
    assert (found.order_number, iso_date(found.order_date_text)) == (number, date)
    assert (found.issuer, found.title) == (
        _FULL, "Об организации дежурства в период осенних каникул")


@pytest.mark.parametrize(("second", "title"), [
    ("МБОУ «Гимназия № 5» на 2023-2024 учебный год",
     "О внесении изменений в ООП ООО МБОУ «Гимназия № 5» на 2023-2024 учебный год"),
    # a line under a subject closed by a full stop starts something else
    ("МБОУ «Гимназия № 5» сообщает расписание", "О внесении изменений в ООП ООО"),
], ids=["short-name-line", "closed-subject"])
def test_subject_goes_on_in_the_short_name(tools: ExtractTools, second: str, title: str) -> None:
    first = "О внесении изменений в ООП ООО" + ("." if "сообщает" in second else "")
    doc = pdf_doc("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ГИМНАЗИЯ № 5»",
                  "П Р И К А З", "№ 81", "27.10.2023г.", first, second,
                  "На основании решения педагогического совета", bold=(0, 1, 4, 5))
    assert facts_of(doc, tools).document.title == title


@pytest.mark.parametrize(("grif", "number"), [
    (("УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 4»", "А.А. Дубова", "Приказ от 02.09.2024 г.",
      "№ 15-од"), "15-од"),
    (("УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 4»", "А.А. Дубова", "Приказ от 02.09.2024 г.",
      "№ 15"), "15"),
    # the date alone: no number read from a later line that is no number's
    (("УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 4»", "А.А. Дубова", "Приказ от 02.09.2024 г."), None),
], ids=["code", "digits", "no-number"])
def test_grif_number_under_its_date(tools: ExtractTools, grif: tuple[str, ...],
                                    number: str | None) -> None:
    doc = docx_doc("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СОШ № 4»",
                   table(("СОГЛАСОВАНО\nПедагогическим советом\nПротокол № 1",
                          "\n".join(grif))),
                   "Программа воспитания", "на 2024-2025 учебный год", bold=(0, 2, 3))
    found = facts_of(doc, tools).document
    assert (found.order_number, iso_date(found.order_date_text)) == (number, "2024-09-02")


def test_district_over_its_seat_town(tmp_path: Path) -> None:
    # the title names the gymnasium with its town; the letterhead the district it belongs to
    from pipelines.run import process_file

    text = _LETTERHEAD + (
        "ПРИКАЗ\n№ 81\n27.10.2023г.\nг. Клёновка\n\nО внесении изменений в учебный план\n"
        "МБОУ «Гимназия № 5 г. Клёновки» на 2023-2024 учебный год\n\nПРИКАЗЫВАЮ:\n"
        "1. Внести изменения.\n")
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    assert (doc.municipality, doc.region) == ("Клёновский район", "Республика Луговия")


@pytest.mark.parametrize(("title", "owner"), [
    ("План основных мероприятий по подготовке к празднику весны в 2025 году МБОУ «Лесная "
     "СОШ № 2»", "МБОУ «Лесная СОШ № 2»"),
    ("План работы по профилактике травматизма на 2024-2025 учебный год МБДОУ № 7",
     "МБДОУ № 7"),
    ("План мероприятий по безопасности на 2025 г. МАОУ «Гимназия № 1»", "МАОУ «Гимназия № 1»"),
    # a school the plan is carried out in comes with its own preposition
    ("План мероприятий по безопасности на 2025 год в МБОУ «Лесная СОШ № 2»", None),
    # a number, no year, before the name
    ("План мероприятий по безопасности № 2 МБОУ «Лесная СОШ № 2»", None),
], ids=["in-year", "school-year", "year-abbreviated", "in-school", "no-years"])
def test_school_named_after_the_years(ctx: Ctx, title: str, owner: str | None) -> None:
    assert owner_after_period(ctx, title) == owner


def test_letterhead_under_appendix_stamp_below_site_widgets(tools: ExtractTools,
                                                            tmp_path: Path) -> None:
    text = ("Решаем вместе\nНе убран снег во дворе? Напишите нам.\n.\n"
            "-->\nМы в соц.сетях\nВерсия для печати\nНовости\n\nПриложение № 3\n"
            "к Образовательной программе\nМБДОУ № 9\n\n"
            "Муниципальное бюджетное дошкольное образовательное учреждение\n"
            "детский сад № 9 «Ласточка»\nг. Ольховск, ул. Речная 2\n\nПРИНЯТО\n"
            "Протокол педагогического совета\n№ 3 от 28.05.2025г.\n\nУТВЕРЖДАЮ\n"
            "Заведующий МБДОУ № 9\n_____________ /Н.П. Осокина/\n\n"
            "ПЛАН ЛЕТНЕЙ ОЗДОРОВИТЕЛЬНОЙ РАБОТЫ НА 2025 ГОД\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert found.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение "
                            "детский сад № 9 «Ласточка»")


@pytest.mark.parametrize(("lines", "signed"), [
    # the name before its blank, then the stamp's broken capitals closing with the town
    (("УТВЕРЖДАЮ:", "Директор МБОУ «СОШ № 6»", "Рябова О.К. ______________",
      "Пр", "№_____от_____________2024 г.", "МУНИЦИПАЛЬНОЕ", "БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ \"",
      "СРЕДНЯЯ ШКОЛА № 6\"", "Г. ЛЕСНОГОРСКА"),
     [("Рябова О.К.", "Директор МБОУ «СОШ № 6»")]),
    # the town's line alone after a quote closing no name still no signature
    (("УТВЕРЖДАЮ:", "Директор МБОУ «СОШ № 6»", "______________ О.К. Рябова",
      "«ШКОЛА № 6»", "Г. ЛЕСНОГОРСКА"),
     [("О.К. Рябова", "Директор МБОУ «СОШ № 6»")]),
], ids=["name-before-blank", "name-after-blank"])
def test_town_line_after_a_quoted_name_signs_nothing(tools: ExtractTools, tmp_path: Path,
                                                     lines: tuple[str, ...],
                                                     signed: list[tuple[str, str]]) -> None:
    text = ("Муниципальное бюджетное общеобразовательное учреждение\n«Средняя школа № 6» "
            "г. Лесногорска\n\n" + "\n".join(lines) + "\n\nПРОГРАММА ВОСПИТАНИЯ\n"
            "НА 2024–2025 УЧЕБНЫЙ ГОД\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert [(s.name, s.position) for s in found.signatories] == signed
