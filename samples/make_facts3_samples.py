"""Build the samples of document facts of the third real-document study (394_–400_, 410_, 411_).

Run: .venv/bin/python samples/make_facts3_samples.py [--no-pdf]
Each document is our own (invented region, municipalities, schools, people and wording) and
reproduces a layout feature of real documents of the genre:
- 400 (pdf): a school's self-assessment report — a letterhead in capitals with its short name in
  parentheses and a contact line, a two-column grif whose act line and date stand on separate
  lines ("Приказ № 211" / "«15» апреля 2025г.") beside a protocol with typed-over blanks, an
  electronic-signature stamp printed under it, the title, a village's line;
- 394 (docx): a school's development programme — a letterhead broken inside «…», a three-column
  grid ПРИНЯТА | СОГЛАСОВАНА | УТВЕРЖДЕНА, the middle official's position one word a line, the
  approving order over typed-over blanks and two lines ("Приказ №_118 от«_02__» _сентября" /
  "2025 г.");
- 395 (docx): a school's order — a three-line capitals letterhead naming the school, its village
  and its municipality in the nominative, an address and e-mail line, the village under the
  requisites, the director's name after an acquaintance block;
- 396 (txt): a report whose whole header a text layer flattened into one paragraph (letterhead,
  РАССМОТРЕН …, УТВЕРЖДЕН приказом … 11.04. 2025 г. № 74, title, a registration note);
- 397 (txt): a district site's act printed as '№ 57 от 14.02.2025 г. "О …"' — no act's word,
  the operative "администрация … ПОСТАНОВЛЯЕТ:" set as a paragraph of its own;
- 398 (txt): a legal site's act — "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «…»" over a nameless (and glued)
  "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГОРАЙОНА", a capitals subject broken after "ОТ" and after an
  adjective, the head's signature on one line;
- 410 (txt): a site's page of an act that starts below its title (a city district whose name
  is a qualitative adjective: "Солнечного городского округа") — amendment dates, the
  preamble, "1. Утвердить прилагаемую муниципальную программу … на 2025-2027 годы", the
  signature, the programme's "Утверждена / постановлением … от … N …" stamp;
- 411 (txt): an appendix page of a site's export whose plan table lost its cells — the header
  row "N Наименование мероприятия Сроки исполнения Ответственные исполнители" and the rows as
  lines (read by extract/flat_rows.py; now the sample 418);
- 399 (docx): an act of a city district's head — "ГЛАВА ГОРОДСКОГО ОКРУГА КЕДРОВСКИЙ" as the
  letterhead, the subject and the quoted programme's name on separate lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import save_deterministic, set_base_font, set_cell_lines, set_page, set_widths
from make_renderings import find_soffice, render_scratch_pdf

HERE = Path(__file__).parent
Doc = docx.document.Document
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _para(doc: Doc, text: str, bold: bool = False, align: str = "left") -> None:
    """One paragraph; "\n" in `text` are line breaks inside it."""
    p = doc.add_paragraph()
    p.alignment = _ALIGN[align]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold or None
        if k < len(lines) - 1:
            run.add_break()


def _layout(doc: Doc, cells: list[str], widths: list[float], borders: bool = False) -> None:
    """A one-row table (without borders unless asked): the columns of a grif ("\n" between
    lines)."""
    table = doc.add_table(rows=1, cols=len(cells))
    if borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(cells):
        set_cell_lines(table.cell(0, c), text.split("\n"))
    set_widths(table, widths)


def _grid(doc: Doc, rows: list[list[str]], widths: list[float]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"))
    set_widths(table, widths)


def _new() -> Doc:
    doc = docx.Document()
    set_page(doc)
    set_base_font(doc)
    return doc


# ---------------------------------------------------------------------------------- 400 (pdf)

def build_400(path: Path) -> None:
    doc = _new()
    _para(doc, "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
          "«КЕДРОВСКАЯ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 2»\n"
          "(МБОУ «КЕДРОВСКАЯ СОШ № 2»)\n"
          "E-mail: kedr-school2@example.ru", bold=True, align="center")
    _layout(doc, ["РАССМОТРЕНО:\nПедагогическим советом\nПротокол № _5_\n"
                  "От «_14_» _апреля 2025_г.",
                  "УТВЕРЖДАЮ:\nДиректор МБОУ «Кедровская СОШ № 2»\n__________ А.Б. Соколова\n"
                  "Приказ № 211\n«15» апреля 2025г."], [8.0, 8.5], borders=True)
    _para(doc, "Подписано цифровой подписью: Директор МБОУ «Кедровская СОШ № 2» Соколова А.Б.\n"
          "Дата: 2025.04.15 10:11:12 +03'00'")
    _para(doc, "Отчет о самообследовании МБОУ «Кедровская СОШ № 2» за 2024 год", bold=True,
          align="center")
    _para(doc, "с. Кедровка", align="center")
    _para(doc, "Самообследование проведено по решению педагогического совета школы.")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------------- 394 (docx)

def build_394(path: Path) -> None:
    doc = _new()
    _para(doc, "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя\n"
          "общеобразовательная школа»", bold=True, align="center")
    _layout(doc, ["ПРИНЯТА\nрешением\nпедагогического совета\nМБОУ «Лесная СОШ»\n"
                  "Протокол № 3 от\n«_29__» августа_2025 г.",
                  "СОГЛАСОВАНА\nНачальник\nуправления\nобразования\nКедровского\nрайона\n"
                  "___________В.Г. Орлова",
                  "УТВЕРЖДЕНА\nДиректор МБОУ «Лесная СОШ»\n______________Петрова Е.Н.\n"
                  "Приказ №_118 от«_02__» _сентября\n2025 г."], [5.5, 5.5, 5.5])
    _para(doc, "Программа развития\nмуниципального бюджетного общеобразовательного\n"
          "учреждения «Лесная средняя общеобразовательная\nшкола» на 2025-2029 годы", bold=True,
          align="center")
    _para(doc, "Паспорт программы развития", bold=True, align="center")
    _grid(doc, [["Полное наименование организации",
                 "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя "
                 "общеобразовательная школа»"]], [5.0, 11.5])
    save_deterministic(doc, path)


# --------------------------------------------------------------------------------- 395 (docx)

def build_395(path: Path) -> None:
    doc = _new()
    _para(doc, "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
          "ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА С.ЯГОДНОЕ МУНИЦИПАЛЬНОЕ\n"
          "ОБРАЗОВАНИЕ «КЕДРОВСКИЙ МУНИЦИПАЛЬНЫЙ ОКРУГ» ЛУГОВСКОЙ ОБЛАСТИ", bold=True,
          align="center")
    _para(doc, "612345, с. Ягодное, ул. Школьная, 7 тел. (12345) 2-11-22\n"
          "E-mail: yagodnoe-oosh@example.ru", align="center")
    _para(doc, "ПРИКАЗ", bold=True, align="center")
    _para(doc, "03 февраля 2025 года № 21-ОД", align="center")
    _para(doc, "с.Ягодное", align="center")
    _para(doc, "Об утверждении положения о школьном спортивном клубе", bold=True)
    _para(doc, "В целях развития школьного спорта ПРИКАЗЫВАЮ:", align="justify")
    _para(doc, "1. Утвердить положение о школьном спортивном клубе.\n"
          "2. Контроль за исполнением приказа оставляю за собой.")
    _para(doc, "Директор")
    _para(doc, "С приказом ознакомлены:\n" + "\n".join(["_" * 30] * 4))
    _para(doc, "Н.В. Белова")
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 396 (txt)

TXT_396 = (
    "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ЗАРЕЧЕНСКАЯ СРЕДНЯЯ ШКОЛА № 5 "
    "ИМЕНИ ГЕРОЯ ТРУДА ПЕТРА КЕДРОВА» ГОРОДА ЗАРЕЧЕНСКА ЛУГОВСКОЙ ОБЛАСТИ (МБОУ «ЗАРЕЧЕНСКАЯ СШ "
    "№ 5 ИМ. П.КЕДРОВА») РАССМОТРЕН Педагогическим советом МБОУ « Зареченская СШ № 5 им. "
    "П.Кедрова» (протокол от 10.04. 2025 г. № 6 ) УТВЕРЖДЕН приказом МБОУ « Зареченская СШ № 5 "
    "им. П.Кедрова» 11.04. 2025 г. № 74 Отчет о результатах самообследования муниципального "
    "бюджетного общеобразовательного учреждения «Зареченская средняя школа № 5 имени Героя "
    "Труда Петра Кедрова» города Зареченска за 2024 год Регистрационная отметка управления "
    "образования: вх. № 12/4-08 от 14.04.2025 1 СОДЕРЖАНИЕ Введение 2 Оценка "
    "образовательной деятельности 3 Оценка системы управления 5\n"
    "\n"
    "Введение\n"
    "Самообследование проведено в соответствии с порядком, утвержденным в школе.\n"
)

# ---------------------------------------------------------------------------------- 397 (txt)

TXT_397 = """№ 57 от 14.02.2025 г. "О создании школьных спортивных клубов в 2025 году "

          В целях развития массового спорта в школах района, на основании приказа регионального министерства образования от 10 января 2025 года № 08-14/25 «О школьных спортивных клубах», администрация МР «Кедровский район»

           ПОСТАНОВЛЯЕТ:

          1. Создать школьные спортивные клубы в общеобразовательных организациях района.
          2. Контроль за исполнением постановления возложить на управление образования.
