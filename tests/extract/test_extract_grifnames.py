"""Session grifnames: grifs, card labels and the places of institutions' first pages.

- a grif's name its quotes leave open ends at the signer or the date, never holding them; the
  form's abbreviation a wrapped position repeats is printed once (extract/facts/grif_name_end.py);
- a site card's label run on into the page's letterhead or its own restated heading is a line
  of its own (extract/facts/card_apart.py);
- an institution's founder names its municipality before the district of its postal address
  (extract/facts/founder_place.py, CONTRACT `municipality`);
- a self-examination's or a sports school's tasks list under its label or lead sentence, its
  last item closed before the text after it (ingest/text/item_ends.py, extract/facts/goals.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.grif_name_end import is_grif_date, single_abbreviation, without_signer
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_PLAN = "\n\nПлан работы с семьями воспитанников на 2025 год\n\n1. Общие положения\n" \
        "Настоящий план определяет работу с семьями.\n"
_SAD = "МБДОУ «Детский сад № 6 «Рябинка»"


@pytest.mark.parametrize(("grif", "issuer", "position"), [
    # the outer quote never closed: the date on the next line, no signer
    (f"УТВЕРЖДАЮ\nЗаведующий {_SAD}\n«03» февраля 2025 г.", _SAD, None),
    # the name wrapped after its first quote, the signer's initials before the surname
    ("УТВЕРЖДАЮ\nЗаведующий МБДОУ\n«Детский сад № 6 «Рябинка»\nН.В. Сомова\n03 февраля 2025 г",
     _SAD, f"Заведующий {_SAD}"),
    # the whole grif on one line
    (f"УТВЕРЖДАЮ\nЗаведующий {_SAD} Н.В. Сомова «03» февраля 2025 г.", _SAD,
     f"Заведующий {_SAD}"),
    # the surname before the initials, a numeric date
    (f"УТВЕРЖДАЮ\nЗаведующий {_SAD}\nСомова Н.В.\n03.02.2025", _SAD, f"Заведующий {_SAD}"),
    # spaced initials
    (f"УТВЕРЖДАЮ\nЗаведующий {_SAD}\nН. В. Сомова\n03.02.2025", _SAD, f"Заведующий {_SAD}"),
    # the form's abbreviation ends the position's line and opens the name's
    ("УТВЕРЖДАЮ\nЗаведующий МБДОУ\nМБДОУ «Детский сад № 6 «Рябинка»\nН.В. Сомова\n03.02.2025",
     _SAD, f"Заведующий {_SAD}"),
    # a patron's initials inside closed quotes stay the name's
    ("УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 4 им. П.Д. Уварова»\n________ Н.В. Сомова\n"
     "«03» февраля 2025 г.", "МБОУ «СОШ № 4 им. П.Д. Уварова»",
     "Директор МБОУ «СОШ № 4 им. П.Д. Уварова»"),
], ids=["date-under-open-quote", "wrapped-name", "one-line", "surname-first", "spaced-initials",
        "form-twice", "patron-initials"])
def test_grif_name_ends_before_signer_and_date(tools: ExtractTools, tmp_path: Path, grif: str,
                                               issuer: str, position: str | None) -> None:
    doc = facts_of(txt_doc(tmp_path, grif + _PLAN), tools).document
    assert doc.issuer == issuer
    assert [s.position for s in doc.signatories][:1] == ([position] if position else [])


@pytest.mark.parametrize(("name", "cut"), [
    ("МБДОУ «Детский сад № 6 «Рябинка» Н.В. Сомова «03» февраля 2025 г", _SAD),
    ("МБДОУ «Детский сад № 6 «Рябинка» Сомова Н. В. 03.02.2025", _SAD),
    ("МБДОУ «Детский сад № 6 «Рябинка» 03 февраля", _SAD),
    # a settlement's mark in capitals after the quote is no initial
    ("МБОУ «ГИМНАЗИЯ» С. ЛЕСНОЕ", "МБОУ «ГИМНАЗИЯ» С. ЛЕСНОЕ"),
    ("МБОУ «Гимназия» г. Лесного", "МБОУ «Гимназия» г. Лесного"),
    ("МБОУ «СОШ № 4» им. П.Д. Уварова", "МБОУ «СОШ № 4» им. П.Д. Уварова"),
])
def test_without_signer(name: str, cut: str) -> None:
    assert without_signer(name) == cut


@pytest.mark.parametrize(("text", "date"), [
    ("«03» февраля 2025 г.", True), ("03 февраля", True), ("03.02.2025", True),
    ("«3» февраля", True), ("МБОУ СОШ № 3", False), ("Детский сад № 3", False),
])
def test_grif_date(text: str, date: bool) -> None:
    assert is_grif_date(text) is date


@pytest.mark.parametrize(("text", "once"), [
    ("Заведующий МБДОУ МБДОУ «Детский сад»", "Заведующий МБДОУ «Детский сад»"),
    ("Директор МАОУ МАОУ СОШ № 2", "Директор МАОУ СОШ № 2"),
    ("Директор МБОУ «СОШ № 2»", "Директор МБОУ «СОШ № 2»"),
])
def test_single_abbreviation(text: str, once: str) -> None:
    assert single_abbreviation(text) == once


_LETTERHEAD = "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ\nУЧРЕЖДЕНИЕ «СРЕДНЯЯ " \
              "ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 9»\n\nСодержание\n1. Введение\n"


@pytest.mark.parametrize(("text", "title"), [
    # the card's label, then the letterhead in capitals
    ("Программа развития МБОУ СОШ №9\n" + _LETTERHEAD, "Программа развития МБОУ СОШ №9"),
    ("Программа воспитания\n" + _LETTERHEAD, "Программа воспитания"),
    ("Публичный доклад 2024\n" + _LETTERHEAD, "Публичный доклад 2024"),
    ("Самообследование 2024\n" + _LETTERHEAD, "Самообследование 2024"),
    ("Программа развития МБОУ СОШ №9 (2025-2029)\n" + _LETTERHEAD,
     "Программа развития МБОУ СОШ №9 (2025-2029)"),
    # the label closed by its year, the full name in normal case, the card's first fields
    ("Отчет о самообследовании 2024\nМуниципальное бюджетное общеобразовательное учреждение\n"
     "«Средняя общеобразовательная школа № 9»\nОбщие сведения\nПолное наименование: "
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 9»\n", "Отчет о самообследовании 2024"),
    # the page's own heading restating the label
    ("Отчет по самообследованию 2023\nОтчет по самообследованию\n",
     "Отчет по самообследованию 2023"),
    # a title's owner in the genitive goes on: no letterhead
    ("Отчет о результатах самообследования\nмуниципального бюджетного общеобразовательного "
     "учреждения «Средняя общеобразовательная школа № 9»\nза 2024 год\n",
     "Отчет о результатах самообследования муниципального бюджетного общеобразовательного "
     "учреждения «Средняя общеобразовательная школа № 9» за 2024 год"),
], ids=["label-caps-letterhead", "genre-alone", "report-year", "self-exam-year", "bracket-years",
        "nominative-after-year", "restated", "genitive-owner-goes-on"])
def test_card_label_apart_from_first_line(tools: ExtractTools, tmp_path: Path, text: str,
                                          title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


_REPORT = "Отчет о результатах самообследования\nмуниципального бюджетного общеобразовательного " \
          "учреждения «Кленовская основная общеобразовательная школа»\nза 2024 год\n\n" \
          "1. Общие сведения\n"
_ADDRESS = "Юридический адрес: 623400, Луговская обл., Ольховский район, с. Кленовка, " \
           "ул. Школьная, 2\n"


def _municipality(tmp_path: Path, text: str) -> str | None:
    from pipelines.run import process_file  # the place is decided downstream

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path).document.municipality


@pytest.mark.parametrize(("fields", "municipality"), [
    # the founder named after the address
    (_ADDRESS + "Учредитель: Управление образования Каменского городского округа\n",
     "Каменский городской округ"),
    (_ADDRESS + "Учредителем Учреждения является Каменский городской округ.\n",
     "Каменский городской округ"),
    (_ADDRESS + "Функции и полномочия учредителя осуществляет Управление образования "
     "Каменского городского округа.\n", "Каменский городской округ"),
    # a card's row
    (_ADDRESS + "Учредитель\tАдминистрация Каменского городского округа\n"
     "Телефон\t8 (34355) 2-11-45\n", "Каменский городской округ"),
    # no founder: the address's district counts
    (_ADDRESS, "Ольховский район"),
], ids=["founder-line", "founder-sentence", "founder-functions", "founder-row", "address-only"])
def test_founder_before_address_district(tmp_path: Path, fields: str,
                                         municipality: str) -> None:
    assert _municipality(tmp_path, _REPORT + fields) == municipality


_SPORT = "Отчет о результатах самообследования МБУ ДО «Спортивная школа № 5» за 2024 год\n\n"
_TASKS = ["воспитание у обучающихся интереса к занятиям спортом",
          "отбор одарённых детей для спортивных команд"]


@pytest.mark.parametrize(("body", "goals", "tasks"), [
    # the last item closed by its full stop, a sentence in capitals after it
    ("Задачи:\n- воспитание у обучающихся интереса к занятиям спортом;\n"
     "- отбор одарённых детей для спортивных команд.\nЗанятия ведутся по шести видам спорта.\n",
     [], _TASKS),
    ("Задачи:\n- Воспитание у обучающихся интереса к занятиям спортом.\n"
     "- Отбор одарённых детей для спортивных команд.\nЗанятия ведутся по шести видам спорта.\n",
     [], ["Воспитание у обучающихся интереса к занятиям спортом",
          "Отбор одарённых детей для спортивных команд"]),
    # dashes typed against the words, items closed by commas
    ("Задачи:\n-воспитание у обучающихся интереса к занятиям спортом,\n"
     "-отбор одарённых детей для спортивных команд.\n", [], _TASKS),
    # the label's owner and its link
    ("Основными задачами спортивной школы являются:\n"
     "- воспитание у обучающихся интереса к занятиям спортом;\n"
     "- отбор одарённых детей для спортивных команд.\n", [], _TASKS),
    # a sentence naming the institution's staff leads into them
    ("В отчётном году перед коллективом стояли следующие задачи:\n"
     "- воспитание у обучающихся интереса к занятиям спортом;\n"
     "- отбор одарённых детей для спортивных команд.\nЗадачи выполнены.\n", [], _TASKS),
    # "Основная цель" (pymorphy's lemma "основный") opens a goal's label
    ("Основная цель: развитие детско-юношеского спорта в округе.\nЗадачи:\n"
     "- воспитание у обучающихся интереса к занятиям спортом;\n"
     "- отбор одарённых детей для спортивных команд.\n",
     ["развитие детско-юношеского спорта в округе"], _TASKS),
], ids=["closed-then-prose", "capitalised-items", "glued-dashes", "owner-and-link",
        "staff-sentence", "main-goal"])
def test_tasks_list(tools: ExtractTools, tmp_path: Path, body: str, goals: list[str],
                    tasks: list[str]) -> None:
    found = facts_of(txt_doc(tmp_path, _SPORT + body), tools)
    assert list(found.goals) == goals
    assert list(found.tasks) == tasks
