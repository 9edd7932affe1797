"""Build the samples of the cross-format task xf8 (920_): a school's title page as a site's
text export and as a PDF printed from Word read the same title as the Word file.

Run: .venv/bin/python samples/make_xf8_samples.py [names…]
Each document is our own (invented municipality, school, people and wording):
- 920 (txt): a programme's title page exported a line per paragraph with no blank line
  between: the name with no years, then the imprint "Лесогорск 2024г." and the next heading;
- 921 (txt): the same export of a development programme whose years close the name, then its
  motto in quotes and the imprint;
- 922 (pdf): a development programme's title page printed to PDF, the owner's legal name
  broken over three lines between the bold "Программа развития" and its years;
- 923 (txt): a grif row exported as one line whose approval names a council's protocol with
  its number and date left blank ("Протокол №___от _______") before the director's position.
(924, two grifs side by side in a PDF, was taken back with its reader rule: it lowered a
measure set.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import to_pdf
from docx_build import build_named, centred_lines, new_doc, para, text_builders

HERE = Path(__file__).parent

TXT_920 = """«УТВЕРЖДАЮ»
Директор МБОУ СОШ № 4
города Лесогорска
______Л.П. Орешкина
Программа
«Юный исследователь»
Лесогорск 2024г.
ПРОГРАММА
КРАТКАЯ ХАРАКТЕРИСТИКА ПРОГРАММЫ
| Название программы | Программа «Юный исследователь» |
| Составитель | Орешкина Людмила Петровна |
"""

TXT_921 = """| СОГЛАСОВАНО: Начальник отдела образования администрации Сосновского \
района ______ И.К. Рябов | \
УТВЕРЖДАЮ: Директор МБУ ДО Сосновский ДДТ ______ Т.В. Глебова |

Программа развития
Муниципального бюджетного учреждения дополнительного образования
Сосновский Дом детского творчества
на 2024-2028 г.г.
«Мастерская талантов»
с. Сосновка 2024
Содержание программы:
1. Паспорт.
2. Введение.
"""

TXT_923 = """| СОГЛАСОВАНО Заведующий отделом образования администрации ОМР ______Гусева Н.П. | \
УТВЕРЖДЕНО Протокол №___от _______ Директор МБОУ ООШ № 6 ______Р.Т.Ковалёв |

Программа развития
муниципального бюджетного общеобразовательного учреждения
основной общеобразовательной школы № 6
г. Ольховска
на 2024 – 2027 гг.
2024 г.
Паспорт программы.
"""


def build_922() -> None:
    doc = new_doc()
    centred_lines(doc, "Муниципальное бюджетное учреждение\nдополнительного образования\n"
                       "Лесной центр детского творчества")
    para(doc, "")
    centred_lines(doc, "Программа развития", bold=True)
    centred_lines(doc, "Муниципального бюджетного учреждения\nдополнительного образования\n"
                       "Лесной центр детского творчества\nна 2025-2029 годы")
    para(doc, "")
    centred_lines(doc, "п. Лесной 2025")
    para(doc, "Содержание программы:", bold=True)
    para(doc, "1. Паспорт программы.")
    para(doc, "2. Информационная справка об учреждении.")
    path = HERE / "922_lesnoy_cdt_development_programme_2025.docx"
    doc.save(str(path))
    to_pdf(path)
    path.unlink()


BUILDERS = {
    **text_builders(HERE, {
        "920": ("920_lesogorsk_school4_researcher_programme_2024.txt", TXT_920),
        "921": ("921_sosnovka_ddt_development_programme_2024.txt", TXT_921),
        "923": ("923_olkhovsk_school6_development_programme_2024.txt", TXT_923),
    }),
    "922": build_922,
}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
