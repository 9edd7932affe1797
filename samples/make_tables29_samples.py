"""Build the samples of the twenty-fifth real-document study's plans and report (780_…782_).

Run: .venv/bin/python samples/make_tables29_samples.py [names…]
Each document is our own (invented towns, institutions and wording) and reproduces a layout
feature of real documents:
- 780 (docx): a kindergarten's summer plan by months with no year: "Месяц | Мероприятие |
  Ответственные", each month's events numbered "1.…", "2.…" one per line in one cell (no
  space after the dot) and the responsibles cell naming one party per event on the same lines;
- 781 (txt): a district order's appendix as a legal site's text export, its plan table printed
  cell by cell (" |" at each cell's end) with a single data row, its deadline "Октябрь 2019
  года", its executors a body closed by a bracketed remark, then lower-case bodies;
- 782 (docx): a kindergarten's self-assessment report whose cover prints the title in bold
  capitals over six lines ("… ДЕТСКИЙ САД №3»") and the years it covers in normal case on a
  line of their own ("за 2022-2023 учебный год"); the introduction names the institution in
  normal case, "детский сад № 3".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, doc_facts, fill_row, new_doc, para, write_expected
from docx_build import build_named, mark_header, save_deterministic, set_cell_lines

HERE = Path(__file__).parent

TITLE780 = "ПЛАН ЛЕТНИХ МЕРОПРИЯТИЙ С ВОСПИТАННИКАМИ"
# (month, [(event, responsible)])
MONTHS780 = [
    ("Июнь", [("Праздник «Здравствуй, лето!»", "Музыкальный руководитель"),
              ("Спортивное развлечение «Весёлый мяч»", "Инструктор по физической культуре"),
              ("Выставка рисунков «Мой любимый город»", "Воспитатели групп")]),
    ("Август", [("Досуг «Прощание с летом»", "Музыкальный руководитель"),
                ("Эстафеты на участке детского сада", "Инструктор по физической культуре")]),
]


def build_780() -> None:
    d = new_doc()
    para(d, TITLE780, bold=True, align="center")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ["Месяц", "Мероприятие", "Ответственные"],
                          strict=True):
        set_cell_lines(cell, [text], bold=True)
    mark_header(t.rows[0])
    acts: list[Act] = []
    for row, (month, events) in enumerate(MONTHS780, 1):
        fill_row(t, [month, [f"{k}.{e}" for k, (e, _) in enumerate(events, 1)],
                     [r for _, r in events]])
        acts += [Act(str(k), e, month, (None, None, "once"), [r], [r],
                     source={"page": None, "table": 1, "row": row + 1, "line": None})
                 for k, (e, r) in enumerate(events, 1)]
    path = HERE / "780_kindergarten_summer_events_by_month.docx"
    save_deterministic(d, path)
    facts = doc_facts("roadmap", TITLE780, "", None, None, None, None, [])
    facts["municipality"] = None
    write_expected(path, "docx", None, facts, acts, [])


TITLE781 = ("План мероприятий по проведению недели безопасности дорожного движения в "
            "Заозёрском муниципальном районе")
RESP781 = ["Отдел ГИБДД (по согласованию)", "отделы образования поселений"]
TXT_781 = (
    "Приложение N 1\n"
    "к распоряжению Администрации Заозёрского муниципального района\n"
    "от 12 сентября 2019 года N 311-р\n"
    "План\n"
    "мероприятий по проведению недели безопасности дорожного движения в Заозёрском "
    "муниципальном районе\n"
    "N п/п |\n"
    "Наименование мероприятия |\n"
    "Сроки исполнения |\n"
    "Исполнители |\n"
    "1. |\n"
    "Проведение районной акции «Засветись на дороге» в школах района |\n"
    "Октябрь 2019 года |\n"
    f"{', '.join(RESP781)} |\n"
)


def build_781() -> None:
    path = HERE / "781_zaozersky_road_week_plan_one_row_2019.txt"
    path.write_text(TXT_781, encoding="utf-8")
    facts = doc_facts("roadmap", TITLE781, "Заозёрский район", None,
                      "Администрация Заозёрского муниципального района",
                      ("311-р", "2019-09-12"), None, [])
    act = Act("1", "Проведение районной акции «Засветись на дороге» в школах района",
              "Октябрь 2019 года", ("2019-10-01", "2019-10-31", "once"), [", ".join(RESP781)],
              RESP781, source={"page": None, "table": 1, "row": 2, "line": 10})
    write_expected(path, "txt", None, facts, [act], [])


COVER782 = ["ОТЧЕТ О РЕЗУЛЬТАТАХ", "САМООБСЛЕДОВАНИЯ", "МУНИЦИПАЛЬНОГО АВТОНОМНОГО",
            "ДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО", "УЧРЕЖДЕНИЯ «ЦЕНТР ТВОРЧЕСТВА –",
            "ДЕТСКИЙ САД №3»"]
YEARS782 = "за 2022-2023 учебный год"


def build_782() -> None:
    d = new_doc()
    for line in COVER782:
        para(d, line, bold=True, align="center")
    para(d, YEARS782, align="center")
    para(d, "г. Ключегорск", align="center")
    para(d, "Введение", bold=True)
    para(d, "Отчет подготовлен по итогам самообследования муниципального автономного "
         "дошкольного образовательного учреждения «Центр творчества – детский сад № 3» "
         "и рассмотрен педагогическим советом.")
    para(d, "В детском саду работают шесть групп, их посещают 148 воспитанников.")
    path = HERE / "782_klyuchegorsk_dou3_self_assessment_report_2023.docx"
    save_deterministic(d, path)
    facts = doc_facts("report", f"{' '.join(COVER782)} {YEARS782}", "Ключегорск", None,
                      "Муниципальное автономное дошкольное образовательное учреждение "
                      "«Центр творчества – детский сад № 3»", None, (2022, 2023), [])
    write_expected(path, "docx", None, facts, [], [])


BUILDERS: dict[str, Callable[[], None]] = {"780": build_780, "781": build_781,
                                           "782": build_782}


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
