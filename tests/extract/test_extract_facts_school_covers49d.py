"""School covers (dev38's causes, re-written): a plan heading going on in a lower-case
genitive ("План-график" / "введения …"), a site's page title over the grifs, a bare
"ПРОГРАММА РАЗВИТИЯ" going on in the school's short name with a patron ("им. …"), grifs
flattened onto shared lines, the owner's full name between the grifs and the heading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.limits import Limits
from ingest.models import SourceDocument
from ingest.text.reader import read_text

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc


def _text(text: str) -> SourceDocument:
    """The document the text reader makes of `text`."""
    blocks = read_text(text.encode(), "t.txt", Limits()).blocks
    return SourceDocument(file="t.txt", sha256="0", format="txt", blocks=blocks)

_GRIF = ("Утверждаю\nДиректор МОУ «Кедровская ООШ»\n_______ /А. Б. Петрова/\n"
         "Приказ № 12 от 10.02.2025")


@pytest.mark.parametrize(("heading", "under", "title"), [
    ("План-график", "введения обновлённого ФГОС основного общего образования\n"
     "в МОУ «Кедровская ООШ»\nЛесного района",
     "План-график введения обновлённого ФГОС основного общего образования в МОУ «Кедровская "
     "ООШ» Лесного района"),
    ("План мероприятий", "раздела «Здоровье» программы воспитания",
     "План мероприятий раздела «Здоровье» программы воспитания"),
])
def test_a_heading_goes_on_in_a_lower_case_genitive(tools: ExtractTools, heading: str,
                                                    under: str, title: str) -> None:
    doc = docx_doc(_GRIF, heading, under, bold=(1, 2))
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize(("text", "title", "issuer"), [
    ("ПРОГРАММА РАЗВИТИЯ ШКОЛЫ\n\nПрограмма развития школы на 2020-2023 годы\n\n"
     "Согласовано       Утверждаю:\nначальник отдела   директор школы\n"
     "______ Орлов К.К.   ______ Зуев П.П.\n\nПРОГРАММА РАЗВИТИЯ\n\n"
     "МБОУ СОШ им. А.П. Гайдара с. Кедровка\n\nна 2025-2029 годы\n\nКедровка, 2024.",
     "ПРОГРАММА РАЗВИТИЯ МБОУ СОШ им. А.П. Гайдара с. Кедровка на 2025-2029 годы",
     "МБОУ СОШ им. А.П. Гайдара с. Кедровка"),
    ("ПРОГРАММА РАЗВИТИЯ\n\nМКОУ ООШ имени Н. Н. Рябова на 2024-2028 годы",
     "ПРОГРАММА РАЗВИТИЯ МКОУ ООШ имени Н. Н. Рябова на 2024-2028 годы",
     "МКОУ ООШ имени Н. Н. Рябова"),
])
def test_a_site_title_over_grifs_and_a_patrons_school(tools: ExtractTools, text: str,
                                                      title: str, issuer: str) -> None:
    got = extract(_text(text), Found(), tools).document
    assert (got.title, got.issuer) == (title, issuer)


@pytest.mark.parametrize(("text", "issuer", "signer"), [
    # the grifs' lines flattened; the full name split by blank lines under them
    ("Принята педагогическим советом «Утверждаю»\n\n"
     "Протокол № 2 от 15.03.2024 Директор школы А.Б. Петрова\n\n"
     "Муниципальное общеобразовательное учреждение\n\n\n"
     "«Кедровская средняя общеобразовательная школа»\n\nПрограмма развития школы\n\n"
     "на 2024 – 2028 годы\n\n2024 год.",
     "Муниципальное общеобразовательное учреждение «Кедровская средняя общеобразовательная "
     "школа»", ("А.Б. Петрова", "Директор школы")),
    ("Рассмотрено на методсовете Утверждаю\n\n"
     "протокол от «28» августа 2024 г. № 1 заведующий детским садом Е.Е. Зуева\n\n"
     "Программа воспитания\n\nна 2024 – 2025 учебный год",
     None, ("Е.Е. Зуева", "заведующий детским садом")),
])
def test_grifs_flattened_onto_shared_lines(tools: ExtractTools, text: str, issuer: str | None,
                                           signer: tuple[str, str]) -> None:
    got = extract(_text(text), Found(), tools).document
    assert got.issuer == issuer
    assert [(s.name, s.position) for s in got.signatories] == [signer]
