"""Build the samples of the twenty-eighth real-document study's regional acts (820_–823_).

Run: .venv/bin/python samples/make_facts32a_samples.py [names…]
Each document is our own (invented region, bodies, people and wording) and reproduces a layout
feature of real documents:
- 820 (txt): a regional government's act as a site exports it, no letterhead: the programme's
  years written "г.г." before its quoted name, the preamble's operative verb closed by a
  semicolon ("постановляет;");
- 821 (txt): a republic's letterhead in three languages: the body in two other languages over
  the Russian one, the act's word in each language with the act's number, the capital's name
  stacked at the right of the date line;
- 823 (docx): an amending act whose capitals subject breaks after "В ПОСТАНОВЛЕНИЕ", the
  amended act's body in the genitive opening the next bold paragraph with its number.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic, text_builders

HERE = Path(__file__).parent

TXT_820 = """Постановление от 16.05.2006 г № 141
Об утверждении областной целевой программы на 2006-2008 г.г. «Безопасная школа»
В целях защиты жизни и здоровья учащихся и работников школ Правительство Лесной области постановляет;
1.Утвердить прилагаемую областную целевую программу на 2006-2008 гг. "Безопасная школа" (далее - Программа).
2.Определить государственным заказчиком Программы министерство образования Лесной области.
3.Контроль за исполнением настоящего постановления возложить на заместителя Председателя Правительства Лесной области Орлову Н.В.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_821 = """Постановление Правительства Сосновской Республики от 12.05.2006 № 41-ПП


          СОСНАЛЫ РЕСПУБЛИКАЛЫН ПРАВИТЕЛЬСТВОСУ
          СОСНОВКЪЭ РЕСПУБЛИКЭМ И ПРАВИТЕЛЬСТВЭ
          ПРАВИТЕЛЬСТВО СОСНОВСКОЙ РЕСПУБЛИКИ

                    ТОКТАМЭ N 41-ПП
                    БУЙРУК N 41-ПП
                    ПОСТАНОВЛЕНИЕ N 41-ПП

12 мая 2006 г.                                        Кедрэ къ.
                                                      Кедр ш.
                                                      г. Кедровск
            О проекте республиканской целевой программы
                     "Школьный автобус" на 2006-2008 годы

     В целях  подвоза  учащихся  сельских  школ  Правительство Сосновской
Республики п о с т а н о в л я е т:

     1. Одобрить прилагаемый проект республиканской целевой программы
"Школьный автобус" на 2006-2008 годы.
     2. Министерству образования Сосновской Республики внести проект программы в
Парламент Сосновской Республики.
"""


def build_823() -> None:
    doc = new_doc()
    para(doc, "ПРАВИТЕЛЬСТВО ЛЕСНОЙ ОБЛАСТИ", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "от 5 апреля 2017 года N 96", align="center")
    para(doc, "О ВНЕСЕНИИ ИЗМЕНЕНИЯ В ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "ПРАВИТЕЛЬСТВА ЛЕСНОЙ ОБЛАСТИ ОТ 12.11.2014 N 302 \"ОБ УТВЕРЖДЕНИИ ГОСУДАРСТВЕННОЙ "
         "ПРОГРАММЫ \"РАЗВИТИЕ ОБРАЗОВАНИЯ В ЛЕСНОЙ ОБЛАСТИ\" НА 2015 - 2024 ГОДЫ\"", bold=True,
         align="center")
    para(doc, "В соответствии со статьей 179 Бюджетного кодекса Российской Федерации "
         "Правительство Лесной области постановляет:")
    para(doc, "Внести в постановление Правительства Лесной области от 12.11.2014 N 302 "
         "изменение, изложив приложение к нему в редакции согласно приложению.")
    save_deterministic(doc, HERE / "823_lesnaya_education_programme_amendment_2017.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "820": ("820_lesnaya_safe_school_programme_act_2006.txt", TXT_820),
        "821": ("821_sosnovskaya_republic_trilingual_letterhead_act_2006.txt", TXT_821),
    }),
    "823": build_823,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
