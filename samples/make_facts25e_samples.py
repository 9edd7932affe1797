"""Build the text-export samples of the twenty-first real-document study (722_–724_, 728_, 729_).

Run: .venv/bin/python samples/make_facts25e_samples.py [names…]
Each document is our own (invented towns, schools, people and wording) and reproduces a layout
feature of real documents as a site's text export prints it:
- 722 (txt): a region government's amending act whose letterhead prints no act's word: the
  date, number and signing town as a row of cells between bars ("| от | … | № | … | г. … |"),
  the subject as a one-cell row between bars, a preamble naming the programme it amends with
  the programme's years, "ПОСТАНОВЛЯЕТ:" on a line of its own;
- 723 (txt): a republic government's amending act in a narrow column, one paragraph of short
  lines, restating the programme whole; the restated heading broken after "Республики";
- 724 (txt): a school's programme title page: the title over the owner's name, then a paragraph
  opening with the village and the year of writing and going on in the first section's heading
  and an epigraph;
- 728 (txt): a head's public report whose title, position, school and the head's name form one
  block, the body a blank line below;
- 729 (txt): a district council's decision on a legal site: the site's heading, the council's
  letterhead in capitals, "РЕШЕНИЕ" followed on its line by the site's repeal note; the
  district is named after a person ("муниципального района имени …").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_722 = (
    "ПРАВИТЕЛЬСТВО МАГАДАНСКОЙ ОБЛАСТИ\n"
    "| от | 11 февраля 2020 года | № | 64 | г. Нижнеозёрск |\n"
    "| О внесении изменений в Постановление Правительства Магаданской области от 3 ноября "
    "2016 года № 512 |\n"
    "В целях приведения объёмов финансирования Государственной программы «Дети Севера "
    "Магаданской области на 2017-2021 годы» в соответствие с законом об областном бюджете, "
    "Правительство Магаданской области\n"
    "ПОСТАНОВЛЯЕТ:\n"
    "1. Внести в Постановление Правительства Магаданской области от 3 ноября 2016 года № 512 "
    "«Об утверждении Государственной программы «Дети Севера Магаданской области на 2017-2021 "
    "годы» следующие изменения:\n"
    "1) в наименовании слова «на 2017-2021 годы» исключить;\n"
    "2) в паспорте Государственной программы строку «Объёмы финансирования» изложить в новой "
    "редакции.\n"
    "2. Настоящее постановление вступает в силу со дня его официального опубликования.\n"
)

TXT_723 = (
    "ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ АЛТАЙ\n"
    "ПОСТАНОВЛЕНИЕ\n"
    "от 19 марта 2021 года N 70\n"
    "О внесении изменения в постановление\n"
    "Правительства Республики Алтай от 28\n"
    "августа 2017 года N 215\n"
    "Правительство Республики Алтай\n"
    "постановляет:\n"
    "1. Внести в государственную программу\n"
    "Республики Алтай \"Юные таланты\" на\n"
    "2018 - 2024 годы, утвержденную\n"
    "постановлением Правительства Республики\n"
    "Алтай от 28 августа 2017 года N 215,\n"
    "изменение, изложив ее в следующей\n"
    "редакции:\n"
    "\"Утверждена постановлением\n"
    "Правительства Республики Алтай\n"
    "от 28 августа 2017 года N 215\n"
    "Государственная программа Республики\n"
    "Алтай \"Юные таланты\" на\n"
    "2018 - 2024 годы\n"
    "Паспорт государственной программы\n"
    "Республики Алтай \"Юные таланты\"\n"
    "на 2018 - 2024 годы\n"
)

TXT_724 = (
    "Муниципальное казённое общеобразовательное учреждение «Берёзовская основная "
    "общеобразовательная школа»\n"
    "| РАССМОТРЕНО на заседании педагогического совета протокол от 29.08.2022 № 1 | "
    "УТВЕРЖДАЮ Директор МКОУ «Берёзовская ООШ» ____________Гущина Т.Л. Приказ № 77 от "
    "29.08.2022г. |\n"
    "\n"
    "\n"
    "ПРОГРАММА ПО ЭКОЛОГИЧЕСКОМУ ВОСПИТАНИЮ «ЖИВАЯ ТРОПА»\n"
    "Муниципального казённого общеобразовательного учреждения «Берёзовская основная "
    "общеобразовательная школа»\n"
    "\n"
    "\n"
    "д.Берёзовка\n"
    "2022 год\n"
    "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n"
    "«Кто бережёт лес, тот бережёт и себя».\n"
    "Программа знакомит учеников с тропой в берёзовой роще за школой и учит их вести "
    "дневник наблюдений за птицами и деревьями.\n"
)

TXT_728 = (
    "Публичный отчет\n"
    "директора\n"
    "муниципального общеобразовательного учреждения «Кедровская средняя "
    "общеобразовательная школа»\n"
    "Лаптевой О.В.\n"
    "\n"
    "\n"
    "\n"
    "В 2013 / 2014 учебном году коллектив школы работал над проектной деятельностью "
    "учеников.\n"
    "• обновить кабинет химии;\n"
    "• провести школьную научную конференцию.\n"
)

TXT_729 = (
    "Решение Совета депутатов района имени Сергея Гарина от 14.12.2011 № 58\n"
    "Об утверждении муниципальной целевой программы \"Безопасная дорога в школу на 2012-2014 "
    "годы\"\n"
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n"
    "ХАБАРОВСКИЙ КРАЙ\n"
    "СОВЕТ ДЕПУТАТОВ МУНИЦИПАЛЬНОГО РАЙОНА ИМЕНИ СЕРГЕЯ ГАРИНА\n"
    "РЕШЕНИЕ Утратило силу - Решение Совета\n"
    "депутатов муниципального района\n"
    "имени Сергея Гарина\n"
    "от 20.12.2013 г. N 41\n"
    "от 14.12.11 N 58р.п. ПолевойОб утверждении муниципальной целевойпрограммы \"Безопасная "
    "дорога в школу на 2012-2014 годы\"\n"
    "В целях снижения детского дорожно-транспортного травматизма Совет депутатов\n"
    "решил:\n"
    "1. Утвердить прилагаемую муниципальную целевую программу \"Безопасная дорога в школу на "
    "2012-2014 годы\".\n"
    "2. Контроль за исполнением решения возложить на постоянную комиссию по социальным "
    "вопросам.\n"
)

TEXTS = {
    "722": ("722_magadan_gov_children_programme_amend_2020.txt", TXT_722),
    "723": ("723_altai_gov_talents_programme_restated_2021.txt", TXT_723),
    "724": ("724_berezovka_school_ecology_programme_2022.txt", TXT_724),
    "728": ("728_kedrovka_head_public_report_2014.txt", TXT_728),
    "729": ("729_garin_district_council_road_programme_2011.txt", TXT_729),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
