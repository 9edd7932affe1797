"""An institution's programme cover (progheads): a development project under the name
"Проект перспективного развития …" / "Проект программы развития …" is a programme; a range of
years broken after its first year and dash ("на период 2012-" / "2020 гг.") is joined into the
title and read whole; a generic section heading ("Раздел I Аналитическая часть", "1. Общие
сведения …") is never the title, nor glued onto a report's — written again with invented
schools and kindergartens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, txt_doc

_DOU = ("Муниципальное автономное дошкольное образовательное учреждение "
        "«Детский сад № 5 «Ромашка» п. Лесной»")


def _years(text: str | None) -> tuple[int | None, int | None] | None:
    got = parse_period(text or "")
    return (got.start_year, got.end_year) if got else None


@pytest.mark.parametrize(("blocks", "title", "years"), [
    # the start year and its dash end one line, the end year opens the next
    (("Проект перспективного развития дошкольного учреждения", "на период 2012-", "2020 гг.",
      "п. Лесной"),
     "Проект перспективного развития дошкольного учреждения на период 2012- 2020 гг.",
     (2012, 2020)),
    # "на 2014 –" / "2018 годы": a spaced dash left at the line's end
    (("Проект программы развития школы на 2014 –", "2018 годы", "Кедровый, 2014"),
     "Проект программы развития школы на 2014 – 2018 годы", (2014, 2018)),
    # the owner's name in the genitive between the heading and the broken range
    (("Проект перспективного развития", "муниципального дошкольного образовательного "
      "учреждения детского сада № 9", "на период 2015-", "2019 годы", "с. Сосновка"),
     "Проект перспективного развития муниципального дошкольного образовательного учреждения "
     "детского сада № 9 на период 2015- 2019 годы", (2015, 2019)),
])
def test_development_project_cover(tools: ExtractTools, blocks: tuple[str, ...], title: str,
                                   years: tuple[int, int]) -> None:
    found = extract(docx_doc(_DOU, *blocks, "Раздел I Аналитическая часть",
                             "Детский сад открыт в 1985 году.",
                             bold=tuple(range(1, len(blocks)))), Found(), tools)
    doc = found.document
    assert (doc.kind, doc.title) == ("programme", title)
    assert _years(doc.period_text) == years


def test_development_project_plain_text(tools: ExtractTools, tmp_path: Path) -> None:
    text = (f"{_DOU}\n\nПроект перспективного развития дошкольного учреждения\nна период 2012-\n"
            "2020 гг.\n\nп. Лесной\n\nРаздел I Аналитическая часть\n"
            "Детский сад открыт в 1985 году.\n")
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert doc.kind == "programme"
    assert doc.title == ("Проект перспективного развития дошкольного учреждения на период "
                         "2012- 2020 гг.")
    assert _years(doc.period_text) == (2012, 2020)


@pytest.mark.parametrize("heading", [
    "Раздел I Аналитическая часть",
    "РАЗДЕЛ 2. Общие сведения об образовательной организации",
    "Раздел 1 Пояснительная записка",
])
def test_generic_section_is_no_title(tools: ExtractTools, heading: str) -> None:
    found = extract(docx_doc(heading, "Детский сад № 4 «Солнышко» п. Лесной работает с "
                             "1982 года.", bold=(0,)), Found(), tools)
    assert found.document.title is None


def test_named_section_still_titles_a_page(tools: ExtractTools) -> None:
    # a legal site's page opening at a section that names its content keeps it as the title
    found = extract(docx_doc("Раздел 3. Мероприятия подпрограммы по развитию дошкольного "
                             "образования", "Мероприятия приведены в приложении."), Found(), tools)
    assert found.document.title == ("Раздел 3. Мероприятия подпрограммы по развитию "
                                    "дошкольного образования")


@pytest.mark.parametrize(("text", "title"), [
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ 1. ОБЩИЕ СВЕДЕНИЯ ОБ ОБРАЗОВАТЕЛЬНОМ УЧРЕЖДЕНИИ",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ"),
    ("Отчет о результатах самообследования за 2023 год I. Аналитическая часть",
     "Отчет о результатах самообследования за 2023 год"),
])
def test_report_title_ends_before_generic_section(tools: ExtractTools, text: str,
                                                  title: str) -> None:
    found = extract(docx_doc(text, "Полное наименование: Муниципальное бюджетное "
                             "общеобразовательное учреждение «Школа № 7».", bold=(0,)),
                    Found(), tools)
    assert found.document.title == title


_SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя школа»"


@pytest.mark.parametrize(("blocks", "title"), [
    (("Программа воспитания и социализации обучающихся", "МБОУ Лесная СШ на 2015-2019 г.г."),
     "Программа воспитания и социализации обучающихся МБОУ Лесная СШ на 2015-2019 г.г."),
    (("Программа по профилактике безнадзорности", "МКОУ Кедровая ООШ на 2020-2024 гг."),
     "Программа по профилактике безнадзорности МКОУ Кедровая ООШ на 2020-2024 гг."),
    # a sentence about the school under the heading runs on past its years: no title's words
    (("Программа воспитания и социализации обучающихся",
      "МБОУ Лесная СШ на 2015-2019 годы ставит перед собой задачи воспитания."),
     "Программа воспитания и социализации обучающихся"),
])
def test_heading_goes_on_in_short_owner_with_years(tools: ExtractTools,
                                                   blocks: tuple[str, ...], title: str) -> None:
    found = extract(docx_doc(_SCHOOL, *blocks, "п. Лесной", "Раздел 1. Пояснительная записка",
                             "Программа составлена коллективом школы."), Found(), tools)
    assert found.document.title == title


def test_motto_after_years_under_nested_quotes(tools: ExtractTools, tmp_path: Path) -> None:
    # a name's nested quotes printed with one closing mark ("«ЛИЦЕЯ № 3 «ЛЕСНОЙ»") leave no
    # quote open once the years are said: the quoted motto and the town below are no title words
    gap = "\n \n"
    text = ("Программа развития лицея до 2024г.\n" + gap * 12 + "\nЦЕЛЕВАЯ ПРОГРАММА\n\n"
            "РАЗВИТИЯ ВОСПИТАТЕЛЬНОЙ СРЕДЫ\n\nМАОУ «ЛИЦЕЯ № 3 «ЛЕСНОЙ»\n\n"
            "на 2019 - 2024 годы\n\n«Лицей - дом, где растут»\n" + gap * 21
            + "\nКедровый\n\n2019\n\n\nП А С П О Р Т\n\nЦелевой программы развития\n\n\n\n"
            "Наименование Программы\n\nЦелевая программа развития воспитательной среды МАОУ "
            "«Лицей № 3 «Лесной»\n\n\n\nЗаказчик и руководитель Программы\n\nОрлова Н.В., "
            "директор МАОУ «Лицея № 3 «Лесной»\n\n\n\nРазработчики Программы\n\n- Котова А.А., "
            "зам. директора по УВР\n\n- члены рабочей группы.\n")
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert doc.title == ("ЦЕЛЕВАЯ ПРОГРАММА РАЗВИТИЯ ВОСПИТАТЕЛЬНОЙ СРЕДЫ МАОУ «ЛИЦЕЯ № 3 "
                         "«ЛЕСНОЙ» на 2019 - 2024 годы")
