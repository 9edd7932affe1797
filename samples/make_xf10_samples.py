"""Build the samples of the cross-format task xf10 (336-338, 519): a document's facts read the
same from a site's text export and from a PDF printed from Word as from the Word file.

Run: .venv/bin/python samples/make_xf10_samples.py [names…]
Each document is our own (invented municipality, school, people and wording):
- 336 (txt): a school programme's title page and contents exported a line per paragraph with
  no blank line and no line wider than a wrap width: the lines end where their paragraphs do,
  so the title is its own block, not one paragraph of the whole page;
- 337 (txt): a kindergarten's public report under the site's card heading "Публичный отчет"
  (sentence case, its own paragraph in the original), the cover in capitals ending with "по
  итогам 2024 года", and its first body line, a sentence under 100 characters, at once;
- 338 (txt): a library's municipal task report whose table header kept its cells' line breaks
  ("| Наименование" / "показателя | Единица" / …) in the export;
- 519 (pdf): a kindergarten's municipal task report printed to PDF under a list of its
  documents (a paragraph a line): the bold heading ending with its year, the owner's short
  name in bold on the next line, as far below as the list's lines are apart; the head's
  grif in a narrow cell wraps the head's surname away from her initials.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import to_pdf
from docx_build import (
    build_named,
    centred_lines,
    grif_row,
    new_doc,
    para,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent
GRIF_WIDTHS = (8.0, 4.5)

TXT_336 = """| Согласовано на методсовете школы «28» августа 2024 г. | \
Утверждаю Директор МКОУ «Кедровская ООШ» Ершова Т.Н. «28» августа 2024 г. |
Муниципальное казенное общеобразовательное учреждение
«Кедровская основная общеобразовательная школа»
Программа физкультурно-оздоровительной деятельности школы
на 2024-2028 годы
Разработчик программы:
заместитель директора
по учебно-воспитательной работе
Ершов П.А.
Руководитель программы: Ершова Т.Н.
п. Кедровый, 2024
Содержание
Пояснительная записка …………………………………… 3
Цель и задачи ……………………………………………..4
Направления работы ………………………………………5
Содержание работы по ступеням обучения ………………6
- Работа с обучающимися
- Работа с семьями
- Работа с учителями
Принципы работы ………………………………………..8
Этапы реализации ………………………………………..9
Формы и методы работы …………………………….10
Ожидаемые результаты ……………………………………11
Сотрудничество с медицинскими и социальными службами поселка ………………………13
План мероприятий ………………………………………..15
"""

TXT_337 = """Публичный отчет
ПУБЛИЧНЫЙ ОТЧЕТ
МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ «Лесновский детский сад «Берёзка»
по итогам 2024 года
Цель отчета: рассказать родителям и жителям села о работе детского сада за прошедший год.
1. Общие сведения о детском саде
Полное наименование: Муниципальное бюджетное дошкольное образовательное учреждение \
«Лесновский детский сад «Берёзка».
Детский сад открыт в 1985 году и работает пять дней в неделю с 7.30 до 18.00.
В детском саду четыре группы, которые посещают 86 детей в возрасте от двух до семи лет.
Заведующий МБДОУ д/с «Берёзка» ________ О. В. Лаптева
"""

TXT_338 = """Отчет о выполнении муниципального задания МКУК «Ольховская сельская библиотека» \
за 1 квартал 2024 года
Отчет
о выполнении муниципального задания
МКУК «Ольховская сельская библиотека»
за 1 квартал 2024 года
| Наименование
показателя | Единица
измерения | Фактическое значение
за отчетный период | Источник информации о
фактическом значении |
| Качество оказываемой муниципальной услуги |
| 1. Число читателей, посетивших библиотеку | чел. | 412 | журнал учета посещений |
| 2. Число книг, выданных читателям | экз. | 1530 | журнал выдачи книг |
"""


def build_519() -> None:
    doc = new_doc()
    centred_lines(doc, "муниципальное бюджетное дошкольное образовательное учреждение "
                       "«Детский сад общеразвивающего вида № 12»")
    centred_lines(doc, "городского округа Кедровый")
    centred_lines(doc, "624000, г. Кедровый, ул. Сосновая, д. 3")
    grif = grif_row(doc,
                    ["Согласовано Педсовет детского сада «15» января 2025 г."],
                    ["Утверждаю Заведующий МБДОУ № 12 ________ Орлова С.Н. «15» января 2025 г."])
    grif.style = "Table Grid"
    set_widths(grif, GRIF_WIDTHS)
    para(doc, "Документы", bold=True)
    for k, item in enumerate(("Муниципальное задание на 2025 год",
                              "Изменение в муниципальное задание от 14.05.2024 года",
                              "Муниципальное задание на 2024 год",
                              "Изменение в муниципальное задание от 20.02.2023 года"), 1):
        para(doc, f"{k}. {item}")
    centred_lines(doc, "Отчет об исполнении муниципального задания в 2024 году", bold=True)
    centred_lines(doc, "МБДОУ детский сад № 12 г.о. Кедровый", bold=True)
    para(doc, "Муниципальное задание выполнено в полном объеме.")
    path = HERE / "519_kedrovy_dou12_mz_report_2024.docx"
    doc.save(str(path))
    to_pdf(path)
    path.unlink()


BUILDERS = {
    **text_builders(HERE, {
        "336": ("336_kedrovy_oosh_health_programme_2024.txt", TXT_336),
        "337": ("337_lesnovka_dou_berezka_report_2024.txt", TXT_337),
        "338": ("338_olkhovka_library_mz_report_q1_2024.txt", TXT_338),
    }),
    "519": build_519,
}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
