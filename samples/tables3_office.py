"""DOCX/PDF samples 412, 413, 416 (see make_tables3_samples.py): a region's system of
programme measures, an indicator appendix with a base-year fact column and a passport.
Invented places, own wording; each builder writes the file(s) and the expected record."""

from __future__ import annotations

from blind_common import HERE, Act, Ind, doc_facts, save_pdf, write_expected
from real_b_common import add_table, new_doc, paragraphs, save_docx
from real_b_office import pdf_page_count

# ------------------------- 412: system of measures, financing split, recipients, goals

TITLE412 = ('Система программных мероприятий подпрограммы "Развитие дошкольного образования в '
            'Ольховецкой области" на 2024 - 2025 годы')
GOALS412 = ["расширение доступности дошкольного образования для детей раннего возраста",
            "повышение качества работы дошкольных групп"]
TASK412 = ("Расширение сети дошкольных групп при общеобразовательных школах Ольховецкой "
           "области")
MIN412 = "министерство образования Ольховецкой области"
ACT412_1 = "Открытие дошкольных групп в общеобразовательных школах:"
ACT412_2 = "Обучение воспитателей вновь открытых групп по программам повышения квалификации"


def build_412() -> None:
    """Group rows with labels are goals, a task and sections; one activity over two rows by
    budget; rows naming where its money goes are no part of its title."""
    doc = new_doc(landscape=True, size=11)
    paragraphs(doc, [(f"4. {TITLE412}", "center", True)])
    head: list[list[str | None]] = [
        ["N п/п", "Программные мероприятия, обеспечивающие выполнение задачи",
         "Главные распорядители", "Источник финансирования", "Объем финансирования (млн. руб.)",
         None, None, "Ожидаемый результат"],
        [None, None, None, None, "всего", "2024", "2025", None],
        [str(i) for i in range(1, 9)]]
    body: list[list[str | None]] = [
        [f"Цели подпрограммы: {GOALS412[0]}; {GOALS412[1]}", *[None] * 7],
        [f"Задача. {TASK412}", *[None] * 6, "рост охвата детей дошкольным образованием"],
        ["1.", ACT412_1, MIN412, "федеральный бюджет", "2,40", "1,20", "1,20",
         "Создание дополнительных мест для детей"],
        [None, None, MIN412, "областной бюджет", "6,10", "3,60", "2,50", None],
        ["", "Муниципальное образование - Озёрнинский муниципальный район, в том числе:", MIN412,
         "областной бюджет", "1,10", "1,10", "", ""],
        ["", "МОУ Рябинковская средняя школа (20 мест)", MIN412, "областной бюджет", "1,10",
         "1,10", "", ""],
        ["2.", ACT412_2, MIN412, "областной бюджет", "0,30", "0,15", "0,15",
         "Воспитатели прошли обучение"],
    ]
    merges = [(0, 4, 0, 6)] + [(0, c, 1, c) for c in (0, 1, 2, 3, 7)]
    merges += [(3, 0, 3, 7), (4, 0, 4, 6), (5, 0, 6, 0), (5, 1, 6, 1), (5, 7, 6, 7)]
    add_table(doc, head + body, merges, widths=[1.2, 6.5, 3.6, 2.6, 1.8, 1.6, 1.6, 4.5],
              header_rows=2, size=10)
    path = save_docx(doc, "412_olkhovets_region_preschool_measures_2024.docx")
    acts = [Act("1", ACT412_1, "", (None, None, None), [MIN412], [MIN412],
                result="Создание дополнительных мест для детей", section=TASK412),
            Act("2", ACT412_2, "", (None, None, None), [MIN412], [MIN412],
                result="Воспитатели прошли обучение", section=TASK412)]
    doc_rec = doc_facts("programme", TITLE412, None, "Ольховецкая область", None, None,
                        (2024, 2025), [])
    write_expected(path, "docx", None, doc_rec, acts, [], goals=GOALS412, tasks=[TASK412])
    _no_deadlines(path)


