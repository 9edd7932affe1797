"""Build the samples of task fullnames (842_–846_): institutions' names as schools' and centres'
own documents print them.

Run: .venv/bin/python samples/make_fullnames_samples.py [names…]
Each document is our own (invented places, institutions, people and wording) and reproduces a
layout feature of real documents:
- 842 (txt): a kindergarten's self-examination report naming its institution only in a body
  sentence, in the locative after "в" ("В муниципальном … учреждении «…» … было проведено
  самообследование"); the text's own word for it defined in a bracket, its street named;
- 843 (docx): a house of children's creativity's self-examination report: the grif and the
  title give the short name, the first section's card (a Word table) the full name with its
  municipality and the short name in parentheses;
- 844 (txt): a centre's report as a text export runs its title page into lines: the council's
  grif, the approver's giving the short name, then the title in capitals naming the centre in
  the genitive without quotes, its town after it;
- 845 (txt): a gymnasium's public report whose letterhead a text export glued into one line:
  the founder's body, then the gymnasium's full name closed by its short name in parentheses;
- 846 (txt): a school's order under a letterhead in capitals whose name runs over four lines
  (the number, the patron's honorific title and name, the village broken apart), its short
  name in parentheses on the next line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import (
    build_named,
    grid_table,
    grif_row,
    new_doc,
    para,
    save_deterministic,
    text_builders,
)

HERE = Path(__file__).parent

TXT_842 = """Отчет о результатах самообследования за 2024 год

1. Общие сведения

В муниципальном бюджетном дошкольном образовательном учреждении «Детский сад № 14 «Черёмушка» Кедровского муниципального округа с 3 по 28 марта 2025 года было проведено самообследование. Комиссия работала по приказу заведующего от 01.03.2025 № 22.

Детский сад (далее – ДОУ) расположен по улице Садовой, в жилом квартале рядом со сквером. Здание построено в 1984 году, в нём шесть групповых ячеек.

Режим работы ДОУ: с 7.00 до 19.00, пять дней в неделю.
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_844 = """Принят на заседании
педагогического совета
Протокол № 4 от «02» апреля 2025 г.
Утверждаю:
Директор МАУ ЦДО
___________ В.В. Ткачёва
Приказ № 77 от «02» апреля 2025 г.
ОТЧЁТ
О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ
МУНИЦИПАЛЬНОГО АВТОНОМНОГО УЧРЕЖДЕНИЯ
ЦЕНТРА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ
ГОРОДА ЛЕСНОГОРСКА
ЗА 2024 КАЛЕНДАРНЫЙ ГОД
г. Лесногорск, 2025 год
1. Общие сведения
Центр ведёт занятия с 1992 года. В объединениях центра в 2024 году занимались 1240 детей.
"""

TXT_845 = """Комитет по образованию администрации Ольховского муниципального района Муниципальное автономное общеобразовательное учреждение «Гимназия № 3» (МАОУ «Гимназия № 3»)

ПУБЛИЧНЫЙ ДОКЛАД
о деятельности гимназии за 2024-2025 учебный год

Уважаемые родители и коллеги! Доклад рассказывает о том, как гимназия работала в прошедшем учебном году.
"""  # noqa: E501

TXT_846 = """МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ
«ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА
№ 7 ИМЕНИ ГЕРОЯ СОВЕТСКОГО СОЮЗА
Н.П. КЛЁНОВА» С. БЕРЁЗОВКА
(МКОУ ООШ № 7 им. Н.П. Клёнова)

ПРИКАЗ

05.09.2024                                                       № 118-о

О назначении ответственных за организацию питания

В целях организации горячего питания обучающихся
ПРИКАЗЫВАЮ:
1. Назначить ответственным за организацию питания учителя Т.Г. Осипову.
2. Контроль за исполнением приказа оставляю за собой.

Директор школы                                     Г.А. Мельникова
"""


def build_843() -> None:
    doc = new_doc()
    grif_row(doc, ["ПРИНЯТ", "на заседании педагогического совета",
                   "протокол № 5 от 27.03.2025"],
             ["УТВЕРЖДАЮ", "Директор МБУ ДО «ДДТ»", "________ Н.В. Журавлёва",
              "приказ № 31 от 28.03.2025"])
    para(doc, "Отчет о результатах самообследования МБУ ДО «ДДТ» за 2024 год", bold=True,
         align="center")
    para(doc, "Раздел 1. Общие сведения об организации", bold=True)
    grid_table(doc, [
        ["Наименование образовательной организации",
         "Муниципальное бюджетное учреждение дополнительного образования «Дом детского "
         "творчества» Сосновского муниципального округа (МБУ ДО «ДДТ»)"],
        ["Руководитель", "Журавлёва Наталья Викторовна"],
        ["Адрес организации", "623510, Сосновский округ, пос. Новостройка, ул. Школьная, д. 12"],
        ["Учредитель", "Управление образования администрации Сосновского муниципального округа"],
    ], [6, 11])
    para(doc, "Дом детского творчества ведёт занятия по 34 дополнительным общеразвивающим "
         "программам четырёх направленностей.")
    save_deterministic(doc, HERE / "843_203aaba1271d468f.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, {
        "842": ("842_626879c8626fd289.txt", TXT_842),
        "844": ("844_cc5618e42f534cec.txt", TXT_844),
        "845": ("845_bc868b9ed4f3ce6b.txt", TXT_845),
        "846": ("846_7d5b34a82a548113.txt", TXT_846),
    }),
    "843": build_843,
}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
