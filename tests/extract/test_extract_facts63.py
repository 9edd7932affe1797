"""Schools' and kindergartens' reports from their first pages (session facts63): a site's card
over the report's own heading closed by a full stop after its years; a goal stated in a
sentence that the next sentence of the body does not go on; a signing tool's stamp printing its
certificate's fields between a heading's genre word and the rest of it; a school's first page
run into one line (its title in capitals after an order's number closing with letters, the
cover's town and year under it); a kind word in capitals glued to its number in a name; a
report's card whose name label a text export printed before its value, or wrapped into the
value's lines; a certificate's term in the card, no period of the report; an approver's
surname that may stand in the nominative kept as printed; a grif's settlement of a rural
settlement ("с.п.") on the line under the institution's quoted name, its signer's surname first
under it; the federal self-examination form's count in its unit column beside a share's "%"
column; a council's grif above a report's heading whose opener a scan misread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.goals import first_statement
from extract.facts.issuer_finish import finish
from extract.pipeline import extract_document
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, table, txt_doc

_OWN = "Публичный доклад заведующей МБДОУ «Детский сад № 4» за 2021-2022 учебный год"
_BODY = ("\n\nДоклад знакомит родителей с жизнью детского сада и его планами на следующий "
         "учебный год, с итогами работы педагогов.\n\n1. Общие сведения\n")


@pytest.mark.parametrize(("card", "own", "title"), [
    # the card's year word glued to its years, the own heading closed by a full stop
    ("Публичный доклад 2021-2022гг.", f"{_OWN}.", _OWN),
    ("Публичный доклад 2021-2022 гг.", f"{_OWN}.", _OWN),
    ("Отчет о самообследовании 2022г.", "Отчет о результатах самообследования МБОУ СОШ № 9 "
     "за 2022 год.", "Отчет о результатах самообследования МБОУ СОШ № 9 за 2022 год"),
    # no full stop: read as before
    ("Публичный доклад 2021-2022гг.", _OWN, _OWN),
], ids=["glued-years-stop", "spaced-years-stop", "one-year-stop", "no-stop"])
def test_own_heading_closed_by_a_stop(tools: ExtractTools, tmp_path: Path, card: str, own: str,
                                      title: str) -> None:
    found = facts_of(txt_doc(tmp_path, f"{card}\n\n{own}{_BODY}"), tools).document
    assert found.title == title


def test_body_sentence_under_card_stays_no_title(tools: ExtractTools, tmp_path: Path) -> None:
    # a sentence of the body that goes on past its years is no heading: the card stays
    text = ("Публичный доклад 2021-2022гг.\n\nПубличный доклад подготовлен по итогам работы "
            "детского сада за 2021-2022 учебный год и размещён на сайте учреждения.\n")
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert found.title == "Публичный доклад 2021-2022гг."


@pytest.mark.parametrize(("text", "goal"), [
    ("дать родителям сведения о работе. Доклад составлен по материалам контроля",
     "дать родителям сведения о работе"),
    ("обеспечить открытость. Настоящий отчет утвержден заведующим",
     "обеспечить открытость"),
    # one more aim named as a noun phrase: no sentence of its own, kept
    ("создание условий для развития детей. Обеспечение их безопасности",
     "создание условий для развития детей. Обеспечение их безопасности"),
    # an abbreviation's full stop is no sentence's end
    ("открытость работы школы г. Лесного. Школа открыта для всех",
     "открытость работы школы г. Лесного"),
    ("развитие музея им. А.С. Пушкина", "развитие музея им. А.С. Пушкина"),
], ids=["prepared", "approved", "second-aim", "town-abbreviation", "initials"])
def test_goal_ends_at_the_next_statement(ctx: Ctx, text: str, goal: str) -> None:
    assert first_statement(ctx, text) == goal


def test_goal_sentence_in_a_report(tools: ExtractTools, tmp_path: Path) -> None:
    text = (f"{_OWN}\n\nЦель доклада – дать родителям сведения о работе детского сада. "
            "Доклад подготовлен по материалам контроля за 2021-2022 год.\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert list(found.goals) == ["дать родителям сведения о работе детского сада"]


_STAMP = ("Лунёва\tПодписан: Лунёва Ольга", "Викторовна", "Ольга", "DN: C=RU, OU=Директор,",
          "Викторовна", "O=МБОУ ООШ", "№ 3, CN=Лунёва Ольга", "Викторовна,",
          "Основание: Я подтверждаю", "этот", "документ", "Местоположение: место", "подписания",
          "Дата: 2024-04-15 10:22:07")
_HEAD = ("О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ", "МБОУ ООШ №3 ЗА 2023 ГОД")
_TITLE = "ОТЧЁТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МБОУ ООШ №3 ЗА 2023 ГОД"


@pytest.mark.parametrize(("stamp", "title"), [
    (_STAMP, _TITLE),
    ((*_STAMP, "Foxit PDF Reader Версия: 12.1.2"), _TITLE),
    # the stamp's fields without the signing time: no stamp is read, nothing is dropped
    (_STAMP[:3], "ОТЧЁТ"),
], ids=["fields", "reader-version", "no-signing-time"])
def test_signing_tool_stamp_inside_a_heading(tools: ExtractTools, stamp: tuple[str, ...],
                                             title: str) -> None:
    doc = pdf_doc("Отчет МБОУ ООШ №3 за 2023 год", "ОТЧЁТ", *stamp, *_HEAD, "РАЗДЕЛ I.",
                  bold=(1, len(stamp) + 2, len(stamp) + 3))
    found = facts_of(doc, tools).document
    assert found.title == title


def test_signing_tool_stamp_in_a_text_export(tools: ExtractTools, tmp_path: Path) -> None:
    # a text export joins the stamp's lines and the heading's rest into one paragraph
    text = ("Отчет МБОУ ООШ №3 за 2023 год\n\nОТЧЁТ\n" + "\n".join(_STAMP) + "\n"
            + "\n".join(_HEAD) + "\n\nРАЗДЕЛ I.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == _TITLE


_LETTERHEAD = ("Управление образования Администрации г. Лесогорска Муниципальное автономное "
               "общеобразовательное учреждение ЛИЦЕЙ№7 623100, г. Лесогорск ул. Парковая, 12 "
               "ИНН 6600000000 ")
_CAPS_TITLE = "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МАОУ ЛИЦЕЙ №7 ЗА 2022 ГОД"
_REST = (" Самообследование лицея выполнено согласно порядку, утвержденному приказом "
         "Министерства образования и науки Российской Федерации от 14.06.2013 № 462.")


@pytest.mark.parametrize(("grif", "cover", "number"), [
    ("УТВЕРЖДАЮ Директор МАОУ лицей № 7 ______ К.С. Беляев приказ от21.04.2023 г. № 61-О ",
     " Лесогорск, 2022 ВВЕДЕНИЕ", "61-О"),
    ("УТВЕРЖДАЮ Директор МАОУ лицей № 7 ______ К.С. Беляев приказ от 21.04.2023 г. № 61/од ",
     " г. Лесогорск 2022 г. ВВЕДЕНИЕ", "61/од"),
    ("УТВЕРЖДАЮ Директор МАОУ лицей № 7 ______ К.С. Беляев приказ от 21.04.2023 г. № 61 ",
     " Лесогорск, 2022 год ВВЕДЕНИЕ", "61"),
], ids=["letter-number-town-year", "slash-number-marked-town", "plain-number-year-word"])
def test_page_run_into_one_line(tools: ExtractTools, tmp_path: Path, grif: str, cover: str,
                                number: str) -> None:
    text = _LETTERHEAD + grif + _CAPS_TITLE + cover + _REST
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert (found.title, found.order_number, iso_date(found.order_date_text)) == (
        _CAPS_TITLE, number, "2023-04-21")
    assert [(s.name, s.position) for s in found.signatories] == [
        ("К.С. Беляев", "Директор МАОУ лицей № 7")]


@pytest.mark.parametrize(("name", "issuer"), [
    ("Муниципальное автономное общеобразовательное учреждение ЛИЦЕЙ№7",
     "Муниципальное автономное общеобразовательное учреждение лицей№7"),
    ("Муниципальное автономное общеобразовательное учреждение ГИМНАЗИЯ № 3",
     "Муниципальное автономное общеобразовательное учреждение гимназия № 3"),
    # an abbreviation in capitals stays
    ("Муниципальное автономное общеобразовательное учреждение СОШ№7",
     "Муниципальное автономное общеобразовательное учреждение СОШ№7"),
], ids=["glued-number", "spaced-number", "abbreviation"])
def test_kind_word_in_capitals_in_a_name(ctx: Ctx, name: str, issuer: str) -> None:
    assert finish(ctx, name) == issuer


_FULL = "Муниципальное бюджетное общеобразовательное учреждение «Ягодинская школа» Озёрского района"


@pytest.mark.parametrize(("card", "issuer"), [
    # the label's column printed whole before the value's, another label under it
    ("Наименование\nобразовательной\nорганизации\nДиректор\n\nМуниципальное\nбюджетное\n"
     "общеобразовательное\nучреждение «Ягодинская школа» Озёрского\nрайона Степной области.\n"
     "Краткое: МБОУ «Ягодинская школа».\nКоролёва Инна Павловна\n", _FULL),
    ("Наименование\nобщеобразовательной\nорганизации\n\nМуниципальное бюджетное\n"
     "общеобразовательное учреждение «Ягодинская школа» Озёрского района\n", _FULL),
    # the label's words opening the value's lines, the settlement's mark closing one
    ("Наименование\nобразовательной муниципальное\nбюджетное общеобразовательное\nучреждение "
     "«Ягодинская школа» с.\nорганизации\nЯгодное Озёрского района\nСтепной области\nДиректор\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Ягодинская школа» с. Ягодное "
     "Озёрского района"),
], ids=["label-column-first", "label-column-alone", "label-words-in-value-lines"])
def test_card_name_field_printed_apart(tools: ExtractTools, tmp_path: Path, card: str,
                                       issuer: str) -> None:
    text = ("Отчет о результатах самообследования МБОУ Ягодинская школа за 2022 год\n\n"
            "АНАЛИТИЧЕСКАЯ ЧАСТЬ\nI. ОБЩИЕ СВЕДЕНИЯ ОБ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ\n" + card
            + "\nАдрес организации\n\n412345, Степная область, Озёрский район, село Ягодное\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("line", "period"), [
    ("Свидетельство о государственной аккредитации от 12.03.2016 г., срок действия "
     "свидетельства с 12.03.2016 г. до 12.03.2028 г.", "за 2022 год"),
    ("Лицензия от 01.02.2015 № 123, срок действия лицензии с 01.02.2015 г. по 01.02.2030 г.",
     "за 2022 год"),
    # a plan's own term still labels its years
    ("Срок реализации программы: 2021-2025 годы", "2021-2025 годы"),
], ids=["certificate", "licence", "plan-term"])
def test_certificate_term_is_no_period(tools: ExtractTools, tmp_path: Path, line: str,
                                       period: str) -> None:
    text = ("Отчет о результатах самообследования МБОУ Ягодинская школа за 2022 год\n\n"
            f"АНАЛИТИЧЕСКАЯ ЧАСТЬ\n\n{line}\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.period_text == period


_COUNCIL = "ПРИНЯТ\nпедагогическим советом\nпротокол от 30.03.2024 № 3"


@pytest.mark.parametrize(("name", "signed"), [
    # a woman's surname, also a man's in the genitive: as printed
    ("О.Н.Белова", "О.Н.Белова"),
    ("Г.Ф. Лунёва", "Г.Ф. Лунёва"),
    # a surname that stands in the genitive only: its nominative
    ("О.Н. Беловой", "О.Н. Белова"),
], ids=["ambiguous", "ambiguous-yo", "genitive-only"])
def test_order_grif_surname_as_printed(tools: ExtractTools, name: str, signed: str) -> None:
    grif = f"УТВЕРЖДЕНО\nприказом заведующего\nМКДОУ «Детский сад №4»\n{name}\n№ 17 от 05.04.2024г."
    doc = docx_doc(table((_COUNCIL, grif)), "Отчет о результатах самообследования МКДОУ "
                   "«Детский сад №4» за 2023 год")
    found = facts_of(doc, tools).document
    assert [(s.name, s.position) for s in found.signatories] == [
        (signed, "Заведующий МКДОУ «Детский сад №4»")]


@pytest.mark.parametrize(("grif", "issuer"), [
    ('Утверждаю\nДиректор МКОУ "ООШ№4"\nс.п.Луговое\nБелова О.Н.\nПриказ №17 от 05.04.2024г.',
     'МКОУ "ООШ№4" с.п.Луговое'),
    ('Утверждаю\nДиректор МКОУ "ООШ№4"\nс.п. Луговое\nБелова О.Н.\nПриказ №17 от 05.04.2024г.',
     'МКОУ "ООШ№4" с.п. Луговое'),
    ('Утверждаю\nДиректор МКОУ "ООШ№4"\nс.Луговое\nБелова О.Н.\nПриказ №17 от 05.04.2024г.',
     'МКОУ "ООШ№4" с.Луговое'),
], ids=["rural-settlement-glued", "rural-settlement-spaced", "village"])
def test_grif_settlement_under_quoted_name(tools: ExtractTools, grif: str, issuer: str) -> None:
    doc = docx_doc(table((_COUNCIL, grif)), "Отчет о результатах самообследования за 2023 год")
    found = facts_of(doc, tools).document
    assert found.issuer == issuer
    assert [s.name for s in found.signatories] == ["Белова О.Н."]


_FORM_HEAD = ("N п/п", "Показатели", "Единица измерения", "%")
_FORM_ROWS = (("1.", "Образовательная деятельность", "", ""),
              ("1.1", "Общая численность учащихся, в том числе:", "312 человек", "100"),
              ("1.1.1", "Учащихся начального общего образования", "128 человек", "41"))


@pytest.mark.parametrize(("share", "values"), [
    # the share's "%" column beside the count: the count is the year's value
    ("%", [("1.1", "Общая численность учащихся, в том числе", "человек", [(2023, "fact", 312)]),
           ("1.1.1", "Учащихся начального общего образования", "человек",
            [(2023, "fact", 128)])]),
    ("в %", [("1.1", "Общая численность учащихся, в том числе", "человек",
              [(2023, "fact", 312)]),
             ("1.1.1", "Учащихся начального общего образования", "человек",
              [(2023, "fact", 128)])]),
], ids=["percent", "in-percent"])
def test_unit_column_values_beside_a_share(tools: ExtractTools, share: str,
                                           values: list[tuple[object, ...]]) -> None:
    doc = docx_doc("ПОКАЗАТЕЛИ ДЕЯТЕЛЬНОСТИ МКОУ «СОШ №4», ПОДЛЕЖАЩЕГО САМООБСЛЕДОВАНИЮ, "
                   "ЗА 2023 ГОД", table((*_FORM_HEAD[:3], share), *_FORM_ROWS), bold=(0,))
    got = extract_document(doc, tools).indicators
    assert [(i.number, i.name, i.unit, [(v.year, v.kind, v.value) for v in i.values])
            for i in got] == values


_REPORT = ("ОТЧЕТ\nо результатах самообследования\nмуниципального бюджетного\n"
           "общеобразовательного учреждения\nлицея № 3\nг. Лесогорска\n\nза 2023 год\n")
_LYCEUM = "Муниципальное бюджетное общеобразовательное учреждение лицей № 3 г. Лесогорска"


@pytest.mark.parametrize(("council", "issuer"), [
    ("ПРИМЯТО\n\nна заседании\nПедагогического совета\nМБОУ лицея № 3\nг. Лесогорска\n"
     "от « 12 » апреля 2024 г. № 4\n", _LYCEUM),
    ("ПРИНЯЛО на заседании\nпедагогического совета\nМБОУ лицея № 3\nпротокол № 4\n", _LYCEUM),
    ("на заседании педагогического совета\nМБОУ лицея № 3\nот 12.04.2024 № 4\n", _LYCEUM),
    # a letterhead over the title page stays the issuer
    ("Муниципальное бюджетное общеобразовательное учреждение\nлицей № 3 г. Лесогорска\n",
     _LYCEUM),
], ids=["opener-apart", "opener-on-line", "no-opener", "letterhead"])
def test_council_grif_above_heading_is_no_letterhead(tools: ExtractTools, tmp_path: Path,
                                                     council: str, issuer: str) -> None:
    text = f"{council}\n{_REPORT}"
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer
