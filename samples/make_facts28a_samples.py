"""Build the samples of the twenty-fourth real-document study's acts (765_, 766_).

Run: .venv/bin/python samples/make_facts28a_samples.py [names…]
Each document is our own (invented municipalities, bodies, people and wording) and reproduces
a layout feature of real documents:
- 765 (txt): a regional collegium's act on a plan's concept, as a legal site's text export
  prints it: the collegium's letterhead and "ПОСТАНОВЛЕНИЕ", then the site's repeal stamp naming
  the later act that cancelled it over two lines, then the act's own date and number split by
  tabs, the signing town and the subject "О Концепции … программы … на 2010-2012 гг.";
- 766 (docx): a town's act on a mirror site: the site's bold heading "Постановление от …
  г № …" and the subject in normal case, then the act's print with its letterhead cut to the
  town's name, "ПОСТАНОВЛЕНИЕ", the date line and the subject in capitals over two lines,
  naming a town whose hyphenated name ends in an adjective agreeing with its own noun, and a
  holiday's year in the genitive.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent

TXT_765 = (
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n"
    "КОЛЛЕГИЯ КУРГАНСКОЙ ОБЛАСТИ\n"
    "ПОСТАНОВЛЕНИЕ\n"
    "Утратило силу - Постановление Губернатора Курганской области\n"
    "от 21.04.2015 № 97\n"
    "17 марта 2009 г.\t\t\tN 128\n"
    "г. Каменноборск\n"
    "О Концепции областной целевой программы \"Школьное питание Курганской области на "
    "2010-2012 гг.\"\n"
    "В целях улучшения питания учащихся школ области Коллегия постановляет:\n"
    "1. Одобрить Концепцию областной целевой программы \"Школьное питание Курганской области "
    "на 2010-2012 гг.\" согласно приложению.\n"
    "2. Управлению образования области (Т.Н. Грибова) подготовить проект программы к 1 июня "
    "2009 года.\n"
)


def build_766() -> None:
    doc = new_doc()
    para(doc, "Постановление от 14.03.2019 г № 233", bold=True)
    para(doc, "О работе лагерей «Весёлые каникулы» при школах в период весенних каникул "
         "2019 года", bold=True)
    para(doc, "ГОРОДА ПРИВОЛЬЕ-ЛУГОВОЕ", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "от 14 марта 2019 г. N 233")
    para(doc, "О РАБОТЕ ЛАГЕРЕЙ \"ВЕСЁЛЫЕ КАНИКУЛЫ\" ПРИ ШКОЛАХ В ПЕРИОД ВЕСЕННИХ", bold=True)
    para(doc, "КАНИКУЛ 2019 ГОДА", bold=True)
    para(doc, "В целях организации отдыха и занятости детей города Приволье-Луговое в весенние "
         "каникулы постановляю:")
    para(doc, "1. Открыть при школах города Приволье-Луговое лагеря дневного пребывания с 25 по "
         "31 марта 2019 года.")
    para(doc, "2. Отделу образования (А.Р. Семёнова) обеспечить работу лагерей.")
    save_deterministic(doc, HERE / "766_privolye_lugovoye_spring_camps_act_2019.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {"765": ("765_kurgan_collegium_school_meals_concept_2009.txt",
                                   TXT_765)}),
    "766": build_766,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
