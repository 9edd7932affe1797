"""Build the samples of document facts of the fifth real-document study (430_–433_).

Run: .venv/bin/python samples/make_facts5_samples.py [NAME …]
Each document is our own (invented municipalities, schools, people and wording) and reproduces
a layout feature of real acts on municipal programmes:
- 430 (docx): an appendix page — a stamp naming the body by its adjectives ("к постановлению
  Ольховской / районной администрации"), the programme passport's heading on one bold line with
  a budget cycle glued to its last word ("на 2025 год и плановый период 2026-2027годов"), then
  the passport table;
- 431 (txt): a legal site's text export of an amending act of a municipality renamed by a
  reform: its heading names the new "муниципальный округ", its subject (wrapped in quotes, the
  nested closing quotes printed as one) cites the predecessor "городской округ" again and
  again, the site's note on later amendments under it;
- 432 (txt): a site's text export of an act approving a programme, the operative sentence's body
  named in quotes with the verb on the next line, the signature, then the programme's own
  heading in capitals;
- 433 (docx): a settlement's act — letterhead of an "сельское поселение" inside its district,
  an amending act's subject;
- 434 (txt): an appendix page of a district whose formal name joins its town and itself in
  quotes ('муниципального района "Город Луговск и Луговский район"'), the body named by its
  adjectives in the stamp.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, new_doc, para, save_deterministic

HERE = Path(__file__).parent


# --------------------------------------------------------------------------------- 430 (docx)

_PASSPORT_430 = [
    ("1. Ответственный исполнитель муниципальной программы",
     "Отдел образования Ольховской районной администрации"),
    ("2. Соисполнители муниципальной программы",
     "Отдел культуры Ольховской районной администрации; районная больница (по согласованию)"),
    ("3. Цель муниципальной программы",
     "Сохранение здоровья школьников и укрепление привычки к здоровому образу жизни"),
]


def build_olkhovsky_health_passport_2025() -> None:
    doc = new_doc()
    for line in ("Приложение", "к постановлению Ольховской", "районной администрации",
                 "от 14.11.2024 N 618"):
        para(doc, line, align="right")
    para(doc, "Паспорт муниципальной программы «Здоровые школьники Ольховского района» на "
          "2025 год и плановый период 2026-2027годов", bold=True, align="center")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in _PASSPORT_430:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    save_deterministic(doc, HERE / "430_olkhovsky_health_passport_2025.docx")


# ---------------------------------------------------------------------------------- 431 (txt)

TXT_431 = """Постановление Администрации Заречного муниципального округа Луговской области от 21 февраля 2025 г. N 95-ПА
"О внесении изменений в постановление Администрации Заречного городского округа от 15.03.2019 N 210-ПА "Об утверждении муниципальной программы "Физическая культура и спорт в Заречном городском округе на 2024 - 2027 годы" и муниципальную программу "Физическая культура и спорт в Заречном городском округе на 2024 - 2027 годы", утвержденную постановлением Администрации Заречного городского округа от 15.03.2019 N 210-ПА"
Информация о внесении изменений в настоящий документ содержится в документе:
- Постановление Администрации Заречного муниципального округа от 10 апреля 2025 г. N 180-ПА
В связи с уточнением объемов финансирования на 2025 год Администрация Заречного муниципального округа постановляет:
1. Внести в муниципальную программу изменения согласно приложению.
2. Опубликовать настоящее постановление на официальном сайте.
"""  # noqa: E501 (document lines are as long as the document has them)


def build_zarechny_sport_amendment_2025() -> None:
    (HERE / "431_zarechny_sport_amendment_2025.txt").write_text(TXT_431, encoding="utf-8")


# ---------------------------------------------------------------------------------- 432 (txt)

TXT_432 = """Постановление от 17.10.2014 г № 512

Об утверждении муниципальной программы города Кедровска «Школьный туризм» на 2015 — 2019 годы


В целях развития детского туризма и краеведения администрация муниципального образования "Город Кедровск"
Постановляет:
1.Утвердить прилагаемую муниципальную программу города Кедровска "Школьный туризм" на 2015 - 2019 годы.
2.Контроль за исполнением настоящего постановления оставляю за собой.
Глава администрации
города Кедровска
А.Н.ТОПОЛЕВ
МУНИЦИПАЛЬНАЯ ПРОГРАММА ГОРОДА КЕДРОВСКА
"ШКОЛЬНЫЙ ТУРИЗМ" НА 2015 - 2019 ГОДЫ
1. Общие положения
Программа объединяет походы, экскурсии и краеведческие экспедиции школьников города.
"""  # noqa: E501 (document lines are as long as the document has them)


def build_kedrovsk_tourism_programme_2014() -> None:
    (HERE / "432_kedrovsk_tourism_programme_2014.txt").write_text(TXT_432, encoding="utf-8")


# --------------------------------------------------------------------------------- 433 (docx)

def build_lesnoye_library_amendment_2024() -> None:
    doc = new_doc()
    para(doc, "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nЛЕСНОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ\n"
          "МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nЗАОЗЁРСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН", bold=True, align="center")
    para(doc, "ПОСТАНОВЛЕНИЕ", bold=True, align="center")
    para(doc, "12 марта 2024 года № 27")
    para(doc, "О внесении изменений в постановление администрации № 140 от 20 декабря 2022 года "
          "«Об утверждении муниципальной программы «Сельская библиотека в муниципальном "
          "образовании Лесное сельское поселение на 2023-2025 годы»", bold=True)
    para(doc, "В соответствии с Уставом муниципального образования Лесное сельское поселение "
          "администрация муниципального образования Лесное сельское поселение ПОСТАНОВЛЯЕТ:",
          align="justify")
    para(doc, "1. Изложить приложение к постановлению в новой редакции.", align="justify")
    save_deterministic(doc, HERE / "433_lesnoye_library_amendment_2024.docx")


# ---------------------------------------------------------------------------------- 434 (txt)

TXT_434 = """Приложение
к постановлению Луговской
районной администрации
от 02.02.2022 N 75

Паспорт муниципальной программы "Читающая семья муниципального района "Город Луговск и Луговский район"

1. Ответственный исполнитель | Отдел культуры Луговской районной администрации
2. Участники программы | библиотеки района, школы района (по согласованию)
"""  # noqa: E501 (document lines are as long as the document has them)


def build_lugovsk_reading_passport_2022() -> None:
    (HERE / "434_lugovsk_reading_passport_2022.txt").write_text(TXT_434, encoding="utf-8")


BUILDERS = {b.__name__.removeprefix("build_"): b for b in (
    build_olkhovsky_health_passport_2025, build_zarechny_sport_amendment_2025,
    build_kedrovsk_tourism_programme_2014, build_lesnoye_library_amendment_2024,
    build_lugovsk_reading_passport_2022)}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
