"""Document facts of institutions' public and analytical reports met in real sets (mirror pages,
school sites), written again with invented places and wording: "Аналитический отчет" opens a
report; a mirror's card cut inside the years gives way to the heading it cuts; a page title
repeated by the document's own heading is the title once, without the place-and-year line under
it; a mirror's card (genre, contents list, "Подобный материал:") is no part of the document; an
unquoted full name ends at the verb of its sentence; a facts table's "Срок действия | бессрочно"
is no period; a section number glued to its heading ("I.АНАЛИЗ …") starts the body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


@pytest.mark.parametrize(("blocks", "title"), [
    # a mirror's card cut inside the years, an ad's caption, then the heading it cuts
    (("Аналитический отчет заведующего детским садом за 2019",
      "advertisement",
      "Аналитический отчет заведующего детским садом за 2019-2020 учебный год.",
      "Сведения о воспитанниках:"),
     "Аналитический отчет заведующего детским садом за 2019-2020 учебный год"),
    # the heading alone: "Аналитический отчет" is a report's genre like "Годовой отчет"
    (("Аналитический отчет о работе школы за 2021 год",
      "В 2021 году школа работала над темой самообразования."),
     "Аналитический отчет о работе школы за 2021 год"),
])
def test_analytical_report_and_cut_card(tools: ExtractTools, blocks: tuple[str, ...],
                                        title: str) -> None:
    found = facts_of(docx_doc(*blocks), tools)
    assert (found.document.kind, found.document.title) == ("report", title)


@pytest.mark.parametrize(("text", "title"), [
    # the site's page title, the same heading over two lines, the village and the year
    ("Публичный доклад МБОУ ООШ д. Кедровка\nПубличный доклад\nМБОУ ООШ д. Кедровка\n"
     "Кедровка, 2012.\nВведение\n\nВ докладе школа рассказывает о своей работе за год.\n",
     "Публичный доклад МБОУ ООШ д. Кедровка"),
    ("Отчет о работе МКДОУ «Ромашка»\nОтчет о работе\nМКДОУ «Ромашка»\nСосновка, 2020 г.\n\n"
     "Детский сад работает по основной образовательной программе.\n",
     "Отчет о работе МКДОУ «Ромашка»"),
])
def test_page_title_repeated_by_heading(tools: ExtractTools, tmp_path: Path, text: str,
                                        title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


def test_mirror_card_is_not_the_document(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("Публичный доклад\n\nВид материалаДоклад\n\nСодержание\n\n"
            "Раздел 1. Общие сведения о детском саде\n1.1 Состав воспитанников\n"
            "3.1. Кадры\nМузыкальный зал\nРабота с родителями\n...\nПолное содержание\n"
            "Подобный материал:\nПУБЛИЧНЫЙ ДОКЛАД\n\n"
            "ЗАВЕДУЮЩЕГО МУНИЦИПАЛЬНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
            "ДЕТСКИЙ САД № 3 «РОМАШКА» Г. ЛЕСНОГО\n\n"
            "Детский сад открыт в 1985 году. В нём работают шесть групп.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == (
        "ПУБЛИЧНЫЙ ДОКЛАД ЗАВЕДУЮЩЕГО МУНИЦИПАЛЬНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
        "ДЕТСКИЙ САД № 3 «РОМАШКА» Г. ЛЕСНОГО")


@pytest.mark.parametrize(("sentence", "issuer"), [
    ("Муниципальное общеобразовательное учреждение средняя общеобразовательная школа № 4 "
     "городского округа Заречный создано в соответствии с Гражданским кодексом.",
     "Муниципальное общеобразовательное учреждение средняя общеобразовательная школа № 4 "
     "городского округа Заречный"),
    ("Муниципальное бюджетное общеобразовательное учреждение Сосновская средняя школа "
     "является юридическим лицом с 1998 года.",
     "Муниципальное бюджетное общеобразовательное учреждение Сосновская средняя школа"),
])
def test_unquoted_name_ends_at_its_verb(tools: ExtractTools, sentence: str,
                                        issuer: str) -> None:
    doc = docx_doc("Публичный отчет 2015", "Общая характеристика учреждения", sentence)
    assert facts_of(doc, tools).document.issuer == issuer


def test_licence_term_is_no_period(tools: ExtractTools) -> None:
    doc = docx_doc("ПУБЛИЧНЫЙ ОТЧЕТ", "МУНИЦИПАЛЬНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ "
                   "«ДЕТСКИЙ САД № 5»", "ЗА 2020-2021УЧЕБНЫЙ ГОД",
                   "РАЗДЕЛ 1", "ОБЩИЕ СВЕДЕНИЯ",
                   table(("Наименование ДОУ (по уставу)", "муниципальное дошкольное "
                          "образовательное учреждение «Детский сад № 5»"),
                         ("Сокращённое наименование", "МДОУ № 5"),
                         ("Лицензия на образовательную деятельность", "№ 1234 от 12 мая 2015 г."),
                         ("Срок действия", "бессрочно"),
                         ("Учредитель", "Управление образования города Лесной"),
                         ("Местонахождение", "Заречная область, город Лесной")))
    period = extract_document(doc, tools).document.period_text or ""
    assert "2020-2021" in period


@pytest.mark.parametrize(("heading", "title"), [
    ("I.АНАЛИЗ ИТОГОВ МЕТОДИЧЕСКОЙ РАБОТЫ", "Анализ работы гимназии"),
    ("2.ОБЩИЕ СВЕДЕНИЯ О ШКОЛЕ", "Анализ работы гимназии"),
])
def test_glued_section_number_ends_title(tools: ExtractTools, heading: str, title: str) -> None:
    doc = docx_doc("Анализ работы гимназии", heading, "В 2022-2023 УЧЕБНОМ ГОДУ",
                   "В 2022-2023 учебном году гимназия работала над методической темой.",
                   bold=(0, 1, 2))
    assert facts_of(doc, tools).document.title == title


_BODY = ("Школа работает по лицензии без ограничения срока, её здание построено в 1975 году, в "
         "ней учатся дети трёх сёл и двух посёлков района, в школе работают кружки и секции, "
         "библиотека, столовая и спортивный зал, в котором проходят соревнования района. ") * 2


@pytest.mark.parametrize(("flat", "title"), [
    # a page number and the title glued to the body's first sentence after the years
    ("12 Анализ работы гимназии за 2018-2019 учебный год Муниципальное бюджетное "
     "общеобразовательное учреждение гимназия №3 г.Лесного реализует программы. " + _BODY,
     "Анализ работы гимназии за 2018-2019 учебный год"),
    # the owner's quoted name in the genitive closes the title, the history follows
    ("Публичный доклад муниципального учреждения дополнительного образования «Сосновский "
     "центр творчества» Муниципальное учреждение «Сосновский центр творчества» открыт в 1990 "
     "году. " + _BODY,
     "Публичный доклад муниципального учреждения дополнительного образования «Сосновский "
     "центр творчества»"),
])
def test_flattened_page_title(tools: ExtractTools, flat: str, title: str) -> None:
    assert facts_of(docx_doc(flat), tools).document.title == title


def test_flattened_page_owner_after_title(tools: ExtractTools) -> None:
    flat = ("Анализ работы гимназии за 2018-2019 учебный год Муниципальное бюджетное "
            "общеобразовательное учреждение гимназия №3 г.Лесного реализует программы. " + _BODY)
    assert facts_of(docx_doc(flat), tools).document.issuer == (
        "Муниципальное бюджетное общеобразовательное учреждение гимназия №3 г.Лесного")


def test_flattened_page_goals_and_tasks(tools: ExtractTools) -> None:
    flat = ("Отчёт о реализации Программы развития МБОУ СОШ № 2 за 2020-2021 учебный год "
            + _BODY + "Цель Программы развития: Воспитание здоровой и образованной личности. "
            "Создание условий для развития школы; обновление её материальной базы. "
            "Задачи Программы развития: 1. Обновить учебные кабинеты. 2. Открыть школьный "
            "музей.")
    found = facts_of(docx_doc(flat), tools)
    assert found.goals == ("Воспитание здоровой и образованной личности",
                           "Создание условий для развития школы; обновление её материальной базы")
    assert found.tasks == ("Обновить учебные кабинеты", "Открыть школьный музей")