"""  # noqa: E501 (document lines are as long as the document has them)

# ---------------------------------------------------------------------------------- 398 (txt)

TXT_398 = """Основная информация

Принявший орган: Администрация муниципального образования "Зареченский муниципальный район"

МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «ЗАРЕЧЕНСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН»

ЛУГОВСКОЙ ОБЛАСТИ

АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГОРАЙОНА

ПОСТАНОВЛЕНИЕ от 20.03.2025 № 143

О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО РАЙОНА ОТ

12.01.2024 № 9 «ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ ЗАРЕЧЕНСКОГО

МУНИЦИПАЛЬНОГО РАЙОНА «РАЗВИТИЕ ОБРАЗОВАНИЯ НА 2024 - 2026 ГОДЫ»»

В соответствии с порядком разработки муниципальных программ администрация муниципального района

ПОСТАНОВЛЯЕТ:

1. Внести в муниципальную программу изменения согласно приложению.

Глава администрации района          И.П. Лаптев
"""


# ---------------------------------------------------------------------------------- 410 (txt)

TXT_410 = """(в ред. постановлений от 14 мая, 20 ноября 2025 г.)

В соответствии с порядком разработки муниципальных программ Солнечного городского округа
администрация Солнечного городского округа ПОСТАНОВЛЯЕТ:

