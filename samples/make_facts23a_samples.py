"""Build the samples of the nineteenth real-document study's acts (690_–692_).

Run: .venv/bin/python samples/make_facts23a_samples.py [names…]
Each document is our own (invented municipalities and wording) and reproduces a layout feature
of real documents:
- 690 (txt): a programme's measures printed alone from a legal database: the database's note
  "Постановлением … от … N … в настоящее приложение внесены изменения" above "Приложение 2"
  (the amending act's body, not the document's own act), a "Результат выполнения мероприятия"
  column of promised outcomes ("Довести … до 100%"), a footnote star after a responsible;
- 691 (txt): a city okrug's plan of measures under a one-line stamp and an amendment note
  "(в ред. постановления главы городского округа N МО от …)" (the oblast's abbreviation after
  the okrug's name), a department named by its field list with commas;
- 692 (txt): a programme's passport under "Приложение / Утвержден / постановлением /
  администрации N-ского / муниципального округа / от … N …" (the body's name broken mid-way).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_690 = (
    "Постановлением администрации города Заозерска от 12 октября 2014 г. N 2210 в настоящее "
    "приложение внесены изменения\n"
    "\n"
    "Приложение 2\n"
    "\n"
    "Система программных мероприятий\n"
    "\n"
    "N п/п\tЗадачи и мероприятия\tИсполнители\tСроки исполнения\t"
    "Результат выполнения мероприятия\n"
    "1.1\tОбновление спортивного инвентаря в дошкольных учреждениях\tУО *, ИМЦ\t2014\t"
    "Довести к 2015 году оснащенность ДОУ спортивным инвентарем до 100%\n"
    "1.2\tПроведение городской спартакиады школьников\t"
    "Отдел по культуре, спорту и делам молодежи\t2015\t"
    "Обеспечить участие всех школ города в спартакиаде\n"
)

TXT_691 = (
    "Приложение к Постановлению от 14.05.2010 г № 377-ПГ\n"
    "\n"
    "(в ред. постановления главы городского округа Заречье МО от 18.09.2012 N 640-ПГ)\n"
    "\n"
    "N п/п\tНаименование мероприятия\tСрок выполнения\tОтветственный исполнитель\n"
    "1.\tИнформирование жителей о порядке участия в Программе\tПостоянно\t"
    "Отдел по физической культуре, спорту, туризму и делам молодежи\n"
    "2.\tПрием заявлений на участие в Программе\tЕжегодно, до 15 марта текущего года\t"
    "Отдел по физической культуре, спорту, туризму и делам молодежи\n"
)

TXT_692 = (
    "Приложение\n"
    "Утвержден\n"
    "постановлением\n"
    "администрации Ключевского\n"
    "муниципального округа\n"
    "от 22.01.2024 N 48\n"
    "\n"
    "Муниципальная программа\n"
    "Ключевского муниципального округа \"Развитие туризма\"\n"
    "\n"
    "Паспорт\n"
    "муниципальной программы Ключевского муниципального округа \"Развитие туризма\"\n"
)

TEXTS = {
    "690": ("690_zaozersk_sport_programme_measures_2014.txt", TXT_690),
    "691": ("691_zarechye_okrug_programme_measures_plan_2010.txt", TXT_691),
    "692": ("692_klyuchevskoy_okrug_tourism_passport_2024.txt", TXT_692),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
