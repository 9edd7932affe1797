"""Document facts of the mixed real set dev47's layouts (task facts47), each cause in our own
words: a self-examination's "Итоги самообследования" heading, a grif printing the approver's
name before the position, a city act's page without heading or header (amendment dates over the
preamble, an item repealing older programmes), a passport
naming its region only as a co-executor's or a cited act's, a school's bare number before its
patron, a sharing site's truncated title, a heading glued to the body, an e-signature stamp's
columns interleaved, a title page's heading over the next page's place line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, table, txt_doc


def _doc(text: str, tools: ExtractTools):  # type: ignore[no-untyped-def]
    doc = facts_of(lines_doc(text), tools).document
    assert doc is not None
    return doc


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("МБДОУ «Детский сад № 7 г. Лесного»\nИтоги самообследования\n"
         "период с 01.01.2024 по 31.12.2024", "report"),
        ("МБОУ «Кедровская СОШ»\nРезультаты самообследования\nза 2023 год", "report"),
    ],
)
def test_self_examination_outcome_heading_is_report(text: str, kind: str,
                                                     tools: ExtractTools) -> None:
    assert _doc(text, tools).kind == kind


GRIF = ("СОГЛАСОВАНО\nПедагогическим советом\nУТВЕРЖДАЮ\n{name}\nЗаведующий МБДОУ «ДС № 12\n"
        "г. Лесного»{order}\nот 14.03.2025\nМБДОУ «ДС № 12 г. Лесной»\n"
        "(протокол №2 от 14.03.2025)\nИтоги самообследования\nпериод с 01.01.2024 по 31.12.2024")


@pytest.mark.parametrize(
    ("name", "order", "signer"),
    [
        # the order's number glued to the position's last line
        ("О.П.Кедрова", " Приказ № 31", ("О.П.Кедрова", "Заведующий МБДОУ «ДС № 12 г. Лесного»")),
        # the order on a line of its own
        ("О.П. Кедрова", "\nПриказ № 31", ("О.П. Кедрова",
                                           "Заведующий МБДОУ «ДС № 12 г. Лесного»")),
    ],
)
def test_approver_named_before_position(name: str, order: str, signer: tuple[str, str],
                                        tools: ExtractTools) -> None:
    doc = _doc(GRIF.format(name=name, order=order), tools)
    assert [(s.name, s.position) for s in doc.signatories] == [signer]


ACT = ("{notes}"
       "В целях повышения эффективности бюджетных расходов городского округа город Лесной "
       "администрация городского округа город Лесной постановляет:\n"
       "1. Утвердить прилагаемую муниципальную программу городского округа город Лесной "
       "\"Развитие культуры\".\n"
       "2. Признать утратившими силу следующие постановления администрации городского округа:\n"
       "- от 10.11.2010 N 77 \"Об утверждении долгосрочной целевой программы \"Культура "
       "Лесного на 2011 - 2015 годы\";\n")


@pytest.mark.parametrize(
    ("notes", "issuer"),
    [
        ("3 марта 2015 г., 12 мая, 1 октября 2016 г., 5, 20 декабря 2018 г.\n",
         "Администрация городского округа город Лесной"),
        ("С изменениями и дополнениями от:\n3 марта 2015 г., 12 мая 2016 г.\n",
         "Администрация городского округа город Лесной"),
        ("", "Администрация городского округа город Лесной"),
    ],
)
def test_headless_act_page(notes: str, issuer: str, tools: ExtractTools) -> None:
    doc = _doc(ACT.format(notes=notes), tools)
    assert doc.issuer == issuer
    # item 2's repealed programme's years are no period
    assert doc.period_text is None


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Соисполнители программы", "Министерство образования Луговской области, администрация "
                                    "муниципального образования Кедровый район"),
        ("Участники программы", "Департамент образования Луговской области"),
        ("Основание для разработки программы", "1. Бюджетный кодекс Российской Федерации. "
         "2. Постановление Правительства Луговской области от 12.08.2012 N 45-п \"О стратегии "
         "развития Луговской области\"."),
    ],
)
def test_region_of_participant_or_cited_act_is_not_own(label: str, value: str,
                                                        tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(
        "Приложение\nк постановлению\nадминистрации\nмуниципального образования\nКедровый район\n"
        "от 01.11.2019 N 512", "Муниципальная программа \"Развитие образования в Кедровом районе "
        "на 2020 год\"", "Паспорт муниципальной программы",
        table(("Ответственный исполнитель программы", "Отдел образования администрации "
               "муниципального образования Кедровый район"), (label, value)),
        bold=(1, 2)), tools).document
    assert doc is not None
    assert doc.region_text is None


def test_numbered_list_cites_regional_act(tools: ExtractTools) -> None:
    doc = facts_of(docx_doc(
        "Паспорт муниципальной программы \"Доступное образование в городе Сосновке\" на 2021 - "
        "2023 годы", table(("Нормативная база", "1. Федеральный закон от 29.12.2012 N 273-ФЗ. "
                            "2. Закон Заречной области от 06.09.2013 N 1-ОЗ \"Об образовании\".")),
        bold=(0,)), tools).document
    assert doc is not None
    assert doc.region_text is None


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("ПРОГРАММА РАЗВИТИЯ МБОУ СОШ 5 им. А.Б. Кедрова г. Сосновка",
         "МБОУ СОШ 5 им. А.Б. Кедрова г. Сосновка"),
        ("ПРОГРАММА РАЗВИТИЯ МБОУ СОШ 5 на 2024-2028 годы", "МБОУ СОШ 5"),
    ],
)
def test_bare_number_then_patron(title: str, issuer: str, tools: ExtractTools) -> None:
    assert _doc(f"{title}\nСОДЕРЖАНИЕ\nВведение", tools).issuer == issuer


def test_truncated_card_title_skipped(tmp_path: Path, tools: ExtractTools) -> None:
    # a sharing site's page: every printed line a paragraph of its own
    lines = ["Публичный доклад директора МБОУ СОШ № 4...Публичный...", "28",
             "Публичный доклад директора МБОУ СОШ № 4 за 2019-2020 учебный год",
             "Upload: others",
             "Page 1: Публичный доклад директора МБОУ СОШ № 4...Публичный доклад",
             "Публичный доклад директора", "МБОУ СОШ № 4", "за 2019-2020 учебный год"]
    doc = facts_of(txt_doc(tmp_path, "\n\n".join(lines)), tools).document
    assert doc is not None
    assert doc.title == "Публичный доклад директора МБОУ СОШ № 4 за 2019-2020 учебный год"


GLUED = ("Анализ выполнения мероприятий программы«Развитие муниципального бюджетного "
         "дошкольного образовательного учреждения города Сосновкидетского сада № 9 «Ёлочка» на "
         "2018 – 2022 годы»за 2019 -2020 учебный годРабота коллектива в течение года была "
         "направлена на выполнение задач программы. " + "Педагоги провели много занятий. " * 12)


def test_heading_glued_to_body(tools: ExtractTools) -> None:
    doc = facts_of(docx_doc("Публикации", GLUED), tools).document
    assert doc is not None
    assert doc.title == ("Анализ выполнения мероприятий программы «Развитие муниципального "
                         "бюджетного дошкольного образовательного учреждения города Сосновки "
                         "детского сада № 9 «Ёлочка» на 2018 – 2022 годы» за 2019 -2020 учебный "
                         "год")
    assert doc.kind == "report"
    assert doc.period_text is not None and "2019 -2020" in doc.period_text
    assert doc.issuer == ("Муниципальное бюджетное дошкольное образовательное учреждение города "
                          "Сосновки детский сад № 9 «Ёлочка»")


def _pages(*blocks: tuple[str, int, bool]) -> SourceDocument:
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=tuple(
        Paragraph(text=t, source=Provenance(page=p), bold=b) for t, p, b in blocks))


def test_interleaved_stamp_and_next_page(tools: ExtractTools) -> None:
    doc = facts_of(_pages(
        ("МБДОУ «Детский сад № 3 г. Лесного»", 1, True),
        ("УТВЕРЖДАЮ", 1, False), ("Заведующий МБДОУ «ДС № 3»", 1, False),
        ("О.П. Кедрова", 1, False), ("Приказ № 12 от 20.03.2025", 1, False),
        ("Итоги самообследования", 1, True),
        ("период с 01.01.2024 по 31.12.2024", 1, True),
        ("цифровой", 1, False), ("Кедрова Подписано", 1, False),
        ("подписью: Кедрова", 1, False), ("Ольга Петровна", 1, False),
        ("Дата: 2025.03.20", 1, False), ("Петровна 10:12:40 +05'00'", 1, False),
        ("Лесной 2025", 2, True), ("Введение:", 2, False),
        ("Внутренняя система оценки качества образования решает задачи управления.", 2, False),
    ), tools).document
    assert doc is not None
    assert doc.title == "Итоги самообследования период с 01.01.2024 по 31.12.2024"
    assert doc.kind == "report"
