"""A one-line order printed without a subject line names the plan only in its operative item:
the approved document's name is its title, its years the period (CONTRACT `title`, `period`);
an act whose subject line is printed keeps it. The signature closing such a page, in capitals
or not, after a subject not quoted, is the signatory and no part of the title. Invented school
and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_HEAD = "ПРИКАЗ от 03.09.2024 № 121 В целях организации работы ПРИКАЗЫВАЮ: "
_FOOT = " 2. Контроль оставляю за собой. Директор школы Г.В. Синицына"

# (the operative item, title, period)
ITEMS = [
    ("1. Утвердить «План работы школьного библиотечного центра на 2024-2025 учебный год» "
     "(приложение).",
     "План работы школьного библиотечного центра на 2024-2025 учебный год", (2024, 2025)),
    ("1. Утвердить «План мероприятий «Неделя книги»» (приложение 1).",
     "План мероприятий «Неделя книги»", None),
    ("1. Утвердить прилагаемый план работы совета профилактики на 2024-2025 учебный год.",
     "План работы совета профилактики на 2024-2025 учебный год", (2024, 2025)),
    ("1. Утвердить план работы МКОУ СОШ № 2 с. Ясенево на 2025 год согласно приложению.",
     "План работы МКОУ СОШ № 2 с. Ясенево на 2025 год", (2025, 2025)),
    # the accusative the verb governs: the head phrase put into the nominative, the rest as
    # printed
    ("1. Утвердить программу развития школы на 2024-2028 годы.",
     "Программа развития школы на 2024-2028 годы", (2024, 2028)),
    ("1. Утвердить дорожную карту по подготовке к итоговой аттестации на 2025 год "
     "(приложение).", "Дорожная карта по подготовке к итоговой аттестации на 2025 год",
     (2025, 2025)),
    ("1. Утвердить муниципальную программу «Образование Лесного края» на 2025-2027 годы.",
     "Муниципальная программа «Образование Лесного края» на 2025-2027 годы", (2025, 2027)),
    ("1. Утвердить долгосрочную целевую программу «Одарённые дети» на 2025-2027 годы.",
     "Долгосрочная целевая программа «Одарённые дети» на 2025-2027 годы", (2025, 2027)),
    ("1. Утвердить план мероприятий по профилактике травматизма на 2025 год.",
     "План мероприятий по профилактике травматизма на 2025 год", (2025, 2025)),
    ("1. Утвердить комплекс мер по развитию школьного спорта на 2025-2026 годы.",
     "Комплекс мер по развитию школьного спорта на 2025-2026 годы", (2025, 2026)),
    ("1. Утвердить ПРОГРАММУ РАЗВИТИЯ ШКОЛЬНОГО МУЗЕЯ НА 2025-2027 ГОДЫ.",
     "ПРОГРАММА РАЗВИТИЯ ШКОЛЬНОГО МУЗЕЯ НА 2025-2027 ГОДЫ", (2025, 2027)),
]


@pytest.mark.parametrize(("item", "title", "period"), ITEMS)
def test_approved_name_is_title(tmp_path: Path, item: str, title: str | None,
                                period: tuple[int, int] | None) -> None:
    path = tmp_path / "order.txt"
    path.write_text(_HEAD + item + _FOOT + "\n", encoding="utf-8")
    d = process_file(path).document
    got = (d.period.start_year, d.period.end_year) if d.period else None
    assert (d.title, got) == (title, period)


def test_subject_line_kept(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text("ПРИКАЗ от 03.09.2024 № 121 О библиотечном центре ПРИКАЗЫВАЮ: 1. Утвердить "
                    "«План работы библиотечного центра на 2024 год»." + _FOOT + "\n",
                    encoding="utf-8")
    assert process_file(path).document.title == "О библиотечном центре"


# (page, title): a subject not quoted, the signature right after it or after the items
PAGES = [
    ("ПРИКАЗ от 03.09.2024 № 121 О ПРОВЕДЕНИИ НЕДЕЛИ ИСТОРИИ ДИРЕКТОР ШКОЛЫ Г.В. СИНИЦЫНА",
     "О ПРОВЕДЕНИИ НЕДЕЛИ ИСТОРИИ"),
    ("ПРИКАЗ от 03.09.2024 № 121 О проведении недели истории ДИРЕКТОР ШКОЛЫ Г.В. СИНИЦЫНА",
     "О проведении недели истории"),
    ("ПРИКАЗ от 03.09.2024 № 121 О проведении недели истории Директор школы Г.В. Синицына",
     "О проведении недели истории"),
    ("ПРИКАЗ от 03.09.2024 № 121 О проведении недели истории 1. Провести неделю истории. "
     "2. Контроль оставляю за собой. ДИРЕКТОР ШКОЛЫ Г.В. СИНИЦЫНА", "О проведении недели истории"),
    ("ПРИКАЗ от 03.09.2024 № 121 О проведении недели истории приказываю: 1. Провести неделю. "
     "2. Контроль оставляю за собой. ДИРЕКТОР ШКОЛЫ СИНИЦЫНА Г.В.", "О проведении недели истории"),
    ("ПРИКАЗ от 03.09.2024 № 121 ОБ УТВЕРЖДЕНИИ ПЛАНА НЕДЕЛИ ИСТОРИИ В целях просвещения "
     "ПРИКАЗЫВАЮ: 1. Утвердить план. 2. Контроль оставляю за собой. ДИРЕКТОР ШКОЛЫ Г.В. "
     "СИНИЦЫНА", "ОБ УТВЕРЖДЕНИИ ПЛАНА НЕДЕЛИ ИСТОРИИ"),
]


@pytest.mark.parametrize(("page", "title"), PAGES)
def test_signature_after_plain_subject(tmp_path: Path, page: str, title: str) -> None:
    path = tmp_path / "order.txt"
    path.write_text(page + "\n", encoding="utf-8")
    d = process_file(path).document
    # the surname printed first stays first ("СИНИЦЫНА Г.В." → "Синицына Г.В.")
    name = "Синицына Г.В." if "СИНИЦЫНА Г.В." in page else "Г.В. Синицына"
    assert (d.title, [(s.name, s.position) for s in d.signatories]) == (
        title, [(name, "Директор школы")])
