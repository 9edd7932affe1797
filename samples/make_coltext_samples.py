"""Build the samples 751, 752, 753 and their expected records (helper coltext: sub-items under a
lead-in row of a plan table, in the forms a site's text export and a DOCX print them).

Run: .venv/bin/python samples/make_coltext_samples.py [751 752 753]

- 751 txt  a school's exam-preparation plan, tab-separated: a lead-in row ending in a colon
           ("Проведение диагностических работ:") over dash-led lines, each with its own month
           and executor — rows of their own, the lead-in none; a dash list inside one cell
           under the row's own date stays one activity.
- 752 txt  a kindergarten's fire-safety plan whose table the export flattened into lines, the
           cells apart by spaces: the same lead-in over dash items with their own cells.
- 753 docx a school library's plan: lead-in rows over dash-led sub-item rows with their own
           dates and executors (the cross-format test reads it again as a text export).

Invented places, own wording; output is deterministic (fixed zip times) so sha256 is stable.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, doc_facts, write_expected
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent
_Dl = tuple[str | None, str | None, str | None]


def _month(year: int, month: int, last: int) -> _Dl:
    return (f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}", "once")


def _write_txt(name: str, lines: list[str]) -> Path:
    path = HERE / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------ 751: tab-separated lead-in

TITLE751 = ("План работы МБОУ «Сосновская средняя школа» по подготовке к государственной "
            "итоговой аттестации на 2025-2026 учебный год")
ISSUER751 = "МБОУ «Сосновская средняя школа»"


def build_751() -> None:
    lines = [TITLE751, "",
             "№\tМероприятие\tСрок\tОтветственный",
             "1\tУтверждение плана подготовки к экзаменам\tсентябрь\tзаместитель директора по УВР",
             "2\tПроведение диагностических работ:\t\t",
             "\t- входная работа по математике в 9 классе\tоктябрь\tучитель математики",
             "\t- пробное сочинение в 11 классе\tдекабрь\tучитель русского языка",
             "\t- тренировочный экзамен по информатике\tмарт\tучитель информатики",
             "3\tРодительское собрание «Как подготовиться к экзаменам»\tноябрь\t"
             "классные руководители",
             "4\tОформление стенда для выпускников:\tянварь\tзаместитель директора по УВР",
             "\t- расписание экзаменов;\t\t",
             "\t- памятка о правилах поведения на экзамене\t\t",
             "5\tАнализ результатов пробных экзаменов\tапрель\tметодический совет школы"]
    path = _write_txt("751_sosnovsk_school_exam_preparation_plan_2025.txt", lines)
    acts = [
        Act("1", "Утверждение плана подготовки к экзаменам", "сентябрь", _month(2025, 9, 30),
            [], ["заместитель директора по УВР"]),
        Act(None, "входная работа по математике в 9 классе", "октябрь", _month(2025, 10, 31),
            [], ["учитель математики"]),
        Act(None, "пробное сочинение в 11 классе", "декабрь", _month(2025, 12, 31),
            [], ["учитель русского языка"]),
        Act(None, "тренировочный экзамен по информатике", "март", _month(2026, 3, 31),
            [], ["учитель информатики"]),
        Act("3", "Родительское собрание «Как подготовиться к экзаменам»", "ноябрь",
            _month(2025, 11, 30), [], ["классные руководители"]),
        Act("4", "Оформление стенда для выпускников: - расписание экзаменов; - памятка о "
                 "правилах поведения на экзамене", "январь", _month(2026, 1, 31),
            [], ["заместитель директора по УВР"]),
        Act("5", "Анализ результатов пробных экзаменов", "апрель", _month(2026, 4, 30),
            [], ["методический совет школы"]),
    ]
    rec = doc_facts("roadmap", TITLE751, None, None, ISSUER751, None, (2025, 2026), [])
    write_expected(path, "txt", None, rec, acts, [])


# ------------------------------------------------------------ 752: flattened into lines

TITLE752 = ("План мероприятий по пожарной безопасности МБДОУ «Детский сад № 3 «Колокольчик» "
            "г. Сосновска на 2026 год")
ISSUER752 = "МБДОУ «Детский сад № 3 «Колокольчик» г. Сосновска"


def _flat(number: str, title: str, deadline: str = "", resp: str = "") -> str:
    return f"{number:<5}{title:<58}{deadline:<18}{resp}".rstrip()


def build_752() -> None:
    lines = [TITLE752, "",
             _flat("№", "Мероприятие", "Срок", "Ответственный"),
             _flat("1", "Издание приказа о назначении ответственного за ПБ", "январь",
                   "заведующий"),
             _flat("2", "Проведение инструктажей по пожарной безопасности:"),
             _flat("", "- вводный инструктаж для новых работников", "февраль",
                   "заведующий хозяйством"),
             _flat("", "- повторный инструктаж для всех работников", "август",
                   "заведующий хозяйством"),
             _flat("3", "Учебная эвакуация воспитанников и работников", "апрель",
                   "заведующий"),
             _flat("4", "Проверка огнетушителей и пожарных кранов", "май",
                   "заведующий хозяйством")]
    path = _write_txt("752_sosnovsk_kindergarten_fire_safety_plan_2026.txt", lines)
    acts = [
        Act("1", "Издание приказа о назначении ответственного за ПБ", "январь",
            _month(2026, 1, 31), [], ["заведующий"]),
        Act(None, "вводный инструктаж для новых работников", "февраль", _month(2026, 2, 28),
            [], ["заведующий хозяйством"]),
        Act(None, "повторный инструктаж для всех работников", "август", _month(2026, 8, 31),
            [], ["заведующий хозяйством"]),
        Act("3", "Учебная эвакуация воспитанников и работников", "апрель", _month(2026, 4, 30),
            [], ["заведующий"]),
        Act("4", "Проверка огнетушителей и пожарных кранов", "май", _month(2026, 5, 31),
            [], ["заведующий хозяйством"]),
    ]
    rec = doc_facts("roadmap", TITLE752, "Сосновск", None, ISSUER752, None, (2026, 2026), [])
    write_expected(path, "txt", None, rec, acts, [])


# ------------------------------------------------------------ 753: docx, dash sub-item rows

TITLE753 = ("План работы школьной библиотеки МБОУ «Кедровская основная школа» на 2025-2026 "
            "учебный год")
ISSUER753 = "МБОУ «Кедровская основная школа»"


def build_753() -> None:
    doc = new_doc(landscape=True, size=12)
    paragraphs(doc, [(TITLE753, "center", True)])
    rows: list[list[str | None]] = [
        ["№", "Содержание работы", "Сроки", "Ответственные"],
        ["1.", "Оформление книжных выставок:", "", ""],
        ["", "- «Книги-юбиляры года»", "октябрь", "библиотекарь"],
        ["", "- ко Дню матери", "ноябрь", "библиотекарь"],
        ["2.", "Библиотечный урок «Как устроена книга» для 2 классов", "сентябрь",
         "библиотекарь"],
        ["3.", "Конкурс чтецов:", "", ""],
        ["", "- школьный этап", "февраль", "учителя литературы"],
        ["", "- районный этап", "март", "руководитель ШМО"],
        ["4.", "Отчёт о работе библиотеки за год", "май", "библиотекарь"],
    ]
    add_table(doc, rows, widths=[1.5, 12.0, 3.5, 5.5], header_rows=1, size=11)
    path = save_docx(doc, "753_kedrovy_school_library_plan_2025.docx")
    acts = [
        Act(None, "«Книги-юбиляры года»", "октябрь", _month(2025, 10, 31), [],
            ["библиотекарь"]),
        Act(None, "ко Дню матери", "ноябрь", _month(2025, 11, 30), [], ["библиотекарь"]),
        Act("2", "Библиотечный урок «Как устроена книга» для 2 классов", "сентябрь",
            _month(2025, 9, 30), [], ["библиотекарь"]),
        Act(None, "школьный этап", "февраль", _month(2026, 2, 28), [], ["учителя литературы"]),
        Act(None, "районный этап", "март", _month(2026, 3, 31), [], ["руководитель ШМО"]),
        Act("4", "Отчёт о работе библиотеки за год", "май", _month(2026, 5, 31), [],
            ["библиотекарь"]),
    ]
    rec = doc_facts("roadmap", TITLE753, None, None, ISSUER753, None, (2025, 2026), [])
    write_expected(path, "docx", None, rec, acts, [])


BUILDERS = {"751": build_751, "752": build_752, "753": build_753}

if __name__ == "__main__":
    for key in sys.argv[1:] or list(BUILDERS):
        BUILDERS[key]()
