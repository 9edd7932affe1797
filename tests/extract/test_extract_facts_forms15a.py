"""Document facts read alike whichever format carries them: an act's header as a site's text
export gives it (the title's lines and the preamble in one run of lines, no blank line between),
as a DOCX gives it (a paragraph each) and as a PDF prints it (a line each). Invented bodies,
places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, pdf_doc


def _txt(lines: tuple[str, ...], tmp_path: Path) -> SourceDocument:
    path = tmp_path / "order.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(path)


def _docs(lines: tuple[str, ...], tmp_path: Path) -> list[SourceDocument]:
    return [_txt(lines, tmp_path), docx_doc(*lines), pdf_doc(*lines)]


_HEAD = ("Управление образования администрации Ольховского муниципального района",
         "ПРИКАЗ", "12.02.2024 № 31", "с. Ольховка")

# (lines after the header, title): the body's preamble opens with a phrase of its own ("Во
# исполнение …", "С целью …", "В целях …"), which no title runs into
PREAMBLES = [
    (("Об утверждении положения о школьном совете родителей",
      "Во исполнение решения совета управления от 1 февраля 2024 года № 2, ПРИКАЗЫВАЮ:"),
     "Об утверждении положения о школьном совете родителей"),
    (("Об утверждении плана наставничества в школах",
      "С целью поддержки молодых учителей района и развития программы наставничества,",
      "ПРИКАЗЫВАЮ:"),
     "Об утверждении плана наставничества в школах"),
    (("Об утверждении порядка работы муниципального",
      "методического объединения учителей",
      "В целях повышения качества преподавания приказываю:"),
     "Об утверждении порядка работы муниципального методического объединения учителей"),
]


@pytest.mark.parametrize(("lines", "title"), PREAMBLES)
def test_a_preamble_ends_the_subject_in_every_format(
        tools: ExtractTools, lines: tuple[str, ...], title: str, tmp_path: Path) -> None:
    for doc in _docs(_HEAD + lines, tmp_path):
        assert extract(doc, Found(), tools).document.title == title, doc.format


# (text export, signatories as (name, position)): a grif's cell whose lines the export joined
# with spaces, the name on the blank to sign on followed by the approving order, the date or
# the order before the blank; a one-row table with an empty first cell read as one line
FLAT_GRIFS = [
    ("| ПРИНЯТО на педагогическом совете протокол № 2 от 29.08.2023 | УТВЕРЖДАЮ Директор "
     "МБОУ «Лесная СОШ» ____________ О.В. Кречетова Приказ № 71 от «30» августа 2023 г. |\n"
     "План работы школы\nна 2023-2024 учебный год\n",
     [("О.В. Кречетова", "Директор МБОУ «Лесная СОШ»")]),
    ("| СОГЛАСОВАНО Начальник отдела образования ______ Т.А. Гречко | УТВЕРЖДЕНА Директор "
     "МБОУ СОШ №5 12 сентября 2024 года ___________ Л.Н. Сизова |\nПрограмма развития\n"
     "МБОУ СОШ №5 на 2024-2028 годы\n",
     [("Л.Н. Сизова", "Директор МБОУ СОШ №5")]),
    ("|  | «Утверждаю» Директор МКОУ «Ручейская ООШ» Приказ от 01.09.2023 года № 40 "
     "_________ Д.С.Баженов |\nДорожная карта\nна 2023-2025 годы\n",
     [("Д.С.Баженов", "Директор МКОУ «Ручейская ООШ»")]),
]


@pytest.mark.parametrize(("text", "signatories"), FLAT_GRIFS)
def test_a_grif_cell_joined_into_one_line(tools: ExtractTools, text: str,
                                          signatories: list[tuple[str, str]],
                                          tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    got = extract(read_document(path), Found(), tools).document.signatories
    assert [(s.name, s.position) for s in got] == signatories


# (lines, issuer): the letterhead, the act's word, its requisites and the subject in one run
# of lines (no blank line between): the letterhead names the issuer as on the printed form
RUN_HEADERS = [
    (("МИНИСТЕРСТВО ОБРАЗОВАНИЯ", "ЛЕСНОЙ ОБЛАСТИ", "П Р И К А З", "от 05.10.2023 № 880",
      "г. Лесногорск", "Об утверждении плана мероприятий по развитию чтения",
      "В соответствии с государственной программой области ПРИКАЗЫВАЮ:"),
     "Министерство образования Лесной области"),
    (("Управление образования администрации Кедрового городского округа", "ПРИКАЗ",
      "02.02.2024 № 15", "Об утверждении состава жюри конкурса чтецов",
      "В целях проведения конкурса ПРИКАЗЫВАЮ:"),
     "Управление образования администрации Кедрового городского округа"),
]


@pytest.mark.parametrize(("lines", "issuer"), RUN_HEADERS)
def test_letterhead_in_a_run_of_lines(tools: ExtractTools, lines: tuple[str, ...],
                                      issuer: str, tmp_path: Path) -> None:
    for doc in _docs(lines, tmp_path):
        assert extract(doc, Found(), tools).document.issuer == issuer, doc.format
