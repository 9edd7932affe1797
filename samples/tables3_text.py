"""Text samples 411, 414, 415 (see make_tables3_samples.py): programme appendices and plans as
legal sites' text forms print them. Invented municipalities, own wording; each builder writes
the file and its expected record."""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import wrap

from blind_common import EXPECTED, Act, Ind, doc_facts, write_expected
from real_b_common import garant_cells, write_text

# ----------------------------- 411: garant cell-per-line activity list of a subprogramme

SUB411 = ('подпрограммы 2 "Развитие дополнительного образования детей Кленоводского района" '
          'муниципальной программы "Образование Кленоводского района на 2024 - 2028 годы"')
GROUP411 = "Подпрограмма 2 Развитие дополнительного образования детей Кленоводского района"
EXEC411 = "Отдел образования администрации Кленоводского района"
ROWS411 = [
    ("2.1.", "Основное мероприятие 2.1. Обновление материально-технической базы центров "
     "дополнительного образования", EXEC411, "2024", "2026",
     "Оснащение центров современным оборудованием"),
    ("2.2.", "Основное мероприятие 2.2. Проведение районных конкурсов технического творчества",
     'МБУ ДО "Кленоводский дом творчества"', "2024", "2028",
     "Рост числа участников конкурсов"),
]
CUT411 = ("2.3.", "Основное мероприятие 2.3. Повышение квалификации педагогов дополнительного "
          "образования")


def build_411() -> None:
    """A subprogramme's row with its own executor and years is a section; numbered "Основное
    мероприятие" rows are the activities; the excerpt ends inside the last row."""
    grid = [["N п/п", "Наименование основного мероприятия", "Ответственный исполнитель", "Срок",
             "Ожидаемый непосредственный результат (краткое описание)", ""],
            ["начала реализации", "окончания реализации", "", "", "", ""],
            [str(i) for i in range(1, 7)],
            ["2", GROUP411, EXEC411, "2024", "2028", ""]]
    grid += [list(r) for r in ROWS411]
    lines = ["Приложение 2", "к подпрограмме 2", '"Развитие дополнительного образования',
             'детей Кленоводского района" муниципальной', 'программы "Образование Кленоводского',
             'района на 2024 - 2028 годы"', "Перечень", f"основных мероприятий {SUB411}",
             *garant_cells(grid), f"{CUT411[0]} |", f"{CUT411[1]} |"]
    path = write_text("411_klenovodsky_subprogramme_measures_2024.txt", lines)
    acts = [Act(n.rstrip("."), t, f"{a} - {b}", (f"{a}-01-01", f"{b}-12-31", None), [], [e],
                result=r, section=GROUP411) for n, t, e, a, b, r in ROWS411]
    acts.append(Act(CUT411[0].rstrip("."), CUT411[1], "", (None, None, None), [], [],
                    section=GROUP411))
    doc = doc_facts("programme", f"Перечень основных мероприятий {SUB411}", "Кленоводский район",
                    None, None, None, (2024, 2028), [])
    write_expected(path, "txt", None, doc, acts, [])
    no_deadline(path, CUT411[1])


def no_deadline(path: Path, title: str) -> None:
    """The expected activity `title` has no deadline (its row was cut before that cell)."""
    out = EXPECTED / f"{path.name.split('.', 1)[0]}.json"
    rec = json.loads(out.read_text(encoding="utf-8"))
    for act in rec["activities"]:
        if act["title"] == title:
            act["deadline"] = None
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------- 414: cntd compact text, the unit caption on the header's second line

HEAD414 = ["ПРОГНОЗНЫЕ ЗНАЧЕНИЯ", "ЦЕЛЕВЫХ ИНДИКАТОРОВ И ПОКАЗАТЕЛЕЙ ОБЛАСТНОЙ",
           'ЦЕЛЕВОЙ ПРОГРАММЫ "ЛЕТНИЙ ОТДЫХ ДЕТЕЙ ВЕРХНЕЛУЖСКОЙ ОБЛАСТИ', 'В 2024 - 2026 ГОДАХ" ПО',
           "ОСНОВНЫМ НАПРАВЛЕНИЯМ МЕРОПРИЯТИЙ И ГРУППАМ ДЕТЕЙ ОТДЫХАЮЩИХ В ЛАГЕРЯХ"]
ROWS414 = [
    ("Задача 1. Организация отдыха детей в загородных лагерях", [
        ("Доля детей, отдохнувших в лагерях", "%", "41", ["43", "45", "47"]),
        ("Доля лагерей, принятых без замечаний", "%", "80", ["85", "90", "95"])]),
    ("Задача 2. Подготовка вожатых", [
        ("Число подготовленных вожатых", "чел.", "120", ["130", "140", "150"])]),
]


