"""Document facts of preschools' documents (facts49b, written again with invented places): an
order abbreviated in a one-line grif with its number left blank but for a suffix ("Пр.№ /П от
…"); a web page's Latin widget word under a title in a text export; a report's title running
into a letter-spaced contents heading; a kindergarten's type name declined with the legal form
or with the position it follows, put back into the nominative (its kind tail kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file


def _document(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path).model_dump(mode="json")["document"]


ABBREVIATED_ORDERS = [
    # the whole top on one line: a council's visa, then the head's grif whose order is "Пр."
    # with a blank number and only its suffix
    ("Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 2» "
     "СОГЛАСОВАНО Педагогическим советом (протокол № 4 от 01.04.2024.) УТВЕРЖДАЮ Заведующая "
     "__________Соколова Е.Н. Пр.№ /П от 02.04.2024г. Отчет о результатах самообследования "
     "Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 2» за "
     "2023год Общие сведения об организации Учредитель городской округ «город Лесной» Режим "
     "работы с 7.00 до 19.00 часов при пятидневной рабочей неделе, выходные дни суббота и "
     "воскресенье, в детском саду шесть групп общеразвивающей направленности",
     {"number": None, "date": "2024-04-02", "act_type": "приказ"}, "Соколова Е.Н."),
    # the abbreviation with a number
    ("Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 2» "
     "СОГЛАСОВАНО Педагогическим советом (протокол № 4 от 01.04.2024.) УТВЕРЖДАЮ Заведующая "
     "__________Соколова Е.Н. Пр. № 17 от 02.04.2024г. Отчет о результатах самообследования "
     "Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 2» за "
     "2023год Общие сведения об организации Учредитель городской округ «город Лесной» Режим "
     "работы с 7.00 до 19.00 часов при пятидневной рабочей неделе, выходные дни суббота и "
     "воскресенье, в детском саду шесть групп общеразвивающей направленности",
     {"number": "17", "date": "2024-04-02", "act_type": "приказ"}, "Соколова Е.Н."),
]


@pytest.mark.parametrize(("text", "order", "name"), ABBREVIATED_ORDERS)
def test_abbreviated_order_in_one_line_grif(text: str, order: dict, name: str,
                                            tmp_path: Path) -> None:
    doc = _document(text, tmp_path)
    assert doc["order"] == order
    assert [s["name"] for s in doc["signatories"]] == [name]


WIDGET_WORDS = [
    ("План работы по охране труда на 2024\n\nadvertisement\n№\nНаименование мероприятия\n1\n"
     "Инструктаж сотрудников\nСентябрь\n", "План работы по охране труда на 2024"),
    ("План работы по охране труда на 2024\n\nLoading\n№\nНаименование мероприятия\n",
     "План работы по охране труда на 2024"),
]


@pytest.mark.parametrize(("text", "title"), WIDGET_WORDS)
def test_latin_widget_word_is_no_title_tail(text: str, title: str, tmp_path: Path) -> None:
    assert _document(text, tmp_path)["title"] == title


SPACED_CONTENTS = [
    ("ПУБЛИЧНЫЙ ДОКЛАД по итогам 2022 – 2023 учебного года муниципального дошкольного "
     "образовательного учреждения детского сада № 12 «Колосок» компенсирующего вида Кедровского "
     "муниципального района Луговской области С О Д Е Р Ж А Н И Е: 1.Общие сведения. 2. Кадры. "
     "3. Итоги. 4. Планы. 1. ОБЩИЕ СВЕДЕНИЯ Детский сад открыт в 1970 году и имеет шесть групп, "
     "в которых занимаются дети от двух до семи лет, а здание сада стоит в центре поселка.",
     "ПУБЛИЧНЫЙ ДОКЛАД по итогам 2022 – 2023 учебного года муниципального дошкольного "
     "образовательного учреждения детского сада № 12 «Колосок» компенсирующего вида Кедровского "
     "муниципального района Луговской области",
     # the district printed after the name is its name's (CONTRACT `issuer`), the region not
     "Муниципальное дошкольное образовательное учреждение детский сад № 12 «Колосок» "
     "компенсирующего вида Кедровского муниципального района"),
]


@pytest.mark.parametrize(("text", "title", "issuer"), SPACED_CONTENTS)
def test_title_stops_at_spaced_contents(text: str, title: str, issuer: str,
                                        tmp_path: Path) -> None:
    doc = _document(text, tmp_path)
    assert (doc["title"], doc["kind"], doc["issuer"]) == (title, "report", issuer)


DECLINED_TYPE_NAMES = [
    # the head's grif: the position governs the instrumental case
    ("Утверждаю\nЗаведующий\nМБДОУ детским садом № 8\n__________ Т.А. Белова\n"
     "Приказ № 12 от 30.08.2024 г.\n\nПрограмма развития речи детей\nна 2024-2027 годы\n",
     "МБДОУ детский сад № 8"),
    # a title's genitive: two type names joined by a dash, their dependents kept
    ("Публичный доклад\nмуниципального автономного дошкольного образовательного учреждения\n"
     "центра развития ребенка – детского сада второй категории «Радуга»\n"
     "за 2023-2024 учебный год\n\nг. Сосновка, 2024 г.\n",
     "Муниципальное автономное дошкольное образовательное учреждение центр развития ребенка – "
     "детский сад второй категории «Радуга»"),
    # a type name the title already gives in the nominative stays as printed
    ("Публичный доклад\nмуниципального автономного дошкольного образовательного учреждения "
     "детский сад № 31 «Берёзка»\nза 2023-2024 учебный год\n\nг. Сосновка, 2024 г.\n",
     "Муниципальное автономное дошкольное образовательное учреждение детский сад № 31 "
     "«Берёзка»"),
]


@pytest.mark.parametrize(("text", "issuer"), DECLINED_TYPE_NAMES)
def test_type_name_in_nominative(text: str, issuer: str, tmp_path: Path) -> None:
    assert _document(text, tmp_path)["issuer"] == issuer
