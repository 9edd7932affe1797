"""Build the samples of the twenty-eighth real-document study's institution reports (825_–826_).

Run: .venv/bin/python samples/make_facts32b_samples.py [names…]
Each document is our own (invented towns, institutions, people and wording) and reproduces a
layout feature of real documents:
- 825 (txt): a district culture body's yearly report copied from its site: the site's lines,
  the post's heading in normal case opening with "О" and naming both years, "Печать", then the
  report form's own heading over three lines ("Форма годового отчета о работе …" / the
  district named as its "районное муниципальное образование" and its region / "за 2024год"
  glued and "и основные задачи на 2025 год"), then the report's first paragraphs;
- 826 (docx): a village club's yearly report form: a form-style "УТВЕРЖДАЮ" grif of one short
  line each with bracketed captions, the form's bold heading naming the club and its rural
  settlement by "СП <name>", then "Отчет за  2023 года" pushed right by spaces, a statistics
  note and the first section.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent

TXT_825 = (
    "Версия для слабовидящих\n"
    "\n"
    "Размер шрифта: A A A Цвет сайта\n"
    "\n"
    "О работе органа управления культуры Ольховского районного муниципального образования "
    "Луговской области за 2024год и основные задачи на 2025 год\n"
    "\n"
    "Печать\n"
    "\n"
    "Форма годового отчета о работе органа управления культуры\n"
    "\n"
    "Ольховского районного муниципального образования\n"
    "\n"
    "Луговской области за 2024год и основные задачи на 2025 год\n"
    "\n"
    "1. Общие сведения\n"
    "\n"
    "В районе работают двенадцать сельских клубов, районный дом культуры и восемь библиотек.\n"
    "\n"
    "За год учреждения культуры провели более тысячи мероприятий для жителей района.\n"
)


def build_826() -> None:
    doc = new_doc()
    for line in ["УТВЕРЖДАЮ", "заведующая", "(наименование должности)", "Пак-ин-хо О.В.",
                 "(Ф.И.О.)", "________________(подпись)", "«____»__________год", "(печать)"]:
        para(doc, line, align="right")
    para(doc, "Отчет культурно-досугового учреждения клубного типа", bold=True, align="center")
    para(doc, "МКУК «Сельский клуб» СП Верхние Озерки", bold=True, align="center")
    para(doc, "Отчет за  2023 года", align="center")
    para(doc, "Все показатели отчёта сверяются с формой статистического наблюдения.")
    para(doc, "Раздел 1. Сеть клубных учреждений")
    para(doc, "Клуб работает в одном здании вместе с сельской библиотекой.")
    save_deterministic(doc, HERE / "826_verkhnie_ozerki_village_club_report_2023.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "825": ("825_olkhovsky_culture_body_report_2024.txt", TXT_825),
    }),
    "826": build_826,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