def build_414() -> None:
    """A two-line header whose second line opens with the unit caption "Ед.": the unit column
    is its own, not part of the indicator's name."""
    lines = [*HEAD414, "Наименование индикаторов и | Значение индикаторов и показателей | |||||",
             "Ед. | До начала | 2024 | 2025 | 2026 | За период | |"]
    inds = []
    for task, rows in ROWS414:
        lines.append(f"{task} | ||||||")
        for name, unit, base, vals in rows:
            lines.append(f"{name} | {unit} | {base} | {' | '.join(vals)} | Рост |")
            inds.append(Ind(None, name, unit, [], [(y, "plan", float(v)) for y, v in
                                                   zip((2024, 2025, 2026), vals, strict=True)],
                            section=task))
    path = write_text("414_verkhneluzhsk_camps_indicators_2024.txt", lines)
    doc = doc_facts("programme", " ".join(HEAD414), None, "Верхнелужская область", None, None,
                    (2024, 2026), [])
    write_expected(path, "txt", None, doc, [], inds,
                   tasks=[task.split(". ", 1)[1] for task, _ in ROWS414])


# ------------------- 415: one cell a paragraph, cells run together, a place column

TITLE415 = ("План мероприятий по проведению III районного фестиваля детского театра ЗАТО "
            "Вербозёрск")
ROWS415 = [
    ("1", ["Создание оргкомитета", "фестиваля"], ["01.03.2025"], ["Управление", "образования"],
     ["Лаптева О.Н."], "01.03.2025", ("2025-03-01", "2025-03-01", "once")),
    ("2", ["Приём заявок от", "школьных театров"], ["До 20.03.2025"], ["Управление", "образования"],
     ["Лаптева О.Н."], "До 20.03.2025", (None, "2025-03-20", "once")),
    ("3", ["Просмотр спектаклей", "(отборочный тур)"], ["25.03.2025", "27.03.2025"],
     ["МБУК", '"Вербозёрский', 'дом культуры"'], ["Лаптева О.Н.", "Гусев П.А."],
     "25.03.2025 27.03.2025", ("2025-03-25", "2025-03-27", "once")),
    ("4", ["Гала-концерт", "победителей", "фестиваля"], ["До 05.04.2025"],
     ["МБУК", '"Вербозёрский', 'дом культуры"'], ["Гусев П.А."], "До 05.04.2025",
     (None, "2025-04-05", "once")),
]


def build_415() -> None:
    """Every cell a paragraph, but the title and the date of a row, and two header captions,
    printed with no blank line between them; "п/п" right under the title; a "Место
    проведения" column between the deadline and the responsible."""
    lines = ["Приложение к постановлению от 12.02.2025 № 64", "", TITLE415, "", "", "п/п", "",
             "Мероприятия", "", "Сроки", "", "Место", "проведения", "Ответственный", ""]
    acts = []
    for num, title, dates, place, resp, dl_text, dl in ROWS415:
        lines += ["", num, "", "", *title, *dates, "", "", *place, "", *resp, ""]
        acts.append(Act(num, " ".join(title), dl_text, dl, resp, resp))
    path = write_text("415_verbozyorsk_theatre_festival_plan_2025.txt", lines)
    # the plan prints no period of its own (only its dates)
    doc = doc_facts("roadmap", TITLE415, "Вербозёрск", None, None, ("64", "2025-02-12"),
                    None, [])
    write_expected(path, "txt", None, doc, acts, [])


# ------------- 417: a site's HTML table flattened into running text, heading glued on

TITLE417 = ("Перечень целевых показателей программы «Развитие образования ЗАТО Кедрозёрск» с "
            "плановыми значениями по годам ее реализации")
GOAL417 = ("повышение доступности и качества образования для детей ЗАТО Кедрозёрск, поддержка "
           "детей, оставшихся без попечения родителей")
ROWS417 = [
    ("Доля детей в возрасте 5-18 лет, занятых в кружках и секциях, в общей численности детей "
     "этого возраста", "%", ["72,0", "74,0", "75,0", "76,0"]),
    ("Число педагогов, прошедших курсы повышения квалификации", "чел.",
     ["85", "90", "95", "100"]),
]


def build_417() -> None:
    """Cells joined by " | " inside wrapped lines, the caption glued to the heading's end and
    the heading to the site's line before it, a goal row, a weight column, a number cell over
    three lines run into the name."""
    years = " | ".join(str(y) for y in range(2024, 2028))
    text = (f"Сведения о программах на 2024 -2027{TITLE417} № п/п | Цели, показатели | "
            f"Единица измерения | Вес показателя | Источник информации | {years} | | | 1 | "
            f"Цель: {GOAL417} | |")
    lines = wrap(text, 72)
    for k, (name, unit, vals) in enumerate(ROWS417, 1):
        row = wrap(f"{name} | {unit} | 0,1 | отчет школ | {' | '.join(vals)} | | |", 72)
        lines[-1] += " | Целевой"
        lines += ["показатель", str(k), *row]
    path = write_text("417_kedrozyorsk_flattened_indicators_2024.txt", ["|", *lines])
    inds = [Ind(str(k), name, unit, [], [(y, "plan", float(v.replace(",", ".")))
                                         for y, v in zip(range(2024, 2028), vals, strict=True)],
                section=f"Цель: {GOAL417}") for k, (name, unit, vals) in enumerate(ROWS417, 1)]
    doc = doc_facts("programme", TITLE417, "Кедрозёрск", None, None, None, (2024, 2027), [])
    write_expected(path, "txt", None, doc, [], inds, goals=[GOAL417])


BUILDERS = (build_411, build_414, build_415, build_417)
