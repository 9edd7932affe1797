"""Build the samples of real table layouts for column roles (321…328), with their expected
records written from the documents' own content (invented districts, own wording).

Run: .venv/bin/python samples/make_roles_samples.py   (LibreOffice makes the PDF sample)

321  header words that mention another column's subject ("Результаты, на достижение которых
     направлены мероприятия", "Ответственные за выполнение мероприятия"), "Направления
     деятельности" as the activity column, the responsible column before the deadline column
322  stage table with an activity column: № and stage merged down over their activities
323  wide indicator table: merged "Значение показателя по годам" over the years, a fact year
     beside plan years, column numbers, "Задача «…»"/"Подпрограмма …" group rows, a parent row
     ending in ":" over its sub-rows, a footnote mark, a combined "name, unit" column, a
     responsible and a ratio column, a remark instead of a value
324  PDF with narrow columns: words broken inside, values with units ("20 чел.", "87,5 %"),
     remarks instead of values ("нет сведений", "х")
325  a quarter grid of marks and a table whose year group rows give the year of its deadlines
327  programme activity list with money-per-year columns and "Цель:"/"Задача 1:" group rows
328  a table without a header row, its numbering restarting in each section
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import (
    HERE,
    Act,
    Ind,
    doc_facts,
    fill_row,
    new_doc,
    para,
    save_pdf,
    section_row,
    write_expected,
)
from docx_build import save_deterministic, set_cell_lines, set_widths

ONCE, QUARTERLY, CONT = "once", "quarterly", "continuous"


def _stamp(d: Any, issuer_gen: str, region_gen: str, date: str, number: str, title: str) -> None:
    para(d, f"УТВЕРЖДЕН\nприказом {issuer_gen}\n{region_gen}\nот {date} № {number}",
         align="right")
    para(d, title, bold=True, align="center")


def _table(d: Any, header: list[str], widths: list[float]) -> Any:
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        set_cell_lines(cell, [text], bold=True)
    set_widths(t, widths)
    return t


def _facts(title: str, district: str, region: str, issuer: str, order: tuple[str, str],
           period: tuple[int, int], kind: str = "roadmap") -> dict[str, Any]:
    return doc_facts(kind, title, f"{district} район", region, issuer, order, period, [])


# ------------------------------------------------------------------------------------ 321

def sample_321() -> None:
    title = ("План мероприятий («дорожная карта») по развитию школьных библиотек "
             "Кедровского муниципального района на 2025 год")
    d = new_doc()
    _stamp(d, "управления образования администрации Кедровского муниципального района",
           "Томской области", "14.01.2025", "7", title)
    t = _table(d, ["№ п/п", "Направления деятельности", "Ответственные за выполнение мероприятия",
                   "Сроки", "Результаты, на достижение которых направлены мероприятия"],
               [1.2, 5.5, 4.0, 2.5, 4.0])
    acts = [
        Act("1", "Обновление фонда учебной литературы в общеобразовательных организациях",
            "март 2025 г.", ("2025-03-01", "2025-03-31", ONCE),
            ["Руководители общеобразовательных организаций"],
            ["Руководители общеобразовательных организаций"],
            result="Фонд учебников соответствует федеральному перечню"),
        Act("2", "Проведение районного конкурса чтецов среди обучающихся 5-7 классов",
            "апрель 2025 г.", ("2025-04-01", "2025-04-30", ONCE),
            ["МКУ «Информационно-методический центр»"], ["МКУ «Информационно-методический центр»"],
            result="Выявлены и поддержаны юные чтецы"),
        Act("3", "Организация курсов повышения квалификации для школьных библиотекарей",
            "в течение года", ("2025-01-01", "2025-12-31", CONT),
            ["Управление образования"], ["Управление образования"],
            result="Библиотекари освоили современные формы работы с читателями"),
    ]
    for a in acts:
        fill_row(t, [f"{a.number}.", a.title, a.resp_cell, a.deadline, a.result or ""])
    path = HERE / "321_kedrovsky_library_roadmap_2025.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Кедровского муниципального района"
    write_expected(path, "docx", None, _facts(title, "Кедровский", "Томская область", issuer,
                                              ("7", "2025-01-14"), (2025, 2025)), acts, [])


# ------------------------------------------------------------------------------------ 322

def sample_322() -> None:
    title = ("Дорожная карта внедрения системы наставничества в образовательных организациях "
             "Сухоборского муниципального района на 2025 год")
    d = new_doc(landscape=True)
    _stamp(d, "управления образования администрации Сухоборского муниципального района",
           "Омской области", "20.01.2025", "12", title)
    t = _table(d, ["№", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Срок",
                   "Ответственный"], [1.0, 4.0, 5.5, 6.0, 3.0, 4.5])
    stages = [
        ("1.", "Подготовительный этап", [
            Act(None, "Анализ потребности школ в наставниках", "январь 2025 г.",
                ("2025-01-01", "2025-01-31", ONCE), ["Методист РМК Ершова Л.П."],
                ["Методист РМК Ершова Л.П."]),
            Act(None, "Утверждение положения о наставничестве", "февраль 2025 г.",
                ("2025-02-01", "2025-02-28", ONCE), ["Управление образования"],
                ["Управление образования"]),
        ], ["Сбор сведений от школ о молодых педагогах",
            "Подготовка проекта положения и его обсуждение на районном совете"]),
        ("2.", "Основной этап", [
            Act(None, "Формирование наставнических пар", "март 2025 г.",
                ("2025-03-01", "2025-03-31", ONCE), ["Руководители школ"],
                ["Руководители школ"]),
            Act(None, "Проведение школы наставника", "ежеквартально",
                ("2025-01-01", "2025-12-31", QUARTERLY), ["МКУ «Методический центр»"],
                ["МКУ «Методический центр»"]),
        ], ["Подбор пар по итогам собеседований", "Цикл из четырёх практических занятий"]),
    ]
    all_acts = []
    for number, stage, acts, contents in stages:
        first = len(t.rows)
        for a, content in zip(acts, contents, strict=True):
            a.section = stage
            fill_row(t, ["", "", a.title, content, a.deadline, a.resp_cell])
        for col, text in ((0, number), (1, stage)):
            cell = t.cell(first, col).merge(t.cell(len(t.rows) - 1, col))
            set_cell_lines(cell, [text])
        all_acts += acts
    path = HERE / "322_sukhoborsky_mentoring_stages_2025.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Сухоборского муниципального района"
    write_expected(path, "docx", None, _facts(title, "Сухоборский", "Омская область", issuer,
                                              ("12", "2025-01-20"), (2025, 2025)), all_acts, [])


# ------------------------------------------------------------------------------------ 323

def sample_323() -> None:
    title = ("Программа развития образования Заречноводского муниципального района на "
             "2024-2026 годы")
    d = new_doc(landscape=True, size=11)
    _stamp(d, "управления образования администрации Заречноводского муниципального района",
           "Курганской области", "25.12.2023", "214", title)
    para(d, "Целевые показатели программы", align="center")
    top = ["№ п/п", "Наименование показателя, единица измерения", "Ответственный исполнитель",
           "2023 год (факт)", "Значение показателя по годам", "", "",
           "Отношение 2026 года к 2023 году, %"]
    widths = [1.0, 8.0, 3.5, 2.0, 2.0, 2.0, 2.0, 2.5]
    t = d.add_table(rows=3, cols=8)
    t.style = "Table Grid"
    for c, text in enumerate(top):
        set_cell_lines(t.cell(0, c), [text], bold=True)
    for c, year in zip((4, 5, 6), ("2024", "2025", "2026"), strict=True):
        set_cell_lines(t.cell(1, c), [year], bold=True)
    for c in range(8):
        set_cell_lines(t.cell(2, c), [str(c + 1)])
    t.cell(0, 4).merge(t.cell(0, 6))
    for c in (0, 1, 2, 3, 7):
        t.cell(0, c).merge(t.cell(1, c))
    set_widths(t, widths)
    g1 = "Задача «Повышение доступности дошкольного образования»"
    g2 = "Подпрограмма «Дополнительное образование детей»"
    parent = "Доля педагогов, прошедших курсы повышения квалификации"
    inds = [
        Ind("1", "Доля детей в возрасте от 1 до 7 лет, охваченных дошкольным образованием", "%",
            ["1", "Доля детей в возрасте от 1 до 7 лет, охваченных дошкольным образованием, %",
             "Управление образования", "71,2", "72,0", "73,5", "75,0", "105,3"],
            [(2023, "fact", 71.2), (2024, "plan", 72.0), (2025, "plan", 73.5),
             (2026, "plan", 75.0)], section=g1),
        Ind(None, f"{parent} — в детских садах", "%",
            ["", "- в детских садах, %", "", "55", "60", "65", "70", "127,3"],
            [(2023, "fact", 55), (2024, "plan", 60), (2025, "plan", 65), (2026, "plan", 70)],
            section=g1),
        Ind(None, f"{parent} — в школах", "%",
            ["", "- в школах, %", "", "60", "65", "70", "75", "125,0"],
            [(2023, "fact", 60), (2024, "plan", 65), (2025, "plan", 70), (2026, "plan", 75)],
            section=g1),
        Ind("3", "Число обучающихся, занимающихся в кружках технической направленности",
            "человек",
            ["3", "Число обучающихся, занимающихся в кружках технической направленности, "
             "человек", "МБУ ДО «Дом детского творчества»", "410", "430", "данные уточняются",
             "470", "114,6"],
            [(2023, "fact", 410), (2024, "plan", 430), (2026, "plan", 470)], section=g2),
    ]
    section_row(t, g1, 8)
    fill_row(t, inds[0].cells)
    fill_row(t, ["2", f"{parent}<1>:", "Управление образования", "", "", "", "", ""])
    fill_row(t, inds[1].cells)
    fill_row(t, inds[2].cells)
    section_row(t, g2, 8)
    fill_row(t, inds[3].cells)
    para(d, "<1> По данным мониторинга управления образования.", size=10)
    path = HERE / "323_zarechnovodsky_programme_indicators_2024.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Заречноводского муниципального района"
    write_expected(path, "docx", None,
                   _facts(title, "Заречноводский", "Курганская область", issuer,
                          ("214", "2023-12-25"), (2024, 2026), kind="programme"), [], inds,
                   tasks=["Повышение доступности дошкольного образования"])


# ------------------------------------------------------------------------------------ 324

def sample_324() -> None:
    title = ("План мероприятий по развитию инженерного образования в Лесногорском "
             "муниципальном районе на 2024-2025 годы")
    d = new_doc(size=11)
    _stamp(d, "управления образования администрации Лесногорского муниципального района",
           "Пензенской области", "09.02.2024", "31", title)
    para(d, "Целевые показатели плана")
    t = _table(d, ["№", "Показатель", "Ед. изм.", "2024 год", "2025 год"],
               [0.8, 2.6, 1.2, 1.8, 2.2])
    inds = [
        Ind("1", "Количество обучающихся общеобразовательных организаций, участвующих в "
            "инженерных конкурсах", "чел.", [], [(2024, "plan", 20), (2025, "plan", 35)]),
        Ind("2", "Доля дошкольных образовательных организаций, реализующих программы "
            "робототехники", "%", [], [(2024, "plan", 87.5)]),
        Ind("3", "Доля педагогов, прошедших стажировку на базе технопарка", "%", [],
            [(2024, "plan", 78.7)]),
    ]
    cells = [("20 чел.", "35 чел."), ("87,5 %", "нет сведений"), ("78,7%", "х")]
    for ind, (a, b) in zip(inds, cells, strict=True):
        fill_row(t, [f"{ind.number}.", ind.name, ind.unit or "", a, b], size=10)
    path = save_pdf(d, HERE / "324_lesnogorsky_engineering_plan_2024.pdf")
    issuer = "Управление образования администрации Лесногорского муниципального района"
    write_expected(path, "pdf", 1, _facts(title, "Лесногорский", "Пензенская область", issuer,
                                          ("31", "2024-02-09"), (2024, 2025)), [], inds)


# ------------------------------------------------------------------------------------ 325

def sample_325() -> None:
    title = ("План-график мероприятий по подготовке к оценочным процедурам в Верхнеключевском "
             "муниципальном районе на 2025-2026 годы")
    d = new_doc(landscape=True)
    _stamp(d, "управления образования администрации Верхнеключевского муниципального района",
           "Кировской области", "16.01.2025", "18", title)
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    for c, text in enumerate(["№", "Мероприятие", "Срок проведения в 2025 году", "", "", "",
                              "Исполнитель"]):
        set_cell_lines(t.cell(0, c), [text], bold=True)
    for c, text in zip(range(2, 6), ("I кв.", "II кв.", "III кв.", "IV кв."), strict=True):
        set_cell_lines(t.cell(1, c), [text], bold=True)
    t.cell(0, 2).merge(t.cell(0, 5))
    for c in (0, 1, 6):
        t.cell(0, c).merge(t.cell(1, c))
    set_widths(t, [1.0, 9.0, 2.0, 2.0, 2.0, 2.0, 5.0])
    grid = [
        (Act("1", "Совещание руководителей школ по итогам оценочных процедур",
             "ежеквартально (I-IV квартал 2025 г.)", ("2025-01-01", "2025-12-31", QUARTERLY),
             ["Управление образования"], ["Управление образования"]), ["х", "х", "х", "х"]),
        (Act("2", "Семинар для заместителей директоров по учебной работе",
             "II квартал 2025 г.", ("2025-04-01", "2025-06-30", ONCE), ["РМК"], ["РМК"]),
         ["", "+", "", ""]),
        (Act("3", "Мониторинг посещаемости дошкольных групп", "I-II квартал 2025 г.",
             ("2025-01-01", "2025-06-30", ONCE), ["Управление образования"],
             ["Управление образования"]), ["х", "х", "-", "-"]),
    ]
    for a, marks in grid:
        fill_row(t, [f"{a.number}.", a.title, *marks, a.resp_cell])
    para(d, "Мероприятия по годам")
    t2 = _table(d, ["№", "Мероприятие", "Срок", "Ответственный"], [1.0, 10.0, 3.5, 5.0])
    by_year = [
        ("2025 год", [Act("1", "Районная олимпиада по функциональной грамотности", "март",
                          ("2025-03-01", "2025-03-31", ONCE), ["РМК"], ["РМК"])]),
        ("2026 год", [Act("2", "Районная олимпиада по функциональной грамотности для "
                               "обучающихся 8 классов", "октябрь",
                          ("2026-10-01", "2026-10-31", ONCE), ["РМК"], ["РМК"])]),
    ]
    acts = [a for a, _ in grid]
    for year, year_acts in by_year:
        section_row(t2, year, 4)
        for a in year_acts:
            fill_row(t2, [f"{a.number}.", a.title, a.deadline, a.resp_cell])
            acts.append(a)
    path = HERE / "325_verkhneklyuchevsky_assessment_grid_2025.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Верхнеключевского муниципального района"
    write_expected(path, "docx", None,
                   _facts(title, "Верхнеключевский", "Кировская область", issuer,
                          ("18", "2025-01-16"), (2025, 2026)), acts, [])


# ------------------------------------------------------------------------------------ 327

def sample_327() -> None:
    title = ("Программа поддержки одарённых детей Березнянского муниципального района на "
             "2025-2027 годы")
    d = new_doc(landscape=True)
    _stamp(d, "управления образования администрации Березнянского муниципального района",
           "Вологодской области", "27.12.2024", "305", title)
    para(d, "Перечень мероприятий программы", align="center")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    top = ["Цель, задачи, мероприятия", "Срок исполнения", "Исполнитель",
           "Объём финансирования по годам, тыс. рублей", "", ""]
    for c, text in enumerate(top):
        set_cell_lines(t.cell(0, c), [text], bold=True)
    for c, year in zip((3, 4, 5), ("2025", "2026", "2027"), strict=True):
        set_cell_lines(t.cell(1, c), [year], bold=True)
    for c in range(6):
        set_cell_lines(t.cell(2, c), [str(c + 1)])
    t.cell(0, 3).merge(t.cell(0, 5))
    for c in (0, 1, 2):
        t.cell(0, c).merge(t.cell(1, c))
    set_widths(t, [9.0, 3.0, 5.0, 2.2, 2.2, 2.2])
    goal = "создание условий для выявления и поддержки одарённых детей"
    task1 = "развитие системы районных олимпиад и конкурсов"
    task2 = "поддержка педагогов, работающих с одарёнными детьми"
    section_row(t, f"Цель: {goal}.", 6)
    section_row(t, f"Задача 1: {task1}", 6)
    acts = [
        Act("1.1", "Проведение районного интеллектуального марафона", "2025-2027 годы",
            ("2025-01-01", "2027-12-31", None), ["Управление образования"],
            ["Управление образования"], section=task1),
        Act("1.2", "Организация летней профильной смены для победителей олимпиад",
            "июнь 2025 г.", ("2025-06-01", "2025-06-30", ONCE), ["МБУ ДО «Центр творчества»"],
            ["МБУ ДО «Центр творчества»"], section=task1),
        Act("2.1", "Чествование педагогов, подготовивших призёров олимпиад", "ежегодно, май",
            ("2025-05-01", "2027-05-31", "annual"), ["Управление образования"],
            ["Управление образования"], section=task2),
    ]
    money = [("150,0", "150,0", "160,0"), ("320,5", "", ""), ("45,0", "45,0", "45,0")]
    for a, m in zip(acts[:2], money[:2], strict=True):
        fill_row(t, [f"{a.number}. {a.title}", a.deadline, a.resp_cell, *m])
    section_row(t, f"Задача 2: {task2}", 6)
    fill_row(t, [f"{acts[2].number}. {acts[2].title}", acts[2].deadline, acts[2].resp_cell,
                 *money[2]])
    path = HERE / "327_bereznyansky_gifted_programme_2025.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Березнянского муниципального района"
    write_expected(path, "docx", None,
                   _facts(title, "Березнянский", "Вологодская область", issuer,
                          ("305", "2024-12-27"), (2025, 2027), kind="programme"), acts, [],
                   goals=[goal], tasks=[task1, task2])


# ------------------------------------------------------------------------------------ 328

def sample_328() -> None:
    title = ("План работы районного методического кабинета Сосновоозёрского муниципального "
             "района на 2025 год")
    d = new_doc()
    _stamp(d, "управления образования администрации Сосновоозёрского муниципального района",
           "Новгородской области", "10.01.2025", "4", title)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    sections = [
        ("Организационная работа", [
            Act("1", "Составление графика районных методических объединений", "январь 2025 г.",
                ("2025-01-01", "2025-01-31", ONCE), ["Заведующий РМК Гусева О.Н."],
                ["Заведующий РМК Гусева О.Н."]),
            Act("2", "Подготовка аналитической справки по итогам учебного года", "июнь 2025 г.",
                ("2025-06-01", "2025-06-30", ONCE), ["Методисты РМК"], ["Методисты РМК"]),
        ]),
        ("Работа с педагогическими кадрами", [
            Act("1", "Консультирование молодых учителей по вопросам планирования уроков",
                "ежемесячно", ("2025-01-01", "2025-12-31", "monthly"), ["Методисты РМК"],
                ["Методисты РМК"]),
            Act("2", "Организация открытых уроков победителей конкурса «Учитель года»",
                "ноябрь 2025 г.", ("2025-11-01", "2025-11-30", ONCE),
                ["Руководители районных методических объединений"],
                ["Руководители районных методических объединений"]),
        ]),
    ]
    acts = []
    for name, items in sections:
        section_row(t, name, 4)
        for a in items:
            a.section = name
            fill_row(t, [f"{a.number}.", a.title, a.deadline, a.resp_cell])
            acts.append(a)
    set_widths(t, [1.0, 9.0, 3.0, 4.5])
    path = HERE / "328_sosnovoozersky_rmk_plan_2025.docx"
    save_deterministic(d, path)
    issuer = "Управление образования администрации Сосновоозёрского муниципального района"
    write_expected(path, "docx", None,
                   _facts(title, "Сосновоозёрский", "Новгородская область", issuer,
                          ("4", "2025-01-10"), (2025, 2025)), acts, [])


if __name__ == "__main__":
    for build in (sample_321, sample_322, sample_323, sample_324, sample_325, sample_327,
                  sample_328):
        build()
        print(build.__name__, "done")