1. Утвердить прилагаемую муниципальную программу «Развитие дополнительного образования детей Солнечного городского округа» на 2025-2027 годы.
2. Настоящее постановление вступает в силу со дня его опубликования.

Глава Солнечного городского округа\tК.К. Ветров

Утверждена
постановлением администрации Солнечного городского округа от 17 декабря 2024 г. N 915
"""  # noqa: E501 (document lines are as long as the document has them)


# ---------------------------------------------------------------------------------- 411 (txt)

TXT_411 = """Приложение к постановлению от 14.03.2025 г № 212

N Наименование мероприятия Сроки исполнения Ответственные исполнители
Организационные мероприятия
1 Создание муниципального совета по качеству образования I квартал 2025 года Комитет по образованию
2 Проведение мониторинга качества работы школ ежегодно, декабрь Комитет по образованию
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write the DOCX and text files only")
    args = ap.parse_args(argv)
    for name, text in (("396_zarechensk_school5_flat_header_2024.txt", TXT_396),
                       ("397_kedrovsky_sport_clubs_order_2025.txt", TXT_397),
                       ("398_zarechensky_programme_amendment_2025.txt", TXT_398),
                       ("410_solnechny_programme_page_2025.txt", TXT_410),
                       ("418_olkhovsky_quality_plan_rows_2025.txt", TXT_411)):
        (HERE / name).write_text(text, encoding="utf-8")
    build_394(HERE / "394_lesnaya_school_devprog_2025.docx")
    build_395(HERE / "395_yagodnoe_school_order_2025.docx")
    build_399(HERE / "399_kedrovsky_head_programme_2025.docx")
    if not args.no_pdf:
        soffice = find_soffice()
        # 400 is a PDF sample: its DOCX is only the way to make it
        render_scratch_pdf(build_400, HERE / "400_kedrovka_school2_selfassessment_2024.docx",
                           soffice)
    print("wrote samples 394-400, 410, 411")
    return 0


# --------------------------------------------------------------------------------- 399 (docx)

def build_399(path: Path) -> None:
    doc = _new()
    _para(doc, "ГЛАВА ГОРОДСКОГО ОКРУГА КЕДРОВСКИЙ\nЛУГОВСКОЙ ОБЛАСТИ", bold=True,
          align="center")
    _para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    _para(doc, "от 5 марта 2025 г. N 310", align="center")
    _para(doc, "ОБ УТВЕРЖДЕНИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ\n"
          "\"РАЗВИТИЕ ШКОЛЬНОГО СПОРТА В ГОРОДСКОМ ОКРУГЕ КЕДРОВСКИЙ\n"
          "НА 2025-2027 ГОДЫ\"", bold=True, align="center")
    _para(doc, "В целях развития школьного спорта в городском округе Кедровский постановляю:",
          align="justify")
    _para(doc, "1. Утвердить муниципальную программу \"Развитие школьного спорта в городском "
          "округе Кедровский на 2025-2027 годы\".")
    save_deterministic(doc, path)


if __name__ == "__main__":
    sys.exit(main())
