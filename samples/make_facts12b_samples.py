"""Build the samples of the school documents of the eleventh real-document study (555_–557_).

Run: .venv/bin/python samples/make_facts12b_samples.py [names…]
Each document is our own (invented municipalities, schools, people and wording) and reproduces
a layout feature of real documents:
- 555 (docx): a school programme's title page whose bold heading names its topic, not its
  genre, over the author's lines and "с. N, 2021 г"; the explanatory note's labelled
  paragraphs "Наименование программы – программа МБОУ «…» «…»" (a former term in it) and
  "Адресность программы – … на период с 2021 по 2026 год"; the region only as the
  abbreviation closing the school's name ("… ОМР РТ»");
- 556 (txt): a school site's page of a user's file: a "Скачать:" link, the attached-files
  table "Вложение | Размер" with file names and sizes, a "Предварительный просмотр:" caption,
  then the plan's heading with its first word alone on a line ("План" / "мероприятий …");
- 557 (docx): a municipal task's top: an electronic-signature box beside the founder's grif
  (the founder's name in capitals over "(наименование главного распорядителя …)"), the
  signature set over its caption row "(должность) | (подпись) | (расшифровка подписи)", the
  budget cycle written without the first "год", the school named with its district in the
  republics' form "муниципального района N-ский район".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent


def build_555() -> None:
    doc = new_doc()
    paragraphs(doc, [
        ("Формирование у подростков навыков безопасного поведения в сети", "center", True),
        ("Автор-разработчик\nГарипова Л.Ф.\nпедагог-психолог", "right", False),
        ("с. Лесное, 2021 г", "center", False),
        ("Пояснительная записка", "center", True),
        ("Наименование программы – программа МБОУ «Лесновская СОШ ОМР РТ» «Безопасный "
         "интернет для школьников на период с 2015 по 2020 год»", None, False),
        ("Адресность программы – программа по обучению школьников безопасному поведению в "
         "сети на период с 2021 по 2026 год», для учащихся 5–11 классов", None, False),
        ("Программа рассчитана на работу с учащимися, их родителями и классными "
         "руководителями.", None, False),
    ])
    save_docx(doc, "555_lesnoe_safe_internet_programme_2021.docx")


TXT_556 = """Ҡайынлы мәктәбе: планы
Скачать:
Вложение | Размер |
---|---|
plan_rodnoy_yazyk.docx | 18.2 КБ |
polozhenie_o_konkurse.doc | 41 КБ |
Предварительный просмотр:
План
мероприятий на 2022 – 2023 учебный год по изучению родного языка и литературы в школе
№ | Мероприятия | Сроки |
---|---|---|
1. | Конкурс чтецов на родном языке среди учащихся 5–9 классов. | Октябрь 2022 г. |
2. | Неделя родного языка и литературы. | Февраль 2023 г. |
"""

TEXTS = {
    "556": ("556_kayynly_native_language_plan_2022.txt", TXT_556),
}

ESIGN557 = ("ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ\nФИО подписавшего: Тагирова Гульнара "
            "Рашитовна\nВремя подписания: 2025-01-14T09:12:05\nСерийный номер:\n"
            "00a1b2c3d4e5f60718293a4b5c6d7e8f90\nДействует с: 10.03.2024 по: 03.06.2025")
GRIF557 = ("УТВЕРЖДАЮ\nРуководитель (уполномоченное лицо)\nМУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ "
           "\"УПРАВЛЕНИЕ\nОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО РАЙОНА\nОЛЬХОВСКИЙ\nРАЙОН "
           "РЕСПУБЛИКИ БАШКОРТОСТАН\"\n(наименование главного распорядителя средств\nбюджета "
           "муниципального района)")


def build_557() -> None:
    doc = new_doc()
    add_table(doc, [[ESIGN557, GRIF557]], widths=[7.0, 9.0])
    add_table(doc, [["НАЧАЛЬНИК", "", "Тагирова Гульнара Рашитовна"],
                    ["(должность)", "(подпись)", "(расшифровка подписи)"]],
                widths=[5.0, 4.0, 7.0])
    paragraphs(doc, [
        ("«14» января 2025 г.", "right", False),
        ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 4", "center", True),
        ("на 2025 и плановый период 2026 и 2027 годов", "center", True),
        ("Наименование муниципального учреждения: Муниципальное общеобразовательное бюджетное "
         "учреждение основная общеобразовательная школа д. Березняки муниципального района "
         "Ольховский район Республики Башкортостан", None, False),
        ("Вид деятельности муниципального учреждения: Образование", None, False),
    ])
    save_docx(doc, "557_berezniki_school_municipal_task_2025.docx")


BUILDERS: dict[str, Callable[[], None]] = {
    **text_builders(HERE, TEXTS), "555": build_555, "557": build_557}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
