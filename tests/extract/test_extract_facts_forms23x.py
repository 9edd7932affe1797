"""Titles of site text exports (a line per paragraph, no bold to tell the title from what
follows): the owner's name in the nominative under a report title closed by its years, the town
and year of the title page's foot after a blank line, a file's copy number "(1)" after the
years (invented schools, places and wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_helpers import pdf_doc

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.registry import read_document

_BODY = "\nПояснительная записка\nШкола работает в одну смену.\n"

# (the document's top as a text file, the title read)
CASES = [
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nЗА 2023год\n"
     "муниципальное казённое общеобразовательное учреждение\n«Основная школа с. Ольховка»\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2023год"),
    # the owner's name in the genitive goes on the title
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nЗА 2023 год\n"
     "муниципального казённого общеобразовательного учреждения\n«Основная школа с. Ольховка»\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2023 год муниципального казённого "
     "общеобразовательного учреждения «Основная школа с. Ольховка»"),
    ("ГОДОВОЙ ПЛАН РАБОТЫ\nмуниципального детского сада «Ёлочка»\nна 2024/2025 учебный год\n\n"
     "г. Ольховск 2024г.\n",
     "ГОДОВОЙ ПЛАН РАБОТЫ муниципального детского сада «Ёлочка» на 2024/2025 учебный год"),
    ("Отчет о самообследовании за 2023 (1)\nСОДЕРЖАНИЕ\nВведение\n",
     "Отчет о самообследовании за 2023"),
    # the block runs on into the body's sentence: the capitals go on over the glued year only
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nЗА 2023год\nмуниципальное казённое "
     "общеобразовательное учреждение\n«Основная школа с. Ольховка»\n"
     "Школа работает в одну смену, в ней учатся 80 детей.\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ ЗА 2023год"),
]


@pytest.mark.parametrize(("top", "title"), CASES)
def test_site_text_title_ends(tools: ExtractTools, tmp_path: Path, top: str, title: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(top + _BODY, encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.title == title


_TASKS_TOP = "План работы методического объединения на 2024-2025 учебный год\nЗадачи:\n"

# (task lines under "Задачи:" as a text export prints them, the tasks read)
TASKS = [
    ("Обновить банк методических разработок педагогов\nначальных классов.\n"
     "Организовать наставничество для молодых\nучителей.\n",
     ["Обновить банк методических разработок педагогов начальных классов",
      "Организовать наставничество для молодых учителей"]),
    ("Согласовать планы воспитательной работы с\nпрограммой развития школы\n"
     "Провести открытые занятия.\nВ течение года проводятся заседания.\n",
     ["Согласовать планы воспитательной работы с программой развития школы",
      "Провести открытые занятия"]),
]


@pytest.mark.parametrize(("lines", "tasks"), TASKS)
def test_unmarked_tasks_cut_at_line_ends(tools: ExtractTools, tmp_path: Path, lines: str,
                                         tasks: list[str]) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(_TASKS_TOP + lines, encoding="utf-8")
    assert list(extract(read_document(path), Found(), tools).tasks) == tasks


# (the subject's lines as a PDF prints them, a line per paragraph; the title read)
SUBJECTS = [
    (("Об утверждении программы профилактики", "правонарушений среди несовершеннолетних",
      "Ольховского муниципального округа на", "период до 2027 года"),
     "Об утверждении программы профилактики правонарушений среди несовершеннолетних "
     "Ольховского муниципального округа на период до 2027 года"),
    (("Об утверждении плана мероприятий", "по развитию школьного спорта",
      "Лесногорского района"),
     "Об утверждении плана мероприятий по развитию школьного спорта Лесногорского района"),
    # the preamble under the subject opens otherwise: the subject ends
    (("О проведении смотра-конкурса", "школьных музеев",
      "В целях патриотического воспитания обучающихся администрация постановляет:"),
     "О проведении смотра-конкурса школьных музеев"),
]


@pytest.mark.parametrize(("lines", "title"), SUBJECTS)
def test_pdf_subject_goes_on_in_owner_line(tools: ExtractTools, lines: tuple[str, ...],
                                           title: str) -> None:
    doc = pdf_doc("АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ПОСТАНОВЛЕНИЕ",
                  "от 12.03.2024 № 118", *lines, "1. Утвердить прилагаемый план.")
    assert extract(doc, Found(), tools).document.title == title


# (an appendix's stamps and heading as a site's text prints them, in one block; the title read)
APPENDIX = [
    ('Приложение N 2\nк постановлению администрации\nОльховского района\nот 12 мая 2023 г. N 41\n'
     '"Приложение N 2\nк муниципальной программе\n"Развитие добровольчества\nв Ольховском '
     'районе"\nСведения\nо показателях муниципальной программы "Развитие добровольчества"\n',
     'Сведения о показателях муниципальной программы "Развитие добровольчества"'),
    ("Приложение 1\nк муниципальной программе «Развитие образования»\nна 2021-2025 годы\n"
     "ПЕРЕЧЕНЬ\nосновных мероприятий программы\n",
     "ПЕРЕЧЕНЬ основных мероприятий программы"),
    # an act's stamp goes on after a quoted name to the body's region and its requisites
    ('Утверждена\nпостановлением администрации\nмуниципального района "Ольховский"\n'
     "Лесной области\nот 14 апреля 2023 г. N 4/88\nПЕРЕЧЕНЬ\nпоказателей программы\n",
     "ПЕРЕЧЕНЬ показателей программы"),
]


@pytest.mark.parametrize(("top", "title"), APPENDIX)
def test_stamp_ends_at_its_quoted_name(tools: ExtractTools, tmp_path: Path, top: str,
                                       title: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(top + "| N | Показатель | 2023 |\n| 1 | Число добровольцев | 120 |\n",
                    encoding="utf-8")
    assert extract(read_document(path), Found(), tools).document.title == title
