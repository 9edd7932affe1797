"""Build the samples of the places3 task of session 19 (933-937): places written the way real
pages write them, in our own words for invented places.

- 933 (txt): a district's education department orders a plan; the district and the region are
  named by adjectives that are also common words ("СЕВЕРНОГО РАЙОНА", "ЗАРЕЧНОЙ ОБЛАСТИ"), in a
  capitals letterhead and in the operative sentence, beside the generic "отдалённых районах" and
  "нашего района", which name no place.
- 934 (txt): a kindergarten of a city's own district ("… Заводского района города
  Лесногорска" in its letterhead), the district named again alone in its plan's title and its
  text: the city is the municipality.
- 935 (docx): a city okrug's department orders a plan; the okrug is written as the okrug
  ("Лесногорского городского округа") and as its city ("г. Лесногорск", "г. Лесногорска" in the
  responsibles): one place, the marked form.
- 936 (pdf, printed from a docx): a programme's cover names its institution without quotes,
  then its settlement and the district the settlement lies in; the institution's name keeps the
  one place printed right after it.
- 937 (txt): a school's report in a district named by a common adjective ("Южного района"),
  with "Каждый район области" and "В нашем районе" in its text.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import to_pdf
from docx_build import (
    build_named,
    centred_lines,
    new_doc,
    para,
    save_deterministic,
    set_cell_lines,
    set_widths,
    text_builders,
)

HERE = Path(__file__).parent

TXT_933 = (
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ СЕВЕРНОГО РАЙОНА\n"
    "ЗАРЕЧНОЙ ОБЛАСТИ\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "от 19.01.2026                                                     № 14\n"
    "\n"
    "Об утверждении плана мероприятий по поддержке молодых учителей на 2026 год\n"
    "\n"
    "Чтобы молодые учителя оставались работать в школах Северного района, в том числе в\n"
    "отдалённых районах области, приказываю:\n"
    "1. Утвердить план мероприятий по поддержке молодых учителей на 2026 год (приложение).\n"
    "2. Контроль за исполнением приказа оставляю за собой.\n"
    "\n"
    "Начальник управления образования                          Л.Г. Бобылёва\n"
    "\n"
    "Приложение к приказу от 19.01.2026 № 14\n"
    "\n"
    "План мероприятий по поддержке молодых учителей на 2026 год\n"
    "\n"
    "№\tМероприятие\tСрок\tОтветственный\n"
    "1\tВстреча молодых учителей с руководителями школ нашего района\tФевраль"
    "\tУправление образования\n"
    "2\tРабота клуба «Первые шаги в профессии»\tВ течение года\tМетодический кабинет\n"
    "3\tРайонный конкурс уроков молодых учителей\tАпрель\tМетодический кабинет\n"
    "4\tЛетняя школа наставников\tИюнь\tМетодический кабинет\n"
)

TXT_934 = (
    "Муниципальное автономное дошкольное образовательное учреждение\n"
    "«Детский сад № 41 «Скворушка» Заводского района города Лесногорска\n"
    "(МАДОУ «Детский сад № 41»)\n"
    "\n"
    "УТВЕРЖДАЮ\n"
    "Заведующий МАДОУ «Детский сад № 41»\n"
    "_____________ Н.П. Комарова\n"
    "29 августа 2025 г.\n"
    "\n"
    "Годовой план работы МАДОУ «Детский сад № 41» Заводского района\n"
    "на 2025-2026 учебный год\n"
    "\n"
    "Детский сад работает вместе с другими детскими садами Заводского района: воспитанники\n"
    "участвуют в районных конкурсах и праздниках.\n"
    "\n"
    "Задачи на учебный год:\n"
    "1. Развивать связную речь детей через театрализованную деятельность.\n"
    "2. Укреплять здоровье детей через подвижные игры на прогулке.\n"
    "\n"
    "№\tМероприятие\tСрок\tОтветственный\n"
    "1\tПедагогический совет «Задачи на новый учебный год»\tСентябрь\tЗаведующий\n"
    "2\tСмотр-конкурс уголков театрализованной деятельности\tНоябрь\tСтарший воспитатель\n"
    "3\tРайонный фестиваль «Театральная весна»\tМарт\tМузыкальный руководитель\n"
    "4\tСпортивный праздник «Папа, мама, я — спортивная семья»\tАпрель"
    "\tИнструктор по физической культуре\n"
)

TXT_937 = (
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "«Средняя общеобразовательная школа № 2» Южного района\n"
    "\n"
    "Информация о выполнении плана работы по профилактике правонарушений\n"
    "за 2024 год\n"
    "\n"
    "Каждый район области проводил в 2024 году месячник правовых знаний. В нашем районе к нему\n"
    "присоединились все школы, включая школы отдалённых сёл.\n"
    "\n"
    "№\tМероприятие\tСрок\tОтветственный\tОтметка о выполнении\n"
    "1\tКлассные часы «Права и обязанности школьника»\tСентябрь\tКлассные руководители\tВыполнено\n"
    "2\tВстреча с инспектором по делам несовершеннолетних\tНоябрь"
    "\tЗаместитель директора по ВР\tВыполнено\n"
    "3\tНеделя правовых знаний\tДекабрь\tУчитель обществознания\tВыполнено\n"
    "\n"
    "Директор школы                                             О.В. Чеботарёва\n"
)


def _table(doc: object, rows: list[list[str]], widths: list[float]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), text.split("\n"))
    set_widths(table, widths)


def build_935() -> None:
    doc = new_doc()
    centred_lines(doc, "Управление образования администрации\nЛесногорского городского округа",
                  bold=True)
    para(doc, "")
    centred_lines(doc, "ПРИКАЗ", bold=True)
    centred_lines(doc, "г. Лесногорск")
    para(doc, "12.02.2026\t\t\t\t\t\t\t\t№ 27")
    para(doc, "")
    para(doc, "Об утверждении плана подготовки школьников к региональному этапу олимпиад на "
              "2026 год", bold=True)
    para(doc, "Для подготовки победителей муниципального этапа к региональному этапу олимпиад "
              "приказываю:")
    para(doc, "1. Утвердить план подготовки школьников к региональному этапу олимпиад на 2026 "
              "год (приложение).")
    para(doc, "2. Контроль за исполнением приказа оставляю за собой.")
    para(doc, "")
    para(doc, "Начальник управления образования\t\t\tГ.Е. Сорокоумова")
    para(doc, "")
    para(doc, "Приложение к приказу от 12.02.2026 № 27", align="right")
    centred_lines(doc, "План подготовки школьников к региональному этапу олимпиад на 2026 год",
                  bold=True)
    _table(doc, [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Учебные сборы по математике и физике", "Январь", "МБОУ СОШ № 5 г. Лесногорска"],
        ["2", "Пробный тур по химии", "Февраль",
         "МБОУ СОШ № 5 Лесногорского городского округа"],
        ["3", "Консультации преподавателей университета", "В течение года",
         "Управление образования"],
    ], [1.0, 8.0, 3.0, 5.0])
    save_deterministic(doc, HERE / "935_e2652be65eceb615.docx")


def build_936() -> None:
    doc = new_doc()
    centred_lines(doc, "ПРОГРАММА РАЗВИТИЯ", bold=True)
    centred_lines(doc, "муниципального бюджетного учреждения дополнительного образования\n"
                       "центр детского творчества посёлка Ясный Лесновского района\n"
                       "на 2025-2029 годы", bold=True)
    para(doc, "")
    centred_lines(doc, "Паспорт программы", bold=True)
    _table(doc, [
        ["Цель программы", "Расширение выбора занятий для детей посёлка и окрестных сёл"],
        ["Задачи программы", "1. Открыть объединения технической направленности.\n"
                             "2. Обновить оборудование кабинетов."],
        ["Сроки реализации", "2025-2029 годы"],
    ], [5.0, 12.0])
    with tempfile.TemporaryDirectory(prefix="places3_") as tmp:
        path = Path(tmp) / "936_5db704d642a88f06.docx"
        save_deterministic(doc, path)
        made = to_pdf(path)
        (HERE / made.name).write_bytes(made.read_bytes())


BUILDERS = {
    **text_builders(HERE, {
        "933": ("933_e3556da13cb326b4.txt", TXT_933),
        "934": ("934_697b0940e7b7ca2a.txt", TXT_934),
        "937": ("937_d959a02d616ac7f1.txt", TXT_937),
    }),
    "935": build_935,
    "936": build_936,
}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
