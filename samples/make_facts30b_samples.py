"""Build the samples of the twenty-sixth real-document study's school title pages (795_–798_).

Run: .venv/bin/python samples/make_facts30b_samples.py [names…]
Each document is our own (invented towns, schools, people and wording) and reproduces a layout
feature of real documents:
- 795 (txt): a director's yearly report cover: the school's legal form over its name closed by
  its number (no quotes), the town and its region on one line with no marker, "Отчётный
  доклад директора", "Директор лицея:" and the full name, the year; a contents page after it;
- 796 (txt): a public report copied from a mirror site: the site's page heading ("ОТЧЕТ -
  <school> <town>") and an advertising block's placeholder over the report's own "ПУБЛИЧНЫЙ
  ДОКЛАД" and its quoted subject naming the school ("… учреждения – лицей №5"), the town, the
  school year, an address to the readers and the authors' list (no grif, no signature);
- 797 (docx): a self-assessment report whose grif a PDF signing tool's visible stamp cut into:
  "УТВЕРЖДЕНО" in bold, the head's position, "Подписано цифровой подписью: <name>", the
  certificate's "DN: …" and "Дата: yyyy.mm.dd hh:mm:ss +03'00'" lines, the surname alone, the
  signature line with the stamp's first name and patronymic run on, the approving order;
- 798 (docx): a city art school's development programme: the СОГЛАСОВАНО and УТВЕРЖДАЮ grifs
  side by side in a table, the approver's position naming the school by a short name that
  opens with the city's abbreviation ("СПб ГБОУ ДОД"), the title naming the owner in the
  genitive opening with the city's adjective, then its years.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    grif_row,
    new_doc,
    para,
    save_deterministic,
    text_builders,
)

HERE = Path(__file__).parent

TXT_795 = (
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "лицей №3\n"
    "Лесогорск Лесной области\n"
    "\n"
    "Отчётный доклад директора\n"
    "\n"
    "Директор лицея:\n"
    "Полевая Ирина Викторовна\n"
    "\n"
    "2024\n"
    "\n"
    "Содержание\n"
    "1. Общие сведения о лицее ______________ 2\n"
    "2. Итоги учебного года ________________ 4\n"
    "\n"
    "1. Общие сведения о лицее\n"
    "Лицей работает в г. Лесогорске с 1968 года и обучает 640 учеников.\n"
)

TXT_796 = (
    "ОТЧЕТ - Лицей № 5 г.Лесогорск\n"
    "\n"
    "advertisement\n"
    "ПУБЛИЧНЫЙ ДОКЛАД\n"
    "«Об итогах работы муниципального\n"
    "общеобразовательного\n"
    "учреждения – лицей №5»\n"
    "г. Лесогорск\n"
    "2011/2012 учебный год\n"
    "Дорогие ученики, родители и друзья лицея!\n"
    "Мы рассказываем в докладе,\n"
    "чем жил лицей за 2011-2012 учебный год.\n"
    "Авторы:\n"
    "директор лицея №5, Заслуженный учитель\n"
    "Р.С. Ветрова,\n"
    "заместители директора\n"
    "А.А. Ключевая, Н.Н. Береговой\n"
    "2\n"
    "Общие сведения о лицее\n"
)


def build_797() -> None:
    doc = new_doc()
    para(doc, "КОМИТЕТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ЛЕСОГОРСКА", bold=True, align="center")
    para(doc, "муниципальное общеобразовательное учреждение", align="center")
    para(doc, "«Средняя школа № 14»", bold=True, align="center")
    para(doc, "312000, г. Лесогорск, ул. Луговая, 7, тел. 22-33-44")
    para(doc, "УТВЕРЖДЕНО", bold=True, align="right")
    para(doc, "Директор МОУ «СШ № 14»", align="right")
    para(doc, "Подписано цифровой подписью: Семёнова Ольга Петровна", align="right")
    para(doc, "DN: cn=Семёнова Ольга Петровна, o=МОУ \"СШ № 14\", c=RU", align="right")
    para(doc, "Дата: 2022.04.20 09:15:03 +03'00'", align="right")
    para(doc, "Семёнова", align="right")
    para(doc, "___________О.П. Семёнова Ольга Петровна", align="right")
    para(doc, "Приказ № 41 от «18» апреля 2022г.", align="right")
    para(doc, "Отчет о результатах самообследования муниципального общеобразовательного "
         "учреждения «Средняя школа № 14» за 2021 год", bold=True, align="center")
    para(doc, "Аналитическая часть", bold=True)
    para(doc, "Школа работает в одну смену и обучает 820 учеников.")
    save_deterministic(doc, HERE / "797_lesogorsk_school14_selfassessment_esign_2021.docx")


def build_798() -> None:
    doc = new_doc()
    grif_row(doc,
             ["СОГЛАСОВАНО", "Комитетом по культуре Санкт-Петербурга", "Председатель комитета",
              "_________________Лучников А.В."],
             ["УТВЕРЖДАЮ", "Директор СПб ГБОУ ДОД", "«СПб ДХШ №4»",
              "_________________Кленова М.Р.", "_______________________ 2015 г."])
    for line in ["ПРОГРАММА РАЗВИТИЯ", "Санкт-Петербургского государственного",
                 "бюджетного образовательного учреждения", "дополнительного образования детей",
                 "«Санкт-Петербургская",
                 "детская художественная школа №4» на 2015-2019 годы"]:
        para(doc, line, bold=True, align="center")
    para(doc, "Введение")
    para(doc, "Школа учит детей рисунку, живописи и композиции с 1979 года.")
    save_deterministic(doc, HERE / "798_spb_art_school4_development_programme_2015.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "795": ("795_lesogorsk_lyceum3_director_report_2024.txt", TXT_795),
        "796": ("796_lesogorsk_lyceum5_public_report_2012.txt", TXT_796),
    }),
    "797": build_797,
    "798": build_798,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