def _no_deadlines(path: object) -> None:
    import json
    from pathlib import Path

    from blind_common import EXPECTED

    out = EXPECTED / f"{Path(str(path)).name.split('.', 1)[0]}.json"
    rec = json.loads(out.read_text(encoding="utf-8"))
    for act in rec["activities"]:
        act["deadline"] = None  # the table has no column of deadlines
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------- 413: base-year fact column, list-dash sub-rows, no heading

ROWS413 = [
    ("1", "Количество школ, реализующих программы профильного обучения", "единиц", "18",
     ["19", "20", "21", "22"]),
    ("", "- их доля в общем числе общеобразовательных школ", "процентов", "40,9",
     ["43,2", "45,5", "47,7", "50,0"]),
    ("2", "Численность обучающихся профильных классов", "человек", "1250",
     ["1300", "1380", "1450", "1500"]),
    ("", "- их доля в общей численности обучающихся 10 - 11 классов", "процентов", "52,1",
     ["54,0", "57,5", "60,4", "62,5"]),
]


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def build_413() -> None:
    """A fact column of the base year before the plan's years (its header broken in a narrow
    column), count rows each followed by a "- их доля …" row."""
    doc = new_doc(landscape=False, size=11)
    years = [f"{y} г." for y in range(2024, 2028)]
    rows: list[list[str | None]] = [["N п/п", "Показатели", "Единица измерения",
                                     "2023 г. (факт)", *years],
                                    [str(i) for i in range(1, 9)]]
    inds = []
    for num, name, unit, base, plans in ROWS413:
        rows.append([num, name, unit, base, *plans])
        values = [(2023, "fact", _num(base))]
        values += [(y, "plan", _num(v)) for y, v in zip(range(2024, 2028), plans, strict=True)]
        inds.append(Ind(num or None, name.removeprefix("- "), unit, [], values))
    add_table(doc, rows, widths=[1.0, 7.0, 2.2, 1.5, 1.5, 1.5, 1.5, 1.5], header_rows=1, size=10)
    pdf = save_pdf(doc, HERE / "413_indicator_appendix_base_fact_2024.pdf")
    write_expected(pdf, "pdf", pdf_page_count(pdf), doc_facts(
        "programme", None, None, None, None, None, (2024, 2027), []), [], inds)


# ------------------------------------------ 416: passport, goals label merged down

NAME416 = '"Развитие образования города Кленоводска"'
GOALS416 = ["Обеспечение равного доступа детей к качественному общему образованию",
            "Создание условий для развития способностей каждого ребенка"]


def build_416() -> None:
    """Title over two lines as printed; the stamp names the administration without its town
    (the title does); goals numbered one per row under a label merged down."""
    doc = new_doc(size=12)
    paragraphs(doc, [
        ("Приложение\nк постановлению\nадминистрации города\nот 10.02.2025 N 77", "right", False),
        (f"Муниципальная программа\n{NAME416}", "center", True),
        (f"Паспорт муниципальной программы {NAME416}", "center", True),
        ("1. Основные положения", "center", False)])
    rows: list[list[str | None]] = [
        ["Куратор муниципальной программы", "заместитель главы города по социальной политике"],
        ["Ответственный исполнитель муниципальной программы",
         "управление образования администрации города"],
        ["Период реализации муниципальной программы", "2025 - 2030 годы"],
        ["Цели муниципальной программы", f"1. {GOALS416[0]}"],
        [None, f"2. {GOALS416[1]}"],
        ["Направления (подпрограммы) муниципальной программы", "1. Общее образование."]]
    add_table(doc, rows, [(3, 0, 4, 0)], widths=[6.0, 10.5], size=11)
    path = save_docx(doc, "416_klenovodsk_education_passport_2025.docx")
    doc_rec = doc_facts("programme", f"Муниципальная программа {NAME416}", "Кленоводск", None,
                        "Администрация города Кленоводска", ("77", "2025-02-10"), (2025, 2030),
                        [])
    write_expected(path, "docx", None, doc_rec, [], [], goals=GOALS416)


BUILDERS = (build_412, build_413, build_416)
