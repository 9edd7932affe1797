"""Build the samples of the twenty-first real-document study's acts (720_, 721_).

Run: .venv/bin/python samples/make_facts25a_samples.py [names…]
Each document is our own (a real region, invented towns and wording) and reproduces a layout feature
of real documents:
- 720 (docx): a region government's amending act printed in a narrow column, one paragraph a
  line: its item amends the state programme and restates it whole ("… изменение, изложив ее
  в следующей" / "редакции:"), then the programme's original stamp repeated in quotes and its
  heading in bold;
- 721 (docx): a region government's act whose letterhead prints no act's word, its date,
  number and signing town set in a one-row table ("от | <date> | № | <number> | г. <town>"),
  then the subject and "ПОСТАНОВЛЯЕТ:" as a paragraph of its own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import doc_facts, write_expected
from docx_build import build_named
from real_b_common import add_table, new_doc, paragraphs, save_docx

LINES720_ACT = [
    ("ПРАВИТЕЛЬСТВО ПСКОВСКОЙ ОБЛАСТИ", "center", True),
    ("ПОСТАНОВЛЕНИЕ", "center", True),
    ("от 12 марта 2021 года N 87-П", "center", False),
    ("О внесении изменения в постановление", "center", True),
    ("Правительства Псковской области от 15", "center", True),
    ("апреля 2016 года N 140-П", "center", True),
    ("Правительство Псковской области", None, False),
    ("постановляет:", None, False),
    ("1. Внести в государственную программу", None, False),
    ("Псковской области \"Доступное", None, False),
    ("образование\" на 2016 - 2024 годы,", None, False),
    ("утвержденную постановлением", None, False),
    ("Правительства Псковской области от 15", None, False),
    ("апреля 2016 года N 140-П, с изменениями,", None, False),
    ("внесенными постановлениями от 2 июля", None, False),
    ("2019 года N 301-П и от 9 декабря 2020", None, False),
    ("года N 512-П, изменение, изложив ее", None, False),
    ("в следующей редакции:", None, False),
    ("\"Утверждена постановлением", "right", False),
    ("Правительства Псковской области", "right", False),
    ("от 15 апреля 2016 года N 140-П", "right", False),
]
TITLE720 = ("Государственная программа Псковской области \"Доступное образование\" "
            "на 2016 - 2024 годы")
LINES720_HEADING = [
    ("Государственная программа Псковской", "center", True),
    ("области \"Доступное образование\" на", "center", True),
    ("2016 - 2024 годы", "center", True),
    ("Паспорт государственной программы", "center", True),
]


def build_720() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [*LINES720_ACT, *LINES720_HEADING])
    path = save_docx(doc, "720_pskov_education_programme_restated_2021.docx")
    # the act restates the programme as first approved: its kind, heading and original act
    facts = doc_facts("programme", TITLE720, None, "Псковская область",
                      "Правительство Псковской области", ("140-П", "2016-04-15"), (2016, 2024),
                      [])
    write_expected(path, "docx", None, facts, [], [])


SUBJECT721 = ("О внесении изменений в постановление Правительства Псковской области "
              "от 20 ноября 2017 года № 455")


def build_721() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [("ПРАВИТЕЛЬСТВО ПСКОВСКОЙ ОБЛАСТИ", "center", True)])
    add_table(doc, [["от", "3 февраля 2022 года", "№", "41", "г. Лесноборск"]],
              widths=[1.0, 5.0, 1.0, 2.0, 5.0])
    paragraphs(doc, [
        (SUBJECT721, "center", True),
        ("В целях уточнения объёмов финансирования государственной программы «Спорт для "
         "всех» Правительство Псковской области", None, False),
        ("ПОСТАНОВЛЯЕТ:", None, True),
        ("1. Внести в постановление Правительства Псковской области от 20 ноября 2017 года "
         "№ 455 следующие изменения:", None, False),
        ("1) в пункте 2 слова «на 2018-2021 годы» исключить;", None, False),
        ("2. Настоящее постановление вступает в силу со дня его официального "
         "опубликования.", None, False),
    ])
    path = save_docx(doc, "721_pskov_sport_programme_amend_2022.docx")
    # the town in the requisites row is where the region's government signed: no municipality
    facts = doc_facts("order", SUBJECT721, None, "Псковская область",
                      "Правительство Псковской области", ("41", "2022-02-03"), None, [])
    write_expected(path, "docx", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"720": build_720, "721": build_721}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
