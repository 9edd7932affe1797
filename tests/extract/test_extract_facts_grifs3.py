"""A council's grif beside the approver's, their columns flattened by a text layer into lines
that interleave unevenly, paragraphs of one line each, or one line (extract/facts/
grif_sides.py, interleave.py); written again with invented schools and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import grif_facts, pdf_doc, txt_doc

_TITLE = "ПРОГРАММА РАЗВИТИЯ\nМБОУ «Ольховская СОШ» на 2025-2029 годы\n"

# (plain text as a .txt file holds it, signatories as (name, position), order number, date)
TEXTS = [
    # the council's column a line longer than the approver's, each line a paragraph: the
    # quote the council's short name opened closes on a later row
    ("СОГЛАСОВАНО\n\nУТВЕРЖДАЮ\n\nпедагогическим советом МБОУ\n\nДиректор МБОУ «Ольховская СОШ»"
     "\n\n«Ольховская\n\nСОШ»\n\n(протокол № 2 от 29.08.2025 г.)\n\n_______ К.Д. Рябова\n\n"
     "Приказ № 71 от 01.09.2025 г.\n\n" + _TITLE,
     [("К.Д. Рябова", "Директор МБОУ «Ольховская СОШ»")], "71", "2025-09-01"),
    # the approving order wrapped after "от", its date printed among the council's lines;
    # the council's chair signs under "СОГЛАСОВАНО", no signatory
    ("СОГЛАСОВАНО\nУТВЕРЖДАЮ\nНа заседании Управляющего совета\nДиректор МБОУ «Ольховская СОШ»\n"
     "______ Н.П. Глебов\nпротокол № 4 от 20.05.2025\nприказом № 58 от\nПредседатель совета\n"
     "21.05.2025\n______ С.С. Белова\n" + _TITLE,
     [("Н.П. Глебов", "Директор МБОУ «Ольховская СОШ»")], "58", "2025-05-21"),
    # the head's position closing on the institution's form, its name on the next row
    ("СОГЛАСОВАНО\nУТВЕРЖДАЮ\nПедагогическим советом\nДиректор МБОУ\nОльховской СОШ\n"
     "МБОУ Ольховская СОШ\nН.П. Глебов\nпротокол от 15.04.2025 № 6\nПриказ № 44 от 16.04.2025\n"
     + _TITLE, [("Н.П. Глебов", "Директор МБОУ Ольховской СОШ")], "44", "2025-04-16"),
    # both grifs run onto the line of their openers, the title after them
    ("СОГЛАСОВАНО УТВЕРЖДЕНО на заседании методического совета Директор МБОУ «Ольховская "
     "СОШ» Протокол № 3 от «25» августа 2025 г. ______ Н.П. Глебов Приказ №140 от «28» "
     "августа 2025г. Программа развития МБОУ «Ольховская СОШ» на 2025-2029 годы\n",
     [("Н.П. Глебов", "Директор МБОУ «Ольховская СОШ»")], "140", "2025-08-28"),
]


@pytest.mark.parametrize(("text", "signed", "number", "date"), TEXTS)
def test_interleaved_council_and_approver(tools: ExtractTools, tmp_path: Path, text: str,
                                          signed: list[tuple[str, str]], number: str,
                                          date: str) -> None:
    assert grif_facts(text, tools, tmp_path) == (signed, number, date)


def test_pdf_lines_uneven_columns(tools: ExtractTools) -> None:
    """A PDF's lines, one paragraph each: the council's column of four lines beside the
    approver's of three, the order under the head's name."""
    doc = extract(pdf_doc(
        "Муниципальное общеобразовательное учреждение «Средняя школа с. Кедровка»",
        "СОГЛАСОВАНО", "УТВЕРЖДАЮ", "педагогическим советом МОУ", "«СШ с. Кедровка»",
        "Директор МОУ «СШ с. Кедровка»", "им. В. В. Орлова»", "(протокол № 1 от 26.08.2025 г.)",
        "-------------- Т. Т. Лосева", "Приказ № 63 от 27.08.25 г.",
        "Рабочая программа воспитания", "на 2025-2026 г.", bold=(10, 11)), Found(), tools).document
    assert [(s.name, s.position) for s in doc.signatories] == [
        ("Т. Т. Лосева", "Директор МОУ «СШ с. Кедровка»")]
    assert doc.order_number == "63"


# (lines a text layer read, what stays unchanged: nothing shows which column a line is in)
UNCHANGED = [
    # an odd run of lines with no council's words: the rows' order is not known
    "СОГЛАСОВАНО\nУТВЕРЖДАЮ\nНачальник управления\nДиректор школы\nобразования\n"
    "Лесного района\n______ А.А. Кедров\n",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_evidence_left_alone(tools: ExtractTools, tmp_path: Path, text: str) -> None:
    found = extract(txt_doc(tmp_path, text + _TITLE), Found(), tools)
    assert not any(t.startswith("header.grif_columns") for t in found.trace)


# (plain text, order number, issuer): a stamp citing an act that approved the form
FORM_STAMPS = [
    ("УТВЕРЖДЕНА\nприказом Управления образования администрации Ольховского района\n"
     "от 12.01.2025 № 27 «Об утверждении единой формы отчета о самообследовании»\n\n"
     "УТВЕРЖДАЮ\nЗаведующий МБДОУ «Детский сад № 5»\n________ Е.Е. Соснова\n"
     "Приказ № 9 от 14.04.2025\n\nОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\n"
     "МБДОУ «Детский сад № 5» за 2024 год\n", "9", "МБДОУ «Детский сад № 5»"),
]


@pytest.mark.parametrize(("text", "number", "issuer"), FORM_STAMPS)
def test_form_approval_stamp_is_no_order(tools: ExtractTools, tmp_path: Path, text: str,
                                         number: str, issuer: str) -> None:
    doc = extract(txt_doc(tmp_path, text), Found(), tools).document
    assert (doc.order_number, doc.issuer) == (number, issuer)
