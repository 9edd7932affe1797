"""Build the samples of kindergarten event plans (667_, 668_) and a school's public report
under glued grifs (669_).

Run: .venv/bin/python samples/make_facts54b_samples.py [names…]
Each document is our own (invented kindergartens, people and wording) and reproduces a layout
feature of real documents:
- 667 (txt): an event plan whose line breaks a site export lost: after the capitals heading,
  "<date>: event. Participants" items run together in one paragraph (months, a month range,
  an open span "С <date> по окончании …", a single date); the closing phrase names who takes
  part (age groups, staff), not who answers;
- 668 (docx): an event plan table whose responsible cells list parties with commas, one of them
  a cut adjective and its noun ("Воспитатели, муз. руководитель", "мед. сестра");
- 669 (docx): a public report copied from a mirror site: the council chair's grif and the
  director's stood side by side, and each printed row of the two came out as one paragraph
  ("Председатель МОУ СОШ № 3" / "Управляющего совета г. Озёрска Лесной области" / two names);
  the director approves, the chair does not sign.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, doc_facts, write_expected
from docx_build import build_named
from real_b_common import add_table, new_doc, paragraphs, save_docx

HERE = Path(__file__).parent
ONCE: tuple[str | None, str | None, str | None] = (None, None, "once")

TITLE667 = "ПЛАН МЕРОПРИЯТИЙ КО ДНЮ ПОСЁЛКА, ПОСВЯЩЕННЫХ ЕГО 100-ЛЕТИЮ 1919 – 2019 гг."
RUN667 = [
    ("Март – апрель", "Прогулки по улицам посёлка и к памятнику первым жителям",
     ". Подготовительная группа", ONCE),
    ("Апрель", "Выставка поделок «Мой посёлок вчера и сегодня»", " Все группы, персонал", ONCE),
    ("С 10.04.2019 по окончании праздника", "Оформление стенда «Наш посёлок» в холле",
     ". Средний и старший возраст", ("2019-04-10", None, "continuous")),
    ("Май", "Конкурс чтецов «Родные улицы». Встреча со старожилами посёлка",
     ". Старший возраст", ONCE),
    ("24.05.2019", "Праздник на площадке детского сада. Песни и танцы для жителей посёлка",
     ".", ("2019-05-24", "2019-05-24", "once")),
]


def build_667() -> None:
    run = " ".join(f"{d}: {name}{tail}" for d, name, tail, _ in RUN667)
    head, rest = TITLE667.split(", ", 1)
    lines = ["| План мероприятий ко Дню посёлка | ![]() |", "![]() |", head + ",", rest, run]
    path = HERE / "667_sosnovka_kindergarten_village_day_plan_2019.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    acts = [Act(None, name, d, dl, [], []) for d, name, _, dl in RUN667]
    for a in acts:
        a.source = {"page": None, "table": None, "row": None, "line": 5}
    # years of the anniversary in the title are not the plan's period
    write_expected(path, "txt", None, doc_facts("roadmap", TITLE667, None, None, None, None,
                                                None, []), acts, [])


ROWS668 = [
    ("1", "Развлечение «Здравствуй, лето!»", "июнь", "Зал",
     "Воспитатели, муз. руководитель", ["Воспитатели", "муз. руководитель"]),
    ("2", "Беседы о безопасном поведении летом", "июнь", "Группы",
     "Воспитатели групп, мед. сестра", ["Воспитатели групп", "мед. сестра"]),
    ("3", "Спортивный праздник «Весёлые старты»", "июль", "Площадка",
     "Инструктор по физкультуре, муз. руководитель",
     ["Инструктор по физкультуре", "муз. руководитель"]),
    ("4", "Конкурс рисунков на асфальте", "август", "Участки",
     "Старший воспитатель, родители", ["Старший воспитатель", "родители"]),
]
TITLE668 = "ПЛАН летних мероприятий в МДОУ детский сад № 5 «Колосок» п. Лесной"


def build_668() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [("П Л А Н", "center", True),
                     ("летних мероприятий в МДОУ детский сад № 5 «Колосок» п. Лесной",
                      "center", True)])
    rows = [["№ п/п", "Наименование мероприятия", "Время проведения", "Место проведения",
             "Ответственный"]]
    rows += [[n, t, d, place, cell] for n, t, d, place, cell, _ in ROWS668]
    add_table(doc, rows, widths=[1.2, 6.0, 3.0, 3.0, 4.5], header_rows=1)
    path = save_docx(doc, "668_lesnoy_kindergarten_summer_events_plan.docx")
    acts = [Act(n, t, d, ONCE, [cell], parties) for n, t, d, _, cell, parties in ROWS668]
    for k, a in enumerate(acts):
        a.source = {"page": None, "table": 1, "row": k + 2, "line": None}
    # the kindergarten is named only after "в": no issuer (CONTRACT)
    write_expected(path, "docx", None, doc_facts("roadmap", TITLE668, None, None, None, None,
                                                 None, []), acts, [])


TITLE669 = "ПУБЛИЧНЫЙ ДОКЛАД о результатах работы школы в 2019-2020 учебном году"


def build_669() -> None:
    doc = new_doc(size=12)
    paragraphs(doc, [("Вид материала: доклад\nПодобный материал:\n«Утверждаю» Директор", None,
                      False),
                     ("Председатель МОУ СОШ № 3", None, False),
                     ("Управляющего совета г. Озёрска Лесной области", None, False),
                     ("Н.Н. Сомова Е.А. Грачёва", None, False),
                     (TITLE669, "center", True),
                     ("г. Озёрск", "center", False), ("2020 г.", "center", False),
                     ("Общие сведения о школе.", None, True),
                     ("Школа работает с 1985 года и обучает 420 учащихся.", None, False)])
    path = save_docx(doc, "669_ozyorsk_school3_public_report_glued_grifs_2020.docx")
    # the chair of the council stands beside the approving director: not a signatory
    facts = doc_facts("report", TITLE669, "Озёрск", "Лесная область",
                      "МОУ СОШ № 3 г. Озёрска", None, (2019, 2020),
                      [("Е.А. Грачёва", "Директор МОУ СОШ № 3 г. Озёрска Лесной области")])
    write_expected(path, "docx", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"667": build_667, "668": build_668,
                                           "669": build_669}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
