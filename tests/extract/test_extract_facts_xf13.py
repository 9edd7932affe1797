"""Document facts of municipal task forms read alike from DOCX, PDF and a site's text export
(written again with invented bodies, places and wording): the approving order's number printed
after its date with no "№", the institution's name filled in over its caption between the
task's heading and its budget cycle, the founder's body named under "УТВЕРЖДАЮ"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument, Table

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, pdf_doc, table, txt_doc

_STAMP = ("Утверждено", "Приказом", "МКУ «Отдел образования»", "от 9   марта   2020г    21-П")
_FORM = ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ", "Муниципальное бюджетное общеобразовательное учреждение",
         "Лесновская основная школа «Исток»", "(наименование муниципального учреждения)",
         "на 2020 год и на плановый период 2021  и 2022 годов", "РАЗДЕЛ 1",
         "1.Наименование муниципальной услуги", "Реализация программ основного общего образования.")
_TITLE = ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ Муниципальное бюджетное общеобразовательное учреждение "
          "Лесновская основная школа «Исток» на 2020 год и на плановый период 2021 и 2022 годов")


def _formats(*lines: str) -> list[SourceDocument]:
    """The same lines as DOCX paragraphs, PDF lines and one paragraph of a text export."""
    return [docx_doc(*lines), pdf_doc(*lines), lines_doc("\n".join(lines))]


@pytest.mark.parametrize("doc", _formats(*_STAMP, *_FORM))
def test_task_form_reads_alike_in_every_format(tools: ExtractTools, doc: SourceDocument) -> None:
    got = facts_of(doc, tools).document
    assert got.title == _TITLE
    assert got.order_number == "21-П"
    assert got.issuer == "МКУ «Отдел образования»"
    assert got.period_text == "2020-2022"


# (the stamp's act line, the number read from it)
NUMBERS = [
    ("от 9   марта   2020г    21-П", "21-П"),
    ("от 09.03.2020 г. 14/2", "14/2"),
    ("от 9 марта 2020 года 3-од", "3-од"),
    # a bare count after the date is no register code: no number
    ("от 9 марта 2020 г. 21", None),
]


@pytest.mark.parametrize(("line", "number"), NUMBERS)
def test_number_after_the_date(tools: ExtractTools, line: str, number: str | None) -> None:
    got = facts_of(docx_doc(*_STAMP[:3], line, *_FORM), tools).document
    assert got.order_number == number
    if number:  # the code is no word of the body's name
        assert got.issuer == "МКУ «Отдел образования»"


# (lines after the heading, the title)
TITLES = [
    # a caption with no years under it closes nothing: the heading stays alone
    (("Муниципальное бюджетное общеобразовательное учреждение",
      "(наименование муниципального учреждения)", "РАЗДЕЛ 1"), "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ"),
    # the years straight under the heading: no name to take over
    (("на 2020 год и на плановый период 2021 и 2022 годов", "РАЗДЕЛ 1"),
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ на 2020 год и на плановый период 2021 и 2022 годов"),
]


@pytest.mark.parametrize(("after", "title"), TITLES)
def test_caption_without_years(tools: ExtractTools, after: tuple[str, ...], title: str) -> None:
    got = facts_of(docx_doc(*_STAMP, "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ", *after), tools).document
    assert got.title == title


# (the grif's lines, the issuer read from the approval line or None)
GRIFS = [
    # the founder's order approved the task its body set
    (("УТВЕРЖДАЮ", "приказом Комитета по образованию администрации Лесного района "
      "от 11.01.2023 года № 6"), "Комитет по образованию администрации Лесного района"),
    (("УТВЕРЖДАЮ", "приказом Управления образования администрации муниципального "
      "образования Сосновский район от 20.01.2022 № 9"),
     "Управление образования администрации муниципального образования Сосновский район"),
]


@pytest.mark.parametrize(("grif", "issuer"), GRIFS)
def test_founder_under_approve_self(tools: ExtractTools, grif: tuple[str, ...],
                                    issuer: str) -> None:
    got = facts_of(docx_doc(*grif, "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 2",
                            "на 2023 год и на плановый период 2024 и 2025 годов"), tools)
    assert got.document.issuer == issuer
    assert "header.issuer:approval_line" in got.trace


def test_head_own_grif_not_from_approval_line(tools: ExtractTools) -> None:
    """"УТВЕРЖДАЮ / приказом МБОУ «…» …": no body unit opens it — the grif rules decide."""
    got = facts_of(docx_doc("УТВЕРЖДАЮ", "приказом МБОУ «Лесная СОШ» от 01.09.2023 № 40",
                            "Директор МБОУ «Лесная СОШ»", "________ А.Б. Кедрова",
                            "ПЛАН РАБОТЫ", "на 2023-2024 учебный год"), tools)
    assert "header.issuer:approval_line" not in got.trace


# a site's text export of a cover's grifs set in a table: its rows in bars
_GRIFS = ("| УТВЕРЖДАЮ", "Директор школы", "_______ А.Б. Кедрова",
          "Приказ № 51 от 30 августа 2023 г. | ПРИНЯТО", "на заседании педагогического совета",
          "Протокол № 1 от 29 августа 2023г. |")

# A site's text export runs a cover's heading into one paragraph of lines under the site's
# card line and the grifs' table: (lines, title)
COVERS = [
    # a heading in capitals goes on in capitals up to its years under the site's card line
    (("Программа воспитания обучающихся МБОУ СОШ № 3 п. Кедровый на 2023-2026 уч.г.",
      *_GRIFS, "ПРОГРАММА ВОСПИТАНИЯ ОБУЧАЮЩИХСЯ",
      "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ СРЕДНЕЙ",
      "ОБЩЕОБРАЗОВАТЕЛЬНОЙ ШКОЛЫ № 3 П. КЕДРОВЫЙ", "НА 2023 – 2026 УЧ.Г.", "п. Кедровый",
      "2023 г.", "СОДЕРЖАНИЕ"),
     "ПРОГРАММА ВОСПИТАНИЯ ОБУЧАЮЩИХСЯ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
     "УЧРЕЖДЕНИЯ СРЕДНЕЙ ОБЩЕОБРАЗОВАТЕЛЬНОЙ ШКОЛЫ № 3 П. КЕДРОВЫЙ НА 2023 – 2026 УЧ.Г."),
    # the project's quoted name, then the owner's legal name in the genitive over a few lines
    (("Программа развития_Школа будущего_МБОУ СОШ с. Лесное",
      *_GRIFS, "ПРОГРАММА РАЗВИТИЯ", "«Школа будущего.", "Шаг вперёд»",
      "Муниципального бюджетного общеобразовательного учреждения",
      "средней общеобразовательной школы", "им. П.С. Ольхова с. Лесное",
      "Сосновского района Заречной области", "на 2025 – 2030 годы",
      "1. Паспорт Программы развития"),
     "ПРОГРАММА РАЗВИТИЯ «Школа будущего. Шаг вперёд» Муниципального бюджетного "
     "общеобразовательного учреждения средней общеобразовательной школы им. П.С. Ольхова "
     "с. Лесное Сосновского района Заречной области на 2025 – 2030 годы"),
]


@pytest.mark.parametrize(("lines", "title"), COVERS)
def test_cover_heading_in_a_text_export(tools: ExtractTools, tmp_path: Path,
                                        lines: tuple[str, ...], title: str) -> None:
    assert facts_of(txt_doc(tmp_path, "\n".join(lines)), tools).document.title == title


# the report's heading whose owner's name goes on after a dash the reader took for a bullet
_REPORT = ("ОТЧЕТ О РЕЗУЛЬТАТАХ", "САМООБСЛЕДОВАНИЯ",
           "муниципального бюджетного дошкольного образовательного учреждения",
           "– детский сад № 4 г. Лесного", "1. Общие сведения об учреждении")


@pytest.mark.parametrize("doc", [pdf_doc(*_REPORT, bold=(0, 1, 2, 3)), docx_doc(*_REPORT)])
def test_owner_after_a_dash(tools: ExtractTools, doc: SourceDocument) -> None:
    assert facts_of(doc, tools).document.title == (
        "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ муниципального бюджетного дошкольного "
        "образовательного учреждения – детский сад № 4 г. Лесного")


# (a grif cell's lines, the signatory's name)
TAILS = [
    (("Утверждаю:", "Заведующий МБДОУ № 4", "_______________О.Н.Кедрови", "на",
      "приказ № 12 от 01.04.2024г."), "О.Н.Кедровина"),
    (("Утверждаю:", "Заведующий МБДОУ № 4", "_______________О.Н. Кедров", "а",
      "приказ № 12 от 01.04.2024г."), "О.Н. Кедрова"),
]


def pdf_doc_with(grifs: Table, *lines: str) -> SourceDocument:
    """A PDF page: the grifs' table, then the heading's lines."""
    blocks = (grifs, *(Paragraph(text=t, source=Provenance(page=1), bold=True) for t in lines))
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)


@pytest.mark.parametrize(("cell", "name"), TAILS)
def test_surname_ending_wrapped_in_a_cell(tools: ExtractTools, cell: tuple[str, ...],
                                          name: str) -> None:
    grifs = table(("Согласовано:\nПедагогическим советом\nпротокол № 2 от 01.04.2024г.",
                   "\n".join(cell)))
    got = facts_of(pdf_doc_with(grifs, *_REPORT[:3]), tools).document
    assert [s.name for s in got.signatories] == [name]


# (the line under a cover's heading printed a line a block, the title)
BRACKETS = [
    # the plan's two years alone in brackets close its heading, as the DOCX's paragraph does
    ("(2025 – 2028)", "Программа развития МБОУ «Лесновская школа» «Школа равных возможностей» "
                      "(2025 – 2028)"),
    # a term given by months in brackets is a note under the title
    ("(сентябрь 2025 г. – май 2028 г.)",
     "Программа развития МБОУ «Лесновская школа» «Школа равных возможностей»"),
]


@pytest.mark.parametrize(("line", "title"), BRACKETS)
def test_years_in_brackets_close_a_heading(tools: ExtractTools, line: str, title: str) -> None:
    doc = pdf_doc("Программа развития", "МБОУ «Лесновская школа»", "«Школа равных возможностей»",
                  line, "с. Лесное, 2025", "Содержание.", bold=(0, 1, 2, 3))
    assert facts_of(doc, tools).document.title == title


# a passport printed alone (a legal site's export of its table): (first row's label, kind)
PASSPORTS = [
    ("Наименование государственной программы", "programme"),
    ("Наименование муниципальной программы", "programme"),
]


@pytest.mark.parametrize(("label", "kind"), PASSPORTS)
def test_passport_alone_names_its_kind(tools: ExtractTools, label: str, kind: str) -> None:
    rows = table((label, "«Развитие образования Заречной области»"),
                 ("Ответственный исполнитель", "Комитет образования Заречной области"))
    for doc in (docx_doc(rows), lines_doc(f"| {label} | «Развитие образования» |")):
        assert facts_of(doc, tools).document.kind == kind


# A legal site's export of an appendix holding a passport: the stamp's lines, the appendix's
# heading run into one paragraph, the passport's rows in bars: (text, title)
_ROWS = ('| Наименование подпрограммы 2 | "Поддержка одарённых детей" |\n'
         "| Ответственный исполнитель подпрограммы 2 | Министерство образования Лесной "
         "Республики |\n| Участники подпрограммы 2 | Отсутствуют |\n")
APPENDICES = [
    # the passport's heading and its "(далее - …)" tail over the rows: the heading
    ("Приложение 2\nк постановлению Правительства\nЛесной Республики\nот 14.03.2023 N 77\n"
     '"Приложение 2\nк государственной программе\n\nПаспорт подпрограммы 2\n'
     '"Поддержка одарённых детей" (далее - подпрограмма 2)\n' + _ROWS,
     'Паспорт подпрограммы 2 "Поддержка одарённых детей"'),
    # the subprogramme's own heading over "ПАСПОРТ ПОДПРОГРАММЫ": the heading
    ("Приложение № 3 к государственной программе «Развитие образования Лесной Республики» на "
     "2023-2027 годы\nПОДПРОГРАММА «Поддержка одарённых детей» государственной программы "
     "«Развитие образования Лесной Республики» на 2023-2027 годы\nПАСПОРТ ПОДПРОГРАММЫ\n"
     "| Наименование Подпрограммы | «Поддержка одарённых детей» государственной программы "
     "«Развитие образования Лесной Республики» на 2023-2027 годы |\n"
     "| Ответственный исполнитель Подпрограммы | министерство образования Лесной Республики |\n",
     "ПОДПРОГРАММА «Поддержка одарённых детей» государственной программы «Развитие "
     "образования Лесной Республики» на 2023-2027 годы"),
]


@pytest.mark.parametrize(("text", "title"), APPENDICES)
def test_appendix_heading_over_passport_rows(tools: ExtractTools, tmp_path: Path, text: str,
                                             title: str) -> None:
    assert extract_document(txt_doc(tmp_path, text), tools).document.title == title


def test_region_of_own_appendix_stamp(tools: ExtractTools, tmp_path: Path) -> None:
    """The stamp's act run into one paragraph is the document's own act, no cited one."""
    got = extract_document(txt_doc(tmp_path, APPENDICES[0][0]), tools).document
    assert "Лесной Республики" in " ".join(got.context_texts)
