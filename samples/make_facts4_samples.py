"""Build the samples of document facts of the fourth real-document study (419_–421_).

Run: .venv/bin/python samples/make_facts4_samples.py [--no-pdf]
Each document is our own (invented municipalities, schools, people and wording) and reproduces
a layout feature of real school documents:
- 419 (pdf): a school's upbringing programme — its letterhead over two lines above a grif that
  carries the approving order, an acting head's position, the name glued to the blank it is
  signed on (in the genitive, as printed), a capitals title whose first word stands alone on its
  line, a school year with spaced dashes in capitals, a village's line, a goal ending in a full
  stop;
- 420 (txt): a school site's text export — the site's caption of the file on the first line,
  the letterhead, a council's grif and the director's grif with their lines interleaved (the
  director's name with one initial after a slash), the subprogramme's heading over three
  lines with "2019 – 2022 г.";
- 421 (txt): a city administration's распоряжение approving the annual report on a municipal
  programme (the head noun after "Об утверждении" is the report).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic
from make_renderings import find_soffice, render_scratch_pdf

HERE = Path(__file__).parent


# ---------------------------------------------------------------------------------- 419 (pdf)

def build_419(path: Path) -> None:
    doc = new_doc()
    para(doc, "Муниципальное бюджетное общеобразовательное учреждение", align="center")
    para(doc, "«Средняя общеобразовательная школа № 21»", align="center")
    para(doc, "УТВЕРЖДАЮ", align="right")
    para(doc, "И.о. директора МБОУ СОШ № 21", align="right")
    para(doc, "_____________Р.Т. Клёновой", align="right")
    para(doc, "Приказ от 28.08.2025 № 77/01-09", align="right")
    para(doc, "РАБОЧАЯ", bold=True, align="center")
    para(doc, "ПРОГРАММА ВОСПИТАНИЯ", bold=True, align="center")
    para(doc, "2025 – 2026 УЧЕБНЫЙ ГОД", bold=True, align="center")
    para(doc, "с. Ясенево", align="center")
    para(doc, "2025г.", align="center")
    para(doc, "Пояснительная записка", bold=True, align="center")
    para(doc, "Цель: воспитание ответственного гражданина, знающего историю своего края.",
          align="justify")
    para(doc, "Программа составлена педагогическим коллективом школы с учётом мнения "
          "родителей и совета обучающихся.", align="justify")
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------------- 420 (txt)

TXT_420 = """Программа Юные исследователи СОШ №9 2019 г

Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа №9»
РАССМОТРЕНО
На заседании методического совета
Протокол №1 от 27 августа__ /
Руководитель МС
____ /Носова Л.И./
подпись

УТВЕРЖДАЮ
Директор МБОУ «СОШ №9»
_____ /Гладков П.
подпись расшифровка подписи

«_»__ 20___ г

Подпрограмма
«Юные исследователи»
2019 – 2022 г.

Паспорт подпрограммы
Подпрограмма помогает ученикам вести собственные исследования и представлять их на
школьной конференции.
"""


# ---------------------------------------------------------------------------------- 421 (txt)

TXT_421 = """АДМИНИСТРАЦИЯ ГОРОДА ЛУГОВСКА

РАСПОРЯЖЕНИЕ

от 12 мая 2025 г. № 64-ра

ОБ УТВЕРЖДЕНИИ ГОДОВОГО ОТЧЕТА О ХОДЕ РЕАЛИЗАЦИИ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ "ОБРАЗОВАНИЕ ГОРОДА
ЛУГОВСКА" ЗА 2024 ГОД

В соответствии с порядком разработки и реализации муниципальных программ города Луговска:

1. Утвердить прилагаемый годовой отчет о ходе реализации муниципальной программы
"Образование города Луговска" за 2024 год.

2. Разместить отчет на официальном сайте администрации.

Глава города Луговска
Т.А. Речкин
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write the text files only")
    args = ap.parse_args(argv)
    for name, text in (("420_school9_researchers_subprogramme_2019.txt", TXT_420),
                       ("421_lugovsk_programme_report_order_2025.txt", TXT_421)):
        (HERE / name).write_text(text, encoding="utf-8")
    if not args.no_pdf:
        soffice = find_soffice()
        # 419 is a PDF sample: its DOCX is only the way to make it
        render_scratch_pdf(build_419, HERE / "419_yasenevo_upbringing_programme_2025.docx", soffice)
    print("wrote samples 419-421")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
