"""Document facts of amending and regional acts from legal sites (round 50c, written again with
invented bodies and places): an item restating the plan it names with the plan's heading under
it, an autonomous region closing the issuer's name, the operative line kept in the subject's
block, the amended plan's years named only in items, a signature glued by a site's text, an
edition note inside an amending item."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.issuer_finish import strip_region
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.layout import numbering
from normalize.record import default_tools
from pipelines.run import extract_tools, process_file

_HEAD = ("МЭРИЯ ГОРОДА ЛЕСНОГОРСКА\nПОСТАНОВЛЕНИЕ\nот 5 мая 2020 года N 77\n"
         "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ МЭРИИ ГОРОДА ОТ 01.02.2019 N 15\n"
         "мэрия города\nПОСТАНОВЛЯЕТ:\n"
         "1. Внести в постановление мэрии города от 01.02.2019 N 15 следующие изменения:\n")
_NAMED = ('1.1. Муниципальную программу "Чтение детям" на 2019 - 2023 годы, утвержденную '
          "постановлением мэрии города от 01.02.2019 N 15, изложить в следующей редакции:\n")
_HEADING = '"Муниципальная программа "Чтение детям" на 2019 - 2023 годы"\n'
_STAMP = ('"Утверждена постановлением мэрии города от 1 февраля 2019 года N 15 (изложена в '
          "редакции постановления мэрии города от 5 мая 2020 года N 77)\n"
          'Муниципальная программа "Чтение детям" на 2019 - 2023 годы\n')
_RUN_ON = ('1.1. в пункте 3 слова "отдел" заменить словами "управление"; 2) муниципальную '
           'программу "Чтение детям" на 2019 - 2023 годы изложить в новой редакции:\n')


def _document(text: str, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    return {"kind": doc.kind, "title": doc.title, "issuer": doc.issuer, "period": doc.period,
            "order": doc.order.number if doc.order else None,
            "signatories": [(s.name, s.position) for s in doc.signatories]}


@pytest.mark.parametrize(("text", "kind", "title", "order"), [
    # the item names the plan it restates, its heading opened by the restated text's quote
    (_HEAD + _NAMED + _HEADING, "programme",
     'Муниципальная программа "Чтение детям" на 2019 - 2023 годы', "77"),
    # the quoted stamp names the original act under the amending one (a stack of stamps)
    (_HEAD + _NAMED + _STAMP, "programme",
     'Муниципальная программа "Чтение детям" на 2019 - 2023 годы', "15"),
    # items run on in one line: the clause after the last marker names the plan
    (_HEAD + _RUN_ON + _STAMP, "programme",
     'Муниципальная программа "Чтение детям" на 2019 - 2023 годы', "15"),
    # an item restating a section: the quoted text that follows is no plan's heading
    (_HEAD + "1.1. Раздел 3 изложить в следующей редакции:\n"
     '"3. Муниципальная программа реализуется в 2019 - 2023 годах."\n', "order",
     "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ МЭРИИ ГОРОДА ОТ 01.02.2019 N 15", "77"),
])
def test_restated_plan_named_by_item(text: str, kind: str, title: str, order: str,
                                     tmp_path: Path) -> None:
    got = _document(text, tmp_path)
    assert (got["kind"], got["title"], got["order"]) == (kind, title, order)


@pytest.mark.parametrize(("name", "stripped"), [
    ("Мэрия города Лесногорска Лесной автономной области", "Мэрия города Лесногорска"),
    ("АДМИНИСТРАЦИЯ ГОРОДА КЕДРОВСКА Кедровского автономного округа – Тайги",
     "АДМИНИСТРАЦИЯ ГОРОДА КЕДРОВСКА"),
    ("Дума Луговского района Луговского автономного округа", "Дума Луговского района"),
    # the region's own body keeps its region: no municipality before it
    ("Департамент образования Кедровского автономного округа – Тайги",
     "Департамент образования Кедровского автономного округа – Тайги"),
])
def test_autonomous_region_after_municipality(name: str, stripped: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=extract_tools(default_tools()),
              vocab=facts_vocab())
    assert strip_region(ctx, name) == stripped


_REGIONAL = ("ПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 2 апреля 2019 г. № 118\n"
             "О внесении изменений в государственную\n"
             "программу Луговской области «Чтение»\n")


@pytest.mark.parametrize(("operative", "title"), [
    ("Правительство Луговской области ПОСТАНОВЛЯЕТ:\n",
     "О внесении изменений в государственную программу Луговской области «Чтение»"),
    ("Правительство области постановляет:\n",
     "О внесении изменений в государственную программу Луговской области «Чтение»"),
])
def test_operative_line_ends_subject(operative: str, title: str, tmp_path: Path) -> None:
    text = _REGIONAL + operative + "1. Внести в программу изменения согласно приложению.\n"
    assert _document(text, tmp_path)["title"] == title


_PREAMBLE = ("В соответствии с Уставом города постановляю:\n"
             '1. Внести в муниципальную программу "Чтение детям" на 2024 - 2029 годы, '
             "утвержденную постановлением мэрии города от 10.10.2023 N 27 (в редакции "
             "постановления мэрии города от 14.02.2024 N 40), следующие изменения:\n"
             '1.1. В паспорте строку "Исполнитель" изложить в новой редакции:\n')
_CHANGES = (_REGIONAL.replace("«Чтение»", "")
            + "Правительство области\nпостановляет:\n"
            "1. Утвердить прилагаемые изменения.\n"
            "Исполняющийобязанности\nгубернатораЛуговской области И.П.Соснин\n"
            "Приложение\nк постановлению\nПравительства\nЛуговской области\n"
            "от 02.04.2019 № 118\nИзменения,\nвносимыев государственную программу "
            '"Чтение\nЛуговскойобласти на 2015 - 2021 годы"\n')


@pytest.mark.parametrize(("text", "field", "expected"), [
    # the amended plan's years named only in the item: no period; its edition note no issuer
    (_PREAMBLE, "period", None),
    (_PREAMBLE, "issuer", None),
    # the heading of the changes an act approves names the amended plan's years: no period
    (_CHANGES, "period", None),
    # a site's text glued the signature's words: read with its spaces back
    (_CHANGES, "signatories",
     [("И.П.Соснин", "Исполняющий обязанности губернатора Луговской области")]),
])
def test_amending_act_fields(text: str, field: str, expected: object, tmp_path: Path) -> None:
    assert _document(text, tmp_path)[field] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an item an amendment inserted after item 4 numbers its row as "4-б"
    ("4-б Реконструкция здания", "4-б"),
    ("12.3 Ремонт кровли", "12.3"),
    # ordinals are no item numbers
    ("1-й этап реконструкции", None),
    ("2-е полугодие", None),
])
def test_item_number_with_letter(text: str, expected: str | None) -> None:
    got = (numbering(text) or "").strip() or None
    assert got == expected


def test_one_row_table_read_from_content(tmp_path: Path) -> None:
    """An amending act restates one plan row as a table of one row: that row is no header
    (nothing stands under it), its cells' content says the columns' roles."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("1. Внести в программу следующие изменения: подпункт 2-а изложить в "
                      "следующей редакции:")
    table = doc.add_table(rows=1, cols=4)
    for c, text in enumerate(("2-а Строительство спортивного зала школы в п. Лесной", "2021",
                              "Бюджет района", "Администрация Лесного района, Отдел "
                              "образования")):
        table.cell(0, c).text = text
    path = tmp_path / "act.docx"
    doc.save(str(path))
    got = process_file(path).activities
    assert [(a.number, a.title, a.responsibles) for a in got] == [
        ("2-а", "Строительство спортивного зала школы в п. Лесной",
         ["Администрация Лесного района", "Отдел образования"])]
